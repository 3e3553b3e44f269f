package org.cloudsdk.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.codec.HttpMessageReader;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.web.reactive.function.client.ExchangeStrategies;

/** The transport's own codecs: bytes and text in any media type, and no JSON codec at all. */
class ByteCodecsTest {

    @Test
    void bytesBuffersAndTextAreReadAndWrittenWhateverTheMediaType() {
        ExchangeStrategies codecs = ByteCodecs.INSTANCE;

        for (Class<?> type : List.of(byte[].class, DataBuffer.class, String.class)) {
            assertThat(writes(codecs.messageWriters(), type, MediaType.APPLICATION_JSON)).as("write %s", type).isTrue();
            assertThat(reads(codecs.messageReaders(), type, MediaType.APPLICATION_JSON)).as("read %s", type).isTrue();
            assertThat(reads(codecs.messageReaders(), type, MediaType.APPLICATION_OCTET_STREAM)).isTrue();
        }
        assertThat(reads(codecs.messageReaders(), java.util.Map.class, MediaType.APPLICATION_JSON)).isFalse();
    }

    @Test
    void aMutatedCopyKeepsTheSameCodecsAndAddsNoDefaults() {
        ExchangeStrategies copy = ByteCodecs.INSTANCE.mutate().build();

        assertThat(copy.messageReaders()).hasSameSizeAs(ByteCodecs.INSTANCE.messageReaders());
        assertThat(copy.messageWriters()).hasSameSizeAs(ByteCodecs.INSTANCE.messageWriters());
        assertThat(writes(copy.messageWriters(), byte[].class, MediaType.APPLICATION_JSON)).isTrue();
        assertThat(reads(copy.messageReaders(), java.util.Map.class, MediaType.APPLICATION_JSON)).isFalse();
    }

    private static boolean writes(List<HttpMessageWriter<?>> writers, Class<?> type, MediaType mediaType) {
        return writers.stream().anyMatch(writer -> writer.canWrite(ResolvableType.forClass(type), mediaType));
    }

    private static boolean reads(List<HttpMessageReader<?>> readers, Class<?> type, MediaType mediaType) {
        return readers.stream().anyMatch(reader -> reader.canRead(ResolvableType.forClass(type), mediaType));
    }
}
