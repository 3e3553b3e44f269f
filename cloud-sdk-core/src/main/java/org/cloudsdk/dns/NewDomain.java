package org.cloudsdk.dns;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A domain to create (pyrax's {@code dns.create(name=, emailAddress=, ttl=, comment=,
 * subdomains=, records=)}): its fully-qualified name, the administrator's email address, a TTL
 * (3600 seconds unless told, at least 300), a comment (at most 160 characters), and the
 * subdomains and records to create in the same call. Subdomains have the same structure as the
 * domain. Everything is checked when it is built, before any request. Immutable.
 *
 * <pre>{@code
 * NewDomain domain = NewDomain.builder("example.edu", "sample@rackspace.edu")
 *         .comment("Primary domain")
 *         .subdomain(NewDomain.builder("north.example.edu", "sample@rackspace.edu").comment("1st sample subdomain").build())
 *         .record(NewRecord.builder(RecordType.A, "example.edu", "192.168.0.42").ttl(6000).build())
 *         .build();
 * }</pre>
 */
public final class NewDomain {

    private final String name;
    private final String emailAddress;
    private final int ttl;
    private final @Nullable String comment;
    private final List<NewDomain> subdomains;
    private final List<NewRecord> records;

    private NewDomain(Builder builder) {
        this.name = builder.name;
        this.emailAddress = builder.emailAddress;
        this.ttl = builder.ttl;
        this.comment = builder.comment;
        this.subdomains = List.copyOf(builder.subdomains);
        this.records = List.copyOf(builder.records);
    }

    /**
     * @param name the fully-qualified domain name
     * @param emailAddress the email address of the domain's administrator
     * @return a domain with the default TTL, no comment, subdomains or records
     */
    public static NewDomain of(String name, String emailAddress) {
        return builder(name, emailAddress).build();
    }

    /**
     * @param name the fully-qualified domain name
     * @param emailAddress the email address of the domain's administrator
     * @return a builder
     */
    public static Builder builder(String name, String emailAddress) {
        return new Builder(name, emailAddress);
    }

    /** @return a builder holding this domain's values */
    public Builder toBuilder() {
        Builder builder = new Builder(name, emailAddress).ttl(ttl).subdomains(subdomains).records(records);
        builder.comment = comment;
        return builder;
    }

    /** @return the fully-qualified domain name */
    public String name() {
        return name;
    }

    /** @return the administrator's email address */
    public String emailAddress() {
        return emailAddress;
    }

    /** @return the TTL in seconds */
    public int ttl() {
        return ttl;
    }

    /** @return the comment */
    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    /** @return the subdomains created with it */
    public List<NewDomain> subdomains() {
        return subdomains;
    }

    /** @return the records created with it */
    public List<NewRecord> records() {
        return records;
    }

    /** @return the domain as the API takes it, subdomains and records included when there are some */
    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("name", name);
        json.put("emailAddress", emailAddress);
        json.put("ttl", ttl);
        if (comment != null) {
            json.put("comment", comment);
        }
        if (!subdomains.isEmpty()) {
            ArrayNode domains = json.putObject("subdomains").putArray("domains");
            subdomains.forEach(subdomain -> domains.add(subdomain.toJson()));
        }
        if (!records.isEmpty()) {
            ArrayNode list = json.putObject("recordsList").putArray("records");
            records.forEach(record -> list.add(record.toJson()));
        }
        return json;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof NewDomain that && that.name.equals(name) && that.emailAddress.equals(emailAddress)
                && that.ttl == ttl && Objects.equals(that.comment, comment) && that.subdomains.equals(subdomains)
                && that.records.equals(records);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, emailAddress, ttl, comment, subdomains, records);
    }

    @Override
    public String toString() {
        return "NewDomain[name=" + name + ", emailAddress=" + emailAddress + ", ttl=" + ttl + ", subdomains="
                + subdomains.size() + ", records=" + records.size() + "]";
    }

    /** Builds a {@link NewDomain}. */
    public static final class Builder {
        private final String name;
        private final String emailAddress;
        private int ttl = DnsLimits.DEFAULT_TTL;
        private @Nullable String comment;
        private final List<NewDomain> subdomains = new ArrayList<>();
        private final List<NewRecord> records = new ArrayList<>();

        private Builder(String name, String emailAddress) {
            this.name = DnsLimits.domainName(name, "name");
            this.emailAddress = DnsLimits.email(emailAddress, "emailAddress");
        }

        /** @param value the TTL in seconds, at least 300 (default 3600) @return this builder */
        public Builder ttl(int value) {
            this.ttl = DnsLimits.ttl(value, "ttl");
            return this;
        }

        /** @param value a brief description, at most 160 characters @return this builder */
        public Builder comment(String value) {
            this.comment = DnsLimits.comment(value, "comment");
            return this;
        }

        /** @param value a subdomain to create in the same call @return this builder */
        public Builder subdomain(NewDomain value) {
            subdomains.add(Objects.requireNonNull(value, "subdomain must not be null"));
            return this;
        }

        /** @param values the subdomains to create in the same call, replacing any given before @return this builder */
        public Builder subdomains(Collection<NewDomain> values) {
            List<NewDomain> copy = List.copyOf(Objects.requireNonNull(values, "subdomains must not be null"));
            subdomains.clear();
            subdomains.addAll(copy);
            return this;
        }

        /** @param value a record to create in the same call @return this builder */
        public Builder record(NewRecord value) {
            records.add(Objects.requireNonNull(value, "record must not be null"));
            return this;
        }

        /** @param values the records to create in the same call, replacing any given before @return this builder */
        public Builder records(Collection<NewRecord> values) {
            List<NewRecord> copy = List.copyOf(Objects.requireNonNull(values, "records must not be null"));
            records.clear();
            records.addAll(copy);
            return this;
        }

        /** @return the domain */
        public NewDomain build() {
            return new NewDomain(this);
        }
    }
}
