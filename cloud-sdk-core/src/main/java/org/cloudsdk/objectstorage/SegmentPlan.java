package org.cloudsdk.objectstorage;

/**
 * How content of a known length is cut into segments: every segment has {@code segmentSize}
 * bytes but the last, which has the rest.
 *
 * @param totalSize the content's length
 * @param segmentSize the length of every segment but the last
 * @param count how many segments
 */
record SegmentPlan(long totalSize, long segmentSize, int count) {

    /**
     * Plans within the cluster's limits: a segment is never larger than {@code max_file_size}, and
     * segments grow when the configured size would need more than {@code max_manifest_segments}.
     *
     * @param totalSize the content's length
     * @param settings the configured segment size
     * @param info the cluster's limits
     * @return the plan
     */
    static SegmentPlan of(long totalSize, ObjectStorageSettings settings, SwiftInfo info) {
        long size = Math.min(settings.segmentSize(), info.maxFileSize());
        long fewestBytes = ceilDiv(totalSize, info.maxManifestSegments());
        size = Math.max(size, Math.max(fewestBytes, info.minSegmentSize()));
        if (size > info.maxFileSize()) {
            throw new IllegalArgumentException("content of " + totalSize + " bytes needs segments over the cluster's "
                    + "max_file_size of " + info.maxFileSize() + " bytes to stay within " + info.maxManifestSegments()
                    + " segments");
        }
        return new SegmentPlan(totalSize, size, (int) Math.max(1, ceilDiv(totalSize, size)));
    }

    /** @param index a segment, 0-based @return where it starts in the content */
    long offset(int index) {
        return index * segmentSize;
    }

    /** @param index a segment, 0-based @return its length */
    long length(int index) {
        return Math.min(segmentSize, totalSize - offset(index));
    }

    private static long ceilDiv(long dividend, long divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
