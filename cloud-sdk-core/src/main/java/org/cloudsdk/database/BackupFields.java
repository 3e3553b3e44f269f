package org.cloudsdk.database;

import java.time.Instant;

import org.cloudsdk.model.JsonName;
import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of a backup. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record BackupFields(
        String id,
        @Nullable String name,
        @Nullable String description,
        @Nullable String status,
        @Nullable String instanceId,
        @JsonName("locationRef") @Nullable String locationRef,
        @Nullable Double size,
        @Nullable Instant created,
        @Nullable Instant updated) {
}
