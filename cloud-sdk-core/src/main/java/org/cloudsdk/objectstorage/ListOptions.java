package org.cloudsdk.objectstorage;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Optional parameters of an object listing, pyrax's {@code get_objects} keyword arguments.
 * Immutable; made by {@link #builder()}, copied with {@link #toBuilder()}.
 *
 * <pre>{@code
 * ListOptions options = ListOptions.builder().prefix("photos/").delimiter('/').build();
 * }</pre>
 */
public final class ListOptions {

    private static final ListOptions DEFAULTS = builder().build();

    private final int limit;
    private final @Nullable String marker;
    private final @Nullable String prefix;
    private final char delimiter;
    private final boolean fullListing;
    private final @Nullable String endMarker;

    private ListOptions(Builder builder) {
        this.limit = builder.limit;
        this.marker = builder.marker;
        this.prefix = builder.prefix;
        this.delimiter = builder.delimiter;
        this.fullListing = builder.fullListing;
        this.endMarker = builder.endMarker;
    }

    /** @return the first page of up to 10,000 objects, no filter */
    public static ListOptions defaults() {
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
     * @return the most objects to return, 1 to 10,000 (with {@link #fullListing()}, the page size);
     *     0 for the client's listing page size (10,000 by default)
     */
    public int limit() {
        return limit;
    }

    /** @return list only names after this one (paging), or null */
    public @Nullable String marker() {
        return marker;
    }

    /** @return list only names starting with this, or null */
    public @Nullable String prefix() {
        return prefix;
    }

    /**
     * @return the character that rolls names up into pseudo-folders: with {@code '/'}, names with
     *     a {@code /} after the prefix are left out of the objects; 0 for none
     */
    public char delimiter() {
        return delimiter;
    }

    /** @return whether every page is followed to the end of the container */
    public boolean fullListing() {
        return fullListing;
    }

    /** @return list only names before this one (Swift's {@code end_marker}), or null */
    public @Nullable String endMarker() {
        return endMarker;
    }

    /** @return whether a delimiter is set */
    public boolean hasDelimiter() {
        return delimiter != 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ListOptions o && limit == o.limit && delimiter == o.delimiter
                && fullListing == o.fullListing && Objects.equals(marker, o.marker) && Objects.equals(prefix, o.prefix)
                && Objects.equals(endMarker, o.endMarker);
    }

    @Override
    public int hashCode() {
        return Objects.hash(limit, marker, prefix, delimiter, fullListing, endMarker);
    }

    @Override
    public String toString() {
        return "ListOptions[limit=" + limit + ", marker=" + marker + ", prefix=" + prefix + ", delimiter="
                + (delimiter == 0 ? "none" : "'" + delimiter + "'") + ", fullListing=" + fullListing + ", endMarker="
                + endMarker + "]";
    }

    /** Builds {@link ListOptions}; starts from the {@link ListOptions#defaults()}. */
    public static final class Builder {

        private int limit;
        private @Nullable String marker;
        private @Nullable String prefix;
        private char delimiter;
        private boolean fullListing;
        private @Nullable String endMarker;

        private Builder() {
        }

        private Builder(ListOptions options) {
            this.limit = options.limit;
            this.marker = options.marker;
            this.prefix = options.prefix;
            this.delimiter = options.delimiter;
            this.fullListing = options.fullListing;
            this.endMarker = options.endMarker;
        }

        /**
         * @param value the most objects to return, 1 to
         *     {@value ObjectStorageSettings#MAX_LISTING_PAGE_SIZE} (with a full listing, the page
         *     size); 0 for the client's listing page size
         * @return this builder
         * @throws IllegalArgumentException when out of that range
         */
        public Builder limit(int value) {
            if (value < 0 || value > ObjectStorageSettings.MAX_LISTING_PAGE_SIZE) {
                throw new IllegalArgumentException("limit must be 1 to " + ObjectStorageSettings.MAX_LISTING_PAGE_SIZE
                        + " (or 0 for the default), was " + value);
            }
            this.limit = value;
            return this;
        }

        /** @param value list only names after this one, or null @return this builder */
        public Builder marker(@Nullable String value) {
            this.marker = value;
            return this;
        }

        /** @param value list only names starting with this, or null @return this builder */
        public Builder prefix(@Nullable String value) {
            this.prefix = value;
            return this;
        }

        /** @param value the pseudo-folder delimiter, such as {@code '/'}; 0 for none @return this builder */
        public Builder delimiter(char value) {
            this.delimiter = value;
            return this;
        }

        /** @param value true to follow every page to the end of the container @return this builder */
        public Builder fullListing(boolean value) {
            this.fullListing = value;
            return this;
        }

        /** @param value list only names before this one, or null @return this builder */
        public Builder endMarker(@Nullable String value) {
            this.endMarker = value;
            return this;
        }

        /** @return the options */
        public ListOptions build() {
            return new ListOptions(this);
        }
    }
}
