package org.cloudsdk.designate;

import java.time.Instant;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of a zone import or export task that {@link ZoneImport} and {@link ZoneExport} offer typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record ZoneTaskFields(
        String id,
        @Nullable String status,
        @Nullable String zoneId,
        @Nullable String message,
        @Nullable String location,
        @Nullable String projectId,
        @Nullable Integer version,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {
}
