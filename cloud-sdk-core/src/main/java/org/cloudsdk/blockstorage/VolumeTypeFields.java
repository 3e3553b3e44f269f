package org.cloudsdk.blockstorage;

import java.util.Map;

import org.cloudsdk.model.JsonModels;
import org.cloudsdk.model.JsonName;
import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a volume type that {@link VolumeType} offers typed; read by {@link JsonModels}.
 * Rackspace's ids are numbers ({@code 1}), Cinder's UUIDs: both read as text.
 */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record VolumeTypeFields(
        String id,
        @Nullable String name,
        @Nullable String description,
        @JsonName("is_public") @Nullable Boolean isPublic,
        Map<String, String> extraSpecs) {

    /** A type without extra specs reads as empty ones, never null. */
    VolumeTypeFields {
        extraSpecs = extraSpecs == null ? Map.of() : extraSpecs;
    }
}
