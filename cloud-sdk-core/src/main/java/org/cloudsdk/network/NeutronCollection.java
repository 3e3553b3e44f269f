package org.cloudsdk.network;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.Transport;
import org.cloudsdk.paging.Listing;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Neutron collection ({@code subnets}, {@code ports}, {@code security-groups}...): list,
 * get, create, update and delete, the same five requests for each, wrapping and unwrapping the
 * resource's JSON object ({@code {"subnet": {...}}}). Operations are named after the resource
 * ({@code listSubnets}, {@code getSubnet}...).
 *
 * @param <T> the handle type
 */
final class NeutronCollection<T> {

    private final Networks networks;
    private final String path;
    private final String singular;
    private final String plural;
    private final String noun;
    private final BiFunction<Networks, JsonNode, T> mapper;

    /**
     * @param networks the client whose Neutron endpoint is used, carried by the handles
     * @param path the collection's path, such as {@code /security-groups}
     * @param singular the JSON field of one item ({@code security_group})
     * @param plural the JSON field of a listing ({@code security_groups})
     * @param noun the resource's name in operation names ({@code SecurityGroup})
     * @param mapper reads one item into its handle
     */
    NeutronCollection(Networks networks, String path, String singular, String plural, String noun,
            BiFunction<Networks, JsonNode, T> mapper) {
        this.networks = Objects.requireNonNull(networks, "networks must not be null");
        this.path = path;
        this.singular = singular;
        this.plural = plural;
        this.noun = noun;
        this.mapper = mapper;
    }

    Listing<T> listing(NeutronListOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        Neutron neutron = networks.neutron();
        return options.apply(Listing.builder(neutron.client(), "list" + noun + "s",
                org.cloudsdk.paging.PagingScheme.nextLink(), (JsonNode json) -> mapper.apply(networks, json))
                .path(neutron.path(path)).items(plural)).build();
    }

    List<T> list(NeutronListOptions options) {
        return listing(options).stream().toList();
    }

    Mono<T> getAsync(String id) {
        String checked = NeutronChecks.text(id, "id");
        return networks.neutronAsync()
                .flatMap(neutron -> neutron.send(HttpMethod.GET, "get" + noun, path + "/{id}", checked))
                .map(this::read);
    }

    T get(String id) {
        return Transport.blockValue(getAsync(id));
    }

    T create(ObjectNode fields) {
        return Transport.blockValue(networks.neutronAsync().flatMap(neutron -> neutron.send(HttpMethod.POST,
                "create" + noun, path, new Object[0], request -> request.jsonBody(body(fields)))).map(this::read));
    }

    T update(String id, ObjectNode fields) {
        return put("update" + noun, id, fields);
    }

    /** A PUT of some fields under another operation name (a router's gateway, a floating IP's port). */
    T put(String operation, String id, ObjectNode fields) {
        String checked = NeutronChecks.text(id, "id");
        return Transport.blockValue(networks.neutronAsync().flatMap(neutron -> neutron.send(HttpMethod.PUT,
                operation, path + "/{id}", new Object[] {checked}, request -> request.jsonBody(body(fields))))
                .map(this::read));
    }

    void delete(String id) {
        String checked = NeutronChecks.text(id, "id");
        Transport.block(networks.neutronAsync()
                .flatMap(neutron -> neutron.send(HttpMethod.DELETE, "delete" + noun, path + "/{id}", checked)).then());
    }

    /**
     * A member action, {@code PUT <path>/{id}/<action>} with a bare JSON body (a router's
     * {@code add_router_interface}).
     *
     * @return the answer's JSON
     */
    JsonNode action(String operation, String id, String action, ObjectNode body) {
        String checked = NeutronChecks.text(id, "id");
        return Transport.blockValue(networks.neutronAsync().flatMap(neutron -> neutron.send(HttpMethod.PUT,
                operation, path + "/{id}/" + action, new Object[] {checked},
                request -> request.jsonBody(Json.write(body))))).json();
    }

    private T read(ApiResponse response) {
        return mapper.apply(networks, response.json().path(singular));
    }

    private String body(ObjectNode fields) {
        ObjectNode body = Json.object();
        body.set(singular, fields);
        return Json.write(body);
    }
}
