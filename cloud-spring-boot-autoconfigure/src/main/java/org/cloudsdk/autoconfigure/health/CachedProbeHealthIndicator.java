package org.cloudsdk.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import reactor.core.Exceptions;

/**
 * Runs a {@link CloudHealthProbe} with a timeout (UNKNOWN when it runs out) and reuses its result
 * for a while, so that health checks never hammer the cloud: concurrent callers share one probe.
 */
public final class CachedProbeHealthIndicator implements HealthIndicator {

    private record Result(Health health, Instant at) {
    }

    private final CloudHealthProbe probe;
    private final Duration timeout;
    private final Duration cacheTtl;
    private final Clock clock;
    private volatile @Nullable Result last;

    /**
     * @param probe the check
     * @param timeout the longest time one probe may take
     * @param cacheTtl how long a result is reused
     * @param clock the clock the cache is judged by
     */
    public CachedProbeHealthIndicator(CloudHealthProbe probe, Duration timeout, Duration cacheTtl, Clock clock) {
        this.probe = Objects.requireNonNull(probe, "probe must not be null");
        this.timeout = requirePositive(timeout, "cloud.health.timeout");
        this.cacheTtl = Objects.requireNonNull(cacheTtl, "cloud.health.cache-ttl must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    @Override
    public Health health() {
        Result fresh = freshResult();
        if (fresh != null) {
            return fresh.health();
        }
        synchronized (this) {
            fresh = freshResult();
            if (fresh == null) {
                fresh = new Result(runProbe(), clock.instant());
                last = fresh;
            }
            return fresh.health();
        }
    }

    private @Nullable Result freshResult() {
        Result result = last;
        return result != null && result.at().plus(cacheTtl).isAfter(clock.instant()) ? result : null;
    }

    private Health runProbe() {
        try {
            Health health = probe.probe().timeout(timeout).block();
            return health != null ? health : Health.unknown().build();
        } catch (RuntimeException ex) {
            Throwable cause = Exceptions.unwrap(ex);
            if (cause instanceof TimeoutException) {
                return Health.unknown().withDetail("error", "no answer within " + timeout.toMillis() + " ms")
                        .build();
            }
            return ProbeFailures.down(cause).build();
        }
    }

    private static Duration requirePositive(Duration value, String name) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
        }
        return value;
    }
}
