package org.cloudsdk.network;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A Neutron floating IP: an address of an external network, sent on to a port's fixed address
 * while associated (through a router whose gateway is on that network and which has an interface
 * on the port's subnet).
 */
public final class FloatingIp extends Resource<FloatingIp> {

    private final Networks networks;
    private final FloatingIpFields fields;

    FloatingIp(Networks networks, JsonNode json) {
        super(json);
        this.networks = Objects.requireNonNull(networks, "networks must not be null");
        this.fields = readFields(FloatingIpFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return the public address */
    public @Nullable String floatingIpAddress() {
        return fields.floatingIpAddress();
    }

    /** @return the external network it comes from */
    public @Nullable String floatingNetworkId() {
        return fields.floatingNetworkId();
    }

    /** @return the port it is associated with, or empty */
    public Optional<String> portId() {
        return Optional.ofNullable(fields.portId());
    }

    /** @return the port's address it leads to, or empty when not associated */
    public Optional<String> fixedIpAddress() {
        return Optional.ofNullable(fields.fixedIpAddress());
    }

    /** @return the router it goes through, or empty when not associated */
    public Optional<String> routerId() {
        return Optional.ofNullable(fields.routerId());
    }

    /** @return whether it is associated with a port */
    public boolean isAssociated() {
        return fields.portId() != null;
    }

    /** @return its status: {@code ACTIVE}, {@code DOWN}... */
    public @Nullable String status() {
        return fields.status();
    }

    /** @return the project it belongs to, if reported */
    public Optional<String> projectId() {
        return Optional.ofNullable(fields.projectId());
    }

    /** @param portId the port to send it to @return the floating IP, associated */
    public FloatingIp associate(String portId) {
        return networks.floatingIps().associate(id(), portId);
    }

    /** @return the floating IP, associated with nothing */
    public FloatingIp disassociate() {
        return networks.floatingIps().disassociate(id());
    }

    /** Releases the address. */
    public void delete() {
        networks.floatingIps().delete(id());
    }

    @Override
    public CompletableFuture<FloatingIp> reloadAsync() {
        return networks.floatingIps().getAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "floating_ip";
    }

    @Override
    public String toString() {
        return "FloatingIp[id=" + id() + ", address=" + floatingIpAddress() + portId().map(port -> ", port=" + port)
                .orElse("") + "]";
    }
}
