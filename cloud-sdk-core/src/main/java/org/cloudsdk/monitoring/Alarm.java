package org.cloudsdk.monitoring;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * An alarm (pyrax's {@code CloudMonitorAlarm}): it binds a check of an entity to a notification
 * plan, with criteria in the alarm language that decide from the check's metrics whether the
 * state is OK, WARNING or CRITICAL. It knows its entity.
 */
public final class Alarm extends Resource<Alarm> {

    private final CloudMonitoring monitoring;
    private final String entityId;
    private final AlarmFields fields;

    Alarm(CloudMonitoring monitoring, String entityId, JsonNode json) {
        super(json);
        this.monitoring = Objects.requireNonNull(monitoring, "monitoring must not be null");
        this.fields = readFields(AlarmFields.class);
        // listed alarms name their entity; an alarm read by its URL may not
        this.entityId = fields.entityId() != null ? fields.entityId() : Objects.requireNonNull(entityId);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return the id of its entity */
    public String entityId() {
        return entityId;
    }

    /** @return the id of the check it alerts on */
    public @Nullable String checkId() {
        return fields.checkId();
    }

    /** @return the id of the plan it executes */
    public @Nullable String notificationPlanId() {
        return fields.notificationPlanId();
    }

    /** @return its criteria in the alarm language, if any */
    public Optional<String> criteria() {
        return Optional.ofNullable(fields.criteria());
    }

    /** @return whether it is disabled */
    public boolean disabled() {
        return Boolean.TRUE.equals(fields.disabled());
    }

    /** @return its label */
    public @Nullable String label() {
        return fields.label();
    }

    /** @return pyrax's {@code name}, a synonym of the label */
    public @Nullable String name() {
        return fields.label();
    }

    /** @return its metadata; empty for none */
    public Map<String, String> metadata() {
        return fields.metadata() == null ? Map.of() : fields.metadata();
    }

    /** @param changes what to change @see CloudMonitoring#updateAlarm(String, String, AlarmOptions) */
    public void update(AlarmOptions changes) {
        monitoring.updateAlarm(entityId, id(), changes);
    }

    /** pyrax's {@code alarm.delete()}. */
    public void delete() {
        monitoring.deleteAlarm(entityId, id());
    }

    @Override
    public CompletableFuture<Alarm> reloadAsync() {
        return monitoring.getAlarmAsync(entityId, id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "alarm";
    }

    @Override
    public String toString() {
        return "Alarm[id=" + id() + ", entityId=" + entityId + ", checkId=" + checkId() + ", notificationPlanId="
                + notificationPlanId() + ", label=" + label() + "]";
    }
}
