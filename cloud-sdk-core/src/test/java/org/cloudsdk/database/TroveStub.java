package org.cloudsdk.database;

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
 * A WireMock Cloud Databases endpoint ({@value #ENDPOINT}, as Rackspace's catalog writes it, on a
 * local port) with a fixed token. A request no stub answers gets WireMock's 404, so an unexpected
 * request fails the test.
 */
final class TroveStub implements AutoCloseable {

    static final String ENDPOINT = "/v1.0/000000";
    static final String TOKEN = "tk-trove";

    private static final AuthSession FIXED_TOKEN = new FixedTokenSession(TOKEN);

    final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final Transport transport;

    TroveStub() {
        server.start();
        // one attempt: a retried request would show up twice in what the tests count
        transport = Transport.builder().retrySettings(new RetrySettings(1, Duration.ofMillis(5), 2.0,
                Duration.ofMillis(10), Duration.ZERO, Duration.ofSeconds(5))).build();
    }

    /** @return a client of the stub */
    Databases databases() {
        return new Databases(new ServiceClient(transport, FIXED_TOKEN, "database", "ORD", "public",
                () -> Mono.just(server.baseUrl() + ENDPOINT)));
    }

    /** @param path a path under the endpoint, such as {@code /instances} @return its full path */
    static String path(String path) {
        return ENDPOINT + path;
    }

    /** @return "METHOD url" of every request received, oldest first */
    List<String> log() {
        List<LoggedRequest> all = new ArrayList<>(server.getAllServeEvents().stream()
                .map(event -> event.getRequest()).map(LoggedRequest.class::cast).toList());
        Collections.reverse(all);
        return all.stream().map(r -> r.getMethod() + " " + r.getUrl()).toList();
    }

    @Override
    public void close() {
        server.stop();
        transport.close();
    }
}
