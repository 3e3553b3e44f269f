package org.cloudsdk.paging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cloudsdk.http.AuthSession;
import org.cloudsdk.http.RetrySettings;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;

import com.github.tomakehurst.wiremock.WireMockServer;

import reactor.core.publisher.Mono;

/**
 * A WireMock service for the paging tests: an endpoint on a local port, a fixed token, pages
 * stubbed by their exact URL, and the URLs it was asked for, oldest first. A URL that no page
 * was stubbed for answers WireMock's 404, so a request the test did not expect fails it.
 */
public final class PagingStub implements AutoCloseable {

    private static final AuthSession FIXED_TOKEN = new AuthSession() {
        @Override
        public Mono<String> token() {
            return Mono.just("tk-paging");
        }

        @Override
        public Mono<String> reauthenticate(String rejectedToken) {
            return Mono.just("tk-paging");
        }

        @Override
        public boolean canReauthenticate() {
            return false;
        }
    };

    public final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final Transport transport;

    /** Starts the stub on a free local port. */
    public PagingStub() {
        server.start();
        transport = Transport.builder().retrySettings(new RetrySettings(1, Duration.ofMillis(5), 2.0,
                Duration.ofMillis(10), Duration.ZERO, Duration.ofSeconds(5))).build();
    }

    /**
     * @param service the service name
     * @param endpointPath the endpoint's path on the stub, such as {@code /v2.1}
     * @return a client whose endpoint is that path
     */
    public ServiceClient client(String service, String endpointPath) {
        return new ServiceClient(transport, FIXED_TOKEN, service, "RegionOne", "public",
                () -> Mono.just(server.baseUrl() + endpointPath));
    }

    /** Answers a GET of exactly this URL (path and query, encoded) with a JSON body. */
    public void page(String url, String json) {
        server.stubFor(get(urlEqualTo(url)).willReturn(okJson(json)));
    }

    /** Answers a GET of exactly this URL with a status and no body. */
    public void status(String url, int status) {
        server.stubFor(get(urlEqualTo(url)).willReturn(aResponse().withStatus(status)));
    }

    /** @return the absolute form of a path on the stub, as a server writes its links */
    public String absolute(String url) {
        return server.baseUrl() + url;
    }

    /** @return the URLs asked for (path and query, encoded), oldest first */
    public List<String> urls() {
        // WireMock lists the newest first
        List<String> all = new ArrayList<>(server.getAllServeEvents().stream()
                .map(event -> event.getRequest().getUrl()).toList());
        Collections.reverse(all);
        return all;
    }

    /** Forgets the stubbed pages and the requests received. */
    public void reset() {
        server.resetAll();
    }

    @Override
    public void close() {
        server.stop();
        transport.close();
    }
}
