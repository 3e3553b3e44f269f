package org.cloudsdk.loadbalancer;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Filters and paging of a listing of balancers: by name, by a node's address, by status
 * ({@code DELETED} lists the deleted ones), changed since an instant; page size and starting
 * marker. Immutable; made by {@link #builder()}, copied with {@link #toBuilder()}.
 *
 * <pre>{@code
 * List<LoadBalancer> withNode = clb.list(LoadBalancerListOptions.builder().nodeAddress("10.1.1.1").build());
 * }</pre>
 */
public final class LoadBalancerListOptions {

    /** The largest page the API serves. */
    public static final int MAX_PAGE_SIZE = 100;

    private static final LoadBalancerListOptions DEFAULTS = builder().build();

    private final @Nullable Integer pageSize;
    private final @Nullable String marker;
    private final @Nullable String name;
    private final @Nullable String nodeAddress;
    private final @Nullable LoadBalancerStatus status;
    private final @Nullable Instant changesSince;

    private LoadBalancerListOptions(Builder builder) {
        this.pageSize = builder.pageSize;
        this.marker = builder.marker;
        this.name = builder.name;
        this.nodeAddress = builder.nodeAddress;
        this.status = builder.status;
        this.changesSince = builder.changesSince;
    }

    /** @return every balancer that is not deleted, in pages of the server's size (100) */
    public static LoadBalancerListOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding the {@link #defaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.pageSize = pageSize;
        builder.marker = marker;
        builder.name = name;
        builder.nodeAddress = nodeAddress;
        builder.status = status;
        builder.changesSince = changesSince;
        return builder;
    }

    /** @return the page size asked for, if set */
    public Optional<Integer> pageSize() {
        return Optional.ofNullable(pageSize);
    }

    /** @return the id of the balancer the listing starts after, if set */
    public Optional<String> marker() {
        return Optional.ofNullable(marker);
    }

    /** @return the exact name listed, if set */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the node address (or domain) whose balancers are listed, if set; it takes precedence over the name */
    public Optional<String> nodeAddress() {
        return Optional.ofNullable(nodeAddress);
    }

    /** @return the status listed, if set */
    public Optional<LoadBalancerStatus> status() {
        return Optional.ofNullable(status);
    }

    /** @return the instant after which the listed balancers changed, if set */
    public Optional<Instant> changesSince() {
        return Optional.ofNullable(changesSince);
    }

    @Override
    public String toString() {
        return "LoadBalancerListOptions[pageSize=" + pageSize + ", marker=" + marker + ", name=" + name
                + ", nodeAddress=" + nodeAddress + ", status=" + status + ", changesSince=" + changesSince + "]";
    }

    /** Builds {@link LoadBalancerListOptions}. */
    public static final class Builder {

        private @Nullable Integer pageSize;
        private @Nullable String marker;
        private @Nullable String name;
        private @Nullable String nodeAddress;
        private @Nullable LoadBalancerStatus status;
        private @Nullable Instant changesSince;

        private Builder() {
        }

        /**
         * @param value balancers per request, 1 to 100; null for the server's 100
         * @return this builder
         */
        public Builder pageSize(@Nullable Integer value) {
            this.pageSize = value == null ? null : LoadBalancerLimits.range(value, 1, MAX_PAGE_SIZE, "pageSize");
            return this;
        }

        /**
         * @param value the id of the balancer to start after; null to start at the first
         * @return this builder
         */
        public Builder marker(@Nullable String value) {
            this.marker = value == null ? null : LoadBalancerLimits.id(value, "marker");
            return this;
        }

        /**
         * @param value list the balancers of exactly this name; null for all
         * @return this builder
         */
        public Builder name(@Nullable String value) {
            this.name = value == null ? null : LoadBalancerLimits.name(value, "name");
            return this;
        }

        /**
         * @param value list the balancers having a node of this address or domain; null for all
         * @return this builder
         */
        public Builder nodeAddress(@Nullable String value) {
            this.nodeAddress = value == null ? null : LoadBalancerLimits.text(value, "nodeAddress");
            return this;
        }

        /**
         * @param value list the balancers of this status (DELETED for the deleted ones); null for all others
         * @return this builder
         */
        public Builder status(@Nullable LoadBalancerStatus value) {
            this.status = value == null ? null : LoadBalancerLimits.known(value, "status");
            return this;
        }

        /**
         * @param value list the balancers changed after this instant; null for all
         * @return this builder
         */
        public Builder changesSince(@Nullable Instant value) {
            this.changesSince = value;
            return this;
        }

        /** @return the options */
        public LoadBalancerListOptions build() {
            return new LoadBalancerListOptions(this);
        }
    }
}
