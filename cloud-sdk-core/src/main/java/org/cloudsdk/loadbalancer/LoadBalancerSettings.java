package org.cloudsdk.loadbalancer;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Tunables of a {@link CloudLoadBalancers} client: how long a change of a balancer waits for it to
 * be {@code ACTIVE} again, and how often it reads the balancer's status meanwhile. Immutable; made
 * by {@link #builder()}, copied with {@link #toBuilder()}. Given to a context with
 * {@code CloudContext.builder().serviceSettings(settings)}, or to one client with
 * {@link CloudLoadBalancers#withSettings(LoadBalancerSettings)}.
 *
 * <pre>{@code
 * LoadBalancerSettings settings = LoadBalancerSettings.builder()
 *         .waitTimeout(Duration.ofMinutes(10))
 *         .waitInterval(Duration.ofSeconds(2))
 *         .build();
 * }</pre>
 */
public final class LoadBalancerSettings {

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

    private static final LoadBalancerSettings DEFAULTS = builder().build();

    private final Duration waitTimeout;
    private final Duration waitInterval;

    private LoadBalancerSettings(Builder builder) {
        this.waitTimeout = builder.waitTimeout;
        this.waitInterval = builder.waitInterval;
    }

    /**
     * @return the defaults: wait up to {@link #DEFAULT_WAIT_TIMEOUT 5 minutes}, reading the status
     *     every {@link #DEFAULT_WAIT_INTERVAL second}
     */
    public static LoadBalancerSettings defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding the {@link #defaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these settings */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * @return how long one change of a balancer may take in all: waiting for the client's earlier
     *     change of the same balancer, retrying the server's {@code 422} "immutable" answers, and
     *     waiting for the balancer to leave {@code PENDING_UPDATE} and be {@code ACTIVE} again
     */
    public Duration waitTimeout() {
        return waitTimeout;
    }

    /** @return the time between two reads of a balancer's status while waiting */
    public Duration waitInterval() {
        return waitInterval;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof LoadBalancerSettings that && waitTimeout.equals(that.waitTimeout)
                && waitInterval.equals(that.waitInterval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(waitTimeout, waitInterval);
    }

    @Override
    public String toString() {
        return "LoadBalancerSettings[waitTimeout=" + waitTimeout + ", waitInterval=" + waitInterval + "]";
    }

    /** Builds {@link LoadBalancerSettings}. */
    public static final class Builder {

        private Duration waitTimeout = DEFAULT_WAIT_TIMEOUT;
        private Duration waitInterval = DEFAULT_WAIT_INTERVAL;

        private Builder() {
        }

        private Builder(LoadBalancerSettings settings) {
            this.waitTimeout = settings.waitTimeout;
            this.waitInterval = settings.waitInterval;
        }

        /**
         * @param value how long a change may take in all, positive (default 5 minutes)
         * @return this builder
         * @throws IllegalArgumentException when it is zero or negative
         */
        public Builder waitTimeout(Duration value) {
            this.waitTimeout = positive(value, "waitTimeout");
            return this;
        }

        /**
         * @param value the time between status reads, positive (default 1 second)
         * @return this builder
         * @throws IllegalArgumentException when it is zero or negative
         */
        public Builder waitInterval(Duration value) {
            this.waitInterval = positive(value, "waitInterval");
            return this;
        }

        /**
         * @return the settings
         * @throws IllegalArgumentException when the interval is longer than the timeout
         */
        public LoadBalancerSettings build() {
            if (waitInterval.compareTo(waitTimeout) > 0) {
                throw new IllegalArgumentException("waitInterval must not be longer than waitTimeout ("
                        + waitTimeout + "), was " + waitInterval);
            }
            return new LoadBalancerSettings(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name + " must not be null");
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }
    }
}
