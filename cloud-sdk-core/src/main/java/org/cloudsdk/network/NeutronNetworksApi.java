package org.cloudsdk.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.ErrorDetails;
import org.cloudsdk.errors.NetworkCountExceededException;
import org.cloudsdk.errors.NetworkInUseException;
import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * pyrax's Cloud Networks operations on Neutron. A network's CIDR is its subnets': a listing or a
 * get reads the subnets too (one more request), {@code create(label, cidr)} makes a network and a
 * subnet of the same name (and deletes the network again when the subnet is refused), and a
 * delete first looks for the ports of servers ({@code device_owner} {@code compute:*}) so that a
 * network in use is reported as such, naming the servers, before anything is sent.
 */
final class NeutronNetworksApi implements NetworkApi {

    /** Neutron's owner of a server's port: {@code compute:<availability zone>}. */
    static final String SERVER_PORT_OWNER_PREFIX = "compute:";

    private final Neutron neutron;

    NeutronNetworksApi(Neutron neutron) {
        this.neutron = Objects.requireNonNull(neutron, "neutron must not be null");
    }

    /** @return the endpoint, for the Neutron-only sub-clients */
    Neutron neutron() {
        return neutron;
    }

    @Override
    public NetworkApiType type() {
        return NetworkApiType.NEUTRON;
    }

    @Override
    public Mono<List<Network>> list(Networks owner) {
        return list(owner, NeutronListOptions.defaults());
    }

    /**
     * @param owner the client the handles carry
     * @param options Neutron filters and paging
     * @return the networks, each with the CIDRs of its subnets
     */
    Mono<List<Network>> list(Networks owner, NeutronListOptions options) {
        Mono<List<JsonNode>> networks = options.apply(neutron.listing("listNetworks", "networks", json -> json))
                .build().flux().collectList();
        return networks.flatMap(found -> found.isEmpty() ? Mono.just(List.<Network>of())
                : subnetCidrs(null).map(cidrs -> found.stream()
                        .map(json -> new Network(owner, type(), json, cidrs.getOrDefault(json.path("id").asString(),
                                List.of())))
                        .toList()));
    }

    @Override
    public Mono<Network> get(Networks owner, String id) {
        return neutron.send(HttpMethod.GET, "getNetwork", "/networks/{id}", id)
                .flatMap(response -> withCidrs(owner, response.json().path("network")));
    }

    @Override
    public Mono<Network> create(Networks owner, String label, Cidr cidr) {
        ObjectNode network = Json.object();
        network.put("name", label);
        return createNetwork(owner, network).flatMap(created -> createSubnet(created.id(), label, cidr)
                .map(subnet -> {
                    // the network as Neutron now describes it: with its subnet
                    ObjectNode json = created.json();
                    json.putArray("subnets").add(subnet.path("id").asString());
                    return new Network(owner, type(), json, List.of(subnet.path("cidr").asString(cidr.text())));
                })
                // the refusal is what the caller needs to see, not a failed clean-up
                .onErrorResume(refused -> neutron.send(HttpMethod.DELETE, "deleteNetwork", "/networks/{id}", created.id())
                        .onErrorResume(cleanupFailed -> Mono.empty())
                        .then(Mono.<Network>error(refused))));
    }

    /**
     * @param owner the client the handles carry
     * @param network the {@code network} object to send
     * @return the network Neutron created (no subnet)
     */
    Mono<Network> createNetwork(Networks owner, ObjectNode network) {
        ObjectNode body = Json.object();
        body.set("network", network);
        return neutron.send(HttpMethod.POST, "createNetwork", "/networks", new Object[0],
                        request -> request.jsonBody(Json.write(body)))
                .map(response -> new Network(owner, type(), response.json().path("network"), List.of()))
                .onErrorMap(ConflictException.class, NeutronNetworksApi::overQuota);
    }

    /**
     * @param owner the client the handles carry
     * @param id the network's id
     * @param network the fields to change
     * @return the network after the change
     */
    Mono<Network> update(Networks owner, String id, ObjectNode network) {
        ObjectNode body = Json.object();
        body.set("network", network);
        return neutron.send(HttpMethod.PUT, "updateNetwork", "/networks/{id}", new Object[] {id},
                        request -> request.jsonBody(Json.write(body)))
                .flatMap(response -> withCidrs(owner, response.json().path("network")));
    }

