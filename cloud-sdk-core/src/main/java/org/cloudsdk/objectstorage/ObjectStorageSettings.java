package org.cloudsdk.objectstorage;

import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of an {@link ObjectStorage} client.
 *
 * @param listingPageSize how many names one listing request asks for (1 to 10,000; Swift's
 *     {@code container_listing_limit} is 10,000 by default)
 * @param bulkDeleteBatchSize how many names one bulk-delete request carries (at least 1; Swift's
 *     {@code max_deletes_per_request} is 10,000 by default, so larger lists are split)
 * @param containerDeleteAttempts how many times a container DELETE is tried while Swift still
 *     answers 409 right after its objects were deleted (its listing lags behind the deletes)
 * @param containerDeleteRetryDelay the pause before the first retry of such a DELETE; it doubles
 *     on each further retry
 * @param bufferSize the size of the chunks read from files and streams when uploading, in bytes
 * @param streamPrefetch how many received chunks an object stream holds before it stops reading
 *     from the network (memory of an open stream is about {@code streamPrefetch} chunks)
 * @param segmentThreshold content longer than this is uploaded as a large object, in segments (at
 *     least 1 MiB); Swift's own limit for one object ({@code max_file_size}, 5 GiB by default)
 *     applies whatever this says
 * @param segmentSize the size of each segment of a large object but the last (at least 1 MiB,
 *     Swift's {@code min_segment_size}); raised when the content would need more segments than
 *     Swift's {@code max_manifest_segments}, lowered to {@code max_file_size}
 * @param segmentParallelism how many segments of one file are uploaded at once (at least 1);
 *     segments of a stream go one at a time
 */
public record ObjectStorageSettings(int listingPageSize, int bulkDeleteBatchSize, int containerDeleteAttempts,
        Duration containerDeleteRetryDelay, int bufferSize, int streamPrefetch, long segmentThreshold,
        long segmentSize, int segmentParallelism) {

    /** Swift's smallest segment but the last ({@code min_segment_size}). */
    public static final long MIN_SEGMENT_SIZE = 1024 * 1024;

    /** The largest listing page Swift serves by default. */
    public static final int MAX_LISTING_PAGE_SIZE = 10_000;

    /** Validates every value, naming the one that is wrong. */
    public ObjectStorageSettings {
        if (listingPageSize < 1 || listingPageSize > MAX_LISTING_PAGE_SIZE) {
            throw new IllegalArgumentException("listingPageSize must be 1 to " + MAX_LISTING_PAGE_SIZE + ", was "
                    + listingPageSize);
        }
        if (bulkDeleteBatchSize < 1) {
            throw new IllegalArgumentException("bulkDeleteBatchSize must be at least 1, was " + bulkDeleteBatchSize);
        }
        if (containerDeleteAttempts < 1) {
            throw new IllegalArgumentException("containerDeleteAttempts must be at least 1, was "
                    + containerDeleteAttempts);
        }
        Objects.requireNonNull(containerDeleteRetryDelay, "containerDeleteRetryDelay must not be null");
        if (containerDeleteRetryDelay.isNegative()) {
            throw new IllegalArgumentException("containerDeleteRetryDelay must not be negative, was "
                    + containerDeleteRetryDelay);
        }
        if (bufferSize < 1024) {
            throw new IllegalArgumentException("bufferSize must be at least 1024 bytes, was " + bufferSize);
        }
        if (streamPrefetch < 1) {
            throw new IllegalArgumentException("streamPrefetch must be at least 1, was " + streamPrefetch);
        }
        if (segmentThreshold < MIN_SEGMENT_SIZE) {
            throw new IllegalArgumentException("segmentThreshold must be at least " + MIN_SEGMENT_SIZE + " bytes, was "
                    + segmentThreshold);
        }
        if (segmentSize < MIN_SEGMENT_SIZE) {
            throw new IllegalArgumentException("segmentSize must be at least " + MIN_SEGMENT_SIZE + " bytes (Swift's "
                    + "min_segment_size), was " + segmentSize);
        }
        if (segmentParallelism < 1) {
            throw new IllegalArgumentException("segmentParallelism must be at least 1, was " + segmentParallelism);
        }
    }

    /**
     * The defaults: listing pages of 10,000 names, bulk deletes of 10,000 names per request, 5
     * attempts to delete an emptied container starting 250 ms apart, 64 KiB upload chunks, 8
     * chunks read ahead by object streams, and content above 512 MiB uploaded as a large object in
     * 100 MiB segments, 4 at a time.
     *
     * <p>Why those sizes: a failed segment costs only its own 100 MiB again, and 4 segments in
     * flight keep several Swift object servers busy where one PUT streams through one; below 512
     * MiB one PUT is as fast and leaves one object instead of a manifest and 5+ segments. 100 MiB
     * segments stay far below Swift's 1,000-segment manifest limit up to about 100 GB (beyond it
     * they grow), and 4 uploads in flight hold at most a few MiB of chunks each.
     *
     * @return the default settings
     */
    public static ObjectStorageSettings defaults() {
        return new ObjectStorageSettings(MAX_LISTING_PAGE_SIZE, 10_000, 5, Duration.ofMillis(250), 64 * 1024, 8,
                512L * 1024 * 1024, 100L * 1024 * 1024, 4);
    }

    /** @param value names per listing request @return a copy with it */
    public ObjectStorageSettings withListingPageSize(int value) {
        return new ObjectStorageSettings(value, bulkDeleteBatchSize, containerDeleteAttempts, containerDeleteRetryDelay,
                bufferSize, streamPrefetch, segmentThreshold, segmentSize, segmentParallelism);
    }

    /** @param value names per bulk-delete request @return a copy with it */
    public ObjectStorageSettings withBulkDeleteBatchSize(int value) {
        return new ObjectStorageSettings(listingPageSize, value, containerDeleteAttempts, containerDeleteRetryDelay,
                bufferSize, streamPrefetch, segmentThreshold, segmentSize, segmentParallelism);
    }

    /** @param attempts DELETE attempts on 409 @param firstDelay the first pause @return a copy with them */
    public ObjectStorageSettings withContainerDeleteRetries(int attempts, Duration firstDelay) {
        return new ObjectStorageSettings(listingPageSize, bulkDeleteBatchSize, attempts, firstDelay, bufferSize,
                streamPrefetch, segmentThreshold, segmentSize, segmentParallelism);
    }

    /** @param value upload chunk size in bytes @return a copy with it */
    public ObjectStorageSettings withBufferSize(int value) {
        return new ObjectStorageSettings(listingPageSize, bulkDeleteBatchSize, containerDeleteAttempts,
                containerDeleteRetryDelay, value, streamPrefetch, segmentThreshold, segmentSize, segmentParallelism);
    }

    /** @param value chunks read ahead by object streams @return a copy with it */
    public ObjectStorageSettings withStreamPrefetch(int value) {
        return new ObjectStorageSettings(listingPageSize, bulkDeleteBatchSize, containerDeleteAttempts,
                containerDeleteRetryDelay, bufferSize, value, segmentThreshold, segmentSize, segmentParallelism);
    }

    /** @param value content longer than this is segmented, in bytes @return a copy with it */
    public ObjectStorageSettings withSegmentThreshold(long value) {
        return new ObjectStorageSettings(listingPageSize, bulkDeleteBatchSize, containerDeleteAttempts,
                containerDeleteRetryDelay, bufferSize, streamPrefetch, value, segmentSize, segmentParallelism);
    }

    /** @param value the size of each segment, in bytes @return a copy with it */
    public ObjectStorageSettings withSegmentSize(long value) {
        return new ObjectStorageSettings(listingPageSize, bulkDeleteBatchSize, containerDeleteAttempts,
                containerDeleteRetryDelay, bufferSize, streamPrefetch, segmentThreshold, value, segmentParallelism);
    }

    /** @param value segments of one file uploaded at once @return a copy with it */
    public ObjectStorageSettings withSegmentParallelism(int value) {
        return new ObjectStorageSettings(listingPageSize, bulkDeleteBatchSize, containerDeleteAttempts,
                containerDeleteRetryDelay, bufferSize, streamPrefetch, segmentThreshold, segmentSize, value);
    }
}
