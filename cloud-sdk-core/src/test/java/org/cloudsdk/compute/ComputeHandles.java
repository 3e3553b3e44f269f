package org.cloudsdk.compute;

import org.cloudsdk.http.Json;
import org.cloudsdk.http.ServiceClient;

/**
 * Compute handles for the tests of other packages (such as reverse DNS, which names a server by
 * its self link): a {@link Server} read from JSON, as a listing would give it, on a client that
 * is never called.
 */
public final class ComputeHandles {

    private ComputeHandles() {
    }

    /**
     * @param client the service client the handle's compute client would use
     * @param json a server as Nova describes it
     * @return the handle
     */
    public static Server server(ServiceClient client, String json) {
        return new Server(new Compute(client, ComputeVersions.of(client, null)), Json.parse(json));
    }
}
