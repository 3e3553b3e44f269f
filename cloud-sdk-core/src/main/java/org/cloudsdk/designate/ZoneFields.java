package org.cloudsdk.designate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of a Designate zone that {@link Zone} offers typed; read by {@code JsonModels}. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record ZoneFields(
        String id,
        @Nullable String name,
        @Nullable String email,
        @Nullable Integer ttl,
        @Nullable Long serial,
        @Nullable DesignateStatus status,
        @Nullable DesignateAction action,
        @Nullable String description,
        List<String> masters,
        @Nullable ZoneType type,
        @Nullable String poolId,
        @Nullable String projectId,
        @Nullable Instant transferredAt,
        @Nullable Integer version,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        Map<String, String> attributes,
        @Nullable Boolean shared) {

    /** A zone without masters or attributes reads them as empty, never null. */
    ZoneFields {
        masters = masters == null ? List.of() : masters;
        attributes = attributes == null ? Map.of() : attributes;
    }
}
