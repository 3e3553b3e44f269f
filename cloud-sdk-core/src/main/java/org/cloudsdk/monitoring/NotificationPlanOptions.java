package org.cloudsdk.monitoring;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * A notification plan's label, the notifications of each state and its metadata (pyrax's
 * {@code create_notification_plan(label=, name=, critical_state=, ok_state=, warning_state=)}):
 * to create a plan (the label is then required) or to change one (only what is set is sent; a
 * state given replaces the plan's list for that state, an empty one clears it). Notifications are
 * given as handles or ids.
 *
 * <pre>{@code
 * NotificationPlanOptions.builder().label("default")
 *         .okState(okHook).warningState(warningEmail).criticalState(criticalEmail)
 *         .build()
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class NotificationPlanOptions {

    private final @Nullable String label;
    private final @Nullable List<String> criticalState;
    private final @Nullable List<String> warningState;
    private final @Nullable List<String> okState;
    private final @Nullable Map<String, String> metadata;

    private NotificationPlanOptions(Builder b) {
        this.label = b.label == null ? null : MonitoringLimits.label(b.label, "label");
        this.criticalState = ids(b.criticalState, "criticalState");
        this.warningState = ids(b.warningState, "warningState");
        this.okState = ids(b.okState, "okState");
        this.metadata = b.metadata == null ? null : MonitoringLimits.metadata(b.metadata, "metadata");
        if (toJson().isEmpty()) {
            throw new IllegalArgumentException("notification plan options must set at least one value");
        }
    }

    private static @Nullable List<String> ids(@Nullable List<String> ids, String parameter) {
        return ids == null ? null : ids.stream().map(id -> MonitoringLimits.text(id, parameter + " element")).toList();
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.label = label;
        b.criticalState = criticalState;
        b.warningState = warningState;
        b.okState = okState;
        b.metadata = metadata;
        return b;
    }

    /** @return the label, or null */
    public @Nullable String label() {
        return label;
    }

    /** @return the ids of the notifications for CRITICAL, or null when not set */
    public @Nullable List<String> criticalState() {
        return criticalState;
    }

    /** @return the ids of the notifications for WARNING, or null when not set */
    public @Nullable List<String> warningState() {
        return warningState;
    }

    /** @return the ids of the notifications for OK, or null when not set */
    public @Nullable List<String> okState() {
        return okState;
    }

    /** @return the metadata, or null when not set */
    public @Nullable Map<String, String> metadata() {
        return metadata;
    }

    ObjectNode toJson() {
        ObjectNode body = Json.object();
        if (label != null) {
            body.put("label", label);
        }
        if (criticalState != null) {
            body.set("critical_state", MonitoringJson.stringArray(criticalState));
        }
        if (warningState != null) {
            body.set("warning_state", MonitoringJson.stringArray(warningState));
        }
        if (okState != null) {
            body.set("ok_state", MonitoringJson.stringArray(okState));
        }
        if (metadata != null) {
            body.set("metadata", MonitoringJson.stringMap(metadata));
        }
        return body;
    }

    @Override
    public String toString() {
        return "NotificationPlanOptions" + toJson();
    }

    /** Builds {@link NotificationPlanOptions}. */
    public static final class Builder {
        private @Nullable String label;
        private @Nullable List<String> criticalState;
        private @Nullable List<String> warningState;
        private @Nullable List<String> okState;
        private @Nullable Map<String, String> metadata;

        private Builder() {
        }

        /** @param value the plan's label, 1 to 255 characters @return this builder */
        public Builder label(@Nullable String value) {
            this.label = value;
            return this;
        }

        /** @param value pyrax's {@code name}, a synonym of {@link #label(String)} @return this builder */
        public Builder name(@Nullable String value) {
            return label(value);
        }

        /** @param notifications what to send on CRITICAL @return this builder */
        public Builder criticalState(Notification... notifications) {
            this.criticalState = idsOf(notifications);
            return this;
        }

        /** @param notificationIds what to send on CRITICAL, by id @return this builder */
        public Builder criticalState(String... notificationIds) {
            this.criticalState = Arrays.asList(notificationIds);
            return this;
        }

        /** @param notifications what to send on WARNING @return this builder */
        public Builder warningState(Notification... notifications) {
            this.warningState = idsOf(notifications);
            return this;
        }

        /** @param notificationIds what to send on WARNING, by id @return this builder */
        public Builder warningState(String... notificationIds) {
            this.warningState = Arrays.asList(notificationIds);
            return this;
        }

        /** @param notifications what to send on OK @return this builder */
        public Builder okState(Notification... notifications) {
            this.okState = idsOf(notifications);
            return this;
        }

        /** @param notificationIds what to send on OK, by id @return this builder */
        public Builder okState(String... notificationIds) {
            this.okState = Arrays.asList(notificationIds);
            return this;
        }

        /** @param value free key/value pairs @return this builder */
        public Builder metadata(@Nullable Map<String, String> value) {
            this.metadata = value;
            return this;
        }

        private static List<String> idsOf(Notification... notifications) {
            return Arrays.stream(notifications).map(n -> Objects.requireNonNull(n, "notification must not be null").id())
                    .toList();
        }

        /**
         * @return the options
         * @throws IllegalArgumentException when nothing is set, or a label or metadata breaks its limits
         */
        public NotificationPlanOptions build() {
            return new NotificationPlanOptions(this);
        }
    }
}
