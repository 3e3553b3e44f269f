package org.cloudsdk.octavia;

import org.cloudsdk.model.JsonNaming;

/** The counters of Octavia's {@code stats} object. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record LoadBalancerStatsFields(long bytesIn, long bytesOut, long activeConnections, long totalConnections,
        long requestErrors) {
}
