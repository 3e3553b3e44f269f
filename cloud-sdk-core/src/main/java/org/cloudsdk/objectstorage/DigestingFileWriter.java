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
     * @param file an existing file, emptied first
     * @param prefetch how many buffers may wait for the disk
     * @return the MD5 of what was written, when it all was
     */
    static Mono<String> write(Flux<DataBuffer> body, Path file, int prefetch) {
        return Mono.using(() -> openFromStart(file),
                channel -> {
                    MessageDigest md5 = Checksums.newMd5();
                    return body.publishOn(Schedulers.boundedElastic(), prefetch)
                            .doOnNext(buffer -> {
                                try {
                                    writeFully(channel, buffer, md5, file);
                                } finally {
                                    DataBufferUtils.release(buffer);
                                }
                            })
                            .doOnDiscard(DataBuffer.class, DataBufferUtils::release)
                            .then(Mono.fromSupplier(() -> Checksums.hex(md5)));
                }, DigestingFileWriter::close);
    }

    /**
     * Opens the file to be written from its start, cutting it only when there is something to cut
     * (the partial body of an earlier attempt). ext4 marks a file whose size is set to zero, even
     * an already empty one, to have all its data flushed to disk when it is closed (its safeguard
     * for files replaced by truncation): opening the fresh temporary file with {@code O_TRUNC} made
     * every download's close wait 0.3 s per GiB for that flush.
     */
    private static FileChannel openFromStart(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        try {
            if (channel.size() > 0) {
                channel.truncate(0);
            }
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    private static void writeFully(FileChannel channel, DataBuffer buffer, MessageDigest md5, Path file) {
        try (DataBuffer.ByteBufferIterator views = buffer.readableByteBuffers()) {
            while (views.hasNext()) {
                ByteBuffer view = views.next();
                md5.update(view.duplicate());
                while (view.hasRemaining()) {
                    channel.write(view);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + file + ": " + e.getMessage(), e);
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