    private Mono<JsonNode> createSubnet(String networkId, String label, Cidr cidr) {
        ObjectNode subnet = Json.object();
        subnet.put("network_id", networkId);
        subnet.put("name", label);
        subnet.put("cidr", cidr.text());
        subnet.put("ip_version", cidr.ipVersion());
        ObjectNode body = Json.object();
        body.set("subnet", subnet);
        return neutron.send(HttpMethod.POST, "createSubnet", "/subnets", new Object[0],
                        request -> request.jsonBody(Json.write(body)))
                .map(response -> response.json().path("subnet"))
                .onErrorMap(ConflictException.class, NeutronNetworksApi::overQuota);
    }

    @Override
    public Mono<Void> delete(String id) {
        return neutron.client().exchange(neutron.client().request(HttpMethod.GET, "listPorts")
                        .path(neutron.path("/ports")).query("network_id", id)
                        .query("fields", "device_owner").query("fields", "device_id"))
                .flatMap(response -> {
                    List<String> servers = new ArrayList<>();
                    for (JsonNode port : response.json().path("ports")) {
                        String owner = port.path("device_owner").asString("");
                        if (owner.startsWith(SERVER_PORT_OWNER_PREFIX)) {
                            servers.add(port.path("device_id").asString(""));
                        }
                    }
                    if (!servers.isEmpty()) {
                        return Mono.error(new NetworkInUseException("deleteNetwork: network " + id + " is used by "
                                + servers.size() + " server(s) " + servers + "; delete them first (a network cannot be"
                                + " detached from a server)", ErrorDetails.of(neutron.client().service(),
                                        "deleteNetwork"), servers));
                    }
                    return neutron.send(HttpMethod.DELETE, "deleteNetwork", "/networks/{id}", id).then()
                            .onErrorMap(ConflictException.class, refused -> new NetworkInUseException(
                                    "deleteNetwork: network " + id + " still has ports (router interfaces or other"
                                            + " devices); remove them first. " + refused.getMessage(),
                                    refused.details(), refused));
                });
    }

    @Override
    public Mono<Map<String, Object>> health() {
        return neutron.client().exchange(neutron.client().request(HttpMethod.GET, "listNetworks")
                .path(neutron.path("/networks")).query("limit", 1)).map(response -> {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("region", String.valueOf(neutron.client().region()));
                    details.put("interface", neutron.client().endpointInterface());
                    details.put("api", "neutron");
                    return details;
                });
    }

    private Mono<Network> withCidrs(Networks owner, JsonNode network) {
        if (!network.path("subnets").isArray() || network.path("subnets").isEmpty()) {
            return Mono.just(new Network(owner, type(), network, List.of()));
        }
        String id = network.path("id").asString();
        return subnetCidrs(id).map(cidrs -> new Network(owner, type(), network, cidrs.getOrDefault(id, List.of())));
    }

    /** @return the CIDRs of the subnets visible to the project, by network id (of one network when given) */
    private Mono<Map<String, List<String>>> subnetCidrs(@Nullable String networkId) {
        return neutron.listing("listSubnets", "subnets", json -> json)
                .query("network_id", networkId)
                .query("fields", "network_id").query("fields", "cidr")
                .build().flux()
                .collect(LinkedHashMap<String, List<String>>::new, (cidrs, subnet) -> cidrs
                        .computeIfAbsent(subnet.path("network_id").asString(""), key -> new ArrayList<>())
                        .add(subnet.path("cidr").asString("")))
                .map(cidrs -> {
                    Map<String, List<String>> copy = new LinkedHashMap<>();
                    cidrs.forEach((key, value) -> copy.put(key, List.copyOf(value)));
                    return copy;
                });
    }

    /** Neutron's 409 {@code OverQuota} on a network or subnet is the limit pyrax reported as NetworkCountExceeded. */
    static CloudException overQuota(ConflictException refused) {
        String message = String.valueOf(refused.serverMessage()).toLowerCase(Locale.ROOT);
        if (!message.contains("quota")) {
            return refused;
        }
        return new NetworkCountExceededException(refused.operation() + ": the project's network quota is used up"
                + " (Neutron's quota; an administrator raises it); delete a network first. " + refused.getMessage(),
                refused.details(), refused);
    }
}
