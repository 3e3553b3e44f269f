package org.cloudsdk.designate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The optional settings of a new zone ({@link Designate#createZone(String, String, ZoneCreateOptions)}):
 * its TTL, description and attributes. Each value is checked when set.
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class ZoneCreateOptions {

    private static final ZoneCreateOptions DEFAULTS = builder().build();

    private final @Nullable Integer ttl;
    private final @Nullable String description;
    private final Map<String, String> attributes;

    private ZoneCreateOptions(Builder b) {
        this.ttl = b.ttl;
        this.description = b.description;
        this.attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
    }

    /** @return no TTL (Designate's default, 3600 s), no description, no attributes */
    public static ZoneCreateOptions defaults() {
        return DEFAULTS;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ttl = ttl;
        b.description = description;
        b.attributes.putAll(attributes);
        return b;
    }

    /** @return the TTL of the SOA record and default of the record sets, if set */
    public Optional<Integer> ttl() {
        return Optional.ofNullable(ttl);
    }

    /** @return the description, if set */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** @return the attributes (scheduling hints, such as {@code pool_id}) */
    public Map<String, String> attributes() {
        return attributes;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ZoneCreateOptions o && Objects.equals(ttl, o.ttl)
                && Objects.equals(description, o.description) && attributes.equals(o.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ttl, description, attributes);
    }

    @Override
    public String toString() {
        return "ZoneCreateOptions[ttl=" + ttl + ", description=" + description + ", attributes=" + attributes + "]";
    }

    /** Builder of {@link ZoneCreateOptions}. */
    public static final class Builder {

        private @Nullable Integer ttl;
        private @Nullable String description;
        private final Map<String, String> attributes = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param value the TTL in seconds, 0 to 2147483647 (a cloud may set a higher minimum)
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder ttl(long value) {
            this.ttl = DnsNames.ttl(value, "ttl");
            return this;
        }

        /**
         * @param value the description, at most 160 characters
         * @return this builder
         * @throws IllegalArgumentException when longer
         */
        public Builder description(String value) {
            this.description = DnsNames.description(value, "description");
            return this;
        }

        /**
         * @param name an attribute's name, such as {@code pool_id}
         * @param value its value
         * @return this builder
         */
        public Builder attribute(String name, String value) {
            attributes.put(DnsNames.id(name, "attribute name"), Objects.requireNonNull(value, "attribute value must not be null"));
            return this;
        }

        /** @return the options */
        public ZoneCreateOptions build() {
            return new ZoneCreateOptions(this);
        }
    }
}
