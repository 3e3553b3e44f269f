package org.cloudsdk.compute;

import java.time.Instant;
import java.util.Map;

import org.cloudsdk.model.JsonName;
import org.cloudsdk.model.JsonNaming;

import tools.jackson.databind.JsonNode;

/** The fields of an image as Nova's image API shows it that {@link ComputeImage} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record ImageFields(
        String id,
        String name,
        String status,
        Integer progress,
        @JsonName("minDisk") Integer minDisk,
        @JsonName("minRam") Integer minRam,
        Instant created,
        Instant updated,
        Map<String, String> metadata,
        JsonNode server,
        @JsonName("OS-EXT-IMG-SIZE:size") Long size) {

    /** An image listed without metadata reads as one with none, so that it is a base image. */
    ImageFields {
        metadata = metadata == null ? Map.of() : metadata;
    }
}
