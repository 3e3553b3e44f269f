package org.cloudsdk.monitoring;

import java.util.List;
import java.util.Map;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of notifications and notification plans that their handles offer typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record NotificationFields(
        String id,
        @Nullable String label,
        @Nullable String type,
        @Nullable Map<String, String> details,
        @Nullable Map<String, String> metadata,
        @Nullable List<String> criticalState,
        @Nullable List<String> warningState,
        @Nullable List<String> okState) {
}
