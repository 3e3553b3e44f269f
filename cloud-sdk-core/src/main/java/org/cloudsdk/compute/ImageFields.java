package org.cloudsdk.compute;

import java.time.Instant;
import java.util.Map;

import org.cloudsdk.model.JsonName;
import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** The fields of an image as Nova's image API shows it that {@link ComputeImage} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record ImageFields(
        String id,
        @Nullable String name,
        @Nullable String status,
        @Nullable Integer progress,
        @JsonName("minDisk") @Nullable Integer minDisk,
        @JsonName("minRam") @Nullable Integer minRam,
        @Nullable Instant created,
        @Nullable Instant updated,
        Map<String, String> metadata,
        @Nullable JsonNode server,
        @JsonName("OS-EXT-IMG-SIZE:size") @Nullable Long size) {

    /** An image listed without metadata reads as one with none, so that it is a base image. */
    ImageFields {
        metadata = metadata == null ? Map.of() : metadata;
    }
}
