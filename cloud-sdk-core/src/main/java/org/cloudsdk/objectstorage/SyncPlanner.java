package org.cloudsdk.objectstorage;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

/**
 * Decides, for one local file and what the container listing says of its remote copy, whether
 * the file is uploaded, with the cheapest evidence first: a missing copy or a different size
 * settles it without reading the file; the file is hashed only when the sizes match.
 *
 * <p>Immutable and thread-safe.
 */
final class SyncPlanner {

    /** What to do with a file. */
    enum Decision {
        /** Store it. */
        UPLOAD,
        /** Leave it: the remote copy has the same content. */
        SKIP_IDENTICAL,
        /** Leave it: it differs, but the remote copy is newer and timestamps count. */
        SKIP_OLDER
    }

    /** Computes a local file's MD5 when, and only when, it is needed. */
    @FunctionalInterface
    interface Md5Source {
        /** @param file the file @return its MD5 in lower-case hex @throws IOException when unreadable */
        String md5(LocalFile file) throws IOException;
    }

    private final boolean ignoreTimestamps;
    private final long segmentThreshold;

    /**
     * @param ignoreTimestamps true to upload differing files whatever their times
     * @param segmentThreshold the size above which uploads are segmented; a larger object's
     *     listing ETag is then not the MD5 of its content
     */
    SyncPlanner(boolean ignoreTimestamps, long segmentThreshold) {
        this.ignoreTimestamps = ignoreTimestamps;
        this.segmentThreshold = segmentThreshold;
    }

    /**
     * The listing carries no metadata: an object that may be segmented needs a HEAD for the MD5
     * the SDK recorded (and its modification time). Only those few are asked for, never every
     * object as the swift CLI and rclone do.
     *
     * @param etag a listing entry's ETag
     * @param bytes its size
     * @return whether the listing alone cannot tell the content's MD5
     */
    boolean needsHead(@Nullable String etag, long bytes) {
        return !RemoteCopy.isPlainMd5(etag) || bytes > segmentThreshold;
    }

    /**
     * @param local the local file
     * @param remote its remote copy, or null when there is none
     * @param md5 computes the local file's MD5, called only when the sizes match
     * @return what to do
     * @throws IOException when the file cannot be read
     */
    Decision decide(LocalFile local, @Nullable RemoteCopy remote, Md5Source md5) throws IOException {
        if (remote == null) {
            return Decision.UPLOAD;
        }
        if (local.size() == remote.bytes() && remote.md5() != null && remote.md5().equals(md5.md5(local))) {
            return Decision.SKIP_IDENTICAL;
        }
        if (ignoreTimestamps || remote.modified() == null || local.lastModified().isAfter(remote.modified())) {
            return Decision.UPLOAD;
        }
        return Decision.SKIP_OLDER;
    }
}
