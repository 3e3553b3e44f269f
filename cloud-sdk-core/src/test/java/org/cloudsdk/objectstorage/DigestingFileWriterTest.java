package org.cloudsdk.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import reactor.core.publisher.Flux;

/** A body written to its file from the start, whatever the file held, and digested on the way. */
class DigestingFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void aFreshEmptyFileReceivesTheBodyAndItsMd5() throws Exception {
        Path file = Files.createTempFile(dir, ".download-", ".part");

        String md5 = DigestingFileWriter.write(body("first piece, ", "second piece"), file, 4)
                .block(Duration.ofSeconds(10));

        assertThat(Files.readString(file)).isEqualTo("first piece, second piece");
        assertThat(md5).isEqualTo(md5Of("first piece, second piece"));
    }

    @Test
    void whatAnEarlierAttemptLeftIsCutBeforeTheBodyIsWritten() throws Exception {
        Path file = Files.createTempFile(dir, ".download-", ".part");
        Files.writeString(file, "a partial body of an earlier attempt, longer than the whole body");

        String md5 = DigestingFileWriter.write(body("whole ", "body"), file, 4).block(Duration.ofSeconds(10));

        assertThat(Files.readString(file)).isEqualTo("whole body");
        assertThat(md5).isEqualTo(md5Of("whole body"));
    }

    private static Flux<DataBuffer> body(String... pieces) {
        return Flux.fromArray(pieces).map(piece -> DefaultDataBufferFactory.sharedInstance
                .wrap(piece.getBytes(StandardCharsets.UTF_8)));
    }

    private static String md5Of(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
