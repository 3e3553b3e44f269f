package org.cloudsdk.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.cloudsdk.errors.UploadFailedException;
import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest read alongside zero-copy uploads and parallel segments. */
class FileDigestTest {

    @TempDir
    Path dir;

    @Test
    void digestsExactlyTheRegionAcrossSeveralChunks() throws Exception {
        byte[] content = new byte[700_000];
        new Random(11).nextBytes(content);
        Path file = Files.write(dir.resolve("big.bin"), content);

        assertThat(FileDigest.md5(file, 0, content.length).block(Duration.ofSeconds(10)))
                .isEqualTo(Checksums.md5(content));
        assertThat(FileDigest.md5(file, 123, 600_000).block(Duration.ofSeconds(10)))
                .isEqualTo(Checksums.md5(Arrays.copyOfRange(content, 123, 600_123)));
        assertThat(FileDigest.md5(file, 5, 0).block(Duration.ofSeconds(10))).isEqualTo(Checksums.md5(new byte[0]));
    }

    @Test
    void aFileShorterThanTheRegionFailsTheUpload() throws Exception {
        Path file = Files.writeString(dir.resolve("short.txt"), "only ten b");

        assertThatThrownBy(() -> FileDigest.md5(file, 0, 20).block(Duration.ofSeconds(10)))
                .isInstanceOf(UploadFailedException.class)
                .hasMessageContaining("ended after 10 of its 20 bytes").hasMessageContaining("nothing was stored");
    }

    @Test
    void anUnreadableFileNamesTheFile() {
        Path missing = dir.resolve("missing.bin");

        assertThatThrownBy(() -> FileDigest.md5(missing, 0, 1).block(Duration.ofSeconds(10)))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining(missing.toString());
    }
}
