package org.cloudsdk.octavia;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;

/**
 * An Octavia pool: the members a listener (or an L7 policy) sends traffic to, how it spreads it
 * ({@link #lbAlgorithm()}), its session persistence and its health monitor. An immutable
 * snapshot; {@link #reload()} returns a fresh one.
 */
public final class Pool extends OctaviaResource<Pool> {

    private final PoolFields fields;

    Pool(Octavia octavia, JsonNode json) {
        super(octavia, json);
        this.fields = readFields(PoolFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its description; empty when it has none */
    public String description() {
        return fields.description() == null ? "" : fields.description();
    }

    /** @return how it talks to its members */
    public PoolProtocol protocol() {
        return fields.protocol() == null ? PoolProtocol.UNKNOWN : fields.protocol();
    }

    /** @return how it spreads connections */
    public LbAlgorithm lbAlgorithm() {
        return fields.lbAlgorithm() == null ? LbAlgorithm.UNKNOWN : fields.lbAlgorithm();
    }

    /** @return its session persistence, if any */
    public Optional<SessionPersistence> sessionPersistence() {
        return SessionPersistence.read(json().get("session_persistence"));
    }

    /** @return its health monitor, if it has one */
    public Optional<String> healthMonitorId() {
        return Optional.ofNullable(fields.healthmonitorId());
    }

    /** @return the load balancer it belongs to */
    public String loadBalancerId() {
        return fields.loadbalancers().isEmpty() ? "" : fields.loadbalancers().get(0).id();
    }

    /** @return the listeners whose default pool it is */
    public List<String> listenerIds() {
        return fields.listeners().stream().map(IdRef::id).toList();
    }

    /** @return the ids of its members */
    public List<String> memberIds() {
        return fields.members().stream().map(IdRef::id).toList();
    }

    /** @return whether it talks TLS to its members */
    public boolean tlsEnabled() {
        return Boolean.TRUE.equals(fields.tlsEnabled());
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
    public CompletableFuture<Pool> reloadAsync() {
        return octavia().pools().getAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "pool";
    }

    /**
     * @param options the fields to change (algorithm, persistence...); unset ones are left as they are
     * @return the pool as the update answered it
     */
    public Pool update(PoolOptions options) {
        return octavia().pools().update(id(), options);
    }

    /** Deletes it with its members and health monitor. */
    public void delete() {
        octavia().pools().delete(id());
    }

    /**
     * pyrax's {@code lb.add_nodes([node])}: adds a member.
     *
     * @param address the member's IP address
     * @param protocolPort the port it listens on, 1 to 65535
     * @param options weight, backup, subnet, monitor address and port...
     * @return the new member
     */
    public Member createMember(String address, int protocolPort, MemberOptions options) {
        return octavia().members().create(id(), address, protocolPort, options);
    }

    /** @return its members, read now */
    public List<Member> listMembers() {
        return octavia().members().list(id());
    }

    /**
     * pyrax's {@code lb.add_health_monitor(...)}: watches its members.
     *
     * @param type how to probe them
     * @param delay seconds between probes, 0 or more
     * @param timeout seconds a probe may take, 0 to {@code delay}
     * @param maxRetries successful probes before a member is ONLINE, 1 to 10
     * @param options HTTP method, URL path, expected codes...
     * @return the new health monitor
     */
    public HealthMonitor createHealthMonitor(HealthMonitorType type, int delay, int timeout, int maxRetries,
            HealthMonitorOptions options) {
        return octavia().healthMonitors().create(id(), type, delay, timeout, maxRetries, options);
    }

    @Override
    public String toString() {
        return "Pool[id=" + id() + ", name=" + name() + ", " + protocol() + ", " + lbAlgorithm() + ", "
                + provisioningStatus() + "]";
    }
}
