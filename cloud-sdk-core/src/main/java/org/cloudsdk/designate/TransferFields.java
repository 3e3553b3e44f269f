package org.cloudsdk.designate;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a zone transfer request or accept that {@link ZoneTransferRequest} and {@link ZoneTransferAccept} offer typed. The
 * dates stay in the JSON only: the API reference shows {@code "updated_at": "null"} as text.
 */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record TransferFields(
        String id,
        @Nullable String zoneId,
        @Nullable String zoneName,
        @Nullable String key,
        @Nullable String status,
        @Nullable String description,
        @Nullable String projectId,
        @Nullable String targetProjectId,
        @Nullable String zoneTransferRequestId) {
}
