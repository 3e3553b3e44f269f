package org.cloudsdk.network;

import java.util.Objects;
import java.util.function.Function;

import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.PagingScheme;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;

import tools.jackson.databind.JsonNode;

/**
 * The Neutron endpoint as every Neutron request sees it: the service client and the API's root
 * under it. Catalogs list Neutron without its version ({@code http://host:9696}) or with it
 * ({@code .../v2.0}); requests go to {@code <endpoint>/v2.0/networks} either way.
 */
final class Neutron {

    private final ServiceClient client;
    private final String root;

    /**
     * @param client the network service's client
     * @param endpointUrl its resolved endpoint, to tell whether it ends with the version
     */
    Neutron(ServiceClient client, String endpointUrl) {
        this.client = Objects.requireNonNull(client, "client must not be null");
        String url = endpointUrl.endsWith("/") ? endpointUrl.substring(0, endpointUrl.length() - 1) : endpointUrl;
        this.root = url.endsWith("/v2.0") ? "" : "/v2.0";
    }

    /** @return the service client */
    ServiceClient client() {
        return client;
    }

    /** @param path a path of the API, such as {@code /networks/{id}} @return it under the API's root */
    String path(String path) {
        return root + path;
    }

    /** Sends one request whose path is given relative to the API's root. */
    Mono<ApiResponse> send(HttpMethod method, String operation, String path, Object[] variables,
            Function<ApiRequest.Builder, ApiRequest.Builder> spec) {
        return client.exchange(spec.apply(client.request(method, operation).path(path(path), variables)));
    }

    /** Sends one request without a body. */
    Mono<ApiResponse> send(HttpMethod method, String operation, String path, Object... variables) {
        return send(method, operation, path, variables, Function.identity());
    }

    /**
     * @param operation the listing's operation name
     * @param collection the collection, such as {@code networks} (its path and its JSON field;
     *     Neutron's next link is {@code <collection>_links})
     * @param mapper reads one item
     * @param <T> the item type
     * @return a listing builder on Neutron's next links
     */
    <T> Listing.Builder<T> listing(String operation, String collection, Function<JsonNode, T> mapper) {
        return Listing.builder(client, operation, PagingScheme.nextLink(), mapper::apply)
                .path(path("/" + collection)).items(collection);
    }
}
