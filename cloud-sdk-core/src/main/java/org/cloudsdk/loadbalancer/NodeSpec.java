package org.cloudsdk.loadbalancer;

import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * A node to add to a balancer (pyrax's {@code clb.Node(address=..., port=..., condition=...)}):
 * a server's address (or an allowed domain name) and port, and how it takes traffic. New nodes are
 * {@link NodeCondition#ENABLED} or {@link NodeCondition#DISABLED}, as the manual says; change a
 * node to {@link NodeCondition#DRAINING} afterwards. Immutable.
 *
 * <pre>{@code
 * NodeSpec node1 = NodeSpec.of(server1Ip, 80);
 * NodeSpec backup = NodeSpec.builder("10.177.1.3", 80).condition(NodeCondition.DISABLED)
 *         .type(NodeType.SECONDARY).weight(10).build();
 * }</pre>
 */
public final class NodeSpec {

    private final String address;
    private final int port;
    private final NodeCondition condition;
    private final @Nullable Integer weight;
    private final @Nullable NodeType type;

    private NodeSpec(Builder builder) {
        this.address = builder.address;
        this.port = builder.port;
        this.condition = builder.condition;
        this.weight = builder.weight;
        this.type = builder.type;
    }

    /**
     * @param address the node's IP address, or a domain name of {@link CloudLoadBalancers#allowedDomains()}
     * @param port its port, 1 to 65535
     * @return an ENABLED node
     */
    public static NodeSpec of(String address, int port) {
        return builder(address, port).build();
    }

    /**
     * @param address the node's IP address, or a domain name of {@link CloudLoadBalancers#allowedDomains()}
     * @param port its port, 1 to 65535
     * @return a builder of an ENABLED node
     * @throws IllegalArgumentException when the address is blank or the port out of range
     */
    public static Builder builder(String address, int port) {
        return new Builder(address, port);
    }

    /** @return a builder holding this node */
    public Builder toBuilder() {
        return new Builder(address, port).condition(condition).type(type).weight(weight);
    }

    /** @return the address */
    public String address() {
        return address;
    }

    /** @return the port */
    public int port() {
        return port;
    }

    /** @return its condition: ENABLED (the default) or DISABLED */
    public NodeCondition condition() {
        return condition;
    }

    /** @return its weight, 1 to 100, if set (the server uses 1) */
    public Optional<Integer> weight() {
        return Optional.ofNullable(weight);
    }

    /** @return its type, if set (the server uses PRIMARY) */
    public Optional<NodeType> type() {
        return Optional.ofNullable(type);
    }

    ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("address", address);
        node.put("port", port);
        node.put("condition", condition.name());
        if (type != null) {
            node.put("type", type.name());
        }
        if (weight != null) {
            node.put("weight", weight);
        }
        return node;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof NodeSpec that && address.equals(that.address) && port == that.port
                && condition == that.condition && Objects.equals(weight, that.weight) && type == that.type;
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, port, condition, weight, type);
    }

    @Override
    public String toString() {
        return "NodeSpec[address=" + address + ", port=" + port + ", condition=" + condition
                + (type == null ? "" : ", type=" + type) + (weight == null ? "" : ", weight=" + weight) + "]";
    }

    /** Builds a {@link NodeSpec}. */
    public static final class Builder {

        private final String address;
        private final int port;
        private NodeCondition condition = NodeCondition.ENABLED;
        private @Nullable Integer weight;
        private @Nullable NodeType type;

        private Builder(String address, int port) {
            this.address = LoadBalancerLimits.text(address, "address").trim();
            this.port = LoadBalancerLimits.port(port, "port");
        }

        /**
         * @param value ENABLED (the default) or DISABLED
         * @return this builder
         * @throws IllegalArgumentException for DRAINING: a new node is ENABLED or DISABLED
         */
        public Builder condition(NodeCondition value) {
            LoadBalancerLimits.known(value, "condition");
            if (value == NodeCondition.DRAINING) {
                throw new IllegalArgumentException("condition of a new node must be ENABLED or DISABLED, was DRAINING"
                        + " (set DRAINING on the node once it is added)");
            }
            this.condition = value;
            return this;
        }

        /**
         * @param value 1 to 100, used by the weighted algorithms; null for the server's 1
         * @return this builder
         */
        public Builder weight(@Nullable Integer value) {
            this.weight = value == null ? null : LoadBalancerLimits.weight(value, "weight");
            return this;
        }

        /**
         * @param value PRIMARY or SECONDARY; null for the server's PRIMARY
         * @return this builder
         */
        public Builder type(@Nullable NodeType value) {
            this.type = value == null ? null : LoadBalancerLimits.known(value, "type");
            return this;
        }

        /** @return the node */
        public NodeSpec build() {
            return new NodeSpec(this);
        }
    }
}
