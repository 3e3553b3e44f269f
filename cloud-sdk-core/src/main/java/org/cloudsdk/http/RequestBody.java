package org.cloudsdk.http;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.core.io.buffer.DataBuffer;

import reactor.core.publisher.Flux;

/**
 * The body of a request. Bodies held in memory can be sent again (a retry, a replay after
 * re-authentication); a stream can be sent again only when its source says so.
 */
public sealed interface RequestBody {

    /** No body. */
    RequestBody EMPTY = new Empty();

    /**
     * @return true when the body can be sent a second time
     */
    boolean replayable();

    /**
     * @return the content type to send, or null to send none
     */
    String contentType();

    /**
     * @return the length in bytes when known in advance, else -1
     */
    long contentLength();

    /**
     * @param json a JSON document
     * @return a JSON body
     */
    static RequestBody json(String json) {
        return new Bytes(json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /**
     * @param text plain text
     * @param contentType its content type
     * @return a text body, UTF-8 encoded
     */
    static RequestBody text(String text, String contentType) {
        return new Bytes(text.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /**
     * @param bytes the content, not copied
     * @param contentType its content type, or null
     * @return a body held in memory
     */
    static RequestBody bytes(byte[] bytes, String contentType) {
        return new Bytes(bytes, contentType);
    }

    /**
     * @param source makes a fresh stream of the content each time it is called (when
     *     {@code replayable}) or once
     * @param contentType its content type, or null
     * @param contentLength its length in bytes, or -1 when unknown (sent chunked)
     * @param replayable whether {@code source} may be called again for a retry
     * @return a streamed body
     */
    static RequestBody stream(Supplier<Flux<DataBuffer>> source, String contentType, long contentLength,
            boolean replayable) {
        return new Stream(source, contentType, contentLength, replayable);
    }

    /** No body. */
    record Empty() implements RequestBody {
        @Override
        public boolean replayable() {
            return true;
        }

        @Override
        public String contentType() {
            return null;
        }

        @Override
        public long contentLength() {
            return 0;
        }
    }

    /**
     * A body held in memory.
     *
     * @param content the bytes
     * @param contentType the content type, or null
     */
    record Bytes(byte[] content, String contentType) implements RequestBody {
        /** Checks that there is content. */
        public Bytes {
            Objects.requireNonNull(content, "content must not be null");
        }

        @Override
        public boolean replayable() {
            return true;
        }

        @Override
        public long contentLength() {
            return content.length;
        }
    }

    /**
     * A streamed body.
     *
     * @param source the content's source
     * @param contentType the content type, or null
     * @param contentLength the length, or -1
     * @param replayable whether the source may be called again
     */
    record Stream(Supplier<Flux<DataBuffer>> source, String contentType, long contentLength, boolean replayable)
            implements RequestBody {
        /** Checks that there is a source. */
        public Stream {
            Objects.requireNonNull(source, "source must not be null");
        }
    }
}
