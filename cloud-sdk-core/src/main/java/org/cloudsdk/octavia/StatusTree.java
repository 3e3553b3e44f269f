package org.cloudsdk.octavia;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The status tree of a load balancer ({@code GET /v2/lbaas/loadbalancers/{id}/status}): the
 * provisioning and operating status of the balancer and of every listener, pool, member, health
 * monitor, L7 policy and rule under it, in one read. What the tree holds differs between Octavia
 * releases: the API reference shows pools under their listeners and under the balancer, a pool's
 * monitor as {@code healthmonitor} and each listener's L7 policies with their rules; Octavia 11
 * lists pools under listeners only, the monitor as {@code health_monitor}, and no L7 policies.
 * Both are read; {@link #nodes()} lists each object once. Immutable.
 */
public final class StatusTree {

    private final StatusNode loadBalancer;

    StatusTree(JsonNode answer) {
        JsonNode balancer = answer.path("statuses").path("loadbalancer");
        if (!balancer.isObject()) {
            throw new org.cloudsdk.errors.CloudException("expected statuses.loadbalancer in the status answer, got "
                    + answer.getNodeType());
        }
        this.loadBalancer = new StatusNode("loadbalancer", balancer);
    }

    /** @return the balancer's node, the root of the tree */
    public StatusNode loadBalancer() {
        return loadBalancer;
    }

    /** @return every object of the tree once, the balancer first */
    public List<StatusNode> nodes() {
        Map<String, StatusNode> unique = new LinkedHashMap<>();
        loadBalancer.descendantsAndSelf().forEach(node -> unique.putIfAbsent(node.kind() + "/" + node.id(), node));
        return List.copyOf(unique.values());
    }

    /**
     * @param kind {@code listener}, {@code pool}, {@code member}, {@code healthmonitor},
     *     {@code l7policy}, {@code l7rule} or {@code loadbalancer}
     * @param id the object's id
     * @return its node, or empty when the tree has no such object
     */
    public Optional<StatusNode> find(String kind, String id) {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(id, "id must not be null");
        return loadBalancer.find(kind, id);
    }

    /** @return whether the balancer and everything under it are ACTIVE */
    public boolean allActive() {
        return nodes().stream().allMatch(node -> node.provisioningStatus() == ProvisioningStatus.ACTIVE);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof StatusTree that && loadBalancer.equals(that.loadBalancer);
    }

    @Override
    public int hashCode() {
        return loadBalancer.hashCode();
    }

    @Override
    public String toString() {
        return "StatusTree[" + loadBalancer + "]";
    }
}
