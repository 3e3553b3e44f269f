package org.cloudsdk.queue;

import java.util.UUID;

import org.cloudsdk.http.ServiceStub;

/**
 * A WireMock queues endpoint for the request tests: Rackspace Cloud Queues v1 at
 * {@value #V1_ENDPOINT} (as the {@code rax:queues} catalog entry writes it) or Zaqar at its root
 * (as the {@code messaging} entry does, the API under {@code /v2}). A request no stub answers gets
 * WireMock's 404.
 */
final class QueuesStub extends ServiceStub {

    static final String V1_ENDPOINT = "/v1/123456";
    static final String CLIENT_ID = "3381af92-2b9e-11e3-b191-71861300734c";

    private final boolean zaqar;

    private QueuesStub(boolean zaqar) {
        super("tk-queues");
        this.zaqar = zaqar;
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
        return new Queues(clientAt(transport(), "queues", "RegionOne", endpoint), null);
    }

    /** @param path a path under the API root, such as {@code /queues} @return its full path */
    String path(String path) {
        return (zaqar ? "/v2" : V1_ENDPOINT) + path;
    }
}
