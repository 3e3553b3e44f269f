package org.cloudsdk.network;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A router's interface on a subnet, as Neutron answers adding or removing one: the router, the
 * subnet and the port that joins them. Immutable.
 */
public final class RouterInterface {

    private final String routerId;
    private final @Nullable String subnetId;
    private final @Nullable String portId;
    private final @Nullable String networkId;

    RouterInterface(JsonNode json) {
        this.routerId = json.path("id").asString("");
        this.subnetId = text(json.path("subnet_id"));
        this.portId = text(json.path("port_id"));
        this.networkId = text(json.path("network_id"));
    }

    /** @return the router */
    public String routerId() {
        return routerId;
    }

    /** @return the subnet */
    public @Nullable String subnetId() {
        return subnetId;
    }

    /** @return the router's port on the subnet */
    public @Nullable String portId() {
        return portId;
    }

    /** @return the subnet's network, if reported */
    public @Nullable String networkId() {
        return networkId;
    }

    private static @Nullable String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RouterInterface that && routerId.equals(that.routerId)
                && Objects.equals(subnetId, that.subnetId) && Objects.equals(portId, that.portId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(routerId, subnetId, portId);
    }

    @Override
    public String toString() {
        return "RouterInterface[router=" + routerId + ", subnet=" + subnetId + ", port=" + portId + "]";
    }
}
