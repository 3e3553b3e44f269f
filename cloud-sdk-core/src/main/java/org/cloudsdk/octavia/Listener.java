package org.cloudsdk.octavia;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * An Octavia listener: a port and protocol of a load balancer's VIP, with the connection limit,
 * the access list ({@code allowed_cidrs}), timeouts, inserted headers and the default pool. An
 * immutable snapshot; {@link #reload()} returns a fresh one.
 */
public final class Listener extends OctaviaResource<Listener> {

    private final ListenerFields fields;

    Listener(Octavia octavia, JsonNode json) {
        super(octavia, json);
        this.fields = readFields(ListenerFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its description; empty when it has none */
    public String description() {
        return fields.description() == null ? "" : fields.description();
    }

    /** @return what it accepts */
    public ListenerProtocol protocol() {
        return fields.protocol() == null ? ListenerProtocol.UNKNOWN : fields.protocol();
    }

    /** @return its port */
    public int protocolPort() {
        return fields.protocolPort();
    }

    /** @return the most connections it accepts at once; -1 for no limit (pyrax's connection throttling) */
    public int connectionLimit() {
        return fields.connectionLimit() == null ? -1 : fields.connectionLimit();
    }

    /** @return the pool it sends traffic to when no L7 policy matches */
    public Optional<String> defaultPoolId() {
        return Optional.ofNullable(fields.defaultPoolId());
    }

    /** @return the load balancer it belongs to */
    public String loadBalancerId() {
        return fields.loadbalancers().isEmpty() ? "" : fields.loadbalancers().get(0).id();
    }

    /** @return the ids of its L7 policies */
    public List<String> l7PolicyIds() {
        return fields.l7policies().stream().map(IdRef::id).toList();
    }

    /** @return the headers it adds to requests ({@code X-Forwarded-For: true}...) */
    public Map<String, String> insertHeaders() {
        return fields.insertHeaders();
    }

    /** @return the client inactivity timeout (API 2.1; Octavia's default 50 s) */
    public Optional<Duration> timeoutClientData() {
        return millis(fields.timeoutClientData());
    }

    /** @return the member connection timeout (API 2.1; default 5 s) */
    public Optional<Duration> timeoutMemberConnect() {
        return millis(fields.timeoutMemberConnect());
    }

    /** @return the member inactivity timeout (API 2.1; default 50 s) */
    public Optional<Duration> timeoutMemberData() {
        return millis(fields.timeoutMemberData());
    }

    /** @return how long it waits for content to inspect (API 2.1; default 0) */
    public Optional<Duration> timeoutTcpInspect() {
        return millis(fields.timeoutTcpInspect());
    }

    /** @return the CIDRs allowed to connect (API 2.12; pyrax's access list); empty when all are */
    public List<String> allowedCidrs() {
        return fields.allowedCidrs() == null ? List.of() : fields.allowedCidrs();
    }

    /** @return the certificate bundle a TERMINATED_HTTPS listener serves */
    public Optional<String> defaultTlsContainerRef() {
        return Optional.ofNullable(fields.defaultTlsContainerRef());
    }

    /** @return the further certificates it serves by SNI */
    public List<String> sniContainerRefs() {
        return fields.sniContainerRefs();
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
    public CompletableFuture<Listener> reloadAsync() {
        return octavia().listeners().getAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "listener";
    }

    /**
     * @param options the fields to change; unset ones are left as they are
     * @return the listener as the update answered it
     */
    public Listener update(ListenerOptions options) {
        return octavia().listeners().update(id(), options);
    }

    /** Deletes it (with its L7 policies; its default pool stays). */
    public void delete() {
        octavia().listeners().delete(id());
    }

    /** @return its traffic counters */
    public LoadBalancerStats stats() {
        return octavia().listeners().stats(id());
    }

    /**
     * Creates its default pool.
     *
     * @param protocol how the pool talks to its members
     * @param algorithm how it spreads connections
     * @param options the optional fields
     * @return the new pool
     */
    public Pool createPool(PoolProtocol protocol, LbAlgorithm algorithm, PoolOptions options) {
        return octavia().pools().createForListener(id(), protocol, algorithm, options);
    }

    /**
     * @param action what the policy does with the requests its rules match
     * @param options the pool, URL or prefix of the action, position...
     * @return the new policy
     */
    public L7Policy createL7Policy(L7PolicyAction action, L7PolicyOptions options) {
        return octavia().l7Policies().create(id(), action, options);
    }

    @Override
    public String toString() {
        return "Listener[id=" + id() + ", name=" + name() + ", " + protocol() + ":" + protocolPort() + ", "
                + provisioningStatus() + "]";
    }

    private static Optional<Duration> millis(@Nullable Long value) {
        return Optional.ofNullable(value).map(Duration::ofMillis);
    }
}
