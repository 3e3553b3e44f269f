package org.cloudsdk.dns;

import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * A record to add to a domain (pyrax's record dict of {@code add_records()}), or a PTR record to
 * add to a device: type, name, data, and the optional priority, TTL and comment. Every rule of
 * the chapter is checked when it is built, before any request: the name a domain name, the data
 * an IPv4 address for A, IPv6 for AAAA and either for PTR, the priority required for MX and SRV
 * and forbidden otherwise (0 to 65535), the TTL at least 300 seconds, the comment at most 160
 * characters. Immutable.
 *
 * <pre>{@code
 * NewRecord a = NewRecord.builder(RecordType.A, "example.edu", "192.168.0.42").ttl(6000).build();
 * NewRecord mx = NewRecord.builder(RecordType.MX, "example.edu", "mail.example.edu").priority(50)
 *         .comment("Backup mail server").build();
 * }</pre>
 */
public final class NewRecord {

    private final RecordType type;
    private final String name;
    private final String data;
    private final @Nullable Integer priority;
    private final @Nullable Integer ttl;
    private final @Nullable String comment;

    private NewRecord(Builder builder) {
        this.type = builder.type;
        this.name = builder.name;
        this.data = builder.data;
        this.priority = builder.priority;
        this.ttl = builder.ttl;
        this.comment = builder.comment;
    }

    /**
     * A record without priority, TTL or comment (the TTL is then the domain's).
     *
     * @param type its type (not MX or SRV, which need a priority: use {@link #builder})
     * @param name the domain or subdomain it belongs to
     * @param data its data
     * @return the record
     * @throws IllegalArgumentException when a rule is broken
     */
    public static NewRecord of(RecordType type, String name, String data) {
        return builder(type, name, data).build();
    }

    /**
     * A reverse DNS record for {@link CloudDns#addPtrRecords}.
     *
     * @param name the domain name the address resolves to
     * @param address the device's IPv4 or IPv6 address
     * @return the PTR record
     */
    public static NewRecord ptr(String name, String address) {
        return of(RecordType.PTR, name, address);
    }

    /**
     * @param type its type
     * @param name the domain or subdomain it belongs to
     * @param data its data
     * @return a builder
     */
    public static Builder builder(RecordType type, String name, String data) {
        return new Builder(type, name, data);
    }

    /** @return a builder holding this record's values */
    public Builder toBuilder() {
        Builder builder = new Builder(type, name, data);
        builder.priority = priority;
        builder.ttl = ttl;
        builder.comment = comment;
        return builder;
    }

    /** @return its type */
    public RecordType type() {
        return type;
    }

    /** @return the name it belongs to */
    public String name() {
        return name;
    }

    /** @return its data */
    public String data() {
        return data;
    }

    /** @return its priority (MX and SRV only) */
    public Optional<Integer> priority() {
        return Optional.ofNullable(priority);
    }

    /** @return its TTL in seconds, when not the domain's */
    public Optional<Integer> ttl() {
        return Optional.ofNullable(ttl);
    }

    /** @return its comment */
    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    /** @return the record as the API takes it */
    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("name", name);
        json.put("type", type.name());
        json.put("data", data);
        if (priority != null) {
            json.put("priority", priority.intValue());
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
        return other instanceof NewRecord that && that.type == type && that.name.equals(name) && that.data.equals(data)
                && Objects.equals(that.priority, priority) && Objects.equals(that.ttl, ttl)
                && Objects.equals(that.comment, comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, name, data, priority, ttl, comment);
    }

    @Override
    public String toString() {
        return "NewRecord[type=" + type + ", name=" + name + ", data=" + data + (priority == null ? "" : ", priority="
                + priority) + (ttl == null ? "" : ", ttl=" + ttl) + "]";
    }

    /** Builds a {@link NewRecord}; {@link #build()} checks the rules that involve several values. */
    public static final class Builder {
        private final RecordType type;
        private final String name;
        private final String data;
        private @Nullable Integer priority;
        private @Nullable Integer ttl;
        private @Nullable String comment;

        private Builder(RecordType type, String name, String data) {
            this.type = DnsLimits.type(type);
            this.name = DnsLimits.domainName(name, "name");
            this.data = DnsLimits.data(this.type, data, "data");
        }

        /**
         * @param value 0 to 65535; required for MX and SRV records, refused for the others
         * @return this builder
         */
        public Builder priority(int value) {
            this.priority = DnsLimits.priority(value, "priority");
            return this;
        }

        /** @param value the TTL in seconds, at least 300 @return this builder */
        public Builder ttl(int value) {
            this.ttl = DnsLimits.ttl(value, "ttl");
            return this;
        }

        /** @param value at most 160 characters @return this builder */
        public Builder comment(String value) {
            this.comment = DnsLimits.comment(value, "comment");
            return this;
        }

        /**
         * @return the record
         * @throws IllegalArgumentException when an MX or SRV record has no priority, or another type has one
         */
        public NewRecord build() {
            DnsLimits.priorityFor(type, priority, true);
            return new NewRecord(this);
        }
    }
}
