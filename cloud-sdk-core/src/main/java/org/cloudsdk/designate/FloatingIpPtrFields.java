package org.cloudsdk.designate;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of a floating IP's PTR record that {@link FloatingIpPtr} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record FloatingIpPtrFields(
        String id,
        @Nullable String address,
        @Nullable String ptrdname,
        @Nullable Integer ttl,
        @Nullable String description,
        @Nullable DesignateStatus status,
        @Nullable DesignateAction action) {
}
