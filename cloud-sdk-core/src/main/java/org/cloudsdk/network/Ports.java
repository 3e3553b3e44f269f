package org.cloudsdk.network;

import java.util.List;
import java.util.Objects;

import org.cloudsdk.paging.Listing;

import reactor.core.publisher.Mono;

import tools.jackson.databind.node.ObjectNode;

/** Neutron's ports ({@code networks.ports()}): list, get, create, update, delete. */
public final class Ports {

    private final NeutronCollection<Port> collection;

    Ports(Networks networks) {
        this.collection = new NeutronCollection<>(networks, "/ports", "port", "ports", "Port", Port::new);
    }

    /** @return every port the project sees */
    public List<Port> list() {
        return list(NeutronListOptions.defaults());
    }

    /**
     * @param options filters ({@code network_id}, {@code device_id}, {@code device_owner}...) and paging
     * @return the matching ports
     */
    public List<Port> list(NeutronListOptions options) {
        return collection.list(options);
    }

    /** @param options filters and paging @return the lazy listing */
    public Listing<Port> listing(NeutronListOptions options) {
        return collection.listing(options);
    }

    /** @param portId the port's id @return the port */
    public Port get(String portId) {
        return collection.get(portId);
    }

    Mono<Port> getAsync(String portId) {
        return collection.getAsync(portId);
    }

    /** @param networkId its network @return the new port, with an address from each subnet */
    public Port create(String networkId) {
        return create(networkId, PortOptions.defaults());
    }

    /**
     * @param networkId its network
     * @param options name, addresses, security groups...
     * @return the new port
     */
    public Port create(String networkId, PortOptions options) {
        String network = NeutronChecks.text(networkId, "networkId");
        Objects.requireNonNull(options, "options must not be null");
        ObjectNode fields = options.fields();
        fields.put("network_id", network);
        return collection.create(fields);
    }

    /**
     * @param portId the port's id
     * @param options the fields to change
     * @return the port after the change
     */
    public Port update(String portId, PortOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        return collection.update(portId, options.fields());
    }

    /** @param portId the port to delete */
    public void delete(String portId) {
        collection.delete(portId);
    }
}
