package org.cloudsdk.monitoring;

import java.util.Map;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * What to change in an entity (pyrax's {@code update_entity(entity, agent=, metadata=)}, and the
 * label and addresses the API also takes): only what is set is sent, the rest is kept. Given
 * metadata or addresses replace the entity's. For entities Rackspace manages, the API changes
 * only the metadata and the agent.
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class EntityUpdate {

    private final @Nullable String label;
    private final @Nullable Map<String, String> ipAddresses;
    private final @Nullable Map<String, String> metadata;
    private final @Nullable String agentId;

    private EntityUpdate(Builder b) {
        this.label = b.label == null ? null : MonitoringLimits.label(b.label, "label");
        this.ipAddresses = b.ipAddresses == null ? null : MonitoringLimits.ipAddresses(b.ipAddresses);
        this.metadata = b.metadata == null ? null : MonitoringLimits.metadata(b.metadata, "metadata");
        this.agentId = b.agentId == null ? null : MonitoringLimits.length(b.agentId, "agentId", MonitoringLimits.MAX_LABEL);
        if (label == null && ipAddresses == null && metadata == null && agentId == null) {
            throw new IllegalArgumentException("an entity update must change at least one of label, ipAddresses,"
                    + " metadata or agentId");
        }
    }

    /** @return an empty builder; at least one value must be set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these changes */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.label = label;
        b.ipAddresses = ipAddresses;
        b.metadata = metadata;
        b.agentId = agentId;
        return b;
    }

    /** @return the new label, or null to keep it */
    public @Nullable String label() {
        return label;
    }

    /** @return the new addresses, or null to keep them */
    public @Nullable Map<String, String> ipAddresses() {
        return ipAddresses;
    }

    /** @return the new metadata, or null to keep it */
    public @Nullable Map<String, String> metadata() {
        return metadata;
    }

    /** @return the new agent id, or null to keep it */
    public @Nullable String agentId() {
        return agentId;
    }

    ObjectNode toJson() {
        ObjectNode body = Json.object();
        if (label != null) {
            body.put("label", label);
        }
        if (ipAddresses != null) {
            body.set("ip_addresses", MonitoringJson.stringMap(ipAddresses));
        }
        if (metadata != null) {
            body.set("metadata", MonitoringJson.stringMap(metadata));
        }
        if (agentId != null) {
            body.put("agent_id", agentId);
        }
        return body;
    }

    @Override
    public String toString() {
        return "EntityUpdate[label=" + label + ", ipAddresses=" + ipAddresses + ", metadata=" + metadata
                + ", agentId=" + agentId + "]";
    }

    /** Builds an {@link EntityUpdate}; {@link #build()} checks the limits. */
    public static final class Builder {
        private @Nullable String label;
        private @Nullable Map<String, String> ipAddresses;
        private @Nullable Map<String, String> metadata;
        private @Nullable String agentId;

        private Builder() {
        }

        /** @param value the new label, 1 to 255 characters @return this builder */
        public Builder label(@Nullable String value) {
            this.label = value;
            return this;
        }

        /** @param value the addresses replacing the entity's @return this builder */
        public Builder ipAddresses(@Nullable Map<String, String> value) {
            this.ipAddresses = value;
            return this;
        }

        /** @param value the metadata replacing the entity's @return this builder */
        public Builder metadata(@Nullable Map<String, String> value) {
            this.metadata = value;
            return this;
        }

        /** @param value pyrax's {@code agent}: the agent to bind the entity to @return this builder */
        public Builder agentId(@Nullable String value) {
            this.agentId = value;
            return this;
        }

        /**
         * @return the changes
         * @throws IllegalArgumentException when nothing is set or a limit is broken
         */
        public EntityUpdate build() {
            return new EntityUpdate(this);
        }
    }
}
