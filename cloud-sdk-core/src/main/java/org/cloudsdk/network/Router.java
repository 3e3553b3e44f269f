package org.cloudsdk.network;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A Neutron router: joins subnets (its interfaces) and, through its gateway on an external
 * network, gives their ports a way out and floating IPs a way in.
 */
public final class Router extends Resource<Router> {

    private final Networks networks;
    private final RouterFields fields;

    Router(Networks networks, JsonNode json) {
        super(json);
        this.networks = Objects.requireNonNull(networks, "networks must not be null");
        this.fields = readFields(RouterFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its name */
    public @Nullable String name() {
        return fields.name();
    }

    /** @return its status: {@code ACTIVE}, {@code DOWN}... */
    public @Nullable String status() {
        return fields.status();
    }

    /** @return whether it is administratively up, if reported */
    public Optional<Boolean> adminStateUp() {
        return Optional.ofNullable(fields.adminStateUp());
    }

    /** @return the external network of its gateway, or empty when it has none */
    public Optional<String> externalNetworkId() {
        JsonNode gateway = fields.externalGatewayInfo();
        if (gateway == null || !gateway.isObject() || !gateway.path("network_id").isString()) {
            return Optional.empty();
        }
        return Optional.of(gateway.path("network_id").asString());
    }

    /** @return the project it belongs to, if reported */
    public Optional<String> projectId() {
        return Optional.ofNullable(fields.projectId());
    }

    /** @param subnetId a subnet to join @return the new interface */
    public RouterInterface addInterface(String subnetId) {
        return networks.routers().addInterface(id(), subnetId);
    }

    /** @param subnetId the subnet to leave @return the interface removed */
    public RouterInterface removeInterface(String subnetId) {
        return networks.routers().removeInterface(id(), subnetId);
    }

    /** @param externalNetworkId the external network @return the router with its gateway */
    public Router setGateway(String externalNetworkId) {
        return networks.routers().setGateway(id(), externalNetworkId);
    }

    /** @return the router without a gateway */
    public Router clearGateway() {
        return networks.routers().clearGateway(id());
    }

    /** Deletes the router (refused while it has interfaces). */
    public void delete() {
        networks.routers().delete(id());
    }

    @Override
    public CompletableFuture<Router> reloadAsync() {
        return networks.routers().getAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "router";
    }

    @Override
    public String toString() {
        return "Router[id=" + id() + ", name=" + name() + externalNetworkId().map(id -> ", gateway=" + id).orElse("")
                + "]";
    }
}
