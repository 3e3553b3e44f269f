package org.cloudsdk.compute;

import org.cloudsdk.model.JsonName;
import org.cloudsdk.model.JsonNaming;

/** The fields of a Nova flavor that {@link Flavor} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record FlavorFields(
        String id,
        String name,
        int ram,
        int disk,
        int vcpus,
        Integer swap,
        @JsonName("OS-FLV-EXT-DATA:ephemeral") Integer ephemeral,
        @JsonName("os-flavor-access:is_public") Boolean isPublic,
        Double rxtxFactor,
        String description) {
}
