package org.cloudsdk.http;

import java.time.Duration;
import java.util.Objects;

import org.springframework.core.retry.RetryPolicy;

/**
 * A retry policy of the transport, in plain numbers (one per {@link Workload}, held by
 * {@link RetryPolicies}): it becomes a Spring Framework 7
 * {@link RetryPolicy} (the successor of the Spring Retry project) with exponential backoff and
 * jitter. The transport retries only transient failures (408, 429, 500, 502, 503, 504 and
 * connection failures) of idempotent requests whose body can be sent again.
 *
 * @param maxAttempts the most attempts of one call, the first included (1 disables retries)
 * @param initialInterval the delay before the first retry
 * @param multiplier how much each further delay grows
 * @param maxInterval the longest single delay
 * @param jitter a random amount added to or taken from each delay
 * @param maxElapsed the longest time one call may spend retrying; a {@code Retry-After} that would
 *     go past it ends the call instead
 */
public record RetrySettings(int maxAttempts, Duration initialInterval, double multiplier, Duration maxInterval,
        Duration jitter, Duration maxElapsed) {

    /** Validates every value, naming the one that is wrong. */
    public RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialInterval, "initialInterval must not be null");
        Objects.requireNonNull(maxInterval, "maxInterval must not be null");
        Objects.requireNonNull(jitter, "jitter must not be null");
        Objects.requireNonNull(maxElapsed, "maxElapsed must not be null");
        if (initialInterval.isNegative()) {
            throw new IllegalArgumentException("initialInterval must not be negative, was " + initialInterval);
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be at least 1.0, was " + multiplier);
        }
        if (maxInterval.compareTo(initialInterval) < 0) {
            throw new IllegalArgumentException("maxInterval (" + maxInterval + ") must not be shorter than initialInterval ("
                    + initialInterval + ")");
        }
        if (jitter.isNegative()) {
            throw new IllegalArgumentException("jitter must not be negative, was " + jitter);
        }
        if (maxElapsed.isNegative() || maxElapsed.isZero()) {
            throw new IllegalArgumentException("maxElapsed must be a positive duration, was " + maxElapsed);
        }
    }

    /**
     * The defaults of interactive calls: 4 attempts, 250 ms first delay doubling up to 10 s, 100 ms
     * jitter, at most 60 s. The delays add up to about 2 s: a caller learns of an outage quickly.
     *
     * @return the default settings
     */
    public static RetrySettings defaults() {
        return new RetrySettings(4, Duration.ofMillis(250), 2.0, Duration.ofSeconds(10), Duration.ofMillis(100),
                Duration.ofSeconds(60));
    }

    /**
     * The defaults of background work (folder syncs and uploads, large-object segments, sync jobs;
     * see {@link Workload#BACKGROUND}): 10 attempts, 500 ms first delay doubling up to 8 s, 250 ms
     * jitter, at most 2 minutes. The delays add up to about 47 s, so an outage of the service of
     * half a minute costs a file nothing but time.
     *
     * @return the default settings of background work
     */
    public static RetrySettings backgroundDefaults() {
        return new RetrySettings(10, Duration.ofMillis(500), 2.0, Duration.ofSeconds(8), Duration.ofMillis(250),
                Duration.ofMinutes(2));
    }

    /**
     * No retries at all.
     *
     * @return settings with a single attempt
     */
    public static RetrySettings none() {
        return new RetrySettings(1, Duration.ZERO, 1.0, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1));
    }

    /**
     * @return the Spring Framework 7 retry policy these settings describe
     */
    public RetryPolicy toRetryPolicy() {
        RetryPolicy.Builder builder = RetryPolicy.builder()
                .maxRetries(maxAttempts - 1)
                .delay(initialInterval)
                .multiplier(multiplier)
                .timeout(maxElapsed);
        if (!maxInterval.isZero()) {
            // Spring refuses a zero maxDelay; a zero maxInterval (as in none()) means no delay at all
            builder.maxDelay(maxInterval);
        }
        if (!jitter.isZero()) {
            builder.jitter(jitter);
        }
        return builder.build();
    }
}
