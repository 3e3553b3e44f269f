package org.cloudsdk.octavia;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.paging.Listing;
import org.jspecify.annotations.Nullable;

/**
 * Filters and paging of an Octavia listing: any top-level field as a filter ({@code name},
 * {@code provisioning_status}, {@code vip_subnet_id}...; several filters must all match), the tag
 * filters of API 2.5 ({@code tags}: all of them; {@code tags-any}: one of them; {@code not-tags},
 * {@code not-tags-any}), the page size ({@code limit}; the listing follows the
 * {@code <collection>_links} next links, whatever the deployment's maximum page) and the id to
 * start after ({@code marker}).
 *
 * <pre>{@code
 * OctaviaListOptions options = OctaviaListOptions.builder()
 *         .filter("provisioning_status", "ACTIVE").tags("web").pageSize(50).build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class OctaviaListOptions {

    private static final OctaviaListOptions DEFAULTS = builder().build();
    private static final List<String> TAG_FILTERS = List.of("tags", "tags-any", "not-tags", "not-tags-any");

    private final Map<String, List<String>> filters;
    private final Map<String, List<String>> tagFilters;
    private final @Nullable Integer pageSize;
    private final @Nullable String marker;

    private OctaviaListOptions(Builder b) {
        this.filters = copy(b.filters);
        this.tagFilters = copy(b.tagFilters);
        this.pageSize = b.pageSize;
        this.marker = b.marker;
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> source) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        source.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    /** @return no filter, the deployment's page size */
    public static OctaviaListOptions defaults() {
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
        tagFilters.forEach((name, values) -> b.tagFilters.put(name, new ArrayList<>(values)));
        b.pageSize = pageSize;
        b.marker = marker;
        return b;
    }

    /** @return the field filters, by field name */
    public Map<String, List<String>> filters() {
        return filters;
    }

    /** @return the tag filters ({@code tags}, {@code tags-any}, {@code not-tags}, {@code not-tags-any}) */
    public Map<String, List<String>> tagFilters() {
        return tagFilters;
    }

    /** @return the page size asked for, if any */
    public Optional<Integer> pageSize() {
        return Optional.ofNullable(pageSize);
    }

    /** @return the id to start after, if any */
    public Optional<String> marker() {
        return Optional.ofNullable(marker);
    }

    <T> Listing.Builder<T> apply(Listing.Builder<T> listing) {
        filters.forEach((name, values) -> values.forEach(value -> listing.query(name, value)));
        tagFilters.forEach((name, values) -> listing.query(name, String.join(",", values)));
        return listing.limit(pageSize).marker(marker);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof OctaviaListOptions that && filters.equals(that.filters)
                && tagFilters.equals(that.tagFilters) && Objects.equals(pageSize, that.pageSize)
                && Objects.equals(marker, that.marker);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filters, tagFilters, pageSize, marker);
    }

    @Override
    public String toString() {
        return "OctaviaListOptions[filters=" + filters + ", tagFilters=" + tagFilters + ", pageSize=" + pageSize
                + ", marker=" + marker + "]";
    }

    /** Builder of {@link OctaviaListOptions}; each value is checked as it is set. */
    public static final class Builder {

        private final Map<String, List<String>> filters = new LinkedHashMap<>();
        private final Map<String, List<String>> tagFilters = new LinkedHashMap<>();
        private @Nullable Integer pageSize;
        private @Nullable String marker;

        private Builder() {
        }

        /**
         * @param name a top-level field of the listed objects, such as {@code name}; not a paging
         *     or tag parameter, which have their own methods
         * @param value the value to match; a field given twice matches either value
         * @return this builder
         * @throws IllegalArgumentException when the name is blank or reserved
         */
        public Builder filter(String name, Object value) {
            OctaviaChecks.text(name, "filter name");
            Objects.requireNonNull(value, "value of filter '" + name + "' must not be null");
            if (List.of("limit", "marker", "page_reverse").contains(name)) {
                throw new IllegalArgumentException("filter '" + name + "' is a paging parameter: use pageSize(...)"
                        + " or marker(...) instead");
            }
            if (TAG_FILTERS.contains(name)) {
                throw new IllegalArgumentException("filter '" + name + "' is a tag filter: use tags(...), tagsAny(...),"
                        + " notTags(...) or notTagsAny(...) instead");
            }
            filters.computeIfAbsent(name, key -> new ArrayList<>()).add(value instanceof Enum<?> e
                    ? OctaviaEnums.wire(e) : String.valueOf(value));
            return this;
        }

        /** @param values objects with all of these tags (API 2.5) @return this builder */
        public Builder tags(String... values) {
            return tagFilter("tags", values);
        }

        /** @param values objects with one or more of these tags (API 2.5) @return this builder */
        public Builder tagsAny(String... values) {
            return tagFilter("tags-any", values);
        }

        /** @param values objects without all of these tags (API 2.5) @return this builder */
        public Builder notTags(String... values) {
            return tagFilter("not-tags", values);
        }

        /** @param values objects with none of these tags (API 2.5) @return this builder */
        public Builder notTagsAny(String... values) {
            return tagFilter("not-tags-any", values);
        }

        private Builder tagFilter(String name, String[] values) {
            Objects.requireNonNull(values, name + " must not be null");
            Collection<String> checked = OctaviaChecks.tags(List.of(values), name);
            if (checked.isEmpty()) {
                throw new IllegalArgumentException(name + " must name one or more tags");
            }
            for (String tag : checked) {
                if (tag.contains(",")) {
                    throw new IllegalArgumentException(name + " are sent comma-separated: a tag cannot contain ','"
                            + " here, got '" + tag + "'");
                }
            }
            tagFilters.put(name, new ArrayList<>(checked));
            return this;
        }

        /**
         * @param value items per page, 1 or more (a deployment caps it at its own maximum)
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

        /** @param value the id of the last object already seen @return this builder */
        public Builder marker(String value) {
            this.marker = OctaviaChecks.text(value, "marker");
            return this;
        }

        /** @return the options */
        public OctaviaListOptions build() {
            return new OctaviaListOptions(this);
        }
    }
}
