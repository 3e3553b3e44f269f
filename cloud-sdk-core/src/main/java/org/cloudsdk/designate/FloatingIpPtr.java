package org.cloudsdk.designate;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The reverse DNS of one Neutron floating IP (pyrax's Cloud DNS PTR records of a server or a load
 * balancer): its id is {@code region:floatingIpId}, its {@link #ptrdname()} the name the address
 * resolves back to, empty when none is set.
 */
public final class FloatingIpPtr extends Resource<FloatingIpPtr> {

    private final Designate designate;
    private final FloatingIpPtrFields fields;

    FloatingIpPtr(Designate designate, JsonNode json) {
        super(json);
        this.designate = Objects.requireNonNull(designate, "designate must not be null");
        this.fields = readFields(FloatingIpPtrFields.class);
    }

    /** @return {@code region:floatingIpId}, such as {@code RegionOne:c5742ac0-...} */
    @Override
    public String id() {
        return fields.id();
    }

    /** @return the floating IP address */
    public @Nullable String address() {
        return fields.address();
    }

    /** @return the name the address resolves back to, or empty when none is set */
    public Optional<String> ptrdname() {
        return Optional.ofNullable(fields.ptrdname());
    }

    /** @return the TTL in seconds, if set */
    public Optional<Integer> ttl() {
        return Optional.ofNullable(fields.ttl());
    }

    /** @return its description, if any */
    public Optional<String> description() {
        return Optional.ofNullable(fields.description());
    }

    /** @return {@code ACTIVE}, {@code PENDING} or {@code ERROR} */
    public DesignateStatus status() {
        return fields.status() == null ? DesignateStatus.UNKNOWN : fields.status();
    }

    /** @return the change under way */
    public DesignateAction action() {
        return fields.action() == null ? DesignateAction.UNKNOWN : fields.action();
    }

    @Override
    public CompletableFuture<FloatingIpPtr> reloadAsync() {
        return designate.getFloatingIpPtrAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "floatingip_ptr";
    }

    @Override
    public String toString() {
        return "FloatingIpPtr[id=" + id() + ", address=" + address() + ", ptrdname=" + fields.ptrdname() + "]";
    }
}
