package org.cloudsdk.octavia;

import java.time.Instant;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of an Octavia member that {@link Member} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record MemberFields(
        String id,
        @Nullable String address,
        int protocolPort,
        @Nullable Integer weight,
        @Nullable Boolean backup,
        @Nullable String subnetId,
        @Nullable String monitorAddress,
        @Nullable Integer monitorPort,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {
}
