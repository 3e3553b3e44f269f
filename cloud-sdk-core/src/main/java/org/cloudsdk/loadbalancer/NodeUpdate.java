package org.cloudsdk.loadbalancer;

import java.util.Optional;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * The changeable attributes of a node (pyrax's {@code node.condition = "DISABLED"; node.update()}):
 * its condition, weight and type; its address and port cannot change. At least one is set.
 * Immutable; made by {@link #builder()} or the one-change factories.
 *
 * <pre>{@code
 * node.update(NodeUpdate.condition(NodeCondition.DRAINING));
 * node.update(NodeUpdate.builder().condition(NodeCondition.ENABLED).weight(59).build());
 * }</pre>
 */
public final class NodeUpdate {

    private final @Nullable NodeCondition condition;
    private final @Nullable Integer weight;
    private final @Nullable NodeType type;

    private NodeUpdate(Builder builder) {
        this.condition = builder.condition;
        this.weight = builder.weight;
        this.type = builder.type;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param value ENABLED, DISABLED or DRAINING
     * @return a change of the condition alone
     */
    public static NodeUpdate condition(NodeCondition value) {
        return builder().condition(value).build();
    }

    /**
     * @param value 1 to 100
     * @return a change of the weight alone
     */
    public static NodeUpdate weight(int value) {
        return builder().weight(value).build();
    }

    /**
     * @param value PRIMARY or SECONDARY
     * @return a change of the type alone
     */
    public static NodeUpdate type(NodeType value) {
        return builder().type(value).build();
    }

    /** @return a builder holding these changes */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.condition = condition;
        builder.weight = weight;
        builder.type = type;
        return builder;
    }

    /** @return the new condition, if changed */
    public Optional<NodeCondition> newCondition() {
        return Optional.ofNullable(condition);
    }

    /** @return the new weight, if changed */
    public Optional<Integer> newWeight() {
        return Optional.ofNullable(weight);
    }

    /** @return the new type, if changed */
    public Optional<NodeType> newType() {
        return Optional.ofNullable(type);
    }

    ObjectNode toJson() {
        ObjectNode node = Json.object();
        if (condition != null) {
            node.put("condition", condition.name());
        }
        if (weight != null) {
            node.put("weight", weight);
        }
        if (type != null) {
            node.put("type", type.name());
        }
        return node;
    }

    @Override
    public String toString() {
        return "NodeUpdate" + toJson();
    }

    /** Builds a {@link NodeUpdate}. */
    public static final class Builder {

        private @Nullable NodeCondition condition;
        private @Nullable Integer weight;
        private @Nullable NodeType type;

        private Builder() {
        }

        /**
         * @param value ENABLED, DISABLED or DRAINING
         * @return this builder
         */
        public Builder condition(NodeCondition value) {
            this.condition = LoadBalancerLimits.known(value, "condition");
            return this;
        }

        /**
         * @param value 1 to 100
         * @return this builder
         */
        public Builder weight(int value) {
            this.weight = LoadBalancerLimits.weight(value, "weight");
            return this;
        }

        /**
         * @param value PRIMARY or SECONDARY
         * @return this builder
         */
        public Builder type(NodeType value) {
            this.type = LoadBalancerLimits.known(value, "type");
            return this;
        }

        /**
         * @return the changes
         * @throws IllegalArgumentException when nothing is set
         */
        public NodeUpdate build() {
            if (condition == null && weight == null && type == null) {
                throw new IllegalArgumentException("a node update must set at least one of condition, weight, type");
            }
            return new NodeUpdate(this);
        }
    }
}
