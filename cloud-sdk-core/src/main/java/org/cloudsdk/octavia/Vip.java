package org.cloudsdk.octavia;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where a new load balancer's virtual IP goes: on a subnet, on a network (Octavia picks the
 * subnet), or on a port that exists already; optionally at a given address.
 *
 * <pre>{@code
 * Vip vip = Vip.subnet(subnetId).withAddress("203.0.113.50");
 * }</pre>
 *
 * <p>Immutable.
 */
public final class Vip {

    private final @Nullable String subnetId;
    private final @Nullable String networkId;
    private final @Nullable String portId;
    private final @Nullable String address;

    private Vip(@Nullable String subnetId, @Nullable String networkId, @Nullable String portId,
            @Nullable String address) {
        this.subnetId = subnetId;
        this.networkId = networkId;
        this.portId = portId;
        this.address = address;
    }

    /**
     * @param subnetId the subnet of the VIP ({@code vip_subnet_id})
     * @return the VIP
     * @throws IllegalArgumentException when the id is not a UUID
     */
    public static Vip subnet(String subnetId) {
        return new Vip(OctaviaChecks.uuid(subnetId, "subnetId"), null, null, null);
    }

    /**
     * @param networkId the network of the VIP ({@code vip_network_id})
     * @return the VIP
     * @throws IllegalArgumentException when the id is not a UUID
     */
    public static Vip network(String networkId) {
        return new Vip(null, OctaviaChecks.uuid(networkId, "networkId"), null, null);
    }

    /**
     * @param portId an existing port to use as the VIP ({@code vip_port_id})
     * @return the VIP
     * @throws IllegalArgumentException when the id is not a UUID
     */
    public static Vip port(String portId) {
        return new Vip(null, null, OctaviaChecks.uuid(portId, "portId"), null);
    }

    /**
     * @param value the address to take on the subnet or network ({@code vip_address})
     * @return a copy with it
     * @throws IllegalArgumentException when it is not an IP address, or the VIP is a port (the
     *     port has its address)
     */
    public Vip withAddress(String value) {
        if (portId != null) {
            throw new IllegalArgumentException("address cannot be given with a VIP port: the port has its address");
        }
        return new Vip(subnetId, networkId, null, OctaviaChecks.address(value, "address"));
    }

    /** @return the subnet, if the VIP is on one */
    public Optional<String> subnetId() {
        return Optional.ofNullable(subnetId);
    }

    /** @return the network, if the VIP is on one */
    public Optional<String> networkId() {
        return Optional.ofNullable(networkId);
    }

    /** @return the port, if the VIP is one */
    public Optional<String> portId() {
        return Optional.ofNullable(portId);
    }

    /** @return the address asked for, if any */
    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    void addTo(RequestFields fields) {
        fields.put("vip_subnet_id", subnetId).put("vip_network_id", networkId).put("vip_port_id", portId)
                .put("vip_address", address);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Vip that && Objects.equals(subnetId, that.subnetId)
                && Objects.equals(networkId, that.networkId) && Objects.equals(portId, that.portId)
                && Objects.equals(address, that.address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subnetId, networkId, portId, address);
    }

    @Override
    public String toString() {
        return "Vip[" + (subnetId != null ? "subnet=" + subnetId : networkId != null ? "network=" + networkId
                : "port=" + portId) + (address != null ? ", address=" + address : "") + "]";
    }
}
