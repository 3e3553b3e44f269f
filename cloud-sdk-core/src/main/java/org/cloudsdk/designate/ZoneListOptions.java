package org.cloudsdk.designate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.util.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * Filters and paging of {@link Designate#listZones(ZoneListOptions)}: Designate's {@code name},
 * {@code email}, {@code status}, {@code type}, {@code ttl} and {@code description} filters (text
 * filters take {@code *} as a wildcard), the page size ({@code limit}, 1 to 1000; Designate's
 * default is 20) and the id to start after ({@code marker}). Listings follow Designate's
 * {@code links.next} from page to page.
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class ZoneListOptions {

    private static final ZoneListOptions DEFAULTS = builder().build();

    private final Map<String, String> filters;
    private final @Nullable Integer limit;
    private final @Nullable String marker;

    private ZoneListOptions(Builder b) {
        this.filters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.filters));
        this.limit = b.limit;
        this.marker = b.marker;
    }

    /** @return no filter, Designate's page size, from the first zone */
    public static ZoneListOptions defaults() {
        return DEFAULTS;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.filters.putAll(filters);
        b.limit = limit;
        b.marker = marker;
        return b;
    }

    /** @return the filters as query parameters, in the order set */
    public Map<String, String> filters() {
        return filters;
    }

    /** @return the page size, if set */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    /** @return the id of the zone to start after, if set */
    public Optional<String> marker() {
        return Optional.ofNullable(marker);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ZoneListOptions o && filters.equals(o.filters) && Objects.equals(limit, o.limit)
                && Objects.equals(marker, o.marker);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filters, limit, marker);
    }

    @Override
    public String toString() {
        return "ZoneListOptions[filters=" + filters + ", limit=" + limit + ", marker=" + marker + "]";
    }

    /** Builder of {@link ZoneListOptions}. */
    public static final class Builder {

        private final Map<String, String> filters = new LinkedHashMap<>();
        private @Nullable Integer limit;
        private @Nullable String marker;

        private Builder() {
        }

        /** @param value a zone name, or a pattern with {@code *} ({@code *.example.org.}) @return this builder */
        public Builder name(String value) {
            return filter("name", value);
        }

        /** @param value an e-mail address, or a pattern with {@code *} @return this builder */
        public Builder email(String value) {
            return filter("email", value);
        }

        /** @param value a status @return this builder */
        public Builder status(DesignateStatus value) {
            Objects.requireNonNull(value, "status must not be null");
            if (value == DesignateStatus.UNKNOWN) {
                throw new IllegalArgumentException("status must be a status Designate knows, was UNKNOWN");
            }
            return filter("status", value.name());
        }

        /** @param value PRIMARY or SECONDARY @return this builder */
        public Builder type(ZoneType value) {
            Objects.requireNonNull(value, "type must not be null");
            if (value == ZoneType.UNKNOWN) {
                throw new IllegalArgumentException("type must be PRIMARY, SECONDARY or CATALOG, was UNKNOWN");
            }
            return filter("type", value.name());
        }

        /** @param value a TTL in seconds, 0 to 2147483647 @return this builder */
        public Builder ttl(long value) {
            return filter("ttl", Integer.toString(DnsNames.ttl(value, "ttl")));
        }

        /** @param value a description, or a pattern with {@code *} @return this builder */
        public Builder description(String value) {
            return filter("description", value);
        }

        /**
         * @param value the page size, 1 to 1000 (Designate's maximum)
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder limit(int value) {
            this.limit = Designate.pageSize(value);
            return this;
        }

        /** @param value the id of the zone to start after @return this builder */
        public Builder marker(String value) {
            this.marker = DnsNames.id(value, "marker");
            return this;
        }

        private Builder filter(String name, String value) {
            filters.put(name, Arguments.requireText(value, name));
            return this;
        }

        /** @return the options */
        public ZoneListOptions build() {
            return new ZoneListOptions(this);
        }
    }
}
