package org.cloudsdk.queue;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.cloudsdk.http.AuthSession;
import org.cloudsdk.http.RetrySettings;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import reactor.core.publisher.Mono;

/**
 * A WireMock queues endpoint for the request tests: Rackspace Cloud Queues v1 at
 * {@value #V1_ENDPOINT} (as the {@code rax:queues} catalog entry writes it) or Zaqar at its root
 * (as the {@code messaging} entry does, the API under {@code /v2}). A request no stub answers gets
 * WireMock's 404.
 */
final class QueuesStub implements AutoCloseable {

    static final String V1_ENDPOINT = "/v1/123456";
    static final String CLIENT_ID = "3381af92-2b9e-11e3-b191-71861300734c";

    private static final AuthSession FIXED_TOKEN = new AuthSession() {
        @Override
        public Mono<String> token() {
            return Mono.just("tk-queues");
        }

        @Override
        public Mono<String> reauthenticate(String rejectedToken) {
            return Mono.just("tk-queues");
        }

        @Override
        public boolean canReauthenticate() {
            return false;
        }
    };

    final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final Transport transport;
    private final boolean zaqar;

    private QueuesStub(boolean zaqar) {
        this.zaqar = zaqar;
        server.start();
        // one attempt: a retried request would show up twice in what the tests count
        transport = Transport.builder().retrySettings(new RetrySettings(1, Duration.ofMillis(5), 2.0,
                Duration.ofMillis(10), Duration.ZERO, Duration.ofSeconds(5))).build();
    }

    /** @return a Cloud Queues v1 endpoint */
    static QueuesStub cloudQueues() {
        return new QueuesStub(false);
    }

    /** @return a Zaqar endpoint */
    static QueuesStub zaqar() {
        return new QueuesStub(true);
    }

    /** @return a client of the stub with the client id {@value #CLIENT_ID} */
    Queues queues() {
        return anonymous().withClientId(UUID.fromString(CLIENT_ID));
    }

    /** @return a client of the stub without a client id */
    Queues anonymous() {
        String endpoint = server.baseUrl() + (zaqar ? "" : V1_ENDPOINT);
        return new Queues(new ServiceClient(transport, FIXED_TOKEN, "queues", "RegionOne", "public",
                () -> Mono.just(endpoint)), null);
    }

    /** @param path a path under the API root, such as {@code /queues} @return its full path */
    String path(String path) {
        return (zaqar ? "/v2" : V1_ENDPOINT) + path;
    }

    /** @return every request received, oldest first */
    List<LoggedRequest> requests() {
        List<LoggedRequest> all = new ArrayList<>(server.getAllServeEvents().stream()
                .map(event -> event.getRequest()).map(LoggedRequest.class::cast).toList());
        Collections.reverse(all);
        return all;
    }

    @Override
    public void close() {
        server.stop();
        transport.close();
    }
}
