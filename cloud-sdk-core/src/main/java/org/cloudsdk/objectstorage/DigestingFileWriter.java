package org.cloudsdk.objectstorage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

import org.cloudsdk.util.Checksums;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Writes a response body to a file and digests it on the way. The network's buffers are written
 * as they are, straight from their memory into a {@link FileChannel} (no copy into a byte array),
 * on a worker thread (file I/O must not stall the event loop), with a bounded number of buffers
 * in flight, so memory stays at {@code prefetch} network buffers whatever the object's size.
 *
 * <p>One worker drains the queue in a loop rather than hopping threads per buffer, which is what
 * makes this several times faster than an {@code AsynchronousFileChannel} write per buffer.
 */
final class DigestingFileWriter {

    private DigestingFileWriter() {
    }

    /**
     * @param body the body; every buffer is released
     * @param file an existing file, truncated first
     * @param prefetch how many buffers may wait for the disk
     * @return the MD5 of what was written, when it all was
     */
    static Mono<String> write(Flux<DataBuffer> body, Path file, int prefetch) {
        return Mono.using(() -> FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING),
                channel -> {
                    MessageDigest md5 = Checksums.newMd5();
                    return body.publishOn(Schedulers.boundedElastic(), prefetch)
                            .doOnNext(buffer -> {
                                try {
                                    writeFully(channel, buffer, md5);
                                } finally {
                                    DataBufferUtils.release(buffer);
                                }
                            })
                            .doOnDiscard(DataBuffer.class, DataBufferUtils::release)
                            .then(Mono.fromSupplier(() -> Checksums.hex(md5)));
                }, DigestingFileWriter::close);
    }

    private static void writeFully(FileChannel channel, DataBuffer buffer, MessageDigest md5) {
        try (DataBuffer.ByteBufferIterator views = buffer.readableByteBuffers()) {
            while (views.hasNext()) {
                ByteBuffer view = views.next();
                md5.update(view.duplicate());
                while (view.hasRemaining()) {
                    channel.write(view);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the download to its temporary file", e);
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the outcome of the write is what matters; the temporary file is deleted anyway
        }
    }
}
