package org.cloudsdk.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A metric a check records (pyrax's {@code CloudMonitorMetric}), named
 * {@code monitoringZone.metricName} such as {@code mzdfw.average}: the name alarms refer to in
 * their criteria and data points are fetched by. Its id is its name, so two handles of the same
 * name are equal: compare the metrics of one check.
 */
public final class Metric extends Resource<Metric> {

    private final CloudMonitoring monitoring;
    private final String entityId;
    private final String checkId;
    private final String name;

    Metric(CloudMonitoring monitoring, String entityId, String checkId, JsonNode json) {
        super(json);
        this.monitoring = Objects.requireNonNull(monitoring, "monitoring must not be null");
        this.entityId = Objects.requireNonNull(entityId, "entityId must not be null");
        this.checkId = Objects.requireNonNull(checkId, "checkId must not be null");
        this.name = MonitoringLimits.text(json.path("name").stringValue(null), "metric name");
    }

    /** @return its name, which identifies it within its check */
    @Override
    public String id() {
        return name;
    }

    /** @return its name ({@code mzdfw.available}) */
    public String name() {
        return name;
    }

    /** @return its unit ({@code percent}, {@code seconds}), when the service gives one */
    public @Nullable String unit() {
        return attribute("unit").map(String::valueOf).orElse(null);
    }

    /** @return its type code ({@code D}, {@code i}, {@code n}...), when the service gives one */
    public @Nullable String type() {
        return attribute("type").map(String::valueOf).orElse(null);
    }

    /** @return the id of its entity */
    public String entityId() {
        return entityId;
    }

    /** @return the id of its check */
    public String checkId() {
        return checkId;
    }

    /**
     * The data points of this metric in a time range.
     *
     * @param from the start of the range
     * @param to its end, after {@code from}
     * @param options the points or the resolution, and the statistics
     * @return the data points, oldest first
     */
    public List<DataPoint> getDataPoints(Instant from, Instant to, MetricDataOptions options) {
        return monitoring.getMetricDataPoints(entityId, checkId, name, from, to, options);
    }

    /** The API reads no single metric: a reload lists the check's metrics and finds this one. */
    @Override
    public CompletableFuture<Metric> reloadAsync() {
        return monitoring.getMetricAsync(entityId, checkId, name).toFuture();
    }

    @Override
    public String resourceType() {
        return "monitoring_metric";
    }

    @Override
    public String toString() {
        return "Metric[name=" + name + ", unit=" + unit() + ", checkId=" + checkId + "]";
    }
}
