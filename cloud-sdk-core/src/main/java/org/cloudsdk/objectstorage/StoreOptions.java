package org.cloudsdk.objectstorage;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.cloudsdk.util.Checksums;
import org.jspecify.annotations.Nullable;

/**
 * Optional parameters of {@code storeObject} and {@code uploadFile}, pyrax's keyword arguments.
 * Immutable; made by {@link #builder()}, copied with {@link #toBuilder()}.
 *
 * <pre>{@code
 * StoreOptions options = StoreOptions.builder().contentType("text/plain").ttl(Duration.ofDays(1))
 *         .metadata(Map.of("owner", "ops")).build();
 * }</pre>
 */
public final class StoreOptions {

    private static final StoreOptions DEFAULTS = builder().build();

    private final @Nullable String contentType;
    private final @Nullable String contentEncoding;
    private final @Nullable Duration ttl;
    private final @Nullable String etag;
    private final Map<String, String> metadata;
    private final Map<String, String> headers;
    private final long contentLength;
    private final TransferListener listener;
    private final @Nullable Instant mtime;
    private final LargeObjectType largeObjectType;

    private StoreOptions(Builder builder) {
        this.contentType = builder.contentType;
        this.contentEncoding = builder.contentEncoding;
        this.ttl = builder.ttl;
        this.etag = builder.etag;
        this.metadata = Map.copyOf(builder.metadata);
        this.headers = Map.copyOf(builder.headers);
        this.contentLength = builder.contentLength;
        this.listener = builder.listener;
        this.mtime = builder.mtime;
        this.largeObjectType = builder.largeObjectType;
    }

    /** @return no options: content type guessed, no expiry, no metadata */
    public static StoreOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding the {@link #defaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * @return the object's media type; null to guess it from the object's name (else
     *     {@code application/octet-stream})
     */
    public @Nullable String contentType() {
        return contentType;
    }

    /** @return the {@code Content-Encoding}, such as {@code gzip}, or null */
    public @Nullable String contentEncoding() {
        return contentEncoding;
    }

    /**
     * @return how long the object lives before Swift deletes it ({@code X-Delete-After}), or null
     *     to keep it
     */
    public @Nullable Duration ttl() {
        return ttl;
    }

    /**
     * @return the MD5 the content must have, sent as {@code ETag} so the server refuses content
     *     that does not match, or null
     */
    public @Nullable String etag() {
        return etag;
    }

