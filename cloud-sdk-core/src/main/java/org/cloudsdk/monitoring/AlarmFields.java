package org.cloudsdk.monitoring;

import java.util.Map;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of an alarm that {@link Alarm} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record AlarmFields(
        String id,
        @Nullable String entityId,
        @Nullable String checkId,
        @Nullable String notificationPlanId,
        @Nullable String criteria,
        @Nullable Boolean disabled,
        @Nullable String label,
        @Nullable Map<String, String> metadata) {
}
