package org.cloudsdk.network;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** The fields of a Neutron router that {@link Router} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record RouterFields(
        String id,
        @Nullable String name,
        @Nullable String status,
        @Nullable Boolean adminStateUp,
        @Nullable JsonNode externalGatewayInfo,
        @Nullable String projectId,
        @Nullable String description) {
}
