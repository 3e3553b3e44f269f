package org.cloudsdk.monitoring;

import java.util.List;
import java.util.Map;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** The fields of a check that {@link Check} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record CheckFields(
        String id,
        @Nullable String label,
        @Nullable String type,
        @Nullable JsonNode details,
        @Nullable Boolean disabled,
        @Nullable Map<String, String> metadata,
        @Nullable List<String> monitoringZonesPoll,
        @Nullable Integer period,
        @Nullable Integer timeout,
        @Nullable String targetAlias,
        @Nullable String targetHostname,
        @Nullable String targetResolver) {
}
