package org.cloudsdk.objectstorage;

import java.time.Duration;
import java.util.concurrent.Executor;

import org.cloudsdk.http.RetrySettings;
import org.cloudsdk.http.ServiceStub;
import org.cloudsdk.http.Transport;

/**
 * A WireMock Swift for the request-level tests: an account URL on a local port, a fixed token,
 * and the requests it received, oldest first, with their raw (still encoded) URLs.
 */
final class SwiftStub extends ServiceStub {

    static final String ACCOUNT = "/v1/AUTH_test";
    static final String TOKEN = "tk-123";

    // two attempts, in the foreground and in the background: tests of retries count both
    private static final RetrySettings FAST = new RetrySettings(2, Duration.ofMillis(5), 2.0, Duration.ofMillis(10),
            Duration.ZERO, Duration.ofSeconds(5));

    SwiftStub() {
        super(TOKEN, Transport.builder().retrySettings(FAST).backgroundRetrySettings(FAST).build());
    }

    /** @return a client with default settings */
    ObjectStorage storage() {
        return storage(ObjectStorageSettings.defaults());
    }

    /** @param settings the tunables @return a client on this stub */
    ObjectStorage storage(ObjectStorageSettings settings) {
        return new ObjectStorage(client("object_store", "RegionOne", ACCOUNT), settings);
    }

    /**
     * @param settings the tunables
     * @param transferExecutor where folder transfers run
     * @return a client on this stub
     */
    ObjectStorage storage(ObjectStorageSettings settings, Executor transferExecutor) {
        return new ObjectStorage(client("object_store", "RegionOne", ACCOUNT), null, settings, transferExecutor);
    }

    /**
     * @param other a transport of the test's own (connection pool limits, ...), closed by the test
     * @param settings the tunables
     * @return a client on this stub through that transport
     */
    ObjectStorage storage(Transport other, ObjectStorageSettings settings) {
        return new ObjectStorage(clientAt(other, "object_store", "RegionOne", accountUrl()), settings);
    }

    /** @return the storage URL */
    String accountUrl() {
        return server.baseUrl() + ACCOUNT;
    }

}
