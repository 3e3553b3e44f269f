package org.cloudsdk.image;

import java.time.Instant;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** The fields of a Glance (Rackspace Cloud Images) task that {@link ImageTask} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record TaskFields(
        String id,
        @Nullable String type,
        @Nullable TaskStatus status,
        @Nullable String message,
        @Nullable String owner,
        @Nullable JsonNode input,
        @Nullable JsonNode result,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        @Nullable Instant expiresAt) {
}
