package org.cloudsdk.loadbalancer;

import java.time.Duration;

import org.cloudsdk.wait.WaitBounds;
import org.cloudsdk.wait.WaitSettings;

/**
 * Tunables of a {@link CloudLoadBalancers} client: how long a change of a balancer waits for it to
 * be {@code ACTIVE} again, and how often it reads the balancer's status meanwhile. Immutable; made
 * by {@link #builder()}, copied with {@link #toBuilder()}. Given to a context with
 * {@code CloudContext.builder().serviceSettings(settings)}, or to one client with
 * {@link CloudLoadBalancers#withSettings(LoadBalancerSettings)}.
 *
 * <p>{@link #waitTimeout()} bounds one change of a balancer in all: waiting for the client's
 * earlier change of the same balancer, retrying the server's {@code 422} "immutable" answers, and
 * waiting for the balancer to leave {@code PENDING_UPDATE} and be {@code ACTIVE} again;
 * {@link #waitInterval()} is the time between two reads of its status meanwhile.
 *
 * <pre>{@code
 * LoadBalancerSettings settings = LoadBalancerSettings.builder()
 *         .waitTimeout(Duration.ofMinutes(10))
 *         .waitInterval(Duration.ofSeconds(2))
 *         .build();
 * }</pre>
 */
public final class LoadBalancerSettings extends WaitSettings<LoadBalancerSettings> {

    /**
     * How long a change waits by default: 5 minutes. A balancer's update usually takes seconds and
     * its build a minute or two; five minutes covers a slow cluster without hiding a stuck one.
     */
    public static final Duration DEFAULT_WAIT_TIMEOUT = Duration.ofMinutes(5);

    /**
     * The time between two status reads by default: 1 second, the interval of the pyrax chapter's
     * {@code wait_until(lb, "status", "ACTIVE", interval=1)}, well under the API's rate limit of
     * 10 reads a second.
     */
    public static final Duration DEFAULT_WAIT_INTERVAL = Duration.ofSeconds(1);

    private static final LoadBalancerSettings DEFAULTS =
            new LoadBalancerSettings(new WaitBounds(DEFAULT_WAIT_TIMEOUT, DEFAULT_WAIT_INTERVAL));

    private LoadBalancerSettings(WaitBounds bounds) {
        super(bounds, LoadBalancerSettings::new);
    }

    /**
     * @return the defaults: wait up to {@link #DEFAULT_WAIT_TIMEOUT 5 minutes}, reading the status
     *     every {@link #DEFAULT_WAIT_INTERVAL second}
     */
    public static LoadBalancerSettings defaults() {
        return DEFAULTS;
    }

    /**
     * @return a builder holding the {@link #defaults()}; its {@code waitTimeout} and
     *     {@code waitInterval} must be positive, the interval not longer than the timeout
     */
    public static WaitBounds.Builder<LoadBalancerSettings> builder() {
        return DEFAULTS.toBuilder();
    }
}
