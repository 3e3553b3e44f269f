package org.cloudsdk.monitoring;

import java.time.Instant;
import java.util.OptionalDouble;

import org.cloudsdk.errors.CloudException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One data point of a metric: when, how many recorded values it stands for (1 at full resolution,
 * more in a roll-up) and the statistics selected ({@link Stat}). Immutable.
 */
public final class DataPoint {

    private final ObjectNode json;
    private final Instant timestamp;

    DataPoint(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new CloudException("expected a JSON object describing a data point, got "
                    + (json == null ? "nothing" : json.getNodeType()));
        }
        this.json = ((ObjectNode) json).deepCopy();
        this.timestamp = MonitoringJson.millis(json.get("timestamp")).orElseThrow(
                () -> new CloudException("a data point without a timestamp: " + json));
    }

    /** @return when it was recorded (the start of its roll-up period) */
    public Instant timestamp() {
        return timestamp;
    }

    /** @return how many recorded values it stands for */
    public long numPoints() {
        return json.path("numPoints").asLong(0);
    }

    /** @return the average, when selected (the default) */
    public OptionalDouble average() {
        return stat(Stat.AVERAGE);
    }

    /** @return the variance, when selected */
    public OptionalDouble variance() {
        return stat(Stat.VARIANCE);
    }

    /** @return the minimum, when selected */
    public OptionalDouble min() {
        return stat(Stat.MIN);
    }

    /** @return the maximum, when selected */
    public OptionalDouble max() {
        return stat(Stat.MAX);
    }

    /** @param stat a statistic @return its value, when the service sent it as a number */
    public OptionalDouble stat(Stat stat) {
        JsonNode value = json.get(stat.wireName());
        return value != null && value.isNumber() ? OptionalDouble.of(value.doubleValue()) : OptionalDouble.empty();
    }

    /** @return the point as the service sent it (a copy) */
    public ObjectNode json() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return "DataPoint[timestamp=" + timestamp + ", numPoints=" + numPoints() + ", average="
                + (average().isPresent() ? average().getAsDouble() : "-") + "]";
    }
}
