package org.cloudsdk.monitoring;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A notification plan (pyrax's {@code CloudMonitorNotificationPlan}): the notifications to send
 * when an alarm reaches the CRITICAL, WARNING or OK state. Alarms name the plan they execute.
 */
public final class NotificationPlan extends Resource<NotificationPlan> {

    private final CloudMonitoring monitoring;
    private final NotificationFields fields;

    NotificationPlan(CloudMonitoring monitoring, JsonNode json) {
        super(json);
        this.monitoring = Objects.requireNonNull(monitoring, "monitoring must not be null");
        this.fields = readFields(NotificationFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its label */
    public @Nullable String label() {
        return fields.label();
    }

    /** @return pyrax's {@code name}, a synonym of the label */
    public @Nullable String name() {
        return fields.label();
    }

    /** @return the ids of the notifications sent on CRITICAL */
    public List<String> criticalState() {
        return fields.criticalState() == null ? List.of() : fields.criticalState();
    }

    /** @return the ids of the notifications sent on WARNING */
    public List<String> warningState() {
        return fields.warningState() == null ? List.of() : fields.warningState();
    }

    /** @return the ids of the notifications sent on OK */
    public List<String> okState() {
        return fields.okState() == null ? List.of() : fields.okState();
    }

    /** @return its metadata; empty for none */
    public Map<String, String> metadata() {
        return fields.metadata() == null ? Map.of() : fields.metadata();
    }

    /** @param changes what to change; states given replace the plan's */
    public void update(NotificationPlanOptions changes) {
        monitoring.updateNotificationPlan(id(), changes);
    }

    /** pyrax's {@code plan.delete()}. */
    public void delete() {
        monitoring.deleteNotificationPlan(id());
    }

    @Override
    public CompletableFuture<NotificationPlan> reloadAsync() {
        return monitoring.getNotificationPlanAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "notification_plan";
    }

    @Override
    public String toString() {
        return "NotificationPlan[id=" + id() + ", label=" + label() + ", critical=" + criticalState() + ", warning="
                + warningState() + ", ok=" + okState() + "]";
    }
}
