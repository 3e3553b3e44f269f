package org.cloudsdk.dns;

import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * What to change on a domain (pyrax's {@code update_domain(domain, emailAddress=, ttl=, comment=)}):
 * its contact email address, its TTL (at least 300 seconds) and its comment (at most 160
 * characters). At least one is given; pyrax raised {@code MissingDNSSettings} otherwise, this
 * builder an {@link IllegalArgumentException}. Immutable.
 *
 * <pre>{@code
 * dom.update(DomainUpdate.builder().ttl(1200).build());
 * }</pre>
 */
public final class DomainUpdate {

    private final @Nullable String emailAddress;
    private final @Nullable Integer ttl;
    private final @Nullable String comment;

    private DomainUpdate(Builder builder) {
        this.emailAddress = builder.emailAddress;
        this.ttl = builder.ttl;
        this.comment = builder.comment;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these changes */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.emailAddress = emailAddress;
        builder.ttl = ttl;
        builder.comment = comment;
        return builder;
    }

    /** @return the new contact email address */
    public Optional<String> emailAddress() {
        return Optional.ofNullable(emailAddress);
    }

    /** @return the new TTL in seconds */
    public Optional<Integer> ttl() {
        return Optional.ofNullable(ttl);
    }

    /** @return the new comment */
    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object();
        if (emailAddress != null) {
            json.put("emailAddress", emailAddress);
        }
        if (ttl != null) {
            json.put("ttl", ttl.intValue());
        }
        if (comment != null) {
            json.put("comment", comment);
        }
        return json;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DomainUpdate that && Objects.equals(that.emailAddress, emailAddress)
                && Objects.equals(that.ttl, ttl) && Objects.equals(that.comment, comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(emailAddress, ttl, comment);
    }

    @Override
    public String toString() {
        return "DomainUpdate" + toJson();
    }

    /** Builds a {@link DomainUpdate}. */
    public static final class Builder {
        private @Nullable String emailAddress;
        private @Nullable Integer ttl;
        private @Nullable String comment;

        private Builder() {
        }

        /** @param value the new contact email address @return this builder */
        public Builder emailAddress(String value) {
            this.emailAddress = DnsLimits.email(value, "emailAddress");
            return this;
        }

        /** @param value the new TTL in seconds, at least 300 @return this builder */
        public Builder ttl(int value) {
            this.ttl = DnsLimits.ttl(value, "ttl");
            return this;
        }

        /** @param value the new comment, at most 160 characters @return this builder */
        public Builder comment(String value) {
            this.comment = DnsLimits.comment(value, "comment");
            return this;
        }

        /**
         * @return the changes
         * @throws IllegalArgumentException when nothing is changed
         */
        public DomainUpdate build() {
            if (emailAddress == null && ttl == null && comment == null) {
                throw new IllegalArgumentException("a domain update needs at least one of emailAddress, ttl or comment");
            }
            return new DomainUpdate(this);
        }
    }
}
