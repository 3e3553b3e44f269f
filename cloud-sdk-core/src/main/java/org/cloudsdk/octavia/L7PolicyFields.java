package org.cloudsdk.octavia;

import java.time.Instant;
import java.util.List;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of an Octavia L7 policy that {@link L7Policy} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record L7PolicyFields(
        String id,
        @Nullable String description,
        @Nullable String listenerId,
        @Nullable L7PolicyAction action,
        int position,
        @Nullable String redirectPoolId,
        @Nullable String redirectUrl,
        @Nullable String redirectPrefix,
        @Nullable Integer redirectHttpCode,
        List<IdRef> rules,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {

    L7PolicyFields {
        rules = rules == null ? List.of() : rules;
    }
}
