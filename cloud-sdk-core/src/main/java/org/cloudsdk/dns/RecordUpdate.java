package org.cloudsdk.dns;

import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * What to change on a record (pyrax's {@code update(data=, priority=, ttl=, comment=)}): only the
 * data, the priority (MX and SRV), the TTL and the comment can change; anything else needs a new
 * record. At least one is given. The rules that depend on the record's type (an address for A,
 * AAAA and PTR data; no priority but for MX and SRV) are checked against the record before any
 * request. Immutable.
 *
 * <pre>{@code
 * record.update(RecordUpdate.builder().ttl(600).build());
 * }</pre>
 */
public final class RecordUpdate {

    private final @Nullable String data;
    private final @Nullable Integer priority;
    private final @Nullable Integer ttl;
    private final @Nullable String comment;

    private RecordUpdate(Builder builder) {
        this.data = builder.data;
        this.priority = builder.priority;
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
        builder.data = data;
        builder.priority = priority;
        builder.ttl = ttl;
        builder.comment = comment;
        return builder;
    }

    /** @return the new data */
    public Optional<String> data() {
        return Optional.ofNullable(data);
    }

    /** @return the new priority */
    public Optional<Integer> priority() {
        return Optional.ofNullable(priority);
    }

    /** @return the new TTL in seconds */
    public Optional<Integer> ttl() {
        return Optional.ofNullable(ttl);
    }

    /** @return the new comment */
    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    /** Checks the changes against the type of the record they apply to. */
    void checkFor(RecordType type) {
        if (data != null) {
            DnsLimits.data(type, data, "data");
        }
        if (priority != null && type != RecordType.UNKNOWN) {
            DnsLimits.priorityFor(type, priority, false);
        }
    }

    /** Adds the changed fields to a record's JSON. */
    ObjectNode addTo(ObjectNode json) {
        if (data != null) {
            json.put("data", data);
        }
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

    /** @return the changes alone, as JSON */
    ObjectNode toJson() {
        return addTo(Json.object());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RecordUpdate that && Objects.equals(that.data, data)
                && Objects.equals(that.priority, priority) && Objects.equals(that.ttl, ttl)
                && Objects.equals(that.comment, comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(data, priority, ttl, comment);
    }

    @Override
    public String toString() {
        return "RecordUpdate" + toJson();
    }

    /** Builds a {@link RecordUpdate}. */
    public static final class Builder {
        private @Nullable String data;
        private @Nullable Integer priority;
        private @Nullable Integer ttl;
        private @Nullable String comment;

        private Builder() {
        }

        /** @param value the new data (an address for A, AAAA and PTR records) @return this builder */
        public Builder data(String value) {
            this.data = DnsLimits.text(value, "data");
            return this;
        }

        /** @param value the new priority, 0 to 65535 (MX and SRV only) @return this builder */
        public Builder priority(int value) {
            this.priority = DnsLimits.priority(value, "priority");
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
        public RecordUpdate build() {
            if (data == null && priority == null && ttl == null && comment == null) {
                throw new IllegalArgumentException("a record update needs at least one of data, priority, ttl or comment");
            }
            return new RecordUpdate(this);
        }
    }
}
