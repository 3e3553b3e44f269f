package org.cloudsdk.octavia;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;

/**
 * An Octavia load balancer as last described (the VIP and what hangs off it): an immutable
 * snapshot with the operations on it. {@link #reload()} returns a fresh snapshot,
 * {@link #waitForActive()} waits for a change (its own or a child's) to be applied. Every field
 * of the response is kept ({@link #attribute(String)}, {@link #json()}).
 */
public final class LoadBalancer extends OctaviaResource<LoadBalancer> {

    private final LoadBalancerFields fields;

    LoadBalancer(Octavia octavia, JsonNode json) {
        super(octavia, json);
        this.fields = readFields(LoadBalancerFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its description; empty when it has none */
    public String description() {
        return fields.description() == null ? "" : fields.description();
    }

    /** @return the VIP's address (on a test cloud's noop network driver, an address of no network) */
    public Optional<String> vipAddress() {
        return Optional.ofNullable(fields.vipAddress());
    }

    /** @return the VIP's port */
    public Optional<String> vipPortId() {
        return Optional.ofNullable(fields.vipPortId());
    }

    /** @return the VIP's subnet */
    public Optional<String> vipSubnetId() {
        return Optional.ofNullable(fields.vipSubnetId());
    }

    /** @return the VIP's network */
    public Optional<String> vipNetworkId() {
        return Optional.ofNullable(fields.vipNetworkId());
    }

    /** @return the VIP's QoS policy, if any */
    public Optional<String> vipQosPolicyId() {
        return Optional.ofNullable(fields.vipQosPolicyId());
    }

    /** @return the provider driver ({@code amphora}, {@code ovn}...) */
    public Optional<String> provider() {
        return Optional.ofNullable(fields.provider());
    }

    /** @return its flavor, if it was created with one */
    public Optional<String> flavorId() {
        return Optional.ofNullable(fields.flavorId()).filter(id -> !id.isEmpty());
    }

    /** @return its availability zone, if it was created in one */
    public Optional<String> availabilityZone() {
        return Optional.ofNullable(fields.availabilityZone());
    }

    /** @return the ids of its listeners */
    public List<String> listenerIds() {
        return fields.listeners().stream().map(IdRef::id).toList();
    }

    /** @return the ids of its pools */
    public List<String> poolIds() {
        return fields.pools().stream().map(IdRef::id).toList();
    }

    /** @return when it was created */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(fields.createdAt());
    }

    /** @return when it last changed */
    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(fields.updatedAt());
    }

    @Override
    public CompletableFuture<LoadBalancer> reloadAsync() {
        return octavia().loadBalancers().getAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "loadbalancer";
    }

    /**
     * @param options the fields to change (name, description, admin state, tags, QoS policy)
     * @return the balancer as the update answered it ({@code PENDING_UPDATE})
     */
    public LoadBalancer update(LoadBalancerOptions options) {
        return octavia().loadBalancers().update(id(), options);
    }

    /** Deletes it; Octavia refuses while it has listeners or pools (see {@link #deleteCascade()}). */
    public void delete() {
        octavia().loadBalancers().delete(id());
    }

    /** Deletes it with everything under it ({@code cascade=true}); wait with {@link #waitForDeleted()}. */
    public void deleteCascade() {
        octavia().loadBalancers().delete(id(), true);
    }

    /** Fails it over to new amphorae (an administrator's operation by default policy). */
    public void failover() {
        octavia().loadBalancers().failover(id());
    }

    /** @return its traffic counters */
    public LoadBalancerStats stats() {
        return octavia().loadBalancers().stats(id());
    }

    /** @return the statuses of it and of everything under it, in one read */
    public StatusTree status() {
        return octavia().loadBalancers().status(id());
    }

    /**
     * @param protocol what the listener accepts
     * @param protocolPort its port, 1 to 65535
     * @param options the optional fields
     * @return the new listener ({@code PENDING_CREATE})
     */
    public Listener createListener(ListenerProtocol protocol, int protocolPort, ListenerOptions options) {
        return octavia().listeners().create(id(), protocol, protocolPort, options);
    }

    /** @return its listeners, read now */
    public List<Listener> listListeners() {
        return octavia().listeners().list(OctaviaListOptions.builder().filter("loadbalancer_id", id()).build());
    }

    /** @return its pools, read now */
    public List<Pool> listPools() {
        return octavia().pools().list(OctaviaListOptions.builder().filter("loadbalancer_id", id()).build());
    }
}
