package org.cloudsdk.octavia;

import java.time.Instant;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of an Octavia L7 rule that {@link L7Rule} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record L7RuleFields(
        String id,
        @Nullable L7RuleType type,
        @Nullable L7CompareType compareType,
        @Nullable String key,
        @Nullable String value,
        boolean invert,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {
}