    /** @return object metadata; keys get the {@code X-Object-Meta-} prefix when missing (read-only) */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** @return further request headers, sent as given (read-only) */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * @return the length of an {@code InputStream}'s content when known (then sent as
     *     {@code Content-Length}), or -1 to send it chunked; ignored for other kinds of content
     */
    public long contentLength() {
        return contentLength;
    }

    /** @return what hears about the bytes as they are sent ({@link TransferListener#NONE} by default) */
    public TransferListener listener() {
        return listener;
    }

    /**
     * @return the modification time stored as {@value ObjectMetadataKeys#MTIME_HEADER}, or null;
     *     uploads from a file set it to the file's own when not given
     */
    public @Nullable Instant mtime() {
        return mtime;
    }

    /** @return how content above the segment threshold is stored (static by default) */
    public LargeObjectType largeObjectType() {
        return largeObjectType;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoreOptions o && contentLength == o.contentLength
                && Objects.equals(contentType, o.contentType) && Objects.equals(contentEncoding, o.contentEncoding)
                && Objects.equals(ttl, o.ttl) && Objects.equals(etag, o.etag) && metadata.equals(o.metadata)
                && headers.equals(o.headers) && listener.equals(o.listener) && Objects.equals(mtime, o.mtime)
                && largeObjectType == o.largeObjectType;
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentType, contentEncoding, ttl, etag, metadata, headers, contentLength, listener, mtime,
                largeObjectType);
    }

    @Override
    public String toString() {
        return "StoreOptions[contentType=" + contentType + ", contentEncoding=" + contentEncoding + ", ttl=" + ttl
                + ", etag=" + etag + ", metadata=" + metadata + ", headers=" + headers.keySet() + ", contentLength="
                + contentLength + ", listener=" + listener + ", mtime=" + mtime + ", largeObjectType="
                + largeObjectType + "]";
    }

    /** Builds {@link StoreOptions}; starts from the {@link StoreOptions#defaults()}. */
    public static final class Builder {

        private @Nullable String contentType;
        private @Nullable String contentEncoding;
        private @Nullable Duration ttl;
        private @Nullable String etag;
        private Map<String, String> metadata = Map.of();
        private Map<String, String> headers = new LinkedHashMap<>();
        private long contentLength = -1;
        private TransferListener listener = TransferListener.NONE;
        private @Nullable Instant mtime;
        private LargeObjectType largeObjectType = LargeObjectType.STATIC;

        private Builder() {
        }

        private Builder(StoreOptions options) {
            this.contentType = options.contentType;
            this.contentEncoding = options.contentEncoding;
            this.ttl = options.ttl;
            this.etag = options.etag;
            this.metadata = options.metadata;
            this.headers = new LinkedHashMap<>(options.headers);
            this.contentLength = options.contentLength;
            this.listener = options.listener;
            this.mtime = options.mtime;
            this.largeObjectType = options.largeObjectType;
        }

        /** @param value the media type, or null to guess it from the name @return this builder */
        public Builder contentType(@Nullable String value) {
            this.contentType = value;
            return this;
        }

        /** @param value the content encoding, such as {@code gzip}, or null @return this builder */
        public Builder contentEncoding(@Nullable String value) {
            this.contentEncoding = value;
            return this;
        }

        /**
         * @param value the time to live, whole seconds, at least one; null to keep the object
         * @return this builder
         * @throws IllegalArgumentException when shorter than a second
         */
        public Builder ttl(@Nullable Duration value) {
            if (value != null && value.toSeconds() < 1) {
                throw new IllegalArgumentException("ttl must be at least 1 second, was " + value);
            }
            this.ttl = value;
            return this;
        }

        /**
         * @param seconds the time to live in seconds, at least 1
         * @return this builder
         * @throws IllegalArgumentException when less than 1
         */
        public Builder ttlSeconds(long seconds) {
            return ttl(Duration.ofSeconds(seconds));
        }

        /**
         * @param value the expected MD5, 32 hex digits (as {@code Checksums.md5} gives), or null
         * @return this builder
         * @throws IllegalArgumentException when not 32 hex digits
         */
        public Builder etag(@Nullable String value) {
            if (value != null && !Checksums.isMd5Hex(value)) {
                throw new IllegalArgumentException("etag must be an MD5 checksum of 32 hex digits, was '" + value
                        + "'");
            }
            this.etag = value;
            return this;
        }

        /**
         * @param value the metadata, replacing what was set before
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder metadata(Map<String, String> value) {
            if (value == null) {
                throw new IllegalArgumentException("metadata must not be null; use Map.of() for none");
            }
            this.metadata = Map.copyOf(value);
            return this;
        }

        /**
         * @param value further request headers, replacing those set before
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder headers(Map<String, String> value) {
            if (value == null) {
                throw new IllegalArgumentException("headers must not be null; use Map.of() for none");
            }
            this.headers = new LinkedHashMap<>(Map.copyOf(value));
            return this;
        }

        /**
         * @param name a request header
         * @param value its value
         * @return this builder, with the header added
         * @throws IllegalArgumentException when either is null
         */
        public Builder header(String name, String value) {
            if (name == null || value == null) {
                throw new IllegalArgumentException("header name and value must not be null, were " + name + " and "
                        + value);
            }
            headers.put(name, value);
            return this;
        }

        /**
         * @param value the length of an InputStream's content, or -1 to send it chunked
         * @return this builder
         * @throws IllegalArgumentException when below -1
         */
        public Builder contentLength(long value) {
            if (value < -1) {
                throw new IllegalArgumentException("contentLength must be -1 (unknown) or more, was " + value);
            }
            this.contentLength = value;
            return this;
        }

        /** @param value hears about the bytes as they are sent, or null for none @return this builder */
        public Builder listener(@Nullable TransferListener value) {
            this.listener = value == null ? TransferListener.NONE : value;
            return this;
        }

        /**
         * @param value the modification time to store as {@value ObjectMetadataKeys#MTIME_HEADER}, or
         *     null (then file uploads store the file's own)
         * @return this builder
         */
        public Builder mtime(@Nullable Instant value) {
            this.mtime = value;
            return this;
        }

        /**
         * @param value static (the default) or dynamic large objects for content above the segment
         *     threshold
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder largeObjectType(LargeObjectType value) {
            if (value == null) {
                throw new IllegalArgumentException("largeObjectType must be STATIC or DYNAMIC, was null");
            }
            this.largeObjectType = value;
            return this;
        }

        /** @return the options */
        public StoreOptions build() {
            return new StoreOptions(this);
        }
    }
}
