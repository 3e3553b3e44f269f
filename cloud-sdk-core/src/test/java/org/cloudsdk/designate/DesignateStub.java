package org.cloudsdk.designate;

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
import org.cloudsdk.wait.WaitOptions;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import reactor.core.publisher.Mono;

/**
 * A WireMock Designate for the request tests: the catalog lists it by its root (as Designate's own
 * {@code http://host:9001/} and devstack's {@code http://host/dns}), so the client speaks to
 * {@value #V2}; a fixed token; the requests received, oldest first. A request no stub answers gets
 * WireMock's 404, so an unexpected request fails the test.
 */
final class DesignateStub implements AutoCloseable {

    /** The catalog's endpoint path. */
    static final String ROOT = "/dns";
    /** Where the client sends its requests. */
    static final String V2 = ROOT + "/v2";
    static final String TOKEN = "tk-designate";
    /** Fast waits: the stubs answer at once. */
    static final WaitOptions FAST = WaitOptions.builder().interval(Duration.ofMillis(10))
            .deadline(Duration.ofSeconds(5)).build();

    private static final AuthSession FIXED_TOKEN = new FixedTokenSession(TOKEN);

    final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final Transport transport;

    DesignateStub() {
        server.start();
        // one attempt: a retried request would show up twice in what the tests count
        transport = Transport.builder().retrySettings(new RetrySettings(1, Duration.ofMillis(5), 2.0,
                Duration.ofMillis(10), Duration.ZERO, Duration.ofSeconds(5))).build();
    }

    /** @return a client of the stub, built as the context builds it (from the catalog's root URL) */
    Designate designate() {
        ServiceClient raw = new ServiceClient(transport, FIXED_TOKEN, "designate", "RegionOne", "public",
                () -> Mono.just(server.baseUrl() + ROOT + "/"));
        return new Designate(DesignateEndpoint.versioned(raw));
    }

    /** @param path a path of the API reference without {@code /v2}, such as {@code /zones} @return its full path */
    static String path(String path) {
        return V2 + path;
    }

    /** @return the base URL of links, as Designate writes them */
    String links() {
        return server.baseUrl() + V2;
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
