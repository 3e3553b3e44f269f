package org.cloudsdk.monitoring;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * What to change in a check (pyrax's {@code update_check(entity, check, label=, name=,
 * disabled=, metadata=, monitoring_zones_poll=, timeout=, period=, target_alias=,
 * target_hostname=)}): only what is set is sent, the rest is kept. The check's type cannot
 * change. The limits of {@link CheckSpec} apply to what is set: a period of 30 to 1,800 seconds,
 * a timeout of 2 to 1,800 below the period when both are given, never both targets.
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class CheckUpdate {

    private final @Nullable String label;
    private final @Nullable ObjectNode details;
    private final @Nullable Boolean disabled;
    private final @Nullable Map<String, String> metadata;
    private final @Nullable List<String> monitoringZonesPoll;
    private final CheckTargetAndTiming run;

    private CheckUpdate(Builder b) {
        this.label = b.label == null ? null : MonitoringLimits.label(b.label, "label");
        this.details = b.details == null ? null : MonitoringJson.object(b.details, "details");
        this.disabled = b.disabled;
        this.metadata = b.metadata == null ? null : MonitoringLimits.metadata(b.metadata, "metadata");
        this.monitoringZonesPoll = b.monitoringZonesPoll == null ? null : zones(b.monitoringZonesPoll);
        this.run = CheckTargetAndTiming.checked(b.period, b.timeout, b.targetHostname, b.targetAlias,
                b.targetResolver);
        if (toJson().isEmpty()) {
            throw new IllegalArgumentException("a check update must change at least one value");
        }
    }

    private static List<String> zones(List<String> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("monitoringZonesPoll must name at least one zone");
        }
        return CheckTargetAndTiming.zoneIds(ids);
    }

    /** @return an empty builder; at least one value must be set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these changes */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.label = label;
        b.details = details == null ? null : toMap(details);
        b.disabled = disabled;
        b.metadata = metadata;
        b.monitoringZonesPoll = monitoringZonesPoll;
        b.period = run.period();
        b.timeout = run.timeout();
        b.targetHostname = run.targetHostname();
        b.targetAlias = run.targetAlias();
        b.targetResolver = run.targetResolver();
        return b;
    }

    private static Map<String, Object> toMap(ObjectNode node) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        node.properties().forEach(field -> map.put(field.getKey(), field.getValue().deepCopy()));
        return map;
    }

    /** @return the new label, or null to keep it */
    public @Nullable String label() {
        return label;
    }

    /** @return the new details (a copy), or null to keep them */
    public @Nullable ObjectNode details() {
        return details == null ? null : details.deepCopy();
    }

    /** @return whether to disable (true) or enable (false) it, or null to keep it */
    public @Nullable Boolean disabled() {
        return disabled;
    }

    /** @return the new metadata, or null to keep it */
    public @Nullable Map<String, String> metadata() {
        return metadata;
    }

    /** @return the new zones, or null to keep them */
    public @Nullable List<String> monitoringZonesPoll() {
        return monitoringZonesPoll;
    }

    /** @return the new period, or null to keep it */
    public @Nullable Integer period() {
        return run.period();
    }

    /** @return the new timeout, or null to keep it */
    public @Nullable Integer timeout() {
        return run.timeout();
    }

    /** @return the new target host, or null to keep it */
    public @Nullable String targetHostname() {
        return run.targetHostname();
    }

    /** @return the new target alias, or null to keep it */
    public @Nullable String targetAlias() {
        return run.targetAlias();
    }

    /** @return the new target resolver, or null to keep it */
    public @Nullable String targetResolver() {
        return run.targetResolver();
    }

    /** The body of {@code PUT /entities/{id}/checks/{id}}: a partial update. */
    ObjectNode toJson() {
        ObjectNode body = Json.object();
        if (label != null) {
            body.put("label", label);
        }
        if (details != null) {
            body.set("details", details.deepCopy());
        }
        if (disabled != null) {
            body.put("disabled", disabled);
        }
        if (metadata != null) {
            body.set("metadata", MonitoringJson.stringMap(metadata));
        }
        if (monitoringZonesPoll != null) {
            body.set("monitoring_zones_poll", MonitoringJson.stringArray(monitoringZonesPoll));
        }
        run.putInto(body);
        return body;
    }

    @Override
    public String toString() {
        return "CheckUpdate" + toJson();
    }

    /** Builds a {@link CheckUpdate}; {@link #build()} checks the limits. */
    public static final class Builder {
        private @Nullable String label;
        private @Nullable Map<String, ?> details;
        private @Nullable Boolean disabled;
        private @Nullable Map<String, String> metadata;
        private @Nullable List<String> monitoringZonesPoll;
        private @Nullable Integer period;
        private @Nullable Integer timeout;
        private @Nullable String targetHostname;
        private @Nullable String targetAlias;
        private @Nullable String targetResolver;

        private Builder() {
        }

        /** @param value the new label, 1 to 255 characters @return this builder */
        public Builder label(@Nullable String value) {
            this.label = value;
            return this;
        }

        /** @param value pyrax's {@code name}, a synonym of {@link #label(String)} @return this builder */
        public Builder name(@Nullable String value) {
            return label(value);
        }

        /** @param value the details replacing the check's @return this builder */
        public Builder details(@Nullable Map<String, ?> value) {
            this.details = value;
            return this;
        }

        /** @param value true to disable the check, false to enable it @return this builder */
        public Builder disabled(@Nullable Boolean value) {
            this.disabled = value;
            return this;
        }

        /** @param value the metadata replacing the check's @return this builder */
        public Builder metadata(@Nullable Map<String, String> value) {
            this.metadata = value;
            return this;
        }

        /** @param zoneIds the ids of the zones to run from @return this builder */
        public Builder monitoringZonesPoll(String... zoneIds) {
            this.monitoringZonesPoll = Arrays.asList(zoneIds);
            return this;
        }

        /** @param zones the zones to run from @return this builder */
        public Builder monitoringZonesPoll(MonitoringZone... zones) {
            this.monitoringZonesPoll = CheckTargetAndTiming.zoneIds(zones);
            return this;
        }

        /** @param seconds how often to run, 30 to 1,800 @return this builder */
        public Builder period(@Nullable Integer seconds) {
            this.period = seconds;
            return this;
        }

        /** @param seconds how long a run may take, 2 to 1,800 @return this builder */
        public Builder timeout(@Nullable Integer seconds) {
            this.timeout = seconds;
            return this;
        }

        /** @param value the FQDN or IP address to check @return this builder */
        public Builder targetHostname(@Nullable String value) {
            this.targetHostname = value;
            return this;
        }

        /** @param value a key of the entity's {@code ipAddresses} @return this builder */
        public Builder targetAlias(@Nullable String value) {
            this.targetAlias = value;
            return this;
        }

        /** @param value how to resolve the target host name @return this builder */
        public Builder targetResolver(@Nullable String value) {
            this.targetResolver = value;
            return this;
        }

        /**
         * @return the changes
         * @throws IllegalArgumentException when nothing is set or a limit is broken
         */
        public CheckUpdate build() {
            return new CheckUpdate(this);
        }
    }
}
