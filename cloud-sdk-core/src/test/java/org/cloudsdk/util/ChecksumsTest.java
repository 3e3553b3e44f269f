package org.cloudsdk.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksumsTest {

    private static final String FOX = "The quick brown fox jumps over the lazy dog";

    @Test
    void knownVectors() {
        assertThat(Checksums.md5("")).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
        assertThat(Checksums.md5(FOX)).isEqualTo("9e107d9d372bb6826bd81d3542a419d6");
        assertThat(Checksums.md5(new byte[0])).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    }

    @Test
    void textIsEncodedWithTheGivenCharset() {
        String text = "Grüße";
        assertThat(Checksums.md5(text)).isEqualTo(Checksums.md5(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(Checksums.md5(text, StandardCharsets.ISO_8859_1))
                .isEqualTo(Checksums.md5(text.getBytes(StandardCharsets.ISO_8859_1)))
                .isNotEqualTo(Checksums.md5(text));
    }

    @Test
    void fileLargerThanTheBufferIsDigestedWhole(@TempDir Path dir) throws IOException {
        byte[] content = new byte[200_000 + 17];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        Path file = Files.write(dir.resolve("data.bin"), content);
        assertThat(Checksums.md5(file)).isEqualTo(Checksums.md5(content)).hasSize(32).matches("[0-9a-f]+");
        Path fox = Files.writeString(dir.resolve("fox.txt"), FOX);
        assertThat(Checksums.md5(fox)).isEqualTo("9e107d9d372bb6826bd81d3542a419d6");
    }

    @Test
    void streamIsReadToTheEndAndLeftOpen() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream(FOX.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        assertThat(Checksums.md5(in)).isEqualTo("9e107d9d372bb6826bd81d3542a419d6");
        assertThat(in.read()).isEqualTo(-1);
        assertThat(closed).isFalse();
    }

    @Test
    void nullInputIsRejectedNamingTheParameter() {
        assertThatIllegalArgumentException().isThrownBy(() -> Checksums.md5((String) null))
                .withMessageStartingWith("text:");
        assertThatIllegalArgumentException().isThrownBy(() -> Checksums.md5((Path) null))
                .withMessageStartingWith("file:");
    }

    @Test
    void anMd5InHexIsThirtyTwoAsciiHexDigitsOfEitherCase() {
        assertThat(Checksums.isMd5Hex(Checksums.md5("abc"))).isTrue();
        assertThat(Checksums.isMd5Hex("0123456789ABCDEFabcdef0123456789")).isTrue();
        assertThat(Checksums.isMd5Hex("0123456789abcdef0123456789abcde")).isFalse();
        assertThat(Checksums.isMd5Hex("0123456789abcdef0123456789abcdeg")).isFalse();
        assertThat(Checksums.isMd5Hex("\u0663".repeat(32))).as("Arabic-Indic digits").isFalse();
        assertThat(Checksums.isMd5Hex(null)).isFalse();
    }
}
