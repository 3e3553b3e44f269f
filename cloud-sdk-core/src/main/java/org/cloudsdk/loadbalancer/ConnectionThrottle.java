package org.cloudsdk.loadbalancer;

import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.http.Json;
import org.cloudsdk.model.JsonModels;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A balancer's connection throttling (pyrax's {@code lb.add_connection_throttle(maxConnectionRate=...,
 * maxConnections=..., minConnections=..., rateInterval=...)}): limits on the connections of one
 * client address. Give all four when creating a throttle; an update may give as few as one (the
 * server keeps the others). Rackspace has ignored all but {@code maxConnections} since API 1.22,
 * though it still accepts them. Immutable; made by {@link #builder()}.
 *
 * <pre>{@code
 * ConnectionThrottle throttle = ConnectionThrottle.builder()
 *         .maxConnections(100).minConnections(10).maxConnectionRate(50).rateInterval(60).build();
 * }</pre>
 */
public final class ConnectionThrottle {

    private final @Nullable Integer maxConnections;
    private final @Nullable Integer minConnections;
    private final @Nullable Integer maxConnectionRate;
    private final @Nullable Integer rateInterval;

    private ConnectionThrottle(@Nullable Integer maxConnections, @Nullable Integer minConnections,
            @Nullable Integer maxConnectionRate, @Nullable Integer rateInterval) {
        this.maxConnections = maxConnections;
        this.minConnections = minConnections;
        this.maxConnectionRate = maxConnectionRate;
        this.rateInterval = rateInterval;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this throttle */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.maxConnections = maxConnections;
        builder.minConnections = minConnections;
        builder.maxConnectionRate = maxConnectionRate;
        builder.rateInterval = rateInterval;
        return builder;
    }

    /** @return the most simultaneous connections of one address (0 for no limit), if set */
    public Optional<Integer> maxConnections() {
        return Optional.ofNullable(maxConnections);
    }

    /** @return the connections of one address always allowed before throttling, if set */
    public Optional<Integer> minConnections() {
        return Optional.ofNullable(minConnections);
    }

    /** @return the most connections of one address per rate interval (0 for no limit), if set */
    public Optional<Integer> maxConnectionRate() {
        return Optional.ofNullable(maxConnectionRate);
    }

    /** @return the seconds over which {@link #maxConnectionRate()} counts, if set */
    public Optional<Integer> rateInterval() {
        return Optional.ofNullable(rateInterval);
    }

    ObjectNode toJson() {
        ObjectNode throttle = Json.object();
        if (maxConnections != null) {
            throttle.put("maxConnections", maxConnections);
        }
        if (minConnections != null) {
            throttle.put("minConnections", minConnections);
        }
        if (maxConnectionRate != null) {
            throttle.put("maxConnectionRate", maxConnectionRate);
        }
        if (rateInterval != null) {
            throttle.put("rateInterval", rateInterval);
        }
        return throttle;
    }

    /** @return the server's throttle, or empty when none is configured (an empty object) */
    static Optional<ConnectionThrottle> fromJson(JsonNode json) {
        Fields fields = JsonModels.read(json, Fields.class);
        if (fields == null || (fields.maxConnections() == null && fields.minConnections() == null
                && fields.maxConnectionRate() == null && fields.rateInterval() == null)) {
            return Optional.empty();
        }
        return Optional.of(new ConnectionThrottle(fields.maxConnections(), fields.minConnections(),
                fields.maxConnectionRate(), fields.rateInterval()));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ConnectionThrottle that && Objects.equals(maxConnections, that.maxConnections)
                && Objects.equals(minConnections, that.minConnections)
                && Objects.equals(maxConnectionRate, that.maxConnectionRate)
                && Objects.equals(rateInterval, that.rateInterval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxConnections, minConnections, maxConnectionRate, rateInterval);
    }

    @Override
    public String toString() {
        return "ConnectionThrottle[maxConnections=" + maxConnections + ", minConnections=" + minConnections
                + ", maxConnectionRate=" + maxConnectionRate + ", rateInterval=" + rateInterval + "]";
    }

    /** The {@code connectionThrottle} document. */
    record Fields(@Nullable Integer maxConnections, @Nullable Integer minConnections,
            @Nullable Integer maxConnectionRate, @Nullable Integer rateInterval) {
    }

    /** Builds a {@link ConnectionThrottle}. */
    public static final class Builder {

        private @Nullable Integer maxConnections;
        private @Nullable Integer minConnections;
        private @Nullable Integer maxConnectionRate;
        private @Nullable Integer rateInterval;

        private Builder() {
        }

        /**
         * @param value the most simultaneous connections of one address, 0 (no limit) to 100,000
         * @return this builder
         */
        public Builder maxConnections(int value) {
            this.maxConnections = LoadBalancerLimits.range(value, 0, 100_000, "maxConnections");
            return this;
        }

        /**
         * @param value connections of one address allowed before throttling, 0 to 1,000
         * @return this builder
         */
        public Builder minConnections(int value) {
            this.minConnections = LoadBalancerLimits.range(value, 0, 1_000, "minConnections");
            return this;
        }

        /**
         * @param value the most connections of one address per interval, 0 (no limit) to 100,000
         * @return this builder
         */
        public Builder maxConnectionRate(int value) {
            this.maxConnectionRate = LoadBalancerLimits.range(value, 0, 100_000, "maxConnectionRate");
            return this;
        }

        /**
         * @param value the seconds over which the rate counts, 1 to 3,600
         * @return this builder
         */
        public Builder rateInterval(int value) {
            this.rateInterval = LoadBalancerLimits.range(value, 1, 3_600, "rateInterval");
            return this;
        }

        /**
         * @return the throttle
         * @throws IllegalArgumentException when nothing is set
         */
        public ConnectionThrottle build() {
            if (maxConnections == null && minConnections == null && maxConnectionRate == null && rateInterval == null) {
                throw new IllegalArgumentException("a connection throttle must set at least one of maxConnections,"
                        + " minConnections, maxConnectionRate, rateInterval");
            }
            return new ConnectionThrottle(maxConnections, minConnections, maxConnectionRate, rateInterval);
        }
    }
}
