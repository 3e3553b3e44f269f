package org.cloudsdk.designate;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What {@link Designate#updateZone(String, ZoneUpdateOptions)} changes (pyrax's
 * {@code domain.update(emailAddress=..., ttl=..., comment=...)}): the e-mail address, the TTL and
 * the description; what is not set is kept. Options that change nothing are refused.
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class ZoneUpdateOptions {

    private final @Nullable String email;
    private final @Nullable Integer ttl;
    private final @Nullable String description;

    private ZoneUpdateOptions(Builder b) {
        this.email = b.email;
        this.ttl = b.ttl;
        this.description = b.description;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.email = email;
        b.ttl = ttl;
        b.description = description;
        return b;
    }

    /** @return the new e-mail address, if changed */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** @return the new TTL, if changed */
    public Optional<Integer> ttl() {
        return Optional.ofNullable(ttl);
    }

    /** @return the new description, if changed */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** @return true when nothing is changed */
    public boolean isEmpty() {
        return email == null && ttl == null && description == null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ZoneUpdateOptions o && Objects.equals(email, o.email) && Objects.equals(ttl, o.ttl)
                && Objects.equals(description, o.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(email, ttl, description);
    }

    @Override
    public String toString() {
        return "ZoneUpdateOptions[email=" + email + ", ttl=" + ttl + ", description=" + description + "]";
    }

    /** Builder of {@link ZoneUpdateOptions}. */
    public static final class Builder {

        private @Nullable String email;
        private @Nullable Integer ttl;
        private @Nullable String description;

        private Builder() {
        }

        /**
         * @param value the new e-mail address of the SOA record (not for a secondary zone)
         * @return this builder
         * @throws IllegalArgumentException when it is not an address Designate accepts
         */
        public Builder email(String value) {
            this.email = DnsNames.email(value, "email");
            return this;
        }

        /**
         * @param value the new TTL in seconds, 0 to 2147483647
         * @return this builder
         */
        public Builder ttl(long value) {
            this.ttl = DnsNames.ttl(value, "ttl");
            return this;
        }

        /**
         * @param value the new description, at most 160 characters
         * @return this builder
         */
        public Builder description(String value) {
            this.description = DnsNames.description(value, "description");
            return this;
        }

        /** @return the options */
        public ZoneUpdateOptions build() {
            return new ZoneUpdateOptions(this);
        }
    }
}
