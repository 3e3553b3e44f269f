package org.cloudsdk.loadbalancer;

import java.time.Duration;

import org.cloudsdk.wait.ResourceFailedException;

/**
 * A balancer reached a state from which it will not become {@code ACTIVE} by itself
 * ({@code ERROR}, {@code SUSPENDED}, or {@code PENDING_DELETE} / {@code DELETED}) while a change
 * of it waited: the change ends at once instead of waiting for its deadline. It is a
 * {@link ResourceFailedException}, with the last snapshot of the balancer.
 */
public class LoadBalancerFailedException extends ResourceFailedException {

    private static final long serialVersionUID = 1L;

    private final LoadBalancerStatus balancerStatus;

    /**
     * @param message what happened
     * @param balancer the balancer's snapshot in that state
     * @param polls how many status reads answered
     * @param elapsed how long the wait took
     */
    public LoadBalancerFailedException(String message, LoadBalancer balancer, int polls, Duration elapsed) {
        super(message, balancer, "status", String.valueOf(balancer.status()), polls, elapsed);
        this.balancerStatus = balancer.statusValue();
    }

    /** @return the state the balancer was in */
    public LoadBalancerStatus balancerStatus() {
        return balancerStatus;
    }
}
