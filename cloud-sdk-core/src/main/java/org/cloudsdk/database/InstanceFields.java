package org.cloudsdk.database;

import java.time.Instant;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** The fields of a Trove instance that {@link DatabaseInstance} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record InstanceFields(
        String id,
        @Nullable String name,
        @Nullable String status,
        @Nullable String hostname,
        @Nullable JsonNode flavor,
        @Nullable VolumeFields volume,
        @Nullable Instant created,
        @Nullable Instant updated) {

    /** The instance's {@code volume}: its size in GB and, in a detailed view, the GB used. */
    @JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
    record VolumeFields(@Nullable Integer size, @Nullable Double used) {
    }
}
