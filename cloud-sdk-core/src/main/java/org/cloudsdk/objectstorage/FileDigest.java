package org.cloudsdk.objectstorage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cloudsdk.errors.ErrorDetails;
import org.cloudsdk.errors.UploadFailedException;
import org.cloudsdk.util.Checksums;
import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The MD5 of a region of a file, read on a worker thread in large chunks into one reused buffer.
 * It runs alongside uploads that the kernel sends straight from the file (bytes no JVM code
 * sees), and over the whole of a file whose segments go out in parallel. A subscriber that
 * cancels stops the reading at the next chunk.
 */
final class FileDigest {

    /** Large reads: one system call and one digest update per quarter mebibyte. */
    private static final int CHUNK = 256 * 1024;

    private FileDigest() {
    }

    /**
     * @param file a regular file
     * @param position the region's first byte
     * @param length the region's length
     * @return the region's MD5 as 32 lower-case hex digits; fails with
     *     {@link UploadFailedException} when the file ends before the region does, and with
     *     {@link UncheckedIOException} when it cannot be read
     */
    static Mono<String> md5(Path file, long position, long length) {
        return Mono.<String>create(sink -> {
            AtomicBoolean cancelled = new AtomicBoolean();
            sink.onCancel(() -> cancelled.set(true));
            try {
                String md5 = digest(file, position, length, cancelled);
                if (md5 != null) {
                    sink.success(md5);
                }
            } catch (IOException e) {
                sink.error(new UncheckedIOException("cannot read " + file + " to digest it", e));
            } catch (RuntimeException e) {
                sink.error(e);
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** @return the digest, or null when cancelled */
    private static @Nullable String digest(Path file, long position, long length, AtomicBoolean cancelled) throws IOException {
        MessageDigest md5 = Checksums.newMd5();
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(1, length)));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long next = position;
            long remaining = length;
            while (remaining > 0) {
                if (cancelled.get()) {
                    return null;
                }
                buffer.clear().limit((int) Math.min(buffer.capacity(), remaining));
                int read = channel.read(buffer, next);
                if (read < 0) {
                    throw new UploadFailedException("the content ended after " + (length - remaining) + " of its "
                            + length + " bytes (a file that shrank while it was sent); nothing was stored", null,
                            null, ErrorDetails.NONE, null);
                }
                md5.update(buffer.array(), 0, read);
                next += read;
                remaining -= read;
            }
        }
        return Checksums.hex(md5);
    }
}
