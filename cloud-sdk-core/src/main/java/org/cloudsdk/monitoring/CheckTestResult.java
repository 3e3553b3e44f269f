package org.cloudsdk.monitoring;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cloudsdk.errors.CloudException;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one monitoring zone saw when a check was tried ({@code test-check} or a check's
 * {@code test}): whether the target was available, a status line and the metrics the run
 * recorded, by name. Pass a list of these to {@code testAlarm} to see what state an alarm's
 * criteria would give. Immutable.
 */
public final class CheckTestResult {

    private final ObjectNode json;

    CheckTestResult(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new CloudException("expected a JSON object describing a check result, got "
                    + (json == null ? "nothing" : json.getNodeType()));
        }
        this.json = ((ObjectNode) json).deepCopy();
    }

    /** @return when the check ran */
    public Optional<Instant> timestamp() {
        return MonitoringJson.millis(json.get("timestamp"));
    }

    /** @return the zone it ran from ({@code mzdfw}) */
    public @Nullable String monitoringZoneId() {
        return json.path("monitoring_zone_id").stringValue(null);
    }

    /** @return whether the target answered */
    public boolean available() {
        return json.path("available").asBoolean(false);
    }

    /** @return the run's status line ({@code code=200,rt=0.257s,bytes=0}) */
    public @Nullable String status() {
        return json.path("status").stringValue(null);
    }

    /** @return each metric's value as text ({@code "code" -> "200"}), in the service's order */
    public Map<String, String> metrics() {
        Map<String, String> values = new LinkedHashMap<>();
        json.path("metrics").properties().forEach(metric -> {
            JsonNode data = metric.getValue().path("data");
            if (!data.isMissingNode() && !data.isNull()) {
                values.put(metric.getKey(), data.isString() ? data.asString() : data.toString());
            }
        });
        return java.util.Collections.unmodifiableMap(values);
    }

    /**
     * @param name a metric's name
     * @return its type code as the service gives it ({@code i} int32, {@code I} uint32, {@code l}
     *     int64, {@code L} uint64, {@code n} double, {@code s} string), if the run recorded it
     */
    public Optional<String> metricType(String name) {
        return Optional.ofNullable(json.path("metrics").path(name).path("type").stringValue(null));
    }

    /** @return the debug information asked for with {@code includeDebug} (a remote.http check's body) */
    public Optional<ObjectNode> debugInfo() {
        JsonNode debug = json.get("debug_info");
        return debug != null && debug.isObject() ? Optional.of(((ObjectNode) debug).deepCopy()) : Optional.empty();
    }

    /** @return the result as the service sent it (a copy) */
    public ObjectNode json() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return "CheckTestResult[zone=" + monitoringZoneId() + ", available=" + available() + ", status=" + status()
                + ", metrics=" + metrics() + "]";
    }
}
