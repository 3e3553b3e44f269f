package org.cloudsdk.octavia;

import java.util.Objects;

import org.cloudsdk.model.JsonModels;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The traffic counters of a load balancer or a listener ({@code GET .../stats}): pyrax's
 * {@code lb.get_stats()} of Cloud Load Balancers, in Octavia's terms. Immutable.
 */
public final class LoadBalancerStats {

    private final LoadBalancerStatsFields fields;

    LoadBalancerStats(JsonNode stats) {
        this.fields = Objects.requireNonNull(JsonModels.read(stats, LoadBalancerStatsFields.class),
                "the answer has no stats object");
    }

    /** @return bytes received */
    public long bytesIn() {
        return fields.bytesIn();
    }

    /** @return bytes sent */
    public long bytesOut() {
        return fields.bytesOut();
    }

    /** @return connections open now */
    public long activeConnections() {
        return fields.activeConnections();
    }

    /** @return connections handled since it was created */
    public long totalConnections() {
        return fields.totalConnections();
    }

    /** @return requests that failed */
    public long requestErrors() {
        return fields.requestErrors();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof LoadBalancerStats that && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "LoadBalancerStats[bytesIn=" + bytesIn() + ", bytesOut=" + bytesOut() + ", activeConnections="
                + activeConnections() + ", totalConnections=" + totalConnections() + ", requestErrors="
                + requestErrors() + "]";
    }
}
