package org.cloudsdk.objectstorage;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;

import org.cloudsdk.http.AuthSession;
import org.cloudsdk.http.FixedTokenSession;
import org.cloudsdk.http.RetrySettings;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import reactor.core.publisher.Mono;

/**
 * A WireMock Swift for the request-level tests: an account URL on a local port, a fixed token,
 * and the requests it received, oldest first, with their raw (still encoded) URLs.
 */
final class SwiftStub implements AutoCloseable {

    static final String ACCOUNT = "/v1/AUTH_test";
    static final String TOKEN = "tk-123";

    private static final AuthSession FIXED_TOKEN = new FixedTokenSession(TOKEN);

    final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final Transport transport;

    SwiftStub() {
        server.start();
        RetrySettings fast = new RetrySettings(2, Duration.ofMillis(5), 2.0, Duration.ofMillis(10), Duration.ZERO,
                Duration.ofSeconds(5));
        transport = Transport.builder().retrySettings(fast).backgroundRetrySettings(fast).build();
    }

    /** @return a client with default settings */
    ObjectStorage storage() {
        return storage(ObjectStorageSettings.defaults());
    }

    /** @param settings the tunables @return a client on this stub */
    ObjectStorage storage(ObjectStorageSettings settings) {
        return new ObjectStorage(new ServiceClient(transport, FIXED_TOKEN, "object_store", "RegionOne", "public",
                () -> Mono.just(accountUrl())), settings);
    }

    /**
     * @param settings the tunables
     * @param transferExecutor where folder transfers run
     * @return a client on this stub
     */
    ObjectStorage storage(ObjectStorageSettings settings, Executor transferExecutor) {
        return new ObjectStorage(new ServiceClient(transport, FIXED_TOKEN, "object_store", "RegionOne", "public",
                () -> Mono.just(accountUrl())), null, settings, transferExecutor);
    }

    /**
     * @param other a transport of the test's own (connection pool limits, ...), closed by the test
     * @param settings the tunables
     * @return a client on this stub through that transport
     */
    ObjectStorage storage(Transport other, ObjectStorageSettings settings) {
        return new ObjectStorage(new ServiceClient(other, FIXED_TOKEN, "object_store", "RegionOne", "public",
                () -> Mono.just(accountUrl())), settings);
    }

    /** @return the storage URL */
    String accountUrl() {
        return server.baseUrl() + ACCOUNT;
    }

    /** @return every request received, oldest first */
    List<LoggedRequest> requests() {
        // WireMock lists the newest first
        List<LoggedRequest> all = new ArrayList<>(server.getAllServeEvents().stream()
                .map(event -> (LoggedRequest) event.getRequest()).toList());
        Collections.reverse(all);
        return all;
    }

    /** @return the only request received */
    LoggedRequest only() {
        List<LoggedRequest> all = requests();
        if (all.size() != 1) {
            throw new AssertionError("expected one request but got " + all.size() + ": "
                    + all.stream().map(r -> r.getMethod() + " " + r.getUrl()).toList());
        }
        return all.get(0);
    }

    @Override
    public void close() {
        server.stop();
        transport.close();
    }
}
