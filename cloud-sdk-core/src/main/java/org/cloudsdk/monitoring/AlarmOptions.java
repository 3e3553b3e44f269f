package org.cloudsdk.monitoring;

import java.util.Map;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * An alarm's criteria, state, label and metadata (pyrax's {@code create_alarm(entity, check,
 * notification_plan, criteria=, disabled=, label=, name=, metadata=)} and
 * {@code update_alarm(...)}): only what is set is sent. The criteria are alarm-language text
 * passed through as given (the service parses them; {@code testAlarm} tries them first), checked
 * only for the documented length of 1 to 16,384 characters; a label has 1 to 255.
 *
 * <p>Immutable; made by {@link #builder()} or {@link #criteria(String)}, copied by
 * {@link #toBuilder()}.
 */
public final class AlarmOptions {

    private static final AlarmOptions DEFAULTS = builder().build();

    private final @Nullable String criteria;
    private final @Nullable Boolean disabled;
    private final @Nullable String label;
    private final @Nullable Map<String, String> metadata;

    private AlarmOptions(Builder b) {
        this.criteria = b.criteria == null ? null : MonitoringLimits.criteria(b.criteria);
        this.disabled = b.disabled;
        this.label = b.label == null ? null : MonitoringLimits.label(b.label, "label");
        this.metadata = b.metadata == null ? null : MonitoringLimits.metadata(b.metadata, "metadata");
    }

    /** @return nothing set: an alarm without criteria, enabled, unlabelled */
    public static AlarmOptions defaults() {
        return DEFAULTS;
    }

    /** @param criteria the alarm language text @return options with only the criteria */
    public static AlarmOptions criteria(String criteria) {
        return builder().criteria(criteria).build();
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.criteria = criteria;
        b.disabled = disabled;
        b.label = label;
        b.metadata = metadata;
        return b;
    }

    /** @return the criteria, or null */
    public @Nullable String criteriaText() {
        return criteria;
    }

    /** @return whether the alarm is disabled, or null when not set */
    public @Nullable Boolean disabled() {
        return disabled;
    }

    /** @return the label, or null */
    public @Nullable String label() {
        return label;
    }

    /** @return the metadata, or null */
    public @Nullable Map<String, String> metadata() {
        return metadata;
    }

    /** @return whether nothing is set */
    boolean isEmpty() {
        return criteria == null && disabled == null && label == null && metadata == null;
    }

    /** Adds what is set to an alarm's body. */
    ObjectNode writeTo(ObjectNode body) {
        if (criteria != null) {
            body.put("criteria", criteria);
        }
        if (disabled != null) {
            body.put("disabled", disabled);
        }
        if (label != null) {
            body.put("label", label);
        }
        if (metadata != null) {
            body.set("metadata", MonitoringJson.stringMap(metadata));
        }
        return body;
    }

    @Override
    public String toString() {
        return "AlarmOptions" + writeTo(Json.object());
    }

    /** Builds {@link AlarmOptions}; {@link #build()} checks the lengths. */
    public static final class Builder {
        private @Nullable String criteria;
        private @Nullable Boolean disabled;
        private @Nullable String label;
        private @Nullable Map<String, String> metadata;

        private Builder() {
        }

        /** @param value alarm language text, 1 to 16,384 characters, passed through @return this builder */
        public Builder criteria(@Nullable String value) {
            this.criteria = value;
            return this;
        }

        /** @param value true to keep the alarm inactive @return this builder */
        public Builder disabled(@Nullable Boolean value) {
            this.disabled = value;
            return this;
        }

        /** @param value a label, 1 to 255 characters @return this builder */
        public Builder label(@Nullable String value) {
            this.label = value;
            return this;
        }

        /** @param value pyrax's {@code name}, a synonym of {@link #label(String)} @return this builder */
        public Builder name(@Nullable String value) {
            return label(value);
        }

        /** @param value free key/value pairs @return this builder */
        public Builder metadata(@Nullable Map<String, String> value) {
            this.metadata = value;
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException when the criteria, label or metadata break their limits
         */
        public AlarmOptions build() {
            return new AlarmOptions(this);
        }
    }
}
