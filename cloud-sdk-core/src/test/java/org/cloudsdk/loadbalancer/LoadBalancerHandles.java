package org.cloudsdk.loadbalancer;

import org.cloudsdk.http.Json;
import org.cloudsdk.http.ServiceClient;

/**
 * Load balancer handles for the tests of other packages (reverse DNS names a balancer by its API
 * URL): a {@link LoadBalancer} read from JSON, on a client of the given endpoint.
 */
public final class LoadBalancerHandles {

    private LoadBalancerHandles() {
    }

    /**
     * @param client the service client the handle's Cloud Load Balancers client uses
     * @param json a balancer as the API describes it
     * @return the handle
     */
    public static LoadBalancer balancer(ServiceClient client, String json) {
        return new LoadBalancer(new CloudLoadBalancers(client, LoadBalancerSettings.defaults()), Json.parse(json));
    }
}
