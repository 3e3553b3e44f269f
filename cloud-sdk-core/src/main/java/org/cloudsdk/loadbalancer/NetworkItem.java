package org.cloudsdk.loadbalancer;

import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * One item of a balancer's access list (pyrax's {@code dict(address="10.20.30.40", type="ALLOW")}):
 * an address or a network in CIDR notation, allowed or denied. ALLOW items take precedence; to
 * refuse everyone else, add {@code NetworkItem.deny("0.0.0.0/0")}. Items read from the server
 * carry their id. Immutable.
 */
public final class NetworkItem {

    private final @Nullable String id;
    private final String address;
    private final NetworkItemType type;

    private NetworkItem(@Nullable String id, String address, NetworkItemType type) {
        this.id = id;
        this.address = address;
        this.type = type;
    }

    /**
     * @param address an IPv4 or IPv6 address or network, such as {@code 10.20.30.40} or {@code 192.0.2.0/24}
     * @return an item letting it in
     */
    public static NetworkItem allow(String address) {
        return of(address, NetworkItemType.ALLOW);
    }

    /**
     * @param address an IPv4 or IPv6 address or network, such as {@code 0.0.0.0/0}
     * @return an item keeping it out
     */
    public static NetworkItem deny(String address) {
        return of(address, NetworkItemType.DENY);
    }

    /**
     * @param address an IPv4 or IPv6 address or network
     * @param type ALLOW or DENY
     * @return the item
     * @throws IllegalArgumentException when the address is not an address or a network
     */
    public static NetworkItem of(String address, NetworkItemType type) {
        return new NetworkItem(null, LoadBalancerLimits.networkAddress(address, "address"),
                LoadBalancerLimits.known(type, "type"));
    }

    static NetworkItem read(@Nullable String id, @Nullable String address, @Nullable NetworkItemType type) {
        return new NetworkItem(id, address == null ? "" : address, type == null ? NetworkItemType.UNKNOWN : type);
    }

    /** @return the item's id, given by the server; empty for an item not yet added */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the address or network */
    public String address() {
        return address;
    }

    /** @return ALLOW or DENY */
    public NetworkItemType type() {
        return type;
    }

    ObjectNode toJson() {
        return Json.object().put("address", address).put("type", type.name());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof NetworkItem that && Objects.equals(id, that.id) && address.equals(that.address)
                && type == that.type;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, address, type);
    }

    @Override
    public String toString() {
        return "NetworkItem[" + (id == null ? "" : "id=" + id + ", ") + "address=" + address + ", type=" + type + "]";
    }
}
