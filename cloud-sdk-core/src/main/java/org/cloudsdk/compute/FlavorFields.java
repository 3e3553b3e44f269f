package org.cloudsdk.compute;

import org.cloudsdk.model.JsonName;
import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The fields of a Nova flavor that {@link Flavor} offers typed. {@code swap} stays raw: before
 * 2.75 (and on Rackspace) Nova sends {@code ""} for no swap, a number otherwise.
 */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record FlavorFields(
        String id,
        @Nullable String name,
        int ram,
        int disk,
        int vcpus,
        @Nullable JsonNode swap,
        @JsonName("OS-FLV-EXT-DATA:ephemeral") @Nullable Integer ephemeral,
        @JsonName("os-flavor-access:is_public") @Nullable Boolean isPublic,
        @Nullable Double rxtxFactor,
        @Nullable String description) {
}
