package org.cloudsdk.loadbalancer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a new balancer is made with besides its name, port and protocol (pyrax's
 * {@code clb.create(name, port=, protocol=, nodes=, virtual_ips=, algorithm=, halfClosed=,
 * timeout=, httpsRedirect=, ...)}): its virtual IPs (at least one), its nodes and its settings.
 * Immutable; made by {@link #builder()}, copied with {@link #toBuilder()}.
 *
 * <pre>{@code
 * LoadBalancerCreateOptions options = LoadBalancerCreateOptions.builder()
 *         .nodes(node1, node2)
 *         .virtualIps(VirtualIpSpec.publicIp())
 *         .algorithm("ROUND_ROBIN")
 *         .build();
 * }</pre>
 */
public final class LoadBalancerCreateOptions {

    private static final LoadBalancerCreateOptions DEFAULTS = builder().build();

    private final List<NodeSpec> nodes;
    private final List<VirtualIpSpec> virtualIps;
    private final @Nullable String algorithm;
    private final @Nullable Boolean halfClosed;
    private final @Nullable Integer timeout;
    private final @Nullable Boolean httpsRedirect;
    private final Map<String, String> metadata;
    private final @Nullable HealthMonitor healthMonitor;
    private final @Nullable PersistenceType sessionPersistence;
    private final @Nullable Boolean connectionLogging;
    private final @Nullable ConnectionThrottle connectionThrottle;
    private final List<NetworkItem> accessList;

    private LoadBalancerCreateOptions(Builder builder) {
        this.nodes = List.copyOf(builder.nodes);
        this.virtualIps = List.copyOf(builder.virtualIps);
        this.algorithm = builder.algorithm;
        this.halfClosed = builder.halfClosed;
        this.timeout = builder.timeout;
        this.httpsRedirect = builder.httpsRedirect;
        this.metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.metadata));
        this.healthMonitor = builder.healthMonitor;
        this.sessionPersistence = builder.sessionPersistence;
        this.connectionLogging = builder.connectionLogging;
        this.connectionThrottle = builder.connectionThrottle;
        this.accessList = List.copyOf(builder.accessList);
    }

    /** @return no nodes, no virtual IPs (a creation needs one), the server's defaults for the rest */
    public static LoadBalancerCreateOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding the {@link #defaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the nodes to create the balancer with */
    public List<NodeSpec> nodes() {
        return nodes;
    }

    /** @return its virtual IPs */
    public List<VirtualIpSpec> virtualIps() {
        return virtualIps;
    }

    /** @return the algorithm, if set (the server uses RANDOM) */
    public Optional<String> algorithm() {
        return Optional.ofNullable(algorithm);
    }

    /** @return whether half-closed connections are supported (TCP protocols), if set */
    public Optional<Boolean> halfClosed() {
        return Optional.ofNullable(halfClosed);
    }

    /** @return the timeout with the nodes in seconds, if set (the server uses 30) */
    public Optional<Integer> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** @return whether HTTP requests are redirected to HTTPS, if set */
    public Optional<Boolean> httpsRedirect() {
        return Optional.ofNullable(httpsRedirect);
    }

    /** @return the metadata to create it with */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** @return its health monitor, if set */
    public Optional<HealthMonitor> healthMonitor() {
        return Optional.ofNullable(healthMonitor);
    }

    /** @return its session persistence, if set */
    public Optional<PersistenceType> sessionPersistence() {
        return Optional.ofNullable(sessionPersistence);
    }

    /** @return whether connection logging is on, if set */
    public Optional<Boolean> connectionLogging() {
        return Optional.ofNullable(connectionLogging);
    }

    /** @return its connection throttle, if set */
    public Optional<ConnectionThrottle> connectionThrottle() {
        return Optional.ofNullable(connectionThrottle);
    }

    /** @return its access list */
    public List<NetworkItem> accessList() {
        return accessList;
    }

    @Override
    public String toString() {
        return "LoadBalancerCreateOptions[nodes=" + nodes + ", virtualIps=" + virtualIps + ", algorithm=" + algorithm
                + ", halfClosed=" + halfClosed + ", timeout=" + timeout + ", httpsRedirect=" + httpsRedirect + "]";
    }

    /** Builds {@link LoadBalancerCreateOptions}. */
    public static final class Builder {

        private final List<NodeSpec> nodes = new ArrayList<>();
        private final List<VirtualIpSpec> virtualIps = new ArrayList<>();
        private @Nullable String algorithm;
        private @Nullable Boolean halfClosed;
        private @Nullable Integer timeout;
        private @Nullable Boolean httpsRedirect;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private @Nullable HealthMonitor healthMonitor;
        private @Nullable PersistenceType sessionPersistence;
        private @Nullable Boolean connectionLogging;
        private @Nullable ConnectionThrottle connectionThrottle;
        private final List<NetworkItem> accessList = new ArrayList<>();

        private Builder() {
        }

        private Builder(LoadBalancerCreateOptions options) {
            nodes.addAll(options.nodes);
            virtualIps.addAll(options.virtualIps);
            algorithm = options.algorithm;
            halfClosed = options.halfClosed;
            timeout = options.timeout;
            httpsRedirect = options.httpsRedirect;
            metadata.putAll(options.metadata);
            healthMonitor = options.healthMonitor;
            sessionPersistence = options.sessionPersistence;
            connectionLogging = options.connectionLogging;
            connectionThrottle = options.connectionThrottle;
            accessList.addAll(options.accessList);
        }

        /**
         * @param values the nodes (replacing any set before); ENABLED or DISABLED
         * @return this builder
         */
        public Builder nodes(NodeSpec... values) {
            return nodes(Arrays.asList(values));
        }

        /**
         * @param values the nodes (replacing any set before)
         * @return this builder
         */
        public Builder nodes(List<NodeSpec> values) {
            Objects.requireNonNull(values, "nodes must not be null");
            values.forEach(node -> Objects.requireNonNull(node, "nodes must not contain null"));
            nodes.clear();
            nodes.addAll(values);
            return this;
        }

        /**
         * @param values the virtual IPs (replacing any set before): new ones, or shared ids
         * @return this builder
         */
        public Builder virtualIps(VirtualIpSpec... values) {
            return virtualIps(Arrays.asList(values));
        }

        /**
         * @param values the virtual IPs (replacing any set before)
         * @return this builder
         */
        public Builder virtualIps(List<VirtualIpSpec> values) {
            Objects.requireNonNull(values, "virtualIps must not be null");
            values.forEach(vip -> Objects.requireNonNull(vip, "virtualIps must not contain null"));
            virtualIps.clear();
            virtualIps.addAll(values);
            return this;
        }

        /**
         * @param value one of {@link CloudLoadBalancers#algorithms()}, such as {@code ROUND_ROBIN};
         *     null for the server's RANDOM
         * @return this builder
         */
        public Builder algorithm(@Nullable String value) {
            this.algorithm = value == null ? null : LoadBalancerLimits.text(value, "algorithm");
            return this;
        }

        /**
         * @param value whether one end may close its output while still receiving (TCP and
         *     TCP_CLIENT_FIRST only); null for the server's default
         * @return this builder
         */
        public Builder halfClosed(@Nullable Boolean value) {
            this.halfClosed = value;
            return this;
        }

        /**
         * @param value the timeout with the nodes, 1 to 120 seconds; null for the server's 30
         * @return this builder
         */
        public Builder timeout(@Nullable Integer value) {
            this.timeout = value == null ? null : LoadBalancerLimits.timeout(value, "timeout");
            return this;
        }

        /**
         * @param value whether HTTP requests get a 301 to HTTPS (HTTPS balancers on port 443);
         *     null for the server's default
         * @return this builder
         */
        public Builder httpsRedirect(@Nullable Boolean value) {
            this.httpsRedirect = value;
            return this;
        }

        /**
         * @param values metadata of the balancer (replacing any set before); keys and values of
         *     at most 256 characters
         * @return this builder
         */
        public Builder metadata(Map<String, String> values) {
            Map<String, String> checked = LoadBalancerLimits.metadata(values, "metadata");
            metadata.clear();
            metadata.putAll(checked);
            return this;
        }

        /**
         * @param value its health monitor; null for none
         * @return this builder
         */
        public Builder healthMonitor(@Nullable HealthMonitor value) {
            this.healthMonitor = value;
            return this;
        }

        /**
         * @param value HTTP_COOKIE or SOURCE_IP; null for none
         * @return this builder
         */
        public Builder sessionPersistence(@Nullable PersistenceType value) {
            this.sessionPersistence = value == null ? null : LoadBalancerLimits.known(value, "sessionPersistence");
            return this;
        }

        /**
         * @param value whether its logs go to Cloud Files; null for the server's off
         * @return this builder
         */
        public Builder connectionLogging(@Nullable Boolean value) {
            this.connectionLogging = value;
            return this;
        }

        /**
         * @param value its connection throttle (all four limits, for a new one); null for none
         * @return this builder
         */
        public Builder connectionThrottle(@Nullable ConnectionThrottle value) {
            this.connectionThrottle = value;
            return this;
        }

        /**
         * @param values its access list (replacing any set before), at most 100 items
         * @return this builder
         */
        public Builder accessList(List<NetworkItem> values) {
            Objects.requireNonNull(values, "accessList must not be null");
            values.forEach(item -> Objects.requireNonNull(item, "accessList must not contain null"));
            if (values.size() > LoadBalancerLimits.MAX_ACCESS_LIST) {
                throw new IllegalArgumentException("accessList must hold at most " + LoadBalancerLimits.MAX_ACCESS_LIST
                        + " items, had " + values.size());
            }
            accessList.clear();
            accessList.addAll(values);
            return this;
        }

        /** @return the options */
        public LoadBalancerCreateOptions build() {
            return new LoadBalancerCreateOptions(this);
        }
    }
}
