package org.cloudsdk.objectstorage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

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
record RemoteCopy(long bytes, String md5, Instant modified) {

    /** The metadata header where uploads record the file's modification time (as the swift CLI). */
    static final String MTIME_HEADER = "X-Object-Meta-Mtime";

    /** The metadata header where segmented uploads record the MD5 of the whole content. */
    static final String CONTENT_MD5_HEADER = "X-Object-Meta-Cloudsdk-Md5";

    private static final Pattern PLAIN_MD5 = Pattern.compile("[0-9a-fA-F]{32}");

    /**
     * @param etag an ETag as the listing or a HEAD gives it (unquoted)
     * @return whether it can be the MD5 of the content (a large object's ETag is quoted, or has a
     *     suffix, or is the MD5 of its segments' ETags; the last cannot be told apart by its form)
     */
    static boolean isPlainMd5(String etag) {
        return etag != null && PLAIN_MD5.matcher(etag).matches();
    }

    /**
     * @param listed a listing entry of a plain object
     * @return its copy: the listing's ETag is the content's MD5, its time the time of the write
     */
    static RemoteCopy fromListing(StorageObject listed) {
        String etag = listed.etag();
        return new RemoteCopy(listed.bytes(), isPlainMd5(etag) ? etag.toLowerCase(Locale.ROOT) : null,
                listed.lastModified());
    }

    /**
     * @param headers the response to a HEAD of the object
     * @param listed its listing entry, for what the HEAD lacks
     * @return its copy: for a segmented object the MD5 the SDK recorded in metadata (its ETag is
     *     not the content's MD5), and the recorded modification time when there is one
     */
    static RemoteCopy fromHead(HttpHeaders headers, StorageObject listed) {
        String recordedMd5 = headers.getFirst(CONTENT_MD5_HEADER);
        String etag = SwiftValues.etag(headers.getFirst(HttpHeaders.ETAG));
        boolean segmented = headers.containsHeader("X-Static-Large-Object")
                || headers.containsHeader("X-Object-Manifest");
        String md5 = isPlainMd5(recordedMd5) ? recordedMd5.toLowerCase(Locale.ROOT)
                : !segmented && isPlainMd5(etag) ? etag.toLowerCase(Locale.ROOT) : null;
        String length = headers.getFirst(HttpHeaders.CONTENT_LENGTH);
        long bytes = length != null ? SwiftValues.count(headers, HttpHeaders.CONTENT_LENGTH) : listed.bytes();
        Instant modified = mtime(headers.getFirst(MTIME_HEADER));
        if (modified == null) {
            Instant written = SwiftValues.date(headers.getFirst(HttpHeaders.LAST_MODIFIED));
            modified = written != null ? written : listed.lastModified();
        }
        return new RemoteCopy(bytes, md5, modified);
    }

    /**
     * @param value seconds since the epoch with an optional fraction ({@code 1700000000.123456}),
     *     as the swift CLI and rclone write it
     * @return the instant, or null when absent or unreadable
     */
    static Instant mtime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal seconds = new BigDecimal(value.trim());
            long whole = seconds.longValue();
            long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
            return Instant.ofEpochSecond(whole, nanos);
        } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException unreadable) {
            return null;
        }
    }
}
