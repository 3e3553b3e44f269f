package org.cloudsdk.network;

import java.util.List;
import java.util.Objects;

import org.cloudsdk.paging.Listing;

import reactor.core.publisher.Mono;

import tools.jackson.databind.node.ObjectNode;

/**
 * Neutron's subnets ({@code networks.subnets()}): list, get, create, update, delete. A subnet's
 * CIDR is checked before the request as {@link Networks#create(String, String)} checks it.
 */
public final class Subnets {

    private final NeutronCollection<Subnet> collection;

    Subnets(Networks networks) {
        this.collection = new NeutronCollection<>(networks, "/subnets", "subnet", "subnets", "Subnet", Subnet::new);
    }

    /** @return every subnet the project sees */
    public List<Subnet> list() {
        return list(NeutronListOptions.defaults());
    }

    /** @param options filters ({@code network_id}, {@code name}...) and paging @return the matching subnets */
    public List<Subnet> list(NeutronListOptions options) {
        return collection.list(options);
    }

    /** @param options filters and paging @return the lazy listing */
    public Listing<Subnet> listing(NeutronListOptions options) {
        return collection.listing(options);
    }

    /** @param subnetId the subnet's id @return the subnet */
    public Subnet get(String subnetId) {
        return collection.get(subnetId);
    }

    Mono<Subnet> getAsync(String subnetId) {
        return collection.getAsync(subnetId);
    }

    /**
     * @param networkId the network to add it to
     * @param cidr its address range, IPv4 or IPv6 (the IP version follows from it)
     * @return the new subnet
     */
    public Subnet create(String networkId, String cidr) {
        return create(networkId, cidr, SubnetOptions.defaults());
    }

    /**
     * @param networkId the network to add it to
     * @param cidr its address range, IPv4 or IPv6 (the IP version follows from it)
     * @param options name, gateway, DHCP, DNS servers...
     * @return the new subnet
     * @throws IllegalArgumentException when the CIDR is not a network address with room for two hosts
     */
    public Subnet create(String networkId, String cidr, SubnetOptions options) {
        String network = NeutronChecks.text(networkId, "networkId");
        Cidr checked = Cidr.parse(cidr, "cidr");
        Objects.requireNonNull(options, "options must not be null");
        ObjectNode fields = options.fields();
        fields.put("network_id", network);
        fields.put("cidr", checked.text());
        fields.put("ip_version", checked.ipVersion());
        return collection.create(fields);
    }

    /**
     * @param subnetId the subnet's id
     * @param options the fields to change (its CIDR cannot change)
     * @return the subnet after the change
     */
    public Subnet update(String subnetId, SubnetOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        return collection.update(subnetId, options.fields());
    }

    /** @param subnetId the subnet to delete */
    public void delete(String subnetId) {
        collection.delete(subnetId);
    }
}
