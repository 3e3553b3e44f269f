package org.cloudsdk.octavia;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;

/**
 * A member of an Octavia pool (pyrax's node of Cloud Load Balancers): a back-end address and
 * port, with its weight and backup flag. The snapshot knows its pool, which Octavia's member
 * documents do not name. {@link #reload()} returns a fresh snapshot.
 */
public final class Member extends OctaviaResource<Member> {

    private final String poolId;
    private final MemberFields fields;

    Member(Octavia octavia, String poolId, JsonNode json) {
        super(octavia, json);
        this.poolId = Objects.requireNonNull(poolId, "poolId must not be null");
        this.fields = readFields(MemberFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return the pool it belongs to */
    public String poolId() {
        return poolId;
    }

    /** @return its IP address */
    public String address() {
        return fields.address() == null ? "" : fields.address();
    }

    /** @return the port it listens on */
    public int protocolPort() {
        return fields.protocolPort();
    }

    /** @return its weight, 0 to 256 (0: no new connections; Octavia's default 1) */
    public int weight() {
        return fields.weight() == null ? 1 : fields.weight();
    }

    /** @return whether it only serves when every other member is down */
    public boolean backup() {
        return Boolean.TRUE.equals(fields.backup());
    }

    /** @return the subnet it is reached on, if given */
    public Optional<String> subnetId() {
        return Optional.ofNullable(fields.subnetId());
    }

    /** @return the address its health monitor probes instead of {@link #address()}, if any */
    public Optional<String> monitorAddress() {
        return Optional.ofNullable(fields.monitorAddress());
    }

    /** @return the port its health monitor probes instead of {@link #protocolPort()}, if any */
    public Optional<Integer> monitorPort() {
        return Optional.ofNullable(fields.monitorPort());
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
    public CompletableFuture<Member> reloadAsync() {
        return octavia().members().getAsync(poolId, id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "member";
    }

    /**
     * pyrax's {@code node.update()}: weight, admin state, backup, monitor address and port.
     *
     * @param options the fields to change; unset ones are left as they are
     * @return the member as the update answered it
     */
    public Member update(MemberOptions options) {
        return octavia().members().update(poolId, id(), options);
    }

    /** pyrax's {@code node.delete()}. */
    public void delete() {
        octavia().members().delete(poolId, id());
    }

    @Override
    public String toString() {
        return "Member[id=" + id() + ", name=" + name() + ", " + address() + ":" + protocolPort() + ", weight="
                + weight() + ", " + provisioningStatus() + "/" + operatingStatus() + "]";
    }
}
