package org.cloudsdk.http;

import java.nio.channels.AsynchronousFileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

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
    @Nullable String contentType();

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
    static RequestBody bytes(byte[] bytes, @Nullable String contentType) {
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
    static RequestBody stream(Supplier<Flux<DataBuffer>> source, @Nullable String contentType, long contentLength,
            boolean replayable) {
        return new Stream(source, contentType, contentLength, replayable);
    }

    /**
     * @param file a regular file, read when sent (again on a retry)
     * @param position the first byte to send
     * @param length how many bytes to send from there
     * @param contentType its content type, or null
     * @param whileSending called at each attempt to send (null for none): work that runs while the
     *     file goes out, such as digesting it; the attempt's response is handed on only once it has
     *     completed, the attempt fails when it fails, and it is cancelled when the attempt fails
     * @return a body that the kernel copies from the file to the socket (zero-copy) where the
     *     connection allows it, and that is read in chunks otherwise (TLS)
     */
    static RequestBody file(Path file, long position, long length, @Nullable String contentType,
            @Nullable Supplier<Mono<Void>> whileSending) {
        return new FileRegion(file, position, length, contentType, whileSending);
    }

    /** No body. */
    record Empty() implements RequestBody {
        @Override
        public boolean replayable() {
            return true;
        }

        @Override
        public @Nullable String contentType() {
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
    record Bytes(byte[] content, @Nullable String contentType) implements RequestBody {
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
    record Stream(Supplier<Flux<DataBuffer>> source, @Nullable String contentType, long contentLength,
            boolean replayable) implements RequestBody {
        /** Checks that there is a source. */
        public Stream {
            Objects.requireNonNull(source, "source must not be null");
        }
    }

    /**
     * A region of a file, sent without passing through this JVM's memory when the connection
     * allows it ({@code sendfile}). No JVM code sees the bytes as they go: what needs them (a
     * digest) reads the file alongside, in {@code whileSending}.
     *
     * @param file the file
     * @param position the first byte to send
     * @param contentLength how many bytes to send
     * @param contentType the content type, or null
     * @param whileSending the work run alongside each attempt, or null
     */
    record FileRegion(Path file, long position, long contentLength, @Nullable String contentType,
            @Nullable Supplier<Mono<Void>> whileSending) implements RequestBody {
        /** Checks the region. */
        public FileRegion {
            Objects.requireNonNull(file, "file must not be null");
            if (position < 0 || contentLength < 0) {
                throw new IllegalArgumentException("position and contentLength must not be negative, were "
                        + position + " and " + contentLength);
            }
        }

        @Override
        public boolean replayable() {
            return true;
        }

        /**
         * @param factory makes the buffers
         * @param chunkSize bytes per chunk
         * @return the region read in chunks with positioned reads (so regions of one file can be read
         *     in parallel), for a connection that cannot send a file by itself or a sender that must
         *     see every chunk
         */
        public Flux<DataBuffer> chunks(DataBufferFactory factory, int chunkSize) {
            return DataBufferUtils.takeUntilByteCount(DataBufferUtils.readAsynchronousFileChannel(
                    () -> AsynchronousFileChannel.open(file, StandardOpenOption.READ), position, factory, chunkSize),
                    contentLength);
        }
    }
}
