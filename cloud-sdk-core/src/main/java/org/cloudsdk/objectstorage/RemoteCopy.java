package org.cloudsdk.objectstorage;

import java.time.Instant;
import java.util.Locale;

import org.cloudsdk.util.Checksums;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * What a sync knows of a file's remote copy: its size, the MD5 of its content when that is known,
 * and its time.
 *
 * @param bytes its size
 * @param md5 the MD5 of its whole content in lower-case hex, or null when unknown (a segmented
 *     object stored by another tool)
 * @param modified the local modification time it was stored with ({@code X-Object-Meta-Mtime}),
 *     else the time it was written on the server; null when unknown
 */
record RemoteCopy(long bytes, @Nullable String md5, @Nullable Instant modified) {

    /**
     * @param etag an ETag as the listing or a HEAD gives it (unquoted)
     * @return whether it can be the MD5 of the content (a large object's ETag is quoted, or has a
     *     suffix, or is the MD5 of its segments' ETags; the last cannot be told apart by its form)
     */
    static boolean isPlainMd5(@Nullable String etag) {
        return Checksums.isMd5Hex(etag);
    }

    /** @param etag an ETag or a recorded MD5 @return it in lower case when it can be the content's MD5, else null */
    private static @Nullable String plainMd5(@Nullable String etag) {
        return etag != null && isPlainMd5(etag) ? etag.toLowerCase(Locale.ROOT) : null;
    }

    /**
     * @param listed a listing entry of a plain object
     * @return its copy: the listing's ETag is the content's MD5, its time the time of the write
     */
    static RemoteCopy fromListing(StorageObject listed) {
        return new RemoteCopy(listed.bytes(), plainMd5(listed.etag()), listed.lastModified());
    }

    /**
     * @param headers the response to a HEAD of the object
     * @param listedBytes its size in the listing, for when the HEAD lacks one
     * @param listedModified its time in the listing, for when the HEAD lacks one
     * @return its copy: for a segmented object the MD5 the SDK recorded in metadata (its ETag is
     *     not the content's MD5), and the recorded modification time when there is one
     */
    static RemoteCopy fromHead(HttpHeaders headers, long listedBytes, @Nullable Instant listedModified) {
        String recordedMd5 = headers.getFirst(ObjectMetadataKeys.CONTENT_MD5_HEADER);
        String etag = SwiftValues.etag(headers.getFirst(HttpHeaders.ETAG));
        boolean segmented = headers.containsHeader("X-Static-Large-Object")
                || headers.containsHeader("X-Object-Manifest");
        String recorded = plainMd5(recordedMd5);
        String md5 = recorded != null ? recorded : segmented ? null : plainMd5(etag);
        String length = headers.getFirst(HttpHeaders.CONTENT_LENGTH);
        long bytes = length != null ? SwiftValues.count(headers, HttpHeaders.CONTENT_LENGTH) : listedBytes;
        Instant modified = ObjectMetadataKeys.parseMtime(headers.getFirst(ObjectMetadataKeys.MTIME_HEADER));
        if (modified == null) {
            Instant written = SwiftValues.date(headers.getFirst(HttpHeaders.LAST_MODIFIED));
            modified = written != null ? written : listedModified;
        }
        return new RemoteCopy(bytes, md5, modified);
    }
}
