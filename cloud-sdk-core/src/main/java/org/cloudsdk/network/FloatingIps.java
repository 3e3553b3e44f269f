package org.cloudsdk.network;

import java.util.List;
import java.util.Objects;

import org.cloudsdk.http.Json;
import org.cloudsdk.paging.Listing;

import reactor.core.publisher.Mono;

import tools.jackson.databind.node.ObjectNode;

/**
 * Neutron's floating IPs ({@code networks.floatingIps()}): list, get, create from an external
 * network, associate with a port, disassociate, update, delete.
 */
public final class FloatingIps {

    private final NeutronCollection<FloatingIp> collection;

    FloatingIps(Networks networks) {
        this.collection = new NeutronCollection<>(networks, "/floatingips", "floatingip", "floatingips", "FloatingIp",
                FloatingIp::new);
    }

    /** @return every floating IP of the project */
    public List<FloatingIp> list() {
        return list(NeutronListOptions.defaults());
    }

    /** @param options filters ({@code port_id}, {@code floating_network_id}...) and paging @return the matching ones */
    public List<FloatingIp> list(NeutronListOptions options) {
        return collection.list(options);
    }

    /** @param options filters and paging @return the lazy listing */
    public Listing<FloatingIp> listing(NeutronListOptions options) {
        return collection.listing(options);
    }

    /** @param floatingIpId its id @return the floating IP */
    public FloatingIp get(String floatingIpId) {
        return collection.get(floatingIpId);
    }

    Mono<FloatingIp> getAsync(String floatingIpId) {
        return collection.getAsync(floatingIpId);
    }

    /** @param externalNetworkId the external network to take an address from @return the new floating IP */
    public FloatingIp create(String externalNetworkId) {
        return create(externalNetworkId, FloatingIpOptions.defaults());
    }

    /**
     * @param externalNetworkId the external network to take an address from
     * @param options a port to associate it with at once, an address, a description
     * @return the new floating IP
     */
    public FloatingIp create(String externalNetworkId, FloatingIpOptions options) {
        String network = NeutronChecks.text(externalNetworkId, "externalNetworkId");
        Objects.requireNonNull(options, "options must not be null");
        ObjectNode fields = options.fields();
        fields.put("floating_network_id", network);
        return collection.create(fields);
    }

    /**
     * @param floatingIpId the floating IP
     * @param options the port (and its address) to send it to, or a description
     * @return the floating IP after the change
     */
    public FloatingIp update(String floatingIpId, FloatingIpOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        return collection.update(floatingIpId, options.fields());
    }

    /**
     * @param floatingIpId the floating IP
     * @param portId the port to send it to (its subnet needs a router to the floating IP's network)
     * @return the floating IP, associated
     */
    public FloatingIp associate(String floatingIpId, String portId) {
        ObjectNode fields = Json.object();
        fields.put("port_id", NeutronChecks.text(portId, "portId"));
        return collection.put("associateFloatingIp", floatingIpId, fields);
    }

    /**
     * @param floatingIpId the floating IP
     * @return the floating IP, associated with nothing
     */
    public FloatingIp disassociate(String floatingIpId) {
        ObjectNode fields = Json.object();
        fields.putNull("port_id");
        return collection.put("disassociateFloatingIp", floatingIpId, fields);
    }

    /** @param floatingIpId the floating IP to release */
    public void delete(String floatingIpId) {
        collection.delete(floatingIpId);
    }
}
