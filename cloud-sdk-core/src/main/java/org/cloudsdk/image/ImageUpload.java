package org.cloudsdk.image;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.cloudsdk.http.RequestBody;
import org.cloudsdk.util.Checksums;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The body of an image data upload ({@code PUT /images/{id}/file} or {@code /stage}) and the MD5
 * of what was sent, never holding the data whole: a file goes out from the file itself (zero-copy
 * where the connection allows) while a read of its own digests it; a stream is read in chunks,
 * digested as they go.
 */
final class ImageUpload {

    static final String OCTET_STREAM = "application/octet-stream";
    private static final int CHUNK = 64 * 1024;

    private final RequestBody body;
    private final AtomicReference<@Nullable String> md5;

    private ImageUpload(RequestBody body, AtomicReference<@Nullable String> md5) {
        this.body = body;
        this.md5 = md5;
    }

    /**
     * @param file a regular file, read when sent (again on a retry)
     * @return the upload
     * @throws IllegalArgumentException when it is not a regular file
     */
    static ImageUpload of(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("file must be an existing regular file, was " + file);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
        AtomicReference<@Nullable String> md5 = new AtomicReference<>();
        RequestBody body = RequestBody.file(file, 0, size, OCTET_STREAM, () -> Mono.fromCallable(() -> Checksums.md5(file))
                .subscribeOn(Schedulers.boundedElastic()).doOnNext(md5::set).then());
        return new ImageUpload(body, md5);
    }

    /**
     * @param in a stream, read once to its end and left open (its owner closes it)
     * @param length its length in bytes, or -1 when unknown (sent chunked)
     * @return the upload, which cannot be sent twice
     */
    static ImageUpload of(InputStream in, long length) {
        if (in == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        if (length < -1) {
            throw new IllegalArgumentException("length must be 0 or more, or -1 when unknown, was " + length);
        }
        AtomicReference<@Nullable String> md5 = new AtomicReference<>();
        AtomicBoolean used = new AtomicBoolean();
        RequestBody body = RequestBody.stream(() -> {
            if (!used.compareAndSet(false, true)) {
                return Flux.error(new IllegalStateException("an InputStream upload cannot be sent twice"));
            }
            MessageDigest digest = Checksums.newMd5();
            // reading an InputStream blocks: keep it off the event loop
            return DataBufferUtils.readInputStream(() -> new KeepOpen(in), DefaultDataBufferFactory.sharedInstance, CHUNK)
                    .subscribeOn(Schedulers.boundedElastic())
                    .doOnNext(chunk -> {
                        // read-only views: the buffer's own read position is left for the sender
                        try (DataBuffer.ByteBufferIterator views = chunk.readableByteBuffers()) {
                            views.forEachRemaining(digest::update);
                        }
                    })
                    .doOnComplete(() -> md5.set(Checksums.hex(digest)));
        }, OCTET_STREAM, length, false);
        return new ImageUpload(body, md5);
    }

    /** @return the body to send */
    RequestBody body() {
        return body;
    }

    /** @return the MD5 of what the last attempt sent, or null when it did not finish */
    @Nullable String sentMd5() {
        return md5.get();
    }

    /** The caller owns the stream: the reader's close at the end must not close it. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // left open for its owner
        }
    }
}
