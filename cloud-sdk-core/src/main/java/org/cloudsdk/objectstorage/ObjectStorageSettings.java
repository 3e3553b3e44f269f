package org.cloudsdk.objectstorage;

import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of an {@link ObjectStorage} client. Immutable; made by {@link #builder()}, copied with
 * {@link #toBuilder()}.
 *
 * <pre>{@code
 * ObjectStorageSettings settings = ObjectStorageSettings.builder().listingPageSize(1000)
 *         .segmentSize(200L * 1024 * 1024).build();
 * }</pre>
 */
public final class ObjectStorageSettings {

    /** Swift's smallest segment but the last ({@code min_segment_size}). */
    public static final long MIN_SEGMENT_SIZE = 1024 * 1024;

    /** The largest listing page Swift serves by default. */
    public static final int MAX_LISTING_PAGE_SIZE = 10_000;

    private static final ObjectStorageSettings DEFAULTS = builder().build();

    private final int listingPageSize;
    private final int bulkDeleteBatchSize;
    private final int containerDeleteAttempts;
    private final Duration containerDeleteRetryDelay;
    private final int bufferSize;
    private final int streamPrefetch;
    private final long segmentThreshold;
    private final long segmentSize;
    private final int segmentParallelism;

    private ObjectStorageSettings(Builder builder) {
        this.listingPageSize = builder.listingPageSize;
        this.bulkDeleteBatchSize = builder.bulkDeleteBatchSize;
        this.containerDeleteAttempts = builder.containerDeleteAttempts;
        this.containerDeleteRetryDelay = builder.containerDeleteRetryDelay;
        this.bufferSize = builder.bufferSize;
        this.streamPrefetch = builder.streamPrefetch;
        this.segmentThreshold = builder.segmentThreshold;
        this.segmentSize = builder.segmentSize;
        this.segmentParallelism = builder.segmentParallelism;
    }

    /**
     * The defaults: listing pages of 10,000 names, bulk deletes of 10,000 names per request, 5
     * attempts to delete an emptied container starting 250 ms apart, 64 KiB upload chunks, 8
     * chunks read ahead by object streams, and content above 2 GiB uploaded as a large object in
     * 100 MiB segments, 4 at a time.
     *
     * <p>Why those sizes: a segmented upload reads a file twice (its segments in parallel, and once
     * in order for the MD5 of the whole content), so it pays only where several object servers
     * take segments at once. Measured on the local single-node Swift (2 cores), a 1 GiB file went
     * up in 10-12 s as one PUT (as fast as {@code curl -T}) and in 15-26 s as 100 MiB segments, so
     * below 2 GiB one PUT is the better default; above it, a failed segment costs 100 MiB again
     * rather than the whole file, and Swift's 5 GiB object limit is near. 100 MiB segments stay
     * under Swift's 1,000-segment manifest limit up to about 100 GB (beyond it they grow), and 4
     * segments in flight hold a bounded number of 64 KiB chunks each.
     *
     * @return the default settings
     */
    public static ObjectStorageSettings defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding the {@link #defaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these settings */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return how many names one listing request asks for */
    public int listingPageSize() {
        return listingPageSize;
    }

    /** @return how many names one bulk-delete request carries */
    public int bulkDeleteBatchSize() {
        return bulkDeleteBatchSize;
    }

    /**
     * @return how many times a container DELETE is tried while Swift still answers 409 right after its objects were
     *     deleted
     */
    public int containerDeleteAttempts() {
        return containerDeleteAttempts;
    }

    /** @return the pause before the first retry of such a DELETE; it doubles on each further retry */
    public Duration containerDeleteRetryDelay() {
        return containerDeleteRetryDelay;
    }

    /** @return the size of the chunks read from files and streams when uploading, in bytes */
    public int bufferSize() {
        return bufferSize;
    }

    /**
     * @return how many received chunks an object stream holds before it stops reading from the network (memory of an
     *     open stream is about {@code streamPrefetch} chunks)
     */
    public int streamPrefetch() {
        return streamPrefetch;
    }

    /**
     * @return content longer than this is uploaded as a large object, in segments, in bytes; Swift's own limit for one
     *     object ({@code max_file_size}, 5 GiB by default) applies whatever this says
     */
    public long segmentThreshold() {
        return segmentThreshold;
    }

    /**
     * @return the size of each segment of a large object but the last, in bytes; raised when the content would need
     *     more segments than Swift's {@code max_manifest_segments}, lowered to {@code max_file_size}
     */
    public long segmentSize() {
        return segmentSize;
    }

    /** @return how many segments of one file are uploaded at once; segments of a stream go one at a time */
    public int segmentParallelism() {
        return segmentParallelism;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ObjectStorageSettings o && listingPageSize == o.listingPageSize
                && bulkDeleteBatchSize == o.bulkDeleteBatchSize
                && containerDeleteAttempts == o.containerDeleteAttempts
                && containerDeleteRetryDelay.equals(o.containerDeleteRetryDelay) && bufferSize == o.bufferSize
                && streamPrefetch == o.streamPrefetch && segmentThreshold == o.segmentThreshold
                && segmentSize == o.segmentSize && segmentParallelism == o.segmentParallelism;
    }

    @Override
    public int hashCode() {
        return Objects.hash(listingPageSize, bulkDeleteBatchSize, containerDeleteAttempts, containerDeleteRetryDelay,
                bufferSize, streamPrefetch, segmentThreshold, segmentSize, segmentParallelism);
    }

    @Override
    public String toString() {
        return "ObjectStorageSettings[listingPageSize=" + listingPageSize + ", bulkDeleteBatchSize="
                + bulkDeleteBatchSize + ", containerDeleteAttempts=" + containerDeleteAttempts
                + ", containerDeleteRetryDelay=" + containerDeleteRetryDelay + ", bufferSize=" + bufferSize
                + ", streamPrefetch=" + streamPrefetch + ", segmentThreshold=" + segmentThreshold + ", segmentSize="
                + segmentSize + ", segmentParallelism=" + segmentParallelism + "]";
    }

    /** Builds {@link ObjectStorageSettings}; starts from the {@link ObjectStorageSettings#defaults()}. */
    public static final class Builder {

        private int listingPageSize = MAX_LISTING_PAGE_SIZE;
        private int bulkDeleteBatchSize = 10_000;
        private int containerDeleteAttempts = 5;
        private Duration containerDeleteRetryDelay = Duration.ofMillis(250);
        private int bufferSize = 64 * 1024;
        private int streamPrefetch = 8;
        private long segmentThreshold = 2L * 1024 * 1024 * 1024;
        private long segmentSize = 100L * 1024 * 1024;
        private int segmentParallelism = 4;

        private Builder() {
        }

        private Builder(ObjectStorageSettings settings) {
            this.listingPageSize = settings.listingPageSize;
            this.bulkDeleteBatchSize = settings.bulkDeleteBatchSize;
            this.containerDeleteAttempts = settings.containerDeleteAttempts;
            this.containerDeleteRetryDelay = settings.containerDeleteRetryDelay;
            this.bufferSize = settings.bufferSize;
            this.streamPrefetch = settings.streamPrefetch;
            this.segmentThreshold = settings.segmentThreshold;
            this.segmentSize = settings.segmentSize;
            this.segmentParallelism = settings.segmentParallelism;
        }

        /**
         * @param value how many names one listing request asks for, 1 to
         *     {@value ObjectStorageSettings#MAX_LISTING_PAGE_SIZE} (Swift's
         *     {@code container_listing_limit} is 10,000 by default)
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder listingPageSize(int value) {
            if (value < 1 || value > MAX_LISTING_PAGE_SIZE) {
                throw new IllegalArgumentException("listingPageSize must be 1 to " + MAX_LISTING_PAGE_SIZE + ", was "
                        + value);
            }
            this.listingPageSize = value;
            return this;
        }

        /**
         * @param value how many names one bulk-delete request carries, at least 1 (Swift's
         *     {@code max_deletes_per_request} is 10,000 by default, so larger lists are split)
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder bulkDeleteBatchSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("bulkDeleteBatchSize must be at least 1, was " + value);
            }
            this.bulkDeleteBatchSize = value;
            return this;
        }

        /**
         * @param value how many times a container DELETE is tried while Swift still answers 409 right after
         *     its objects were deleted (its listing lags behind the deletes), at least 1
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder containerDeleteAttempts(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("containerDeleteAttempts must be at least 1, was " + value);
            }
            this.containerDeleteAttempts = value;
            return this;
        }

        /**
         * @param value the pause before the first retry of such a DELETE, not negative; it doubles on each
         *     further retry
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder containerDeleteRetryDelay(Duration value) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException("containerDeleteRetryDelay must be zero or positive, was " + value);
            }
            this.containerDeleteRetryDelay = value;
            return this;
        }

        /**
         * @param value the size of the chunks read from files and streams when uploading, at least 1024 bytes
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder bufferSize(int value) {
            if (value < 1024) {
                throw new IllegalArgumentException("bufferSize must be at least 1024 bytes, was " + value);
            }
            this.bufferSize = value;
            return this;
        }

        /**
         * @param value how many received chunks an object stream holds before it stops reading from the
         *     network, at least 1
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder streamPrefetch(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("streamPrefetch must be at least 1, was " + value);
            }
            this.streamPrefetch = value;
            return this;
        }

        /**
         * @param value content longer than this is uploaded as a large object, in segments; at least
         *     {@value ObjectStorageSettings#MIN_SEGMENT_SIZE} bytes
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder segmentThreshold(long value) {
            if (value < MIN_SEGMENT_SIZE) {
                throw new IllegalArgumentException("segmentThreshold must be at least " + MIN_SEGMENT_SIZE
                        + " bytes, was " + value);
            }
            this.segmentThreshold = value;
            return this;
        }

        /**
         * @param value the size of each segment of a large object but the last, at least
         *     {@value ObjectStorageSettings#MIN_SEGMENT_SIZE} bytes (Swift's {@code min_segment_size})
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder segmentSize(long value) {
            if (value < MIN_SEGMENT_SIZE) {
                throw new IllegalArgumentException("segmentSize must be at least " + MIN_SEGMENT_SIZE
                        + " bytes (Swift's min_segment_size), was " + value);
            }
            this.segmentSize = value;
            return this;
        }

        /**
         * @param value how many segments of one file are uploaded at once, at least 1
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder segmentParallelism(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("segmentParallelism must be at least 1, was " + value);
            }
            this.segmentParallelism = value;
            return this;
        }

        /** @return the settings */
        public ObjectStorageSettings build() {
            return new ObjectStorageSettings(this);
        }
    }
}
