package org.cloudsdk.designate;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The optional settings of a new record set: its TTL (the zone's when not set) and description.
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class RecordSetCreateOptions {

    private static final RecordSetCreateOptions DEFAULTS = builder().build();

    private final @Nullable Integer ttl;
    private final @Nullable String description;

    private RecordSetCreateOptions(Builder b) {
        this.ttl = b.ttl;
        this.description = b.description;
    }

    /** @return the zone's TTL, no description */
    public static RecordSetCreateOptions defaults() {
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
        return b;
    }

    /** @return the TTL, if set */
    public Optional<Integer> ttl() {
        return Optional.ofNullable(ttl);
    }

    /** @return the description, if set */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RecordSetCreateOptions o && Objects.equals(ttl, o.ttl)
                && Objects.equals(description, o.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ttl, description);
    }

    @Override
    public String toString() {
        return "RecordSetCreateOptions[ttl=" + ttl + ", description=" + description + "]";
    }

    /** Builder of {@link RecordSetCreateOptions}. */
    public static final class Builder {

        private @Nullable Integer ttl;
        private @Nullable String description;

        private Builder() {
        }

        /**
         * @param value the TTL in seconds, 0 to 2147483647
         * @return this builder
         */
        public Builder ttl(long value) {
            this.ttl = DnsNames.ttl(value, "ttl");
            return this;
        }

        /**
         * @param value the description, at most 160 characters
         * @return this builder
         */
        public Builder description(String value) {
            this.description = DnsNames.description(value, "description");
            return this;
        }

        /** @return the options */
        public RecordSetCreateOptions build() {
            return new RecordSetCreateOptions(this);
        }
    }
}
