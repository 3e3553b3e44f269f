package org.cloudsdk.loadbalancer;

import java.util.Optional;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * What may change in a configured SSL termination (pyrax's {@code lb.update_ssl_termination(
 * securePort=, enabled=, secureTrafficOnly=)}): the certificates and key stay as they are. At
 * least one is set. Immutable; made by {@link #builder()}.
 */
public final class SslTerminationUpdate {

    private final @Nullable Integer securePort;
    private final @Nullable Boolean enabled;
    private final @Nullable Boolean secureTrafficOnly;

    private SslTerminationUpdate(Builder builder) {
        this.securePort = builder.securePort;
        this.enabled = builder.enabled;
        this.secureTrafficOnly = builder.secureTrafficOnly;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the new secure port, if changed */
    public Optional<Integer> securePort() {
        return Optional.ofNullable(securePort);
    }

    /** @return the new switch of termination, if changed */
    public Optional<Boolean> enabled() {
        return Optional.ofNullable(enabled);
    }

    /** @return the new switch of plain traffic, if changed */
    public Optional<Boolean> secureTrafficOnly() {
        return Optional.ofNullable(secureTrafficOnly);
    }

    ObjectNode toJson() {
        ObjectNode ssl = Json.object();
        if (securePort != null) {
            ssl.put("securePort", securePort);
        }
        if (enabled != null) {
            ssl.put("enabled", enabled);
        }
        if (secureTrafficOnly != null) {
            ssl.put("secureTrafficOnly", secureTrafficOnly);
        }
        return ssl;
    }

    @Override
    public String toString() {
        return "SslTerminationUpdate" + toJson();
    }

    /** Builds an {@link SslTerminationUpdate}. */
    public static final class Builder {

        private @Nullable Integer securePort;
        private @Nullable Boolean enabled;
        private @Nullable Boolean secureTrafficOnly;

        private Builder() {
        }

        /**
         * @param value the new secure port, 1 to 65535
         * @return this builder
         */
        public Builder securePort(int value) {
            this.securePort = LoadBalancerLimits.port(value, "securePort");
            return this;
        }

        /**
         * @param value whether SSL traffic is terminated
         * @return this builder
         */
        public Builder enabled(boolean value) {
            this.enabled = value;
            return this;
        }

        /**
         * @param value whether plain traffic is refused
         * @return this builder
         */
        public Builder secureTrafficOnly(boolean value) {
            this.secureTrafficOnly = value;
            return this;
        }

        /**
         * @return the update
         * @throws IllegalArgumentException when nothing is set
         */
        public SslTerminationUpdate build() {
            if (securePort == null && enabled == null && secureTrafficOnly == null) {
                throw new IllegalArgumentException("an SSL termination update must set at least one of securePort,"
                        + " enabled, secureTrafficOnly (certificates cannot be updated: delete and add again)");
            }
            return new SslTerminationUpdate(this);
        }
    }
}
