package org.cloudsdk.wait;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * How long a service's waits may last in all and how often they poll: the two tunables that a
 * service's settings ({@code OctaviaSettings}, {@code LoadBalancerSettings}) hold, each with its
 * own defaults. Both are positive and the interval is not longer than the timeout. Immutable; a
 * settings class is built from one with {@link #toBuilder(Function)}.
 *
 * <pre>{@code
 * WaitBounds bounds = new WaitBounds(Duration.ofMinutes(5), Duration.ofSeconds(1));
 * }</pre>
 *
 * @param waitTimeout the time limit of a wait (and of a service's retries of a change refused
 *     while the resource is busy), positive
 * @param waitInterval the time between two polls (and between two tries of a refused change),
 *     positive and not longer than {@code waitTimeout}
 */
public record WaitBounds(Duration waitTimeout, Duration waitInterval) {

    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException when a value is missing or not positive, or the interval
     *     is longer than the timeout
     */
    public WaitBounds {
        positive(waitTimeout, "waitTimeout");
        positive(waitInterval, "waitInterval");
        if (waitInterval.compareTo(waitTimeout) > 0) {
            throw new IllegalArgumentException("waitInterval (" + waitInterval + ") must not be longer than"
                    + " waitTimeout (" + waitTimeout + ")");
        }
    }

    /**
     * A builder that starts from these bounds and makes what {@code factory} makes of the bounds
     * it ends with: the builder of a service's settings.
     *
     * @param factory makes the built value from the checked bounds
     * @param <T> what the builder builds
     * @return a builder holding these bounds
     */
    public <T> Builder<T> toBuilder(Function<WaitBounds, T> factory) {
        return new Builder<>(this, factory);
    }

    private static Duration positive(@Nullable Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
        }
        return value;
    }

    /**
     * Builds a value made of {@link WaitBounds}, such as a service's settings; starts from the
     * bounds it was made from (the service's defaults, or the settings copied).
     *
     * @param <T> what it builds
     */
    public static final class Builder<T> {

        private final Function<WaitBounds, T> factory;
        private Duration waitTimeout;
        private Duration waitInterval;

        private Builder(WaitBounds start, Function<WaitBounds, T> factory) {
            this.factory = Objects.requireNonNull(factory, "factory must not be null");
            this.waitTimeout = start.waitTimeout;
            this.waitInterval = start.waitInterval;
        }

        /**
         * @param value the time limit of waits (and of the retries of a change refused while the
         *     resource is busy), positive
         * @return this builder
         * @throws IllegalArgumentException when it is missing or not positive
         */
        public Builder<T> waitTimeout(Duration value) {
            this.waitTimeout = positive(value, "waitTimeout");
            return this;
        }

        /**
         * @param value the time between polls (and between tries of a refused change), positive
         * @return this builder
         * @throws IllegalArgumentException when it is missing or not positive
         */
        public Builder<T> waitInterval(Duration value) {
            this.waitInterval = positive(value, "waitInterval");
            return this;
        }

        /**
         * @return the value made of the bounds
         * @throws IllegalArgumentException when the interval is longer than the timeout
         */
        public T build() {
            return factory.apply(new WaitBounds(waitTimeout, waitInterval));
        }
    }
}
