package org.cloudsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SwiftFixturesTest {

    @Test
    void listingArchiveIsUstarWithOneBlockOfContentPerObjectAndTwoEndBlocks() {
        byte[] tar = SwiftFixtures.archive(7, 9);

        assertThat(tar).hasSize(2 * 1024 + 1024);
        byte[] header = Arrays.copyOfRange(tar, 1024, 1536);
        assertThat(text(header, 0, 10)).isEqualTo("obj-000008");
        assertThat(text(header, 124, 11)).isEqualTo("00000000013");
        assertThat(text(header, 257, 5)).isEqualTo("ustar");
        assertThat(text(tar, 1536, 11)).isEqualTo("obj-000008\n");
        assertThat(Integer.parseInt(text(header, 148, 6), 8)).isEqualTo(checksum(header));
        assertThat(Arrays.copyOfRange(tar, 2048, tar.length)).containsOnly(0);
    }

    private static String text(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.US_ASCII);
    }

    /** The ustar checksum: every header byte, the checksum field counted as spaces. */
    private static int checksum(byte[] header) {
        int sum = 0;
        for (int i = 0; i < header.length; i++) {
            sum += i >= 148 && i < 156 ? ' ' : header[i] & 0xff;
        }
        return sum;
    }
}
