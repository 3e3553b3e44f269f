package org.cloudsdk.designate;

import java.time.Instant;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of a TLD that {@link Tld} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record TldFields(String id, @Nullable String name, @Nullable String description, @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {
}
