package org.cloudsdk.designate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.util.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ZoneListOptions} and {@link RecordSetListOptions} share: query filters in the order
 * set, a page size and a marker, their checks, and the filters both listings take ({@code name},
 * {@code status}, {@code ttl}, {@code description}). Each subclass adds the filters of its own
 * listing.
 */
abstract class DesignateListOptions {

    private final Map<String, String> filters;
    private final @Nullable Integer limit;
    private final @Nullable String marker;

    DesignateListOptions(Builder<?> b) {
        this.filters = Collections.unmodifiableMap(new LinkedHashMap<>(b.filters));
        this.limit = b.limit;
        this.marker = b.marker;
    }

    /** @return the filters as query parameters, in the order set */
    public Map<String, String> filters() {
        return filters;
    }

    /** @return the page size, if set */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    /** @return the id of the item to start after, if set */
    public Optional<String> marker() {
        return Optional.ofNullable(marker);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DesignateListOptions o && o.getClass() == getClass() && filters.equals(o.filters)
                && Objects.equals(limit, o.limit) && Objects.equals(marker, o.marker);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filters, limit, marker);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[filters=" + filters + ", limit=" + limit + ", marker=" + marker + "]";
    }

    /**
     * The part of the builders both listings share.
     *
     * @param <B> the builder's own type, returned by every setter
     */
    abstract static class Builder<B extends Builder<B>> {

        private final Map<String, String> filters = new LinkedHashMap<>();
        private @Nullable Integer limit;
        private @Nullable String marker;

        Builder() {
        }

        /** Starts from {@code options}. */
        final B from(DesignateListOptions options) {
            filters.putAll(options.filters);
            limit = options.limit;
            marker = options.marker;
            return self();
        }

        /** @param value a name, or a pattern with {@code *} ({@code *.example.org.}) @return this builder */
        public B name(String value) {
            return filter("name", value);
        }

        /** @param value a status @return this builder */
        public B status(DesignateStatus value) {
            Objects.requireNonNull(value, "status must not be null");
            if (value == DesignateStatus.UNKNOWN) {
                throw new IllegalArgumentException("status must be a status Designate knows, was UNKNOWN");
            }
            return filter("status", value.name());
        }

        /** @param value a TTL in seconds, 0 to 2147483647 @return this builder */
        public B ttl(long value) {
            return filter("ttl", Integer.toString(DnsNames.ttl(value, "ttl")));
        }

        /** @param value a description, or a pattern with {@code *} @return this builder */
        public B description(String value) {
            return filter("description", value);
        }

        /**
         * @param value the page size, 1 to 1000 (Designate's maximum)
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public B limit(int value) {
            this.limit = Designate.pageSize(value);
            return self();
        }

        /** @param value the id of the item to start after @return this builder */
        public B marker(String value) {
            this.marker = DnsNames.id(value, "marker");
            return self();
        }

        final B filter(String name, String value) {
            filters.put(name, Arguments.requireText(value, name));
            return self();
        }

        abstract B self();
    }
}
