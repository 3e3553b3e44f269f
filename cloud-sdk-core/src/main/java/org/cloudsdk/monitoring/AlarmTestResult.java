package org.cloudsdk.monitoring;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The state an alarm's criteria give for one check result ({@code test-alarm}):
 * {@code {"timestamp": 1319224500831, "state": "OK", "status": "Matched default return statement"}}.
 *
 * @param timestamp when the check result was taken, if given
 * @param state the state
 * @param status the status line of the matching return statement
 */
public record AlarmTestResult(Optional<Instant> timestamp, AlarmState state, @Nullable String status) {

    static AlarmTestResult of(JsonNode json) {
        return new AlarmTestResult(MonitoringJson.millis(json.get("timestamp")),
                AlarmState.of(json.path("state").stringValue(null)), json.path("status").stringValue(null));
    }
}
