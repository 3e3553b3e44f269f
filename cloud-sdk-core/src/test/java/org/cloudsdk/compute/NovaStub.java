package org.cloudsdk.compute;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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
 * A WireMock Nova for the compute request tests: the endpoint {@value #ENDPOINT} on a local
 * port, a fixed token, its version document (the endpoint itself, as Nova serves it) and the
 * requests it received, oldest first. A request no stub answers gets WireMock's 404, so an
 * unexpected request fails the test.
 */
final class NovaStub implements AutoCloseable {

    /** The compute endpoint's path, as the keystone fixture's catalog writes it. */
    static final String ENDPOINT = "/compute/v2.1";
    static final String TOKEN = "tk-nova";

    private static final AuthSession FIXED_TOKEN = new FixedTokenSession(TOKEN);

    final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final Transport transport;

    NovaStub() {
        server.start();
        // one attempt: a retried request would show up twice in what the tests count
        transport = Transport.builder().retrySettings(new RetrySettings(1, Duration.ofMillis(5), 2.0,
                Duration.ofMillis(10), Duration.ZERO, Duration.ofSeconds(5))).build();
    }

    /** @return a client of the stub that negotiates its microversion */
    Compute compute() {
        return compute(null);
    }

    /** @param microversion the pinned version, or null to negotiate @return a client of the stub */
    Compute compute(String microversion) {
        ServiceClient client = new ServiceClient(transport, FIXED_TOKEN, "compute", "RegionOne", "public",
                () -> Mono.just(server.baseUrl() + ENDPOINT));
        return new Compute(client, ComputeVersions.of(client, microversion));
    }

    /**
     * Serves Nova's version document with microversions 2.1 to {@code max}.
     *
     * @param max the newest microversion the server supports
     * @return this stub
     */
    NovaStub microversions(String max) {
        server.stubFor(get(urlEqualTo(ENDPOINT)).willReturn(okJson(NovaFixtures.versionDocument(max))));
        return this;
    }

    /** Serves a version document without microversions, as Rackspace's v2 API does. */
    NovaStub noMicroversions() {
        server.stubFor(get(urlEqualTo(ENDPOINT)).willReturn(okJson(NovaFixtures.VERSION_WITHOUT_MICROVERSIONS)));
        return this;
    }

    /** @param path a path under the endpoint, such as {@code /servers} @return its full path */
    static String path(String path) {
        return ENDPOINT + path;
    }

    /** @return every request received, oldest first, the version document's included */
    List<LoggedRequest> requests() {
        // WireMock lists the newest first
        List<LoggedRequest> all = new ArrayList<>(server.getAllServeEvents().stream()
                .map(event -> event.getRequest()).map(LoggedRequest.class::cast).toList());
        Collections.reverse(all);
        return all;
    }

    /** @return the requests of the API itself, oldest first (the version document left out) */
    List<LoggedRequest> apiRequests() {
        return requests().stream().filter(request -> !isVersionDocument(request)).toList();
    }

    /** @return how many times the version document was read */
    long versionDocumentReads() {
        return requests().stream().filter(NovaStub::isVersionDocument).count();
    }

    /** @return the only API request received */
    LoggedRequest only() {
        List<LoggedRequest> all = apiRequests();
        if (all.size() != 1) {
            throw new AssertionError("expected one request but got " + all.size() + ": "
                    + all.stream().map(r -> r.getMethod() + " " + r.getUrl()).toList());
        }
        return all.get(0);
    }

    /** @return "METHOD url" of every request received, the version document's included */
    List<String> log() {
        return requests().stream().map(r -> r.getMethod() + " " + r.getUrl()).toList();
    }

    private static boolean isVersionDocument(LoggedRequest request) {
        return request.getUrl().equals(ENDPOINT);
    }

    @Override
    public void close() {
        server.stop();
        transport.close();
    }
}
