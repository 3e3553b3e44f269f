package org.cloudsdk.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * A check to create or to test: every parameter of pyrax's {@code create_check(entity, label=,
 * name=, check_type=, details=, disabled=, metadata=, monitoring_zones_poll=, period=, timeout=,
 * target_hostname=, target_alias=)}. {@link Builder#build()} checks what the manual and the API
 * reference document, before any request: a check type of 1 to 64 characters; a label of 1 to
 * 255; a period of 30 to 1,800 seconds; a timeout of 2 to 1,800 seconds, below the period when
 * both are given; {@code targetHostname} and {@code targetAlias} never both, and for the
 * {@code remote.*} types exactly one of them and at least one monitoring zone.
 *
 * <pre>{@code
 * CheckSpec spec = CheckSpec.builder("remote.http")
 *         .label("sample_check")
 *         .details(Map.of("url", "http://example.com/some_page"))
 *         .period(900).timeout(20)
 *         .monitoringZonesPoll("mzdfw", "mzlon", "mzsyd")
 *         .targetHostname("example.com")
 *         .build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder(String)} or {@link #builder(CheckType)}, copied by
 * {@link #toBuilder()}.
 */
public final class CheckSpec {

    private final String checkType;
    private final @Nullable String label;
    private final ObjectNode details;
    private final boolean disabled;
    private final Map<String, String> metadata;
    private final List<String> monitoringZonesPoll;
    private final CheckTargetAndTiming run;

    private CheckSpec(Builder b) {
        this.checkType = b.checkType;
        this.label = b.label == null ? null : MonitoringLimits.label(b.label, "label");
        if (b.details.size() > MonitoringLimits.MAX_METADATA) {
            throw new IllegalArgumentException("details must hold at most " + MonitoringLimits.MAX_METADATA
                    + " fields, had " + b.details.size());
        }
        this.details = MonitoringJson.object(b.details, "details");
        this.disabled = b.disabled;
        this.metadata = MonitoringLimits.metadata(b.metadata, "metadata");
        this.monitoringZonesPoll = List.copyOf(b.monitoringZonesPoll);
        this.run = CheckTargetAndTiming.checked(b.period, b.timeout, b.targetHostname, b.targetAlias,
                b.targetResolver);
        if (MonitoringLimits.isRemote(checkType)) {
            if (!run.hasTarget()) {
                throw new IllegalArgumentException("a " + checkType + " check needs a target: targetHostname or"
                        + " targetAlias (one of the entity's ipAddresses aliases)");
            }
            if (monitoringZonesPoll.isEmpty()) {
                throw new IllegalArgumentException("a " + checkType + " check needs monitoringZonesPoll: at least one"
                        + " monitoring zone to run from");
            }
        }
    }

    /**
     * @param checkType the id of the check's type, such as {@code remote.http} (see
     *     {@code listCheckTypes()})
     * @return a builder of a check of that type
     */
    public static Builder builder(String checkType) {
        return new Builder(MonitoringLimits.length(MonitoringLimits.text(checkType, "checkType"), "checkType",
                MonitoringLimits.MAX_CHECK_TYPE));
    }

    /**
     * @param checkType the check's type, as {@code listCheckTypes()} returned it
     * @return a builder of a check of that type
     */
    public static Builder builder(CheckType checkType) {
        return builder(Objects.requireNonNull(checkType, "checkType must not be null").id());
    }

    /** @return a builder holding this check */
    public Builder toBuilder() {
        Builder b = new Builder(checkType);
        details.properties().forEach(field -> b.details.put(field.getKey(), field.getValue()));
        b.label = label;
        b.disabled = disabled;
        b.metadata.putAll(metadata);
        b.monitoringZonesPoll.addAll(monitoringZonesPoll);
        b.period = run.period();
        b.timeout = run.timeout();
        b.targetHostname = run.targetHostname();
        b.targetAlias = run.targetAlias();
        b.targetResolver = run.targetResolver();
        return b;
    }

    /** @return the id of its check type */
    public String checkType() {
        return checkType;
    }

    /** @return its label, or null */
    public @Nullable String label() {
        return label;
    }

    /** @return its details (a copy) */
    public ObjectNode details() {
        return details.deepCopy();
    }

    /** @return whether it is created disabled */
    public boolean disabled() {
        return disabled;
    }

    /** @return its metadata */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** @return the ids of the zones it runs from */
    public List<String> monitoringZonesPoll() {
        return monitoringZonesPoll;
    }

    /** @return its period in seconds, or null for the account's */
    public @Nullable Integer period() {
        return run.period();
    }

    /** @return its timeout in seconds, or null for the service's */
    public @Nullable Integer timeout() {
        return run.timeout();
    }

    /** @return the host it targets, or null */
    public @Nullable String targetHostname() {
        return run.targetHostname();
    }

    /** @return the entity's address alias it targets, or null */
    public @Nullable String targetAlias() {
        return run.targetAlias();
    }

    /** @return how the target is resolved, or null */
    public @Nullable String targetResolver() {
        return run.targetResolver();
    }

    /** The body of {@code POST /entities/{id}/checks} and {@code /test-check}. */
    ObjectNode toJson() {
        ObjectNode body = Json.object();
        body.put("type", checkType);
        if (label != null) {
            body.put("label", label);
        }
        body.set("details", details.deepCopy());
        body.put("disabled", disabled);
        if (!metadata.isEmpty()) {
            body.set("metadata", MonitoringJson.stringMap(metadata));
        }
        if (!monitoringZonesPoll.isEmpty()) {
            body.set("monitoring_zones_poll", MonitoringJson.stringArray(monitoringZonesPoll));
        }
        run.putInto(body);
        return body;
    }

    @Override
    public String toString() {
        return "CheckSpec[type=" + checkType + ", label=" + label + ", details=" + details + ", zones="
                + monitoringZonesPoll + ", period=" + run.period() + ", timeout=" + run.timeout() + ", target="
                + (run.targetHostname() != null ? run.targetHostname() : run.targetAlias()) + "]";
    }

    /** Builds a {@link CheckSpec}; {@link #build()} checks the limits. */
    public static final class Builder {
        private final String checkType;
        private final Map<String, Object> details = new LinkedHashMap<>();
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final List<String> monitoringZonesPoll = new ArrayList<>();
        private @Nullable String label;
        private boolean disabled;
        private @Nullable Integer period;
        private @Nullable Integer timeout;
        private @Nullable String targetHostname;
        private @Nullable String targetAlias;
        private @Nullable String targetResolver;

        private Builder(String checkType) {
            this.checkType = checkType;
        }

        /** @param value a label, 1 to 255 characters; null for none @return this builder */
        public Builder label(@Nullable String value) {
            this.label = value;
            return this;
        }

        /** @param value pyrax's {@code name}, a synonym of {@link #label(String)} @return this builder */
        public Builder name(@Nullable String value) {
            return label(value);
        }

        /**
         * @param values the details of the check's type (see its {@code fields}), replacing any set
         *     before: text, numbers, booleans, or maps and lists of those
         * @return this builder
         */
        public Builder details(Map<String, ?> values) {
            Objects.requireNonNull(values, "details must not be null");
            details.clear();
            values.forEach(this::detail);
            return this;
        }

        /** @param key one detail's name @param value its value @return this builder */
        public Builder detail(String key, Object value) {
            details.put(Objects.requireNonNull(key, "detail key must not be null"),
                    Objects.requireNonNull(value, () -> "detail '" + key + "' must not be null"));
            return this;
        }

        /** @param value true to create the check without running it until enabled @return this builder */
        public Builder disabled(boolean value) {
            this.disabled = value;
            return this;
        }

        /** @param values free key/value pairs, replacing any set before @return this builder */
        public Builder metadata(Map<String, String> values) {
            Objects.requireNonNull(values, "metadata must not be null");
            metadata.clear();
            metadata.putAll(values);
            return this;
        }

        /** @param zoneIds the ids of the zones to run from, replacing any set before @return this builder */
        public Builder monitoringZonesPoll(String... zoneIds) {
            return monitoringZonesPoll(Arrays.asList(zoneIds));
        }

        /** @param zones the zones to run from, replacing any set before @return this builder */
        public Builder monitoringZonesPoll(MonitoringZone... zones) {
            return monitoringZonesPoll(CheckTargetAndTiming.zoneIds(zones));
        }

        /** @param zoneIds the ids of the zones to run from, replacing any set before @return this builder */
        public Builder monitoringZonesPoll(List<String> zoneIds) {
            Objects.requireNonNull(zoneIds, "monitoringZonesPoll must not be null");
            List<String> checked = CheckTargetAndTiming.zoneIds(zoneIds);
            monitoringZonesPoll.clear();
            monitoringZonesPoll.addAll(checked);
            return this;
        }

        /** @param seconds how often to run, 30 to 1,800 @return this builder */
        public Builder period(int seconds) {
            this.period = seconds;
            return this;
        }

        /** @param seconds how long a run may take, 2 to 1,800 and below the period @return this builder */
        public Builder timeout(int seconds) {
            this.timeout = seconds;
            return this;
        }

        /** @param value the FQDN or IP address to check (not a URL); excludes a target alias @return this builder */
        public Builder targetHostname(@Nullable String value) {
            this.targetHostname = value;
            return this;
        }

        /** @param value a key of the entity's {@code ipAddresses}; excludes a target host name @return this builder */
        public Builder targetAlias(@Nullable String value) {
            this.targetAlias = value;
            return this;
        }

        /** @param value how to resolve a target host name ({@code IPv4} or {@code IPv6}); null for the default @return this builder */
        public Builder targetResolver(@Nullable String value) {
            this.targetResolver = value;
            return this;
        }

        /**
         * @return the check
         * @throws IllegalArgumentException naming the parameter, when a documented limit is broken
         */
        public CheckSpec build() {
            return new CheckSpec(this);
        }
    }
}
