package org.cloudsdk.monitoring;

import java.util.Map;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of an entity that {@link Entity} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record EntityFields(
        String id,
        @Nullable String label,
        @Nullable Map<String, String> ipAddresses,
        @Nullable Map<String, String> metadata,
        @Nullable String agentId,
        @Nullable String uri,
        @Nullable Boolean managed) {
}
