package org.cloudsdk.octavia;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.PagingScheme;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How every Octavia request is sent: under the API's root ({@link OctaviaPaths}), changes retried
 * while Octavia answers 409 because the load balancer is busy ("... is immutable and cannot be
 * updated" while a change of the balancer or one of its children is under way, "Invalid state
 * PENDING_CREATE of loadbalancer resource ..." for a delete or failover meanwhile), every
 * {@link OctaviaSettings#waitInterval()} until {@link OctaviaSettings#waitTimeout()} has passed.
 * Any other 409 (a port already in use, a duplicate member) fails at once.
 */
final class OctaviaApi {

    private final ServiceClient client;
    private final OctaviaPaths paths;
    private final OctaviaVersions versions;
    private final OctaviaSettings settings;

    OctaviaApi(ServiceClient client, OctaviaSettings settings) {
        this(client, new OctaviaPaths(), settings, null);
    }

    private OctaviaApi(ServiceClient client, OctaviaPaths paths, OctaviaSettings settings,
            @Nullable OctaviaVersions versions) {
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.paths = paths;
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.versions = versions != null ? versions : new OctaviaVersions(client, paths);
    }

    /** @return the same endpoint and version knowledge with other settings */
    OctaviaApi withSettings(OctaviaSettings value) {
        return new OctaviaApi(client, paths, value, versions);
    }

    ServiceClient client() {
        return client;
    }

    OctaviaSettings settings() {
        return settings;
    }

    OctaviaVersions versions() {
        return versions;
    }

    /** A GET (or any request that changes nothing), never retried on 409. */
    Mono<ApiResponse> read(String operation, String path, Object... variables) {
        return send(HttpMethod.GET, operation, path, variables, Function.identity());
    }

    /** A GET with query parameters. */
    Mono<ApiResponse> read(String operation, String path, Function<ApiRequest.Builder, ApiRequest.Builder> query,
            Object... variables) {
        return send(HttpMethod.GET, operation, path, variables, query);
    }

    /**
     * A change: POST, PUT or DELETE with an optional JSON body, retried while the load balancer
     * is immutable.
     */
    Mono<ApiResponse> change(HttpMethod method, String operation, String path, Object[] variables,
            @Nullable JsonNode body, Function<ApiRequest.Builder, ApiRequest.Builder> query) {
        Function<ApiRequest.Builder, ApiRequest.Builder> spec = body == null ? query
                : request -> query.apply(request).jsonBody(Json.write(body));
        return Mono.defer(() -> {
            long deadline = System.nanoTime() + settings.waitTimeout().toNanos();
            Duration interval = settings.waitInterval();
            return send(method, operation, path, variables, spec).retryWhen(Retry.from(signals -> signals
                    .concatMap(signal -> isImmutable(signal.failure())
                            && System.nanoTime() + interval.toNanos() < deadline
                            ? Mono.delay(interval) : Mono.error(signal.failure()))));
        });
    }

    Mono<ApiResponse> change(HttpMethod method, String operation, String path, Object[] variables,
            @Nullable JsonNode body) {
        return change(method, operation, path, variables, body, Function.identity());
    }

    private Mono<ApiResponse> send(HttpMethod method, String operation, String path, Object[] variables,
            Function<ApiRequest.Builder, ApiRequest.Builder> spec) {
        return client.endpointUrlAsync().flatMap(url -> client.exchange(spec.apply(client.request(method, operation)
                .path(paths.prefix(url) + path, variables))));
    }

    /**
     * A listing on Octavia's {@code <collection>_links}; the endpoint is resolved now (which
     * authenticates when the context has not yet), the pages when iterated.
     */
    <T> Listing.Builder<T> listing(String operation, String path, String items, Function<JsonNode, T> mapper,
            Object... variables) {
        String prefix = paths.prefix(Transport.blockValue(client.endpointUrlAsync()));
        return Listing.builder(client, operation, PagingScheme.nextLink(), mapper::apply)
                .path(prefix + path, variables).items(items);
    }

    static boolean isImmutable(Throwable failure) {
        if (!(failure instanceof ConflictException conflict)) {
            return false;
        }
        String message = conflict.serverMessage();
        if (message == null) {
            return false;
        }
        String text = message.toLowerCase(Locale.ROOT);
        // "Load Balancer <id> is immutable and cannot be updated." (a change of it or a child),
        // "Invalid state PENDING_CREATE of loadbalancer resource <id>" (a delete or failover)
        return text.contains("is immutable") || text.contains("invalid state pending_");
    }

    /** @return a JSON object {@code {name: fields}} */
    static ObjectNode wrap(String name, JsonNode fields) {
        ObjectNode body = Json.object();
        body.set(name, fields);
        return body;
    }
}
