package org.cloudsdk.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * The optional parts of a new entity (pyrax's {@code create_entity(label, ip_addresses=,
 * metadata=, agent=)}): its IP addresses by alias, its metadata and the agent it is bound to.
 * Checked when built: at most 64 addresses, each an IPv4 or IPv6 literal under an alias of 1 to
 * 64 characters; at most 256 metadata pairs of 1 to 255 characters.
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class EntityOptions {

    private static final EntityOptions DEFAULTS = builder().build();

    private final Map<String, String> ipAddresses;
    private final Map<String, String> metadata;
    private final @Nullable String agentId;

    private EntityOptions(Builder b) {
        this.ipAddresses = MonitoringLimits.ipAddresses(b.ipAddresses);
        this.metadata = MonitoringLimits.metadata(b.metadata, "metadata");
        this.agentId = b.agentId == null ? null : MonitoringLimits.length(b.agentId, "agentId", MonitoringLimits.MAX_LABEL);
    }

    /** @return no addresses, no metadata, no agent */
    public static EntityOptions defaults() {
        return DEFAULTS;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ipAddresses.putAll(ipAddresses);
        b.metadata.putAll(metadata);
        b.agentId = agentId;
        return b;
    }

    /** @return the IP addresses by alias */
    public Map<String, String> ipAddresses() {
        return ipAddresses;
    }

    /** @return the metadata */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** @return the agent's id, or null */
    public @Nullable String agentId() {
        return agentId;
    }

    /** The body of {@code POST /entities}: empty maps are left out, as pyrax leaves them. */
    ObjectNode toJson(String label) {
        ObjectNode body = Json.object();
        body.put("label", label);
        if (!ipAddresses.isEmpty()) {
            body.set("ip_addresses", MonitoringJson.stringMap(ipAddresses));
        }
        if (!metadata.isEmpty()) {
            body.set("metadata", MonitoringJson.stringMap(metadata));
        }
        if (agentId != null) {
            body.put("agent_id", agentId);
        }
        return body;
    }

    @Override
    public String toString() {
        return "EntityOptions[ipAddresses=" + ipAddresses + ", metadata=" + metadata + ", agentId=" + agentId + "]";
    }

    /** Builds {@link EntityOptions}; {@link #build()} checks the limits. */
    public static final class Builder {
        private final Map<String, String> ipAddresses = new LinkedHashMap<>();
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private @Nullable String agentId;

        private Builder() {
        }

        /** @param values the IP addresses by alias, replacing any set before @return this builder */
        public Builder ipAddresses(Map<String, String> values) {
            Objects.requireNonNull(values, "ipAddresses must not be null");
            ipAddresses.clear();
            ipAddresses.putAll(values);
            return this;
        }

        /** @param alias the alias checks target it by @param address an IPv4 or IPv6 address @return this builder */
        public Builder ipAddress(String alias, String address) {
            ipAddresses.put(Objects.requireNonNull(alias, "alias must not be null"),
                    Objects.requireNonNull(address, "address must not be null"));
            return this;
        }

        /** @param values the metadata, replacing any set before @return this builder */
        public Builder metadata(Map<String, String> values) {
            Objects.requireNonNull(values, "metadata must not be null");
            metadata.clear();
            metadata.putAll(values);
            return this;
        }

        /** @param value pyrax's {@code agent}: the id of the agent the entity is bound to; null for none @return this builder */
        public Builder agentId(@Nullable String value) {
            this.agentId = value;
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException naming the parameter, when a limit is broken
         */
        public EntityOptions build() {
            return new EntityOptions(this);
        }
    }
}
