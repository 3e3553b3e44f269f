package org.cloudsdk.monitoring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cloudsdk.http.AuthSession;
import org.cloudsdk.http.FixedTokenSession;
import org.cloudsdk.http.RetrySettings;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import reactor.core.publisher.Mono;

/**
 * A WireMock Cloud Monitoring for the request tests: the endpoint {@value #ENDPOINT} (Rackspace's
 * {@code /v1.0/{tenantId}}) on a local port, a fixed token, and the requests it received, oldest
 * first. A request no stub answers gets WireMock's 404, so an unexpected request fails the test.
 */
final class MonitoringStub implements AutoCloseable {

    static final String ENDPOINT = "/v1.0/010101";
    static final String TOKEN = "tk-monitoring";

    private static final AuthSession FIXED_TOKEN = new FixedTokenSession(TOKEN);

    final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final Transport transport;
    final CloudMonitoring monitoring;

    MonitoringStub() {
        server.start();
        // one attempt: a retried request would show up twice in what the tests count
        transport = Transport.builder().retrySettings(new RetrySettings(1, Duration.ofMillis(5), 2.0,
                Duration.ofMillis(10), Duration.ZERO, Duration.ofSeconds(5))).build();
        monitoring = new CloudMonitoring(new ServiceClient(transport, FIXED_TOKEN, "monitor", null, "public",
                () -> Mono.just(server.baseUrl() + ENDPOINT)));
    }

    /** @param path a path under the endpoint, such as {@code /entities} @return its full path */
    static String path(String path) {
        return ENDPOINT + path;
    }

    /**
     * Answers a create as Cloud Monitoring does: 201, no body, the new id in {@code X-Object-ID}
     * and the resource's URL in {@code Location}.
     *
     * @param collection the collection's path under the endpoint ({@code /entities})
     * @param id the id of what is created
     */
    void created(String collection, String id) {
        server.stubFor(post(urlEqualTo(path(collection))).willReturn(aResponse().withStatus(201)
                .withHeader("Location", "https://monitoring.api.rackspacecloud.com/v1.0/010101" + collection + "/" + id)
                .withHeader("X-Object-ID", id).withHeader("Content-Length", "0")));
    }

    /** @param path a path under the endpoint @param json the body to answer a GET of it with */
    void getReturns(String path, String json) {
        server.stubFor(get(urlEqualTo(path(path))).willReturn(okJson(json)));
    }

    /** @param method the method @param path a path under the endpoint, answered 204 */
    void noContent(String method, String path) {
        server.stubFor(request(method, urlEqualTo(path(path))).willReturn(aResponse().withStatus(204)));
    }

    /** @return every request received, oldest first */
    List<LoggedRequest> requests() {
        List<LoggedRequest> all = new ArrayList<>(server.getAllServeEvents().stream()
                .map(event -> event.getRequest()).map(LoggedRequest.class::cast).toList());
        Collections.reverse(all);
        return all;
    }

    /** @return "METHOD url" of every request received, oldest first */
    List<String> log() {
        return requests().stream().map(r -> r.getMethod() + " " + r.getUrl()).toList();
    }

    @Override
    public void close() {
        server.stop();
        transport.close();
    }
}
