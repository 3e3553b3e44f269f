package org.cloudsdk.image;

import java.time.Instant;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of a Glance image member that {@link ImageMember} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record MemberFields(
        String memberId,
        @Nullable String imageId,
        @Nullable MemberStatus status,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {
}
