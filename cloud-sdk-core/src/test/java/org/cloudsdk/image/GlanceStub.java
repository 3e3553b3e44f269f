package org.cloudsdk.image;

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
import org.cloudsdk.objectstorage.ObjectStorage;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import reactor.core.publisher.Mono;

/**
 * A WireMock Glance for the image request tests: the catalog lists it by its root
 * ({@value #ROOT}, as devstack does), so the client must add {@code /v2}; a Swift account at
 * {@value #SWIFT} for the tasks' container checks; a fixed token and project. A request no stub
 * answers gets WireMock's 404, so an unexpected request fails the test.
 */
final class GlanceStub implements AutoCloseable {

    /** The image endpoint as the catalog writes it: Glance's root, without a version. */
    static final String ROOT = "/image";
    /** Where the client sends its requests. */
    static final String V2 = ROOT + "/v2";
    static final String SWIFT = "/swift/v1/AUTH_demo";
    static final String TOKEN = "tk-glance";
    static final String PROJECT = "36fa3f946ec541a39c0cbf008f802034";

    private static final AuthSession FIXED_TOKEN = new FixedTokenSession(TOKEN);

    final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final Transport transport;

    GlanceStub() {
        server.start();
        // one attempt: a retried request would show up twice in what the tests count
        transport = Transport.builder().retrySettings(new RetrySettings(1, Duration.ofMillis(5), 2.0,
                Duration.ofMillis(10), Duration.ZERO, Duration.ofSeconds(5))).build();
    }

    /** @return a client of the stub, the catalog listing Glance by its root */
    Images images() {
        return images(server.baseUrl() + ROOT);
    }

    /** @param endpoint the catalog's image URL @return a client of it */
    Images images(String endpoint) {
        ServiceClient raw = new ServiceClient(transport, FIXED_TOKEN, "image", "RegionOne", "public",
                () -> Mono.just(endpoint));
        ServiceClient swift = new ServiceClient(transport, FIXED_TOKEN, "object_store", "RegionOne", "public",
                () -> Mono.just(server.baseUrl() + SWIFT));
        ObjectStorage storage = ObjectStorage.of(swift);
        return new Images(GlanceEndpoint.versioned(raw), () -> Mono.just(PROJECT), () -> storage);
    }

    /** @param path a path of the API, such as {@code /images} @return its full path on the stub */
    static String path(String path) {
        return V2 + path;
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

    /** @return the only request received */
    LoggedRequest only() {
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
