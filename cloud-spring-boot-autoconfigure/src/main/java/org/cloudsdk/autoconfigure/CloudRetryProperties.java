package org.cloudsdk.autoconfigure;

import java.time.Duration;

import org.cloudsdk.http.RetrySettings;

/**
 * {@code cloud.retry.*}: the core's {@link RetrySettings}, which become the one Spring Framework 7
 * {@link org.springframework.core.retry.RetryPolicy} bean the contexts' transports use. Only
 * transient failures (408, 429, 5xx gateway errors, connection failures) of idempotent requests
 * are retried.
 */
public class CloudRetryProperties {

    /** Most attempts of one call, the first included (1 disables retries). */
    private int maxAttempts = 4;

    /** Delay before the first retry. */
    private Duration initialInterval = Duration.ofMillis(250);

    /** Factor each further delay grows by. */
    private double multiplier = 2.0;

    /** Longest single delay. */
    private Duration maxInterval = Duration.ofSeconds(10);

    /** Random amount added to or taken from each delay. */
    private Duration jitter = Duration.ofMillis(100);

    /** Longest time one call may spend retrying. */
    private Duration maxElapsed = Duration.ofSeconds(60);

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
