package org.cloudsdk.octavia;

import java.time.Instant;
import java.util.List;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of an Octavia health monitor that {@link HealthMonitor} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record HealthMonitorFields(
        String id,
        @Nullable HealthMonitorType type,
        int delay,
        int timeout,
        int maxRetries,
        @Nullable Integer maxRetriesDown,
        @Nullable HealthMonitorHttpMethod httpMethod,
        @Nullable String urlPath,
        @Nullable String expectedCodes,
        @Nullable Double httpVersion,
        @Nullable String domainName,
        List<IdRef> pools,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {

    HealthMonitorFields {
        pools = pools == null ? List.of() : pools;
    }
}
