package org.cloudsdk.monitoring;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;

import tools.jackson.databind.JsonNode;

/**
 * A way to be notified (pyrax's {@code CloudMonitorNotificationType}): {@code email},
 * {@code webhook}, {@code pagerduty}, {@code sms}... Its id is what a notification's type names;
 * its {@link #fields()} are the {@code details} such a notification takes.
 */
public final class NotificationType extends Resource<NotificationType> {

    private final CloudMonitoring monitoring;
    private final TypeFields fields;

    NotificationType(CloudMonitoring monitoring, JsonNode json) {
        super(json);
        this.monitoring = Objects.requireNonNull(monitoring, "monitoring must not be null");
        this.fields = readFields(TypeFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return the {@code details} a notification of this type takes; empty for types without */
    public List<TypeField> fields() {
        return fields.all();
    }

    /** @return the name of every field */
    public List<String> fieldNames() {
        return fields.names();
    }

    /** @return the names of the fields a notification must give */
    public List<String> requiredFieldNames() {
        return fields.names(false);
    }

    @Override
    public CompletableFuture<NotificationType> reloadAsync() {
        return monitoring.getNotificationTypeAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "notification_type";
    }

    @Override
    public String toString() {
        return "NotificationType[id=" + id() + ", fields=" + fieldNames() + "]";
    }
}
