package org.cloudsdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import reactor.core.publisher.Mono;

/**
 * The WireMock side of the request tests of every service package: a server on a free local
 * port, a transport whose requests are tried once (a retried request would show up twice in what
 * the tests count), and {@link ServiceClient}s of the server that always send one token
 * ({@link FixedTokenSession}). A service's stub extends it with its paths, answers and clients.
 */
public abstract class ServiceStub implements AutoCloseable {

    /** The server the tests stub answers on and read requests from. */
    public final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    private final AuthSession session;
    private final Transport transport;

    /** @param token the token every request of the stub's clients carries */
    protected ServiceStub(String token) {
        this(token, oneAttempt());
    }

    /**
     * @param token the token every request of the stub's clients carries
     * @param transport the transport of the stub's clients, closed with the stub
     */
    protected ServiceStub(String token, Transport transport) {
        this.session = new FixedTokenSession(token);
        this.transport = transport;
        server.start();
    }

    /** @return a transport that sends each request once, with short timeouts */
    public static Transport oneAttempt() {
        return Transport.builder().retrySettings(new RetrySettings(1, Duration.ofMillis(5), 2.0,
                Duration.ofMillis(10), Duration.ZERO, Duration.ofSeconds(5))).build();
    }

    /**
     * @param service the catalog type the client is for
     * @param region its region, or null for a region-less catalog entry
     * @param endpointPath the endpoint's path on the server, such as {@code /v1.0/123456}
     * @return a client of that endpoint through the stub's transport
     */
    public ServiceClient client(String service, @Nullable String region, String endpointPath) {
        return clientAt(transport, service, region, server.baseUrl() + endpointPath);
    }

    /**
     * @param via the transport the client sends through
     * @param service the catalog type the client is for
     * @param region its region, or null for a region-less catalog entry
     * @param endpointUrl the endpoint's absolute URL
     * @return a client of that endpoint, sending the stub's token
     */
    public ServiceClient clientAt(Transport via, String service, @Nullable String region, String endpointUrl) {
        return new ServiceClient(via, session, service, region, "public", () -> Mono.just(endpointUrl));
    }

    /** @return the transport of the stub's clients */
    public Transport transport() {
        return transport;
    }

    /**
     * Answers a request with JSON, or with an empty 204.
     *
     * @param method GET, POST, PUT or DELETE
     * @param url the exact URL (path and query)
     * @param json the body of a 200, or null for a 204
     */
    public void answer(String method, String url, @Nullable String json) {
        MappingBuilder request = switch (method) {
            case "GET" -> get(urlEqualTo(url));
            case "POST" -> post(urlEqualTo(url));
            case "PUT" -> put(urlEqualTo(url));
            case "DELETE" -> delete(urlEqualTo(url));
            default -> throw new IllegalArgumentException("method must be GET, POST, PUT or DELETE, was " + method);
        };
        server.stubFor(request.willReturn(json == null ? aResponse().withStatus(204) : okJson(json)));
    }

    /** @return every request received, oldest first */
    public List<LoggedRequest> requests() {
        // WireMock lists the newest first
        List<LoggedRequest> all = new ArrayList<>(server.getAllServeEvents().stream()
                .map(event -> event.getRequest()).map(LoggedRequest.class::cast).toList());
        Collections.reverse(all);
        return all;
    }

    /** @return "METHOD url" of every request received, oldest first */
    public List<String> log() {
        return requests().stream().map(r -> r.getMethod() + " " + r.getUrl()).toList();
    }

    /** @return the only request received */
    public LoggedRequest only() {
        List<LoggedRequest> all = requests();
        if (all.size() != 1) {
            throw new AssertionError("expected one request but got " + all.size() + ": " + log());
        }
        return all.get(0);
    }

    @Override
    public void close() {
        server.stop();
        transport.close();
    }
}
