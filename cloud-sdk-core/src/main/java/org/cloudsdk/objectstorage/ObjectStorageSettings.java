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
 */
public record ObjectStorageSettings(int listingPageSize, int bulkDeleteBatchSize, int containerDeleteAttempts,
        Duration containerDeleteRetryDelay, int bufferSize, int streamPrefetch) {

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
    }

    /**
     * The defaults: listing pages of 10,000 names, bulk deletes of 10,000 names per request, 5
     * attempts to delete an emptied container starting 250 ms apart, 64 KiB upload chunks and 8
     * chunks read ahead by object streams.
     *
     * @return the default settings
     */
    public static ObjectStorageSettings defaults() {
        return new ObjectStorageSettings(MAX_LISTING_PAGE_SIZE, 10_000, 5, Duration.ofMillis(250), 64 * 1024, 8);
    }

    /** @param value names per listing request @return a copy with it */
    public ObjectStorageSettings withListingPageSize(int value) {
        return new ObjectStorageSettings(value, bulkDeleteBatchSize, containerDeleteAttempts,
                containerDeleteRetryDelay, bufferSize, streamPrefetch);
    }

    /** @param value names per bulk-delete request @return a copy with it */
    public ObjectStorageSettings withBulkDeleteBatchSize(int value) {
        return new ObjectStorageSettings(listingPageSize, value, containerDeleteAttempts, containerDeleteRetryDelay,
                bufferSize, streamPrefetch);
    }

    /** @param attempts DELETE attempts on 409 @param firstDelay the first pause @return a copy with them */
    public ObjectStorageSettings withContainerDeleteRetries(int attempts, Duration firstDelay) {
        return new ObjectStorageSettings(listingPageSize, bulkDeleteBatchSize, attempts, firstDelay, bufferSize,
                streamPrefetch);
    }

    /** @param value upload chunk size in bytes @return a copy with it */
    public ObjectStorageSettings withBufferSize(int value) {
        return new ObjectStorageSettings(listingPageSize, bulkDeleteBatchSize, containerDeleteAttempts,
                containerDeleteRetryDelay, value, streamPrefetch);
    }

    /** @param value chunks read ahead by object streams @return a copy with it */
    public ObjectStorageSettings withStreamPrefetch(int value) {
        return new ObjectStorageSettings(listingPageSize, bulkDeleteBatchSize, containerDeleteAttempts,
                containerDeleteRetryDelay, bufferSize, value);
    }
}
