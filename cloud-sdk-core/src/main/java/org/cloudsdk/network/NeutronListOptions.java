package org.cloudsdk.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.paging.Listing;
import org.jspecify.annotations.Nullable;

/**
 * Filters and paging of a Neutron listing: any field as a filter ({@code network_id},
 * {@code name}, {@code device_owner}, {@code router:external}...; a field given several values
 * matches any of them), the page size ({@code limit}: Neutron then pages with
 * {@code <collection>_links}, which the listing follows) and the marker to start after.
 *
 * <pre>{@code
 * NeutronListOptions options = NeutronListOptions.builder()
 *         .filter("network_id", network.id()).pageSize(100).build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class NeutronListOptions {

    private static final NeutronListOptions DEFAULTS = builder().build();

    private final Map<String, List<String>> filters;
    private final @Nullable Integer pageSize;
    private final @Nullable String marker;

    private NeutronListOptions(Builder b) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        b.filters.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.filters = Collections.unmodifiableMap(copy);
        this.pageSize = b.pageSize;
        this.marker = b.marker;
    }

    /** @return no filter, Neutron's own page size (all items in one answer unless it is configured otherwise) */
    public static NeutronListOptions defaults() {
        return DEFAULTS;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        filters.forEach((name, values) -> b.filters.put(name, new ArrayList<>(values)));
        b.pageSize = pageSize;
        b.marker = marker;
        return b;
    }

    /** @return the filters, by field name, each with the values any of which matches */
    public Map<String, List<String>> filters() {
        return filters;
    }

    /** @return the page size asked for, if any */
    public Optional<Integer> pageSize() {
        return Optional.ofNullable(pageSize);
    }

    /** @return the id to start after, if any */
    public Optional<String> marker() {
        return Optional.ofNullable(marker);
    }

    /** Adds these options to a listing. */
    <T> Listing.Builder<T> apply(Listing.Builder<T> listing) {
        filters.forEach((name, values) -> values.forEach(value -> listing.query(name, value)));
        return listing.limit(pageSize).marker(marker);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof NeutronListOptions that && filters.equals(that.filters)
                && Objects.equals(pageSize, that.pageSize) && Objects.equals(marker, that.marker);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filters, pageSize, marker);
    }

    @Override
    public String toString() {
        return "NeutronListOptions[filters=" + filters + ", pageSize=" + pageSize + ", marker=" + marker + "]";
    }

    /** Builder of {@link NeutronListOptions}; each value is checked as it is set. */
    public static final class Builder {

        private final Map<String, List<String>> filters = new LinkedHashMap<>();
        private @Nullable Integer pageSize;
        private @Nullable String marker;

        private Builder() {
        }

        /**
         * @param name a field of the listed resources, such as {@code network_id}; not
         *     {@code limit} or {@code marker}, which have their own methods
         * @param value the value to match (text, number or boolean); a field set twice matches either value
         * @return this builder
         * @throws IllegalArgumentException when the name is blank or a paging parameter
         */
        public Builder filter(String name, Object value) {
            Objects.requireNonNull(name, "filter name must not be null");
            Objects.requireNonNull(value, "value of filter '" + name + "' must not be null");
            if (name.isBlank()) {
                throw new IllegalArgumentException("filter name must not be blank");
            }
            if (name.equals("limit") || name.equals("marker")) {
                throw new IllegalArgumentException("filter '" + name + "' is a paging parameter: use "
                        + (name.equals("limit") ? "pageSize" : "marker") + "(...) instead");
            }
            filters.computeIfAbsent(name, key -> new ArrayList<>()).add(String.valueOf(value));
            return this;
        }

        /**
         * @param value items per page, 1 or more
         * @return this builder
         * @throws IllegalArgumentException when below 1
         */
        public Builder pageSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("pageSize must be 1 or more, was " + value);
            }
            this.pageSize = value;
            return this;
        }

        /**
         * @param value the id of the last item already seen
         * @return this builder
         * @throws IllegalArgumentException when blank
         */
        public Builder marker(String value) {
            this.marker = NeutronChecks.text(value, "marker");
            return this;
        }

        /** @return the options */
        public NeutronListOptions build() {
            return new NeutronListOptions(this);
        }
    }
}
