package org.cloudsdk.image;

import java.time.Instant;
import java.util.List;

import org.cloudsdk.model.JsonName;
import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The base properties of a Glance image that {@link Image} offers typed; read by {@code JsonModels}. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record ImageFields(
        String id,
        @Nullable String name,
        @Nullable ImageStatus status,
        @Nullable Visibility visibility,
        @Nullable String checksum,
        @Nullable String osHashAlgo,
        @Nullable String osHashValue,
        @Nullable Long size,
        @Nullable Long virtualSize,
        @Nullable String diskFormat,
        @Nullable String containerFormat,
        @Nullable Integer minDisk,
        @Nullable Integer minRam,
        @JsonName("protected") @Nullable Boolean isProtected,
        @Nullable Boolean osHidden,
        @Nullable String owner,
        List<String> tags,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {

    /** An image described without tags (Rackspace's older answers) has none. */
    ImageFields {
        tags = tags == null ? List.of() : tags;
    }
}
