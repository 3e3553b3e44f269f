package org.cloudsdk.loadbalancer;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A node of a balancer as the API last described it (pyrax's {@code Node} of {@code lb.nodes}):
 * an immutable snapshot carrying its balancer's id, with the operations pyrax put on it. pyrax
 * changed a node by setting {@code node.condition} and calling {@code node.update()}; a snapshot
 * does not change, so {@link #update(NodeUpdate)} takes the change and a {@link #reload()} shows
 * it. Every field of the response is kept ({@link #attribute(String)}, {@link #json()}).
 */
public final class Node extends Resource<Node> {

    private final CloudLoadBalancers balancers;
    private final String loadBalancerId;
    private final NodeFields fields;

    Node(CloudLoadBalancers balancers, String loadBalancerId, JsonNode json) {
        super(json);
        this.balancers = Objects.requireNonNull(balancers, "balancers must not be null");
        this.loadBalancerId = Objects.requireNonNull(loadBalancerId, "loadBalancerId must not be null");
        this.fields = readFields(NodeFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return the id of the balancer it belongs to */
    public String loadBalancerId() {
        return loadBalancerId;
    }

    /** @return its address (an IP address or an allowed domain name) */
    public @Nullable String address() {
        return fields.address();
    }

    /** @return its port */
    public Optional<Integer> port() {
        return Optional.ofNullable(fields.port());
    }

    /** @return ENABLED, DISABLED or DRAINING (what the user set) */
    public NodeCondition condition() {
        return fields.condition() == null ? NodeCondition.UNKNOWN : fields.condition();
    }

    /** @return ONLINE or OFFLINE, as the health monitor sees it */
    public @Nullable String status() {
        return fields.status();
    }

    /** @return its weight; the API shows it for the weighted algorithms only */
    public Optional<Integer> weight() {
        return Optional.ofNullable(fields.weight());
    }

    /** @return PRIMARY or SECONDARY */
    public NodeType type() {
        return fields.type() == null ? NodeType.UNKNOWN : fields.type();
    }

    /** @return the client this snapshot came from */
    public CloudLoadBalancers loadBalancers() {
        return balancers;
    }

    @Override
    public CompletableFuture<Node> reloadAsync() {
        return balancers.getNodeAsync(loadBalancerId, id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "loadbalancer_node";
    }

    /** pyrax's {@code node.delete()}: removes it from its balancer and waits for the balancer to be ACTIVE. */
    public void delete() {
        balancers.deleteNode(loadBalancerId, id());
    }

    /**
     * pyrax's {@code node.update()} after setting its attributes.
     *
     * @param update the new condition, weight or type
     */
    public void update(NodeUpdate update) {
        balancers.updateNode(loadBalancerId, id(), update);
    }

    /** @return pyrax's {@code node.get_metadata()}: its metadata, read now */
    public Map<String, String> getMetadata() {
        return balancers.getNodeMetadata(loadBalancerId, id());
    }

    /** @param metadata pyrax's {@code node.set_metadata(...)}: replaces all of its metadata */
    public void setMetadata(Map<String, String> metadata) {
        balancers.setNodeMetadata(loadBalancerId, id(), metadata);
    }

    /** @param metadata pyrax's {@code node.update_metadata(...)}: adds or changes these keys, keeps the others */
    public void updateMetadata(Map<String, String> metadata) {
        balancers.updateNodeMetadata(loadBalancerId, id(), metadata);
    }

    /** pyrax's {@code node.delete_metadata()}: removes all of its metadata. */
    public void deleteMetadata() {
        balancers.deleteNodeMetadata(loadBalancerId, id());
    }

    /** @param keys pyrax's {@code node.delete_metadata(keys)}: removes these keys */
    public void deleteMetadata(Collection<String> keys) {
        balancers.deleteNodeMetadata(loadBalancerId, id(), keys);
    }

    @Override
    public String toString() {
        return "Node[id=" + id() + ", address=" + address() + ", port=" + fields.port() + ", condition=" + condition()
                + ", type=" + type() + (fields.weight() == null ? "" : ", weight=" + fields.weight()) + "]";
    }
}
