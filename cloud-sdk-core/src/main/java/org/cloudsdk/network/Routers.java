package org.cloudsdk.network;

import java.util.List;
import java.util.Objects;

import org.cloudsdk.http.Json;
import org.cloudsdk.paging.Listing;

import reactor.core.publisher.Mono;

import tools.jackson.databind.node.ObjectNode;

/**
 * Neutron's routers ({@code networks.routers()}): list, get, create, update, delete; interfaces
 * on subnets added and removed; the gateway on an external network set and cleared.
 */
public final class Routers {

    private final NeutronCollection<Router> collection;

    Routers(Networks networks) {
        this.collection = new NeutronCollection<>(networks, "/routers", "router", "routers", "Router", Router::new);
    }

    /** @return every router the project sees */
    public List<Router> list() {
        return list(NeutronListOptions.defaults());
    }

    /** @param options filters and paging @return the matching routers */
    public List<Router> list(NeutronListOptions options) {
        return collection.list(options);
    }

    /** @param options filters and paging @return the lazy listing */
    public Listing<Router> listing(NeutronListOptions options) {
        return collection.listing(options);
    }

    /** @param routerId the router's id @return the router */
    public Router get(String routerId) {
        return collection.get(routerId);
    }

    Mono<Router> getAsync(String routerId) {
        return collection.getAsync(routerId);
    }

    /** @param name its name @return the new router, without a gateway */
    public Router create(String name) {
        return create(name, RouterOptions.defaults());
    }

    /**
     * @param name its name (a name in the options is replaced by this one)
     * @param options its gateway, admin state, description
     * @return the new router
     */
    public Router create(String name, RouterOptions options) {
        String checked = NeutronChecks.text(name, "name");
        Objects.requireNonNull(options, "options must not be null");
        ObjectNode fields = options.fields();
        fields.put("name", checked);
        return collection.create(fields);
    }

    /**
     * @param routerId the router's id
     * @param options the fields to change
     * @return the router after the change
     */
    public Router update(String routerId, RouterOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        return collection.update(routerId, options.fields());
    }

    /** @param routerId the router to delete (refused while it has interfaces) */
    public void delete(String routerId) {
        collection.delete(routerId);
    }

    /**
     * Joins a subnet: the router takes the subnet's gateway address.
     *
     * @param routerId the router
     * @param subnetId the subnet
     * @return the new interface
     */
    public RouterInterface addInterface(String routerId, String subnetId) {
        return interfaceAction("addRouterInterface", routerId, "add_router_interface", "subnet_id",
                NeutronChecks.text(subnetId, "subnetId"));
    }

    /**
     * Joins a network through a port made beforehand (to give the router another address than
     * the subnet's gateway).
     *
     * @param routerId the router
     * @param portId the port
     * @return the new interface
     */
    public RouterInterface addPortInterface(String routerId, String portId) {
        return interfaceAction("addRouterInterface", routerId, "add_router_interface", "port_id",
                NeutronChecks.text(portId, "portId"));
    }

    /**
     * @param routerId the router
     * @param subnetId the subnet to leave
     * @return the interface removed
     */
    public RouterInterface removeInterface(String routerId, String subnetId) {
        return interfaceAction("removeRouterInterface", routerId, "remove_router_interface", "subnet_id",
                NeutronChecks.text(subnetId, "subnetId"));
    }

    /**
     * @param routerId the router
     * @param portId the interface's port
     * @return the interface removed
     */
    public RouterInterface removePortInterface(String routerId, String portId) {
        return interfaceAction("removeRouterInterface", routerId, "remove_router_interface", "port_id",
                NeutronChecks.text(portId, "portId"));
    }

    /**
     * @param routerId the router
     * @param externalNetworkId the external network to put its gateway on
     * @return the router with its gateway
     */
    public Router setGateway(String routerId, String externalNetworkId) {
        ObjectNode fields = Json.object();
        fields.putObject("external_gateway_info").put("network_id",
                NeutronChecks.text(externalNetworkId, "externalNetworkId"));
        return collection.put("setRouterGateway", routerId, fields);
    }

    /**
     * @param routerId the router
     * @return the router without a gateway (refused while floating IPs go through it)
     */
    public Router clearGateway(String routerId) {
        ObjectNode fields = Json.object();
        fields.putObject("external_gateway_info");
        return collection.put("clearRouterGateway", routerId, fields);
    }

    private RouterInterface interfaceAction(String operation, String routerId, String action, String field,
            String value) {
        ObjectNode body = Json.object();
        body.put(field, value);
        return new RouterInterface(collection.action(operation, routerId, action, body));
    }
}
