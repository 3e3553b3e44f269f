package org.cloudsdk.autoscale;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of a scaling policy that {@link ScalingPolicy} offers typed. */
@JsonNaming(JsonNaming.Scheme.AS_IS)
record PolicyFields(
        String id,
        @Nullable String name,
        @Nullable PolicyType type,
        @Nullable Integer cooldown,
        @Nullable Integer change,
        @Nullable Double changePercent,
        @Nullable Integer desiredCapacity) {
}
