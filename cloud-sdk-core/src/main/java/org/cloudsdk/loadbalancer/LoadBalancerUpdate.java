package org.cloudsdk.loadbalancer;

import java.util.Optional;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * The attributes of a running balancer that can change (pyrax's {@code lb.update(name=,
 * algorithm=, protocol=, halfClosed=, port=, timeout=, httpsRedirect=)}); what is not set is left
 * as it is. Immutable; made by {@link #builder()}, copied with {@link #toBuilder()}.
 *
 * <pre>{@code
 * lb.update(LoadBalancerUpdate.builder().timeout(60).algorithm("RANDOM").build());
 * }</pre>
 */
public final class LoadBalancerUpdate {

    private final @Nullable String name;
    private final @Nullable String algorithm;
    private final @Nullable String protocol;
    private final @Nullable Boolean halfClosed;
    private final @Nullable Integer port;
    private final @Nullable Integer timeout;
    private final @Nullable Boolean httpsRedirect;

    private LoadBalancerUpdate(Builder builder) {
        this.name = builder.name;
        this.algorithm = builder.algorithm;
        this.protocol = builder.protocol;
        this.halfClosed = builder.halfClosed;
        this.port = builder.port;
        this.timeout = builder.timeout;
        this.httpsRedirect = builder.httpsRedirect;
    }

    /** @return a builder with nothing to change */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these changes */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.algorithm = algorithm;
        builder.protocol = protocol;
        builder.halfClosed = halfClosed;
        builder.port = port;
        builder.timeout = timeout;
        builder.httpsRedirect = httpsRedirect;
        return builder;
    }

    /** @return the new name, if changed */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the new algorithm, if changed */
    public Optional<String> algorithm() {
        return Optional.ofNullable(algorithm);
    }

    /** @return the new protocol, if changed */
    public Optional<String> protocol() {
        return Optional.ofNullable(protocol);
    }

    /** @return the new half-closed support, if changed */
    public Optional<Boolean> halfClosed() {
        return Optional.ofNullable(halfClosed);
    }

    /** @return the new port, if changed */
    public Optional<Integer> port() {
        return Optional.ofNullable(port);
    }

    /** @return the new timeout in seconds, if changed */
    public Optional<Integer> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** @return the new HTTPS redirection, if changed */
    public Optional<Boolean> httpsRedirect() {
        return Optional.ofNullable(httpsRedirect);
    }

    /** @return whether nothing is to change (pyrax then sends nothing, and so does this SDK) */
    public boolean isEmpty() {
        return toJson().isEmpty();
    }

    ObjectNode toJson() {
        ObjectNode body = Json.object();
        if (name != null) {
            body.put("name", name);
        }
        if (algorithm != null) {
            body.put("algorithm", algorithm);
        }
        if (protocol != null) {
            body.put("protocol", protocol);
        }
        if (halfClosed != null) {
            body.put("halfClosed", halfClosed);
        }
        if (port != null) {
            body.put("port", port);
        }
        if (timeout != null) {
            body.put("timeout", timeout);
        }
        if (httpsRedirect != null) {
            body.put("httpsRedirect", httpsRedirect);
        }
        return body;
    }

    @Override
    public String toString() {
        return "LoadBalancerUpdate" + toJson();
    }

    /** Builds a {@link LoadBalancerUpdate}. */
    public static final class Builder {

        private @Nullable String name;
        private @Nullable String algorithm;
        private @Nullable String protocol;
        private @Nullable Boolean halfClosed;
        private @Nullable Integer port;
        private @Nullable Integer timeout;
        private @Nullable Boolean httpsRedirect;

        private Builder() {
        }

        /**
         * @param value the new name, 1 to 128 characters
         * @return this builder
         */
        public Builder name(String value) {
            this.name = LoadBalancerLimits.name(value, "name");
            return this;
        }

        /**
         * @param value one of {@link CloudLoadBalancers#algorithms()}
         * @return this builder
         */
        public Builder algorithm(String value) {
            this.algorithm = LoadBalancerLimits.text(value, "algorithm");
            return this;
        }

        /**
         * @param value one of {@link CloudLoadBalancers#protocols()}
         * @return this builder
         */
        public Builder protocol(String value) {
            this.protocol = LoadBalancerLimits.text(value, "protocol");
            return this;
        }

        /**
         * @param value whether half-closed connections are supported (TCP protocols only)
         * @return this builder
         */
        public Builder halfClosed(boolean value) {
            this.halfClosed = value;
            return this;
        }

        /**
         * @param value the new port, 1 to 65535
         * @return this builder
         */
        public Builder port(int value) {
            this.port = LoadBalancerLimits.port(value, "port");
            return this;
        }

        /**
         * @param value the new timeout with the nodes, 1 to 120 seconds
         * @return this builder
         */
        public Builder timeout(int value) {
            this.timeout = LoadBalancerLimits.timeout(value, "timeout");
            return this;
        }

        /**
         * @param value whether HTTP requests get a 301 to HTTPS
         * @return this builder
         */
        public Builder httpsRedirect(boolean value) {
            this.httpsRedirect = value;
            return this;
        }

        /** @return the changes */
        public LoadBalancerUpdate build() {
            return new LoadBalancerUpdate(this);
        }
    }
}
