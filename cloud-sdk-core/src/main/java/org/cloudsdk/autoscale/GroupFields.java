package org.cloudsdk.autoscale;

import java.util.Map;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The fields of a scaling group that {@link ScalingGroup} offers typed. A group read alone has its
 * configurations, policies and state; a group of a listing has its id, links and state only.
 */
@JsonNaming(JsonNaming.Scheme.AS_IS)
record GroupFields(
        String id,
        @Nullable Config groupConfiguration,
        @Nullable JsonNode launchConfiguration,
        @Nullable JsonNode scalingPolicies,
        @Nullable JsonNode state) {

    /** The {@code groupConfiguration} object, which is also what {@code GET .../config} answers. */
    @JsonNaming(JsonNaming.Scheme.AS_IS)
    record Config(
            @Nullable String name,
            @Nullable Integer cooldown,
            @Nullable Integer minEntities,
            @Nullable Integer maxEntities,
            Map<String, String> metadata) {

        Config {
            metadata = metadata == null ? Map.of() : metadata;
        }
    }
}
