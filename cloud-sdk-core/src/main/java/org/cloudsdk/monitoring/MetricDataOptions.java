package org.cloudsdk.monitoring;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * How fine the data points of a metric are (pyrax's {@code points=}, {@code resolution=} and
 * {@code stats=}): either a number of points, from which the service picks the resolution, or a
 * {@link Resolution}; the API needs exactly one of them, which {@link Builder#build()} checks
 * before any request. The statistics default to the service's (the average only).
 *
 * <pre>{@code
 * MetricDataOptions.resolution(Resolution.MIN5)
 * MetricDataOptions.builder().points(100).select(Stat.AVERAGE, Stat.MAX).build()
 * }</pre>
 *
 * <p>Immutable; copied by {@link #toBuilder()}.
 */
public final class MetricDataOptions {

    private final @Nullable Integer points;
    private final @Nullable Resolution resolution;
    private final Set<Stat> stats;

    private MetricDataOptions(Builder b) {
        if ((b.points == null) == (b.resolution == null)) {
            throw new IllegalArgumentException("give either points or resolution (" + java.util.Arrays.toString(
                    Resolution.values()) + "), not " + (b.points == null ? "neither" : "both"));
        }
        if (b.points != null && b.points < 1) {
            throw new IllegalArgumentException("points must be at least 1, was " + b.points);
        }
        this.points = b.points;
        this.resolution = b.resolution;
        this.stats = b.stats.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(b.stats));
    }

    /**
     * @param count how many points to return, at least 1; the service picks the resolution
     *     closest to it (and returns about that many)
     * @return the options
     */
    public static MetricDataOptions points(int count) {
        return builder().points(count).build();
    }

    /**
     * @param value the granularity of the points
     * @return the options
     */
    public static MetricDataOptions resolution(Resolution value) {
        return builder().resolution(value).build();
    }

    /** @return an empty builder: points or a resolution must be set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.points = points;
        b.resolution = resolution;
        b.stats.addAll(stats);
        return b;
    }

    /** @return the number of points asked for, or null when a resolution is */
    public @Nullable Integer pointCount() {
        return points;
    }

    /** @return the resolution asked for, or null when a number of points is */
    public @Nullable Resolution resolutionValue() {
        return resolution;
    }

    /** @return the statistics selected; empty for the service's default */
    public Set<Stat> stats() {
        return stats;
    }

    @Override
    public String toString() {
        return "MetricDataOptions[" + (points != null ? "points=" + points : "resolution=" + resolution)
                + (stats.isEmpty() ? "" : ", select=" + stats) + "]";
    }

    /** Builds {@link MetricDataOptions}; {@link #build()} checks that exactly one of points and resolution is set. */
    public static final class Builder {
        private @Nullable Integer points;
        private @Nullable Resolution resolution;
        private final Set<Stat> stats = EnumSet.noneOf(Stat.class);

        private Builder() {
        }

        /** @param value how many points to return, at least 1; null to unset @return this builder */
        public Builder points(@Nullable Integer value) {
            this.points = value;
            return this;
        }

        /** @param value the granularity of the points; null to unset @return this builder */
        public Builder resolution(@Nullable Resolution value) {
            this.resolution = value;
            return this;
        }

        /** @param values the statistics to return (replacing any selected before) @return this builder */
        public Builder select(Stat... values) {
            stats.clear();
            for (Stat stat : values) {
                stats.add(Objects.requireNonNull(stat, "stat must not be null"));
            }
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException when neither or both of points and resolution are set,
         *     or points is below 1
         */
        public MetricDataOptions build() {
            return new MetricDataOptions(this);
        }
    }
}
