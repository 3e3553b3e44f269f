package org.cloudsdk.objectstorage;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Optional parameters of {@code storeObject} and {@code uploadFile}, pyrax's keyword arguments.
 * Immutable: each {@code with}-style method returns a copy.
 *
 * <pre>{@code
 * StoreOptions.defaults().contentType("text/plain").ttl(Duration.ofDays(1)).metadata(Map.of("owner", "ops"))
 * }</pre>
 *
 * @param contentType the object's media type; null to guess it from the object's name (else
 *     {@code application/octet-stream})
 * @param contentEncoding the {@code Content-Encoding}, such as {@code gzip}, or null
 * @param ttl how long the object lives before Swift deletes it ({@code X-Delete-After}), or null
 *     to keep it; whole seconds, at least one
 * @param etag the MD5 the content must have (32 hex digits, as {@code Checksums.md5} gives); sent as
 *     {@code ETag} so the server refuses content that does not match, or null
 * @param metadata object metadata; keys get the {@code X-Object-Meta-} prefix when missing
 * @param headers further request headers, sent as given
 * @param contentLength the length of an {@code InputStream}'s content when known (then sent as
 *     {@code Content-Length}), or -1 to send it chunked; ignored for other kinds of content
 * @param listener hears about the bytes as they are sent ({@link TransferListener#NONE} by default)
 * @param mtime the modification time stored as {@value ObjectMetadataKeys#MTIME_HEADER}, or null;
 *     uploads from a file set it to the file's own when not given
 * @param largeObjectType how content above the segment threshold is stored (static by default)
 */
public record StoreOptions(String contentType, String contentEncoding, Duration ttl, String etag,
        Map<String, String> metadata, Map<String, String> headers, long contentLength, TransferListener listener,
        Instant mtime, LargeObjectType largeObjectType) {

    private static final StoreOptions DEFAULTS = new StoreOptions(null, null, null, null, Map.of(), Map.of(), -1,
            TransferListener.NONE, null, LargeObjectType.STATIC);

    /** Validates the values and copies the maps. */
    public StoreOptions {
        if (ttl != null && ttl.toSeconds() < 1) {
            throw new IllegalArgumentException("ttl must be at least 1 second, was " + ttl);
        }
        if (etag != null && !etag.matches("[0-9a-fA-F]{32}")) {
            throw new IllegalArgumentException("etag must be an MD5 checksum of 32 hex digits, was '" + etag + "'");
        }
        if (contentLength < -1) {
            throw new IllegalArgumentException("contentLength must be -1 (unknown) or more, was " + contentLength);
        }
        metadata = Map.copyOf(Objects.requireNonNull(metadata, "metadata must not be null"));
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers must not be null"));
        Objects.requireNonNull(listener, "listener must not be null (use TransferListener.NONE)");
        Objects.requireNonNull(largeObjectType, "largeObjectType must not be null");
    }

    /** @return no options: content type guessed, no expiry, no metadata */
    public static StoreOptions defaults() {
        return DEFAULTS;
    }

    /** @param value the media type @return a copy with it */
    public StoreOptions contentType(String value) {
        return new StoreOptions(value, contentEncoding, ttl, etag, metadata, headers, contentLength,
                listener, mtime, largeObjectType);
    }

    /** @param value the content encoding @return a copy with it */
    public StoreOptions contentEncoding(String value) {
        return new StoreOptions(contentType, value, ttl, etag, metadata, headers, contentLength,
                listener, mtime, largeObjectType);
    }

    /** @param value the time to live (whole seconds) @return a copy with it */
    public StoreOptions ttl(Duration value) {
        return new StoreOptions(contentType, contentEncoding, value, etag, metadata, headers, contentLength,
                listener, mtime, largeObjectType);
    }

    /** @param seconds the time to live in seconds, at least 1 @return a copy with it */
    public StoreOptions ttlSeconds(long seconds) {
        return ttl(Duration.ofSeconds(seconds));
    }

    /** @param value the expected MD5 in hex @return a copy with it */
    public StoreOptions etag(String value) {
        return new StoreOptions(contentType, contentEncoding, ttl, value, metadata, headers, contentLength,
                listener, mtime, largeObjectType);
    }

    /** @param value the metadata (replaces what was set before) @return a copy with it */
    public StoreOptions metadata(Map<String, String> value) {
        return new StoreOptions(contentType, contentEncoding, ttl, etag, value, headers, contentLength,
                listener, mtime, largeObjectType);
    }

    /** @param name a header @param value its value @return a copy with it added */
    public StoreOptions header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(Objects.requireNonNull(name, "header name must not be null"),
                Objects.requireNonNull(value, "header value must not be null"));
        return new StoreOptions(contentType, contentEncoding, ttl, etag, metadata, more, contentLength,
                listener, mtime, largeObjectType);
    }

    /** @param value the length of an InputStream's content @return a copy with it */
    public StoreOptions contentLength(long value) {
        return new StoreOptions(contentType, contentEncoding, ttl, etag, metadata, headers, value,
                listener, mtime, largeObjectType);
    }

    /**
     * @param value hears about the bytes as they are sent, or null for none
     * @return a copy with it
     */
    public StoreOptions listener(TransferListener value) {
        return new StoreOptions(contentType, contentEncoding, ttl, etag, metadata, headers, contentLength,
                value == null ? TransferListener.NONE : value, mtime, largeObjectType);
    }

    /**
     * @param value the modification time to store as {@value ObjectMetadataKeys#MTIME_HEADER}, or
     *     null (then file uploads store the file's own)
     * @return a copy with it
     */
    public StoreOptions mtime(Instant value) {
        return new StoreOptions(contentType, contentEncoding, ttl, etag, metadata, headers, contentLength, listener,
                value, largeObjectType);
    }

    /**
     * @param value static (the default) or dynamic large objects for content above the segment
     *     threshold
     * @return a copy with it
     */
    public StoreOptions largeObjectType(LargeObjectType value) {
        return new StoreOptions(contentType, contentEncoding, ttl, etag, metadata, headers, contentLength, listener,
                mtime, value);
    }
}
