package org.cloudsdk.designate;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What {@link RecordSetCreateOptions} and {@link FloatingIpPtrOptions} are: an optional TTL and
 * an optional description, checked as they are set.
 */
abstract class TtlAndDescription {

    private final @Nullable Integer ttl;
    private final @Nullable String description;

    TtlAndDescription(Builder<?> b) {
        this.ttl = b.ttl;
        this.description = b.description;
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
        return other instanceof TtlAndDescription o && o.getClass() == getClass() && Objects.equals(ttl, o.ttl)
                && Objects.equals(description, o.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ttl, description);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[ttl=" + ttl + ", description=" + description + "]";
    }

    /**
     * The setters both builders share.
     *
     * @param <B> the builder's own type, returned by every setter
     */
    abstract static class Builder<B extends Builder<B>> {

        private @Nullable Integer ttl;
        private @Nullable String description;

        Builder() {
        }

        /** Starts from {@code options}. */
        final B from(TtlAndDescription options) {
            ttl = options.ttl;
            description = options.description;
            return self();
        }

        /**
         * @param value the TTL in seconds, 0 to 2147483647
         * @return this builder
         */
        public B ttl(long value) {
            this.ttl = DnsNames.ttl(value, "ttl");
            return self();
        }

        /**
         * @param value the description, at most 160 characters
         * @return this builder
         */
        public B description(String value) {
            this.description = DnsNames.description(value, "description");
            return self();
        }

        abstract B self();
    }
}
