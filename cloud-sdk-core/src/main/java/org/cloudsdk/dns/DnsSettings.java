package org.cloudsdk.dns;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How a {@link CloudDns} client waits for the service's asynchronous jobs: for how long
 * ({@link #timeout()}, pyrax's {@code set_timeout}) and how often it asks
 * ({@link #delay()}, pyrax's {@code set_delay}). Immutable; made by {@link #builder()}, copied
 * with {@link #toBuilder()}; given to a context with {@code CloudContext.builder().serviceSettings(settings)}
 * or to one client with {@link CloudDns#withSettings(DnsSettings)}.
 *
 * <pre>{@code
 * DnsSettings patient = DnsSettings.builder().timeout(Duration.ofSeconds(30)).delay(Duration.ofSeconds(2)).build();
 * }</pre>
 */
public final class DnsSettings {

    /** pyrax's default timeout: 5 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /** pyrax's default pause between two status checks: 0.5 seconds. */
    public static final Duration DEFAULT_DELAY = Duration.ofMillis(500);

    private static final DnsSettings DEFAULTS = builder().build();

    private final Duration timeout;
    private final Duration delay;

    private DnsSettings(Builder builder) {
        this.timeout = builder.timeout;
        this.delay = builder.delay;
    }

    /** @return a timeout of 5 s and a delay of 500 ms, as pyrax's */
    public static DnsSettings defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding the {@link #defaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these settings */
    public Builder toBuilder() {
        return new Builder().timeout(timeout).delay(delay);
    }

    /**
     * @return how long a call waits for its job before {@code DnsCallTimedOutException};
     *     {@link Duration#ZERO} waits as long as the job takes
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * @return the pause between two checks of a job's status (longer when the service answers
     *     a rate limit)
     */
    public Duration delay() {
        return delay;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DnsSettings that && that.timeout.equals(timeout) && that.delay.equals(delay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeout, delay);
    }

    @Override
    public String toString() {
        return "DnsSettings[timeout=" + timeout + ", delay=" + delay + "]";
    }

    /** Builds {@link DnsSettings}; starts from the defaults. */
    public static final class Builder {
        private Duration timeout = DEFAULT_TIMEOUT;
        private Duration delay = DEFAULT_DELAY;

        private Builder() {
        }

        /**
         * @param value how long to wait for a job; {@link Duration#ZERO} to wait without limit
         * @return this builder
         * @throws IllegalArgumentException when it is negative
         */
        public Builder timeout(Duration value) {
            Objects.requireNonNull(value, "timeout must not be null");
            if (value.isNegative()) {
                throw new IllegalArgumentException("timeout must be 0 (no limit) or more, was " + value);
            }
            this.timeout = value;
            return this;
        }

        /**
         * @param value the pause between two status checks; a positive duration, so polling never
         *     hammers the service
         * @return this builder
         * @throws IllegalArgumentException when it is zero or negative
         */
        public Builder delay(Duration value) {
            Objects.requireNonNull(value, "delay must not be null");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("delay must be a positive duration, was " + value);
            }
            this.delay = value;
            return this;
        }

        /** @return the settings */
        public DnsSettings build() {
            return new DnsSettings(this);
        }
    }
}
