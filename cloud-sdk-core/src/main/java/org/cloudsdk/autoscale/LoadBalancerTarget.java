package org.cloudsdk.autoscale;

/**
 * One load balancer new servers of a group are added to (pyrax's {@code (id, port)} tuple;
 * Auto Scale's {@code {"loadBalancerId": 1234, "port": 80}}).
 *
 * @param loadBalancerId the Cloud Load Balancer's id
 * @param port the port the servers receive its traffic on, 1 to 65535
 */
public record LoadBalancerTarget(long loadBalancerId, int port) {

    /** Checks the id and the port. */
    public LoadBalancerTarget {
        if (loadBalancerId < 1) {
            throw new IllegalArgumentException("loadBalancerId must be a positive load balancer id, was " + loadBalancerId);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1 to 65535, was " + port);
        }
    }
}
