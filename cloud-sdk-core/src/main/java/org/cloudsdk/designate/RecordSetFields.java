package org.cloudsdk.designate;

import java.time.Instant;
import java.util.List;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of a Designate record set that {@link RecordSet} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record RecordSetFields(
        String id,
        @Nullable String zoneId,
        @Nullable String zoneName,
        @Nullable String name,
        @Nullable RecordType type,
        @Nullable Integer ttl,
        List<String> records,
        @Nullable String description,
        @Nullable DesignateStatus status,
        @Nullable DesignateAction action,
        @Nullable String projectId,
        @Nullable Integer version,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {

    /** A record set listed without records reads them as empty, never null. */
    RecordSetFields {
        records = records == null ? List.of() : records;
    }
}
