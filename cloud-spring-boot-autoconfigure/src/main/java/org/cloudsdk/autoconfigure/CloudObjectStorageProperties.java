package org.cloudsdk.autoconfigure;

import org.cloudsdk.objectstorage.ObjectStorageSettings;
import org.springframework.util.unit.DataSize;

/**
 * {@code cloud.object-storage.*}: the tunables of every {@code ObjectStorage} client the starter
 * builds, the core's {@link ObjectStorageSettings} under the same names. Unset values keep the
 * core's defaults (a test keeps the two in step).
 */
public class CloudObjectStorageProperties {

    private static final ObjectStorageSettings DEFAULTS = ObjectStorageSettings.defaults();

    /** How many names one listing request asks for (1 to 10000). */
    private int listingPageSize = 10000;

    /** How many names one bulk-delete request carries; longer lists are split. */
    private int bulkDeleteBatchSize = 10000;

    /** Size of the chunks read from files and streams when uploading (at least 1KB). */
    private DataSize bufferSize = DataSize.ofKilobytes(64);

    /** How many received chunks an object stream holds before it stops reading from the network. */
    private int streamPrefetch = 8;

    /** Content longer than this is uploaded as a large object, in segments (at least 1MB). */
    private DataSize segmentThreshold = DataSize.ofGigabytes(2);

    /** Size of each segment of a large object but the last (at least 1MB). */
    private DataSize segmentSize = DataSize.ofMegabytes(100);

    /** How many segments of one file are uploaded at once. */
    private int segmentParallelism = 4;

    /** @return names per listing request */
    public int getListingPageSize() {
        return listingPageSize;
    }

    /** @param listingPageSize names per listing request */
    public void setListingPageSize(int listingPageSize) {
        this.listingPageSize = listingPageSize;
    }

    /** @return names per bulk-delete request */
    public int getBulkDeleteBatchSize() {
        return bulkDeleteBatchSize;
    }

    /** @param bulkDeleteBatchSize names per bulk-delete request */
    public void setBulkDeleteBatchSize(int bulkDeleteBatchSize) {
        this.bulkDeleteBatchSize = bulkDeleteBatchSize;
    }

    /** @return the upload chunk size */
    public DataSize getBufferSize() {
        return bufferSize;
    }

    /** @param bufferSize the upload chunk size */
    public void setBufferSize(DataSize bufferSize) {
        this.bufferSize = bufferSize;
    }

    /** @return chunks read ahead by object streams */
    public int getStreamPrefetch() {
        return streamPrefetch;
    }

    /** @param streamPrefetch chunks read ahead by object streams */
    public void setStreamPrefetch(int streamPrefetch) {
        this.streamPrefetch = streamPrefetch;
    }

    /** @return the size above which content is segmented */
    public DataSize getSegmentThreshold() {
        return segmentThreshold;
    }

    /** @param segmentThreshold the size above which content is segmented */
    public void setSegmentThreshold(DataSize segmentThreshold) {
        this.segmentThreshold = segmentThreshold;
    }

    /** @return the size of each segment */
    public DataSize getSegmentSize() {
        return segmentSize;
    }

    /** @param segmentSize the size of each segment */
    public void setSegmentSize(DataSize segmentSize) {
        this.segmentSize = segmentSize;
    }

    /** @return segments of one file uploaded at once */
    public int getSegmentParallelism() {
        return segmentParallelism;
    }

    /** @param segmentParallelism segments of one file uploaded at once */
    public void setSegmentParallelism(int segmentParallelism) {
        this.segmentParallelism = segmentParallelism;
    }

    /**
     * @return these values as the core's settings (the container-delete retries keep the core's
     *     defaults)
     * @throws IllegalArgumentException naming the property that is out of range
     */
    public ObjectStorageSettings toSettings() {
        ObjectStorageSettings.Builder settings = DEFAULTS.toBuilder();
        checked("listing-page-size", () -> settings.listingPageSize(listingPageSize));
        checked("bulk-delete-batch-size", () -> settings.bulkDeleteBatchSize(bulkDeleteBatchSize));
        checked("buffer-size", () -> settings.bufferSize(Math.toIntExact(bufferSize.toBytes())));
        checked("stream-prefetch", () -> settings.streamPrefetch(streamPrefetch));
        checked("segment-threshold", () -> settings.segmentThreshold(segmentThreshold.toBytes()));
        checked("segment-size", () -> settings.segmentSize(segmentSize.toBytes()));
        checked("segment-parallelism", () -> settings.segmentParallelism(segmentParallelism));
        return settings.build();
    }

    private static void checked(String property, Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException | ArithmeticException | NullPointerException ex) {
            throw new IllegalArgumentException("cloud.object-storage." + property + ": " + ex.getMessage(), ex);
        }
    }
}
