package org.cloudsdk.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;

/**
 * A client bound to one service endpoint of one session: it resolves the endpoint's URL when
 * first needed (so creating it never calls the network), sends requests relative to it through
 * the context's transport with the session's token, and has its own debug switch (pyrax's
 * per-service {@code http_log_debug}). Service clients such as object storage are built on it;
 * used directly it gives raw REST access to any service in the catalog.
 *
 * <p>Thread-safe.
 */
public final class ServiceClient {

    private final Transport transport;
    private final AuthSession session;
    private final String service;
    private final @Nullable String region;
    private final String endpointInterface;
    private final Supplier<Mono<String>> endpoint;
    private final AtomicBoolean httpLogDebug;
    private final Workload workload;
    private final Map<String, String> headers;

    /**
     * @param transport the context's transport
     * @param session the session whose token is sent
     * @param service the service name (pyrax's, such as {@code object_store})
     * @param region the region, or null for services without one
     * @param endpointInterface public, internal or admin
     * @param endpoint resolves the endpoint URL (may authenticate first)
     */
    public ServiceClient(Transport transport, AuthSession session, String service, @Nullable String region,
            String endpointInterface, Supplier<Mono<String>> endpoint) {
        this.transport = Objects.requireNonNull(transport, "transport must not be null");
        this.session = Objects.requireNonNull(session, "session must not be null");
        this.service = Objects.requireNonNull(service, "service must not be null");
        this.region = region;
        this.endpointInterface = Objects.requireNonNull(endpointInterface, "endpointInterface must not be null");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint must not be null");
        this.httpLogDebug = new AtomicBoolean();
        this.workload = Workload.INTERACTIVE;
        this.headers = Map.of();
    }

    private ServiceClient(ServiceClient twin, Workload workload, Map<String, String> headers) {
        this.transport = twin.transport;
        this.session = twin.session;
        this.service = twin.service;
        this.region = twin.region;
        this.endpointInterface = twin.endpointInterface;
        this.endpoint = twin.endpoint;
        this.httpLogDebug = twin.httpLogDebug;
        this.workload = workload;
        this.headers = headers;
    }

    /**
     * The same client for another kind of work: its requests are retried per that work's policy
     * ({@link RetryPolicies}); everything else (endpoint, session, debug switch) is shared.
     *
     * @param value the kind of work
     * @return this client when it already serves that work, else its twin
     */
    public ServiceClient forWorkload(Workload value) {
        Objects.requireNonNull(value, "workload must not be null");
        return value == workload ? this : new ServiceClient(this, value, headers);
    }

    /**
     * The same client whose every request carries these headers besides its own (a pinned API
     * microversion, say: {@link ApiMicroversions#pin}); a request that sets one of them itself
     * ({@link ApiRequest.Builder#setHeader}) overrides it. Everything else is shared.
     *
     * @param values header names and values, added to (and replacing) this client's own
     * @return the twin
     */
    public ServiceClient withHeaders(Map<String, String> values) {
        Objects.requireNonNull(values, "headers must not be null");
        Map<String, String> merged = new LinkedHashMap<>(headers);
        merged.putAll(values);
        return new ServiceClient(this, workload, Collections.unmodifiableMap(merged));
    }

    /** @return the headers this client adds to every request (see {@link #withHeaders}) */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return the kind of work this client's requests serve */
    public Workload workload() {
        return workload;
    }

    /** @return the service name */
    public String service() {
        return service;
    }

    /** @return the region, or null */
    public @Nullable String region() {
        return region;
    }

    /** @return the endpoint interface: public, internal or admin */
    public String endpointInterface() {
        return endpointInterface;
    }

    /** @return the transport */
    public Transport transport() {
        return transport;
    }

    /** @return the session */
    public AuthSession session() {
        return session;
    }

    /**
     * @return the endpoint URL, authenticating first when the context has not yet
     * @throws org.cloudsdk.errors.NoEndpointForServiceException when the catalog has none
     */
    public String endpointUrl() {
        return Transport.blockValue(endpoint.get());
    }

    /** @return the endpoint URL, resolved when subscribed */
    public Mono<String> endpointUrlAsync() {
        return endpoint.get();
    }

    /** @return whether this client logs its requests even when the context's debug log is off */
    public boolean httpLogDebug() {
        return httpLogDebug.get();
    }

    /**
     * Logs this service's requests and responses (secrets redacted), as pyrax's
     * {@code client.http_log_debug = True}.
     *
     * @param enabled whether to log
     */
    public void setHttpLogDebug(boolean enabled) {
        httpLogDebug.set(enabled);
    }

    /**
     * Starts a request relative to the endpoint.
     *
     * @param method the HTTP method
     * @param operation the operation name (metrics, errors)
     * @return a builder whose base URL is filled in when it is sent
     */
    public ApiRequest.Builder request(HttpMethod method, String operation) {
        ApiRequest.Builder request = ApiRequest.builder(service, operation, method).region(region).workload(workload);
        headers.forEach(request::setHeader);
        return request;
    }

    /**
     * Sends a request built with {@link #request(HttpMethod, String)} and reads the whole response.
     *
     * @param request the request
     * @return the response
     */
    public Mono<ApiResponse> exchange(ApiRequest.Builder request) {
        return endpoint.get().flatMap(url -> transport.exchange(bind(request, url), session));
    }

    /**
     * Sends a request and streams the response through a reader.
     *
     * @param request the request
     * @param reader reads a 2xx response
     * @param <T> the value type
     * @return the value
     */
    public <T> Mono<T> exchange(ApiRequest.Builder request, ResponseReader<T> reader) {
        return endpoint.get().flatMap(url -> transport.exchange(bind(request, url), session, reader));
    }

    /**
     * Blocking form of {@link #exchange(ApiRequest.Builder)}.
     *
     * @param request the request
     * @return the response
     */
    public ApiResponse execute(ApiRequest.Builder request) {
        return Transport.blockValue(exchange(request));
    }

    /**
     * Blocking form of {@link #exchange(ApiRequest.Builder, ResponseReader)}.
     *
     * @param request the request
     * @param reader reads a 2xx response
     * @param <T> the value type
     * @return the value; null when the reader gives none (a {@code Mono<Void>})
     */
    public <T> @Nullable T execute(ApiRequest.Builder request, ResponseReader<T> reader) {
        return Transport.block(exchange(request, reader));
    }

    /**
     * GETs a path relative to the endpoint.
     *
     * @param pathTemplate the path template, such as {@code /servers/{id}}
     * @param variables its variables
     * @return the response
     */
    public ApiResponse get(String pathTemplate, Object... variables) {
        return execute(request(HttpMethod.GET, "get").path(pathTemplate, variables));
    }

    private ApiRequest bind(ApiRequest.Builder request, String url) {
        return request.buildFor(url, httpLogDebug.get());
    }

    @Override
    public String toString() {
        return "ServiceClient[" + service + ", region=" + region + ", interface=" + endpointInterface
                + (workload == Workload.INTERACTIVE ? "" : ", workload=" + workload) + "]";
    }
}
