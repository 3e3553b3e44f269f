package org.cloudsdk.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.cloudsdk.errors.BadRequestException;
import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.ForbiddenException;
import org.cloudsdk.errors.NetworkCountExceededException;
import org.cloudsdk.errors.NetworkInUseException;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.PagingScheme;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;

import tools.jackson.databind.node.ObjectNode;

/**
 * Rackspace Cloud Networks: the {@code os-networksv2} extension under the compute endpoint (as
 * pyrax's {@code CloudNetworkClient} used it) or under a {@code rax:network} endpoint. Networks
 * are {@code {"id", "label", "cidr"}}; the listing includes the {@code public} and
 * {@code private} pseudo-networks. Its refusals become pyrax's exceptions: 403 on a delete is a
 * network in use, a 400 saying "too many networks" is the 10-network limit.
 */
final class CloudNetworksApi implements NetworkApi {

    static final String PATH = "/os-networksv2";

    private final ServiceClient client;

    CloudNetworksApi(ServiceClient client) {
        this.client = Objects.requireNonNull(client, "client must not be null");
    }

    @Override
    public NetworkApiType type() {
        return NetworkApiType.CLOUD_NETWORKS;
    }

    @Override
    public Mono<List<Network>> list(Networks owner) {
        return Listing.builder(client, "listNetworks", PagingScheme.nextLink(), json -> network(owner, json))
                .path(PATH).items("networks").build().flux().collectList();
    }

    @Override
    public Mono<Network> get(Networks owner, String id) {
        return client.exchange(client.request(HttpMethod.GET, "getNetwork").path(PATH + "/{id}", id))
                .map(response -> network(owner, response.json().path("network")));
    }

    @Override
    public Mono<Network> create(Networks owner, String label, Cidr cidr) {
        ObjectNode network = Json.object();
        network.put("cidr", cidr.text());
        network.put("label", label);
        ObjectNode body = Json.object();
        body.set("network", network);
        return client.exchange(client.request(HttpMethod.POST, "createNetwork").path(PATH).jsonBody(Json.write(body)))
                .map(response -> network(owner, response.json().path("network")))
                .onErrorMap(BadRequestException.class, refused -> tooMany(refused)
                        ? new NetworkCountExceededException("createNetwork: the project already has the most isolated"
                                + " networks Rackspace allows (" + Networks.MAX_ISOLATED_NETWORKS + " per region unless"
                                + " a support ticket raises it); delete one first. " + refused.getMessage(),
                                refused.details(), refused)
                        : refused);
    }

    @Override
    public Mono<Void> delete(String id) {
        return client.exchange(client.request(HttpMethod.DELETE, "deleteNetwork").path(PATH + "/{id}", id))
                .then()
                .onErrorMap(error -> error instanceof ForbiddenException || error instanceof ConflictException,
                        refused -> new NetworkInUseException("deleteNetwork: network " + id + " is attached to one"
                                + " or more servers; delete them first (an isolated network cannot be detached). "
                                + refused.getMessage(), ((CloudException) refused).details(), refused));
    }

    @Override
    public Mono<Map<String, Object>> health() {
        return client.exchange(client.request(HttpMethod.GET, "listNetworks").path(PATH)).map(response -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("region", String.valueOf(client.region()));
            details.put("interface", client.endpointInterface());
            details.put("api", "os-networksv2");
            return details;
        });
    }

    private Network network(Networks owner, tools.jackson.databind.JsonNode json) {
        return new Network(owner, NetworkApiType.CLOUD_NETWORKS, json, List.of());
    }

    private static boolean tooMany(BadRequestException refused) {
        String message = refused.serverMessage() == null ? refused.getMessage() : refused.serverMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("too many networks");
    }
}
