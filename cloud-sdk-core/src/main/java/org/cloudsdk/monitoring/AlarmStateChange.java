package org.cloudsdk.monitoring;

import java.time.Instant;
import java.util.Optional;

import org.cloudsdk.errors.CloudException;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A state an alarm reached for a check: an entry of the alarm changelogs
 * ({@code getChangelogs}) or of an overview's latest alarm states. Immutable.
 */
public final class AlarmStateChange {

    private final ObjectNode json;

    AlarmStateChange(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new CloudException("expected a JSON object describing an alarm state, got "
                    + (json == null ? "nothing" : json.getNodeType()));
        }
        this.json = ((ObjectNode) json).deepCopy();
    }

    /** @return the changelog entry's id (overview states have none) */
    public Optional<String> id() {
        return Optional.ofNullable(json.path("id").stringValue(null));
    }

    /** @return when the state was reached */
    public Optional<Instant> timestamp() {
        return MonitoringJson.millis(json.get("timestamp"));
    }

    /** @return the entity's id */
    public @Nullable String entityId() {
        return json.path("entity_id").stringValue(null);
    }

    /** @return the alarm's id */
    public @Nullable String alarmId() {
        return json.path("alarm_id").stringValue(null);
    }

    /** @return the check's id */
    public @Nullable String checkId() {
        return json.path("check_id").stringValue(null);
    }

    /** @return the state reached */
    public AlarmState state() {
        return AlarmState.of(json.path("state").stringValue(null));
    }

    /** @return the state before, when the service says */
    public Optional<AlarmState> previousState() {
        String previous = json.path("previous_state").stringValue(null);
        return previous == null ? Optional.empty() : Optional.of(AlarmState.of(previous));
    }

    /** @return the status line the criteria returned, when the service says */
    public Optional<String> status() {
        return Optional.ofNullable(json.path("status").stringValue(null));
    }

    /** @return the monitoring zone whose data decided it, when the service says */
    public Optional<String> analyzedByMonitoringZoneId() {
        return Optional.ofNullable(json.path("analyzed_by_monitoring_zone_id").stringValue(null));
    }

    /** @return the entry as the service sent it (a copy) */
    public ObjectNode json() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return "AlarmStateChange[alarmId=" + alarmId() + ", checkId=" + checkId() + ", entityId=" + entityId()
                + ", state=" + state() + ", timestamp=" + timestamp().map(Instant::toString).orElse("-") + "]";
    }
}
