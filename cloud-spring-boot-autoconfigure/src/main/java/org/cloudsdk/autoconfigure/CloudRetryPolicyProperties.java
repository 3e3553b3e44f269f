package org.cloudsdk.autoconfigure;

import java.time.Duration;

import org.cloudsdk.http.RetrySettings;

/**
 * The numbers of one retry policy, the core's {@link RetrySettings}: {@code cloud.retry.*} for
 * interactive calls and {@code cloud.retry.background.*} for background work. Only transient
 * failures (408, 429, 5xx gateway errors, connection failures) of idempotent requests are retried.
 */
public class CloudRetryPolicyProperties {

    /** Most attempts of one call, the first included (1 disables retries). */
    private int maxAttempts;

    /** Delay before the first retry. */
    private Duration initialInterval;

    /** Factor each further delay grows by. */
    private double multiplier;

    /** Longest single delay. */
    private Duration maxInterval;

    /** Random amount added to or taken from each delay. */
    private Duration jitter;

    /** Longest time one call may spend retrying. */
    private Duration maxElapsed;

    /** Starts from the defaults of interactive calls, {@link RetrySettings#defaults()}. */
    public CloudRetryPolicyProperties() {
        this(RetrySettings.defaults());
    }

    /** @param defaults the values until bound ones replace them */
    CloudRetryPolicyProperties(RetrySettings defaults) {
        this.maxAttempts = defaults.maxAttempts();
        this.initialInterval = defaults.initialInterval();
        this.multiplier = defaults.multiplier();
        this.maxInterval = defaults.maxInterval();
        this.jitter = defaults.jitter();
        this.maxElapsed = defaults.maxElapsed();
    }

    /** @return the most attempts of one call */
    public int getMaxAttempts() {
        return maxAttempts;
    }

    /** @param maxAttempts the most attempts of one call */
    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /** @return the delay before the first retry */
    public Duration getInitialInterval() {
        return initialInterval;
    }

    /** @param initialInterval the delay before the first retry */
    public void setInitialInterval(Duration initialInterval) {
        this.initialInterval = initialInterval;
    }

    /** @return the factor each further delay grows by */
    public double getMultiplier() {
        return multiplier;
    }

    /** @param multiplier the factor each further delay grows by */
    public void setMultiplier(double multiplier) {
        this.multiplier = multiplier;
    }

    /** @return the longest single delay */
    public Duration getMaxInterval() {
        return maxInterval;
    }

    /** @param maxInterval the longest single delay */
    public void setMaxInterval(Duration maxInterval) {
        this.maxInterval = maxInterval;
    }

    /** @return the random amount added to or taken from each delay */
    public Duration getJitter() {
        return jitter;
    }

    /** @param jitter the random amount added to or taken from each delay */
    public void setJitter(Duration jitter) {
        this.jitter = jitter;
    }

    /** @return the longest time one call may spend retrying */
    public Duration getMaxElapsed() {
        return maxElapsed;
    }

    /** @param maxElapsed the longest time one call may spend retrying */
    public void setMaxElapsed(Duration maxElapsed) {
        this.maxElapsed = maxElapsed;
    }

    /**
     * @return these values as the core's settings
     * @throws IllegalArgumentException naming a value that is out of range
     */
    public RetrySettings toRetrySettings() {
        return new RetrySettings(maxAttempts, initialInterval, multiplier, maxInterval, jitter, maxElapsed);
    }
}
