package org.cloudsdk.autoscale;

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
 * A WireMock Auto Scale for the request tests: the endpoint {@value #ENDPOINT} (Rackspace's
 * {@code /v1.0/{tenantId}}) on a local port, a fixed token, and the requests it received, oldest
 * first. A request no stub answers gets WireMock's 404, so an unexpected request fails the test.
 */
final class AutoScaleStub implements AutoCloseable {

    static final String ENDPOINT = "/v1.0/010101";
    static final String TOKEN = "tk-autoscale";

    private static final AuthSession FIXED_TOKEN = new FixedTokenSession(TOKEN);

    final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final Transport transport;
    final AutoScale autoscale;

    AutoScaleStub() {
        server.start();
        // one attempt: a retried request would show up twice in what the tests count
        transport = Transport.builder().retrySettings(new RetrySettings(1, Duration.ofMillis(5), 2.0,
                Duration.ofMillis(10), Duration.ZERO, Duration.ofSeconds(5))).build();
        autoscale = new AutoScale(new ServiceClient(transport, FIXED_TOKEN, "autoscale", "DFW", "public",
                () -> Mono.just(server.baseUrl() + ENDPOINT)));
    }

    /** @param path a path under the endpoint, such as {@code /groups} @return its full path */
    static String path(String path) {
        return ENDPOINT + path;
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
