package org.cloudsdk.objectstorage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.cloudsdk.errors.ErrorDetails;
import org.cloudsdk.errors.UploadFailedException;
import org.cloudsdk.http.RequestBody;
import org.cloudsdk.util.Checksums;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The content of one upload and the MD5 of what was actually sent. Small files ({@value #SMALL_FILE}
 * bytes at most) are read whole and sent with their MD5 as {@code ETag}. Streams, and larger files
 * whose progress someone listens to, are read in chunks and digested as the chunks go out, so
 * nothing is held whole in memory. A larger file nobody listens to is sent by the kernel straight
 * from the file ({@code sendfile}: no copy through this JVM, measured at about half the CPU of
 * reading it in chunks) while a read of its own digests it at the same time. The digest starts
 * afresh on each attempt, because a file is sent again when the transport retries.
 */
final class UploadContent {

    /** Slice size of content in memory sent with a listener: progress per slice, no copies. */
    private static final int IN_MEMORY_SLICE = 64 * 1024;

    /**
     * Files up to this size are read whole and sent from memory with their MD5 as {@code ETag}, so
     * the server itself refuses damaged content: for the many small files of a folder, one read
     * costs far less than a streamed, chunked send, and memory stays small (this, times the
     * uploads in flight).
     */
    static final int SMALL_FILE = 256 * 1024;

    /** Segments are parts of a whole: the content type belongs to the manifest. */
    private static final String SEGMENT_CONTENT_TYPE = "application/octet-stream";

    private final RequestBody body;
    private final @Nullable String precomputedMd5;
    private final TransferListener listener;
    private final AtomicReference<MessageDigest> digest = new AtomicReference<>();
    private final AtomicReference<String> fileDigest = new AtomicReference<>();
    private final AtomicLong sentBytes = new AtomicLong();

    private UploadContent(RequestBody body, @Nullable String precomputedMd5) {
        this.body = body;
        this.precomputedMd5 = precomputedMd5;
        this.listener = TransferListener.NONE;
    }

    /** A region of a file sent by the kernel, digested by a read of its own at the same time. */
    private UploadContent(Path file, long position, long length, String contentType) {
        this.precomputedMd5 = null;
        this.listener = TransferListener.NONE;
        this.body = RequestBody.file(file, position, length, contentType, () -> {
            fileDigest.set(null);
            return FileDigest.md5(file, position, length).doOnNext(fileDigest::set).then();
        });
    }

    private UploadContent(Supplier<Flux<DataBuffer>> chunks, String contentType, long contentLength,
            boolean replayable, @Nullable String precomputedMd5, TransferListener listener) {
        this.precomputedMd5 = precomputedMd5;
        this.listener = listener;
        this.body = RequestBody.stream(() -> counting(chunks.get()), contentType, contentLength, replayable);
    }

    /**
     * @param bytes content in memory (not copied)
     * @param contentType its type
     * @param listener hears about the bytes as they are sent
     * @return the content
     */
    static UploadContent of(byte[] bytes, String contentType, TransferListener listener) {
        String md5 = Checksums.md5(bytes);
        if (listener == TransferListener.NONE) {
            return new UploadContent(RequestBody.bytes(bytes, contentType), md5);
        }
        // slices of the array (not copies), so that progress is heard per chunk as for files
        int slices = Math.max(1, (bytes.length + IN_MEMORY_SLICE - 1) / IN_MEMORY_SLICE);
        return new UploadContent(() -> Flux.range(0, slices).map(i -> slice(bytes, i)),
                contentType, bytes.length, true, md5, listener);
    }

    private static DataBuffer slice(byte[] bytes, int index) {
        int offset = index * IN_MEMORY_SLICE;
        return DefaultDataBufferFactory.sharedInstance.wrap(ByteBuffer.wrap(bytes, offset,
                Math.min(IN_MEMORY_SLICE, bytes.length - offset)));
    }

    /**
     * @param file a regular file, read when sent (again on a retry)
     * @param contentType its type
     * @param bufferSize the chunk size
     * @param listener hears about the bytes as they are sent; without one the file is sent zero-copy
     * @return the content
     */
    static UploadContent of(Path file, String contentType, int bufferSize, TransferListener listener) {
        long length = size(file);
        if (length <= SMALL_FILE) {
            byte[] small = readSmall(file);
            if (small != null) {
                return of(small, contentType, listener);
            }
            length = size(file); // it grew past SMALL_FILE since its size was read
        }
        if (listener == TransferListener.NONE) {
            return new UploadContent(file, 0, length, contentType);
        }
        return new UploadContent(() -> DataBufferUtils.read(file, DefaultDataBufferFactory.sharedInstance,
                bufferSize), contentType, length, true, null, listener);
    }

    /**
     * One segment of a file, read with positioned reads so that segments can be sent in parallel.
     *
     * @param file a regular file
     * @param position the segment's first byte
     * @param length the segment's length
     * @param bufferSize the chunk size
     * @param listener hears about the bytes as they are sent
     * @return the content, read again on a retry
     */
    static UploadContent ofRegion(Path file, long position, long length, int bufferSize, TransferListener listener) {
        if (listener == TransferListener.NONE) {
            return new UploadContent(file, position, length, SEGMENT_CONTENT_TYPE);
        }
        RequestBody.FileRegion region = new RequestBody.FileRegion(file, position, length, SEGMENT_CONTENT_TYPE, null);
        return new UploadContent(() -> region.chunks(DefaultDataBufferFactory.sharedInstance, bufferSize),
                SEGMENT_CONTENT_TYPE, length, true, null, listener);
    }

    /**
     * The next {@code length} bytes of a stream, for the segments of a stream, which are read one
     * after the other. Exactly those bytes are consumed, so the next segment starts where this one
     * ended.
     *
     * @param in the stream, left open
     * @param length the segment's length
     * @param bufferSize the chunk size
     * @param listener hears about the bytes as they are sent
     * @return the content, which cannot be sent twice
     */
    static UploadContent ofNextBytes(InputStream in, long length, int bufferSize, TransferListener listener) {
        return of(new BoundedView(in, length), SEGMENT_CONTENT_TYPE, length, bufferSize, listener);
    }

    /**
     * @param in a stream, read once to its end and left open (its owner closes it)
     * @param contentType its type
     * @param contentLength its length when known, else -1 (sent chunked)
     * @param bufferSize the chunk size
     * @param listener hears about the bytes as they are sent
     * @return the content, which cannot be sent twice
     */
    static UploadContent of(InputStream in, String contentType, long contentLength, int bufferSize,
            TransferListener listener) {
        if (in == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        AtomicBoolean used = new AtomicBoolean();
        return new UploadContent(() -> {
            if (!used.compareAndSet(false, true)) {
                return Flux.error(new IllegalStateException("an InputStream upload cannot be sent twice"));
            }
            // reading an InputStream blocks: keep it off the event loop
            return DataBufferUtils.readInputStream(() -> new KeepOpen(in), DefaultDataBufferFactory.sharedInstance,
                    bufferSize).subscribeOn(Schedulers.boundedElastic());
        }, contentType, contentLength, false, null, listener);
    }

    /** @return the file's content, or null when it has grown past {@link #SMALL_FILE} since its size was read */
    private static byte @Nullable [] readSmall(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes(SMALL_FILE + 1);
            return content.length <= SMALL_FILE ? content : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * @param file a file
     * @return its size
     * @throws IllegalArgumentException when it is not a regular file
     */
    static long size(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("file must be an existing regular file, was " + file);
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }

    /**
     * @param publisher a reactive body, subscribed once when sent
     * @param contentType its type
     * @param contentLength its length when known, else -1 (sent chunked)
     * @return the content, which cannot be sent twice (a publisher of a request body, such as a
     *     WebFlux upload, cannot be replayed)
     */
    static UploadContent of(Publisher<DataBuffer> publisher, String contentType, long contentLength) {
        if (publisher == null) {
            throw new IllegalArgumentException("body must not be null");
        }
        AtomicBoolean used = new AtomicBoolean();
        return new UploadContent(() -> {
            if (!used.compareAndSet(false, true)) {
                return Flux.error(new IllegalStateException("a streamed upload cannot be sent twice"));
            }
            return Flux.from(publisher);
        }, contentType, contentLength, false, null, TransferListener.NONE);
    }

    /** @return the body to send */
    RequestBody body() {
        return body;
    }

    /** @return the MD5 known before sending (content in memory), or null for streamed content */
    @Nullable String precomputedMd5() {
        return precomputedMd5;
    }

    /** @return the MD5 of the bytes sent by the last attempt */
    String sentMd5() {
        if (precomputedMd5 != null) {
            return precomputedMd5;
        }
        if (body instanceof RequestBody.FileRegion) {
            String digested = fileDigest.get();
            if (digested == null) {
                throw new IllegalStateException("the content has not been sent");
            }
            return digested;
        }
        MessageDigest last = digest.get();
        if (last == null) {
            throw new IllegalStateException("the content has not been sent");
        }
        return Checksums.hex(last);
    }

    /** @return how many bytes the last attempt sent */
    long sentBytes() {
        return body instanceof RequestBody.Bytes || body instanceof RequestBody.FileRegion ? body.contentLength()
                : sentBytes.get();
    }

    private Flux<DataBuffer> counting(Flux<DataBuffer> chunks) {
        return Flux.defer(() -> {
            // a new attempt starts from the first byte: take back what the last one reported
            long resent = sentBytes.getAndSet(0);
            if (resent > 0) {
                listener.bytesTransferred(-resent);
            }
            MessageDigest md5 = precomputedMd5 == null ? Checksums.newMd5() : null;
            digest.set(md5);
            return chunks.concatWith(Mono.defer(this::checkLength)).doOnNext(chunk -> {
                int size = chunk.readableByteCount();
                if (md5 != null) {
                    // read-only views: the buffer's own read position is left for the sender
                    try (DataBuffer.ByteBufferIterator views = chunk.readableByteBuffers()) {
                        views.forEachRemaining(md5::update);
                    }
                }
                sentBytes.addAndGet(size);
                listener.bytesTransferred(size);
            });
        });
    }

    /** A body shorter than its Content-Length would leave the server waiting: fail it instead. */
    private Mono<DataBuffer> checkLength() {
        long expected = body.contentLength();
        long sent = sentBytes.get();
        return expected < 0 || sent == expected ? Mono.empty() : Mono.error(new UploadFailedException("the content "
                + "ended after " + sent + " of its " + expected + " bytes (a file that shrank, or a stream shorter "
                + "than its declared length); nothing was stored", null, null, ErrorDetails.NONE, null));
    }

    /** The next bytes of a stream, up to a limit, leaving the rest (and the stream) to its owner. */
    private static final class BoundedView extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedView(InputStream in, long length) {
            this.in = in;
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(target, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }
    }

    /** Hides {@code close()}: the caller who opened the stream closes it. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the stream belongs to the caller
        }
    }
}
