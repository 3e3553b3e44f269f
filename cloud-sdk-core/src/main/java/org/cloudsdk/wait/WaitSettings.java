package org.cloudsdk.wait;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What the wait settings of a service ({@code OctaviaSettings}, {@code LoadBalancerSettings})
 * share: their {@link WaitBounds}, a builder that starts from them, and equality. A context keeps
 * a service's settings by their class, so each service has its own subclass, with its own
 * defaults.
 *
 * @param <S> the service's settings class
 */
public abstract class WaitSettings<S extends WaitSettings<S>> {

    private final WaitBounds bounds;
    private final Function<WaitBounds, S> factory;

    /**
     * @param bounds the wait timeout and interval
     * @param factory makes the service's settings of other bounds (its constructor)
     */
    protected WaitSettings(WaitBounds bounds, Function<WaitBounds, S> factory) {
        this.bounds = Objects.requireNonNull(bounds, "bounds must not be null");
        this.factory = Objects.requireNonNull(factory, "factory must not be null");
    }

    /** @return the wait timeout and interval together */
    public final WaitBounds bounds() {
        return bounds;
    }

    /**
     * @return the time limit of a wait, and of the retries of a change the service refuses
     *     because the resource is busy for the moment
     */
    public final Duration waitTimeout() {
        return bounds.waitTimeout();
    }

    /** @return the time between two status reads of a wait, and between two tries of a refused change */
    public final Duration waitInterval() {
        return bounds.waitInterval();
    }

    /** @return a builder holding these settings */
    public final WaitBounds.Builder<S> toBuilder() {
        return bounds.toBuilder(factory);
    }

    @Override
    public final boolean equals(@Nullable Object other) {
        return other instanceof WaitSettings<?> that && that.getClass() == getClass() && bounds.equals(that.bounds);
    }

    @Override
    public final int hashCode() {
        return bounds.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[waitTimeout=" + waitTimeout() + ", waitInterval=" + waitInterval() + "]";
    }
}
