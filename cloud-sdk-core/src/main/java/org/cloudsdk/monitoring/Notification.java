package org.cloudsdk.monitoring;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A notification (pyrax's {@code CloudMonitorNotification}): one way of being told that an
 * alarm changed state, such as an email to an address or a POST to a webhook. Notification plans
 * list notifications by state.
 */
public final class Notification extends Resource<Notification> {

    private final CloudMonitoring monitoring;
    private final NotificationFields fields;

    Notification(CloudMonitoring monitoring, JsonNode json) {
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

    /** @return the id of its notification type ({@code email}, {@code webhook}...) */
    public @Nullable String type() {
        return fields.type();
    }

    /** @return the details of its type ({@code address}, {@code url}...) */
    public Map<String, String> details() {
        return fields.details() == null ? Map.of() : fields.details();
    }

    /** @return its metadata; empty for none */
    public Map<String, String> metadata() {
        return fields.metadata() == null ? Map.of() : fields.metadata();
    }

    /**
     * pyrax's {@code notification.update(details)}: replaces the details, keeping the type.
     *
     * @param details the new details
     */
    public void update(Map<String, String> details) {
        monitoring.updateNotification(id(), MonitoringLimits.text(type(), "notification type"), details);
    }

    /** @return the outcome of sending it now, from the servers that send alerts */
    public NotificationTestResult test() {
        return monitoring.testNotification(id());
    }

    /** pyrax's {@code notification.delete()}. */
    public void delete() {
        monitoring.deleteNotification(id());
    }

    @Override
    public CompletableFuture<Notification> reloadAsync() {
        return monitoring.getNotificationAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "notification";
    }

    @Override
    public String toString() {
        return "Notification[id=" + id() + ", label=" + label() + ", type=" + type() + "]";
    }
}
