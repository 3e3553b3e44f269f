package org.cloudsdk.network;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.compute.NetworkAttachment;
import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A Neutron port: a server's (or router's, or DHCP server's) interface on a network, with its
 * addresses and security groups. A port made beforehand attaches a server with
 * {@link #asServerNetwork()}.
 */
public final class Port extends Resource<Port> {

    private final Networks networks;
    private final PortFields fields;

    Port(Networks networks, JsonNode json) {
        super(json);
        this.networks = Objects.requireNonNull(networks, "networks must not be null");
        this.fields = readFields(PortFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its name */
    public @Nullable String name() {
        return fields.name();
    }

    /** @return its network */
    public @Nullable String networkId() {
        return fields.networkId();
    }

    /** @return what uses it (a server's id, a router's id), or empty when unused */
    public Optional<String> deviceId() {
        return Optional.ofNullable(fields.deviceId()).filter(text -> !text.isEmpty());
    }

    /**
     * @return the kind of user: {@code compute:<zone>} for a server, {@code network:router_interface},
     *     {@code network:dhcp}, {@code network:floatingip}...; empty when unused
     */
    public Optional<String> deviceOwner() {
        return Optional.ofNullable(fields.deviceOwner()).filter(text -> !text.isEmpty());
    }

    /** @return whether a server uses it */
    public boolean isServerPort() {
        return deviceOwner().filter(owner -> owner.startsWith(NeutronNetworksApi.SERVER_PORT_OWNER_PREFIX)).isPresent();
    }

    /** @return its status: {@code ACTIVE}, {@code DOWN}, {@code BUILD}... */
    public @Nullable String status() {
        return fields.status();
    }

    /** @return its MAC address */
    public @Nullable String macAddress() {
        return fields.macAddress();
    }

    /** @return its addresses */
    public List<FixedIp> fixedIps() {
        return fields.fixedIps();
    }

    /** @return the ids of its security groups */
    public List<String> securityGroupIds() {
        return fields.securityGroups();
    }

    /** @return whether it is administratively up, if reported */
    public Optional<Boolean> adminStateUp() {
        return Optional.ofNullable(fields.adminStateUp());
    }

    /** @return the project it belongs to, if reported */
    public Optional<String> projectId() {
        return Optional.ofNullable(fields.projectId());
    }

    /** @return the attachment of a new server to this port (its network and addresses come with it) */
    public NetworkAttachment asServerNetwork() {
        return NetworkAttachment.port(id());
    }

    /** @param options the fields to change @return the port after the change */
    public Port update(PortOptions options) {
        return networks.ports().update(id(), options);
    }

    /** Deletes the port. */
    public void delete() {
        networks.ports().delete(id());
    }

    @Override
    public CompletableFuture<Port> reloadAsync() {
        return networks.ports().getAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "port";
    }

    @Override
    public String toString() {
        return "Port[id=" + id() + ", name=" + name() + ", network=" + networkId() + ", owner="
                + deviceOwner().orElse("") + "]";
    }
}
