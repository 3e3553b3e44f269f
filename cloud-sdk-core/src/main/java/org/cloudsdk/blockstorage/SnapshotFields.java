package org.cloudsdk.blockstorage;

import java.time.Instant;
import java.util.Map;

import org.cloudsdk.model.JsonModels;
import org.cloudsdk.model.JsonName;
import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of a snapshot document that {@link Snapshot} offers typed; read by {@link JsonModels}. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record SnapshotFields(
        String id,
        @Nullable String name,
        @Nullable String displayName,
        @Nullable String description,
        @Nullable String displayDescription,
        @Nullable String volumeId,
        @Nullable Integer size,
        @Nullable String status,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        @JsonName("os-extended-snapshot-attributes:progress") @Nullable String progress,
        Map<String, String> metadata) {

    /** A snapshot without metadata reads as empty metadata, never null. */
    SnapshotFields {
        metadata = metadata == null ? Map.of() : metadata;
    }
}
