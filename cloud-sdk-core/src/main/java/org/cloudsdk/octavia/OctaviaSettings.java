package org.cloudsdk.octavia;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Tunables of an {@link Octavia} client: how long its waits last and how often they poll. The
 * same two values bound the retries of a change Octavia refuses with 409 because the load
 * balancer is busy ({@code PENDING_UPDATE}: "immutable"). Immutable; made by {@link #builder()},
 * copied with {@link #toBuilder()}; given to a context with
 * {@code CloudContext.builder().serviceSettings(settings)} or to one client with
 * {@link Octavia#withSettings(OctaviaSettings)}.
 *
 * <pre>{@code
 * OctaviaSettings settings = OctaviaSettings.builder()
 *         .waitTimeout(Duration.ofMinutes(5))
 *         .waitInterval(Duration.ofSeconds(1))
 *         .build();
 * }</pre>
 */
public final class OctaviaSettings {

    /** The default time limit of a wait, and of the retries of an "immutable" answer: 10 minutes. */
    public static final Duration DEFAULT_WAIT_TIMEOUT = Duration.ofMinutes(10);

    /** The default time between two polls, and between two tries of an "immutable" change: 2 seconds. */
    public static final Duration DEFAULT_WAIT_INTERVAL = Duration.ofSeconds(2);

    private static final OctaviaSettings DEFAULTS = builder().build();

    private final Duration waitTimeout;
    private final Duration waitInterval;

    private OctaviaSettings(Builder builder) {
        this.waitTimeout = builder.waitTimeout;
        this.waitInterval = builder.waitInterval;
    }

    /**
     * The defaults: waits of up to 10 minutes (an amphora boots a VM; the noop drivers of a test
     * cloud are ACTIVE in seconds), polling every 2 seconds.
     *
     * @return the default settings
     */
    public static OctaviaSettings defaults() {
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
     * @return the time limit of a wait for a status, and of the retries of a change refused
     *     because the load balancer is immutable for the moment
     */
    public Duration waitTimeout() {
        return waitTimeout;
    }

    /** @return the time between two polls of a wait, and between two tries of a refused change */
    public Duration waitInterval() {
        return waitInterval;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof OctaviaSettings o && waitTimeout.equals(o.waitTimeout)
                && waitInterval.equals(o.waitInterval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(waitTimeout, waitInterval);
    }

    @Override
    public String toString() {
        return "OctaviaSettings[waitTimeout=" + waitTimeout + ", waitInterval=" + waitInterval + "]";
    }

    /** Builds {@link OctaviaSettings}; starts from the defaults. */
    public static final class Builder {

        private Duration waitTimeout = DEFAULT_WAIT_TIMEOUT;
        private Duration waitInterval = DEFAULT_WAIT_INTERVAL;

        private Builder() {
        }

        private Builder(OctaviaSettings settings) {
            this.waitTimeout = settings.waitTimeout;
            this.waitInterval = settings.waitInterval;
        }

        /**
         * @param value the time limit of waits and of the retries of an "immutable" answer, positive
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder waitTimeout(Duration value) {
            this.waitTimeout = positive(value, "waitTimeout");
            return this;
        }

        /**
         * @param value the time between polls and between tries, positive
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder waitInterval(Duration value) {
            this.waitInterval = positive(value, "waitInterval");
            return this;
        }

        /**
         * @return the settings
         * @throws IllegalArgumentException when the interval is longer than the timeout
         */
        public OctaviaSettings build() {
            if (waitInterval.compareTo(waitTimeout) > 0) {
                throw new IllegalArgumentException("waitInterval (" + waitInterval + ") must not be longer than"
                        + " waitTimeout (" + waitTimeout + ")");
            }
            return new OctaviaSettings(this);
        }

        private static Duration positive(@Nullable Duration value, String name) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
            }
            return value;
        }
    }
}
