package org.cloudsdk.objectstorage;

import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;

import org.cloudsdk.util.Checksums;

import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

/**
 * The content of a large object, cut into segments. A file's segments are read with positioned
 * reads, so they can be sent in parallel and each can be retried; a stream can only be read
 * front to back, so its segments are sent one at a time, straight from the stream (no temporary
 * files, no buffering: memory stays at a few chunks), and a failed segment fails the upload.
 */
sealed interface LargeObjectSource {

    /** @return the content's length */
    long length();

    /**
     * @param configured the configured parallelism
     * @return how many segments may be sent at once
     */
    int parallelism(int configured);

    /**
     * @param plan the segments
     * @param index one of them
     * @param bufferSize the chunk size
     * @param listener hears about the bytes as they are sent
     * @return its content
     */
    UploadContent segment(SegmentPlan plan, int index, int bufferSize, TransferListener listener);

    /**
     * Sends the segments and digests the whole content.
     *
     * @param sending sends every segment when subscribed
     * @param bufferSize the chunk size of any extra read
     * @param <T> what sending gives
     * @return what sending gave, with the MD5 of the whole content
     */
    <T> Mono<Tuple2<T, String>> withWholeMd5(Mono<T> sending, int bufferSize);

    /**
     * A file: segments in parallel, and its whole MD5 computed by a concurrent read of the file
     * (the MD5 of a whole cannot be assembled from its parts' MD5s, and parts sent in parallel are
     * not digested in order).
     *
     * @param file the file
     * @param length its length
     */
    record FileSource(Path file, long length) implements LargeObjectSource {

        @Override
        public int parallelism(int configured) {
            return configured;
        }

        @Override
        public UploadContent segment(SegmentPlan plan, int index, int bufferSize, TransferListener listener) {
            return UploadContent.ofRegion(file, plan.offset(index), plan.length(index), bufferSize, listener);
        }

        @Override
        public <T> Mono<Tuple2<T, String>> withWholeMd5(Mono<T> sending, int bufferSize) {
            // both at once: the digest reads what the segments just read, from the page cache
            return Mono.zip(sending, FileDigest.md5(file, 0, length));
        }
    }

    /**
     * A stream: segments one after the other, its whole MD5 digested as the segments read it.
     *
     * @param stream the stream, digesting what is read from it
     * @param length its declared length
     */
    record StreamSource(DigestInputStream stream, long length) implements LargeObjectSource {

        /** @param in the caller's stream @param length its declared length @return the source */
        static StreamSource of(InputStream in, long length) {
            return new StreamSource(new DigestInputStream(in, Checksums.newMd5()), length);
        }

        @Override
        public int parallelism(int configured) {
            return 1;
        }

        @Override
        public UploadContent segment(SegmentPlan plan, int index, int bufferSize, TransferListener listener) {
            return UploadContent.ofNextBytes(stream, plan.length(index), bufferSize, listener);
        }

        @Override
        public <T> Mono<Tuple2<T, String>> withWholeMd5(Mono<T> sending, int bufferSize) {
            // the stream digested every byte as the segments read it, in order
            return sending.zipWhen(sent -> Mono.fromSupplier(() -> Checksums.hex(stream.getMessageDigest())));
        }
    }
}
