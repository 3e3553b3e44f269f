package org.cloudsdk.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A check of an entity (pyrax's {@code CloudMonitorCheck}): what is tried ({@link #type()} and
 * {@link #details()}), against which target, how often and from which monitoring zones. It knows
 * its entity, and offers the operations pyrax put on the check: its metrics and their data
 * points, alarms on it, a test run, update and delete.
 */
public final class Check extends Resource<Check> {

    private final CloudMonitoring monitoring;
    private final String entityId;
    private final CheckFields fields;

    Check(CloudMonitoring monitoring, String entityId, JsonNode json) {
        super(json);
        this.monitoring = Objects.requireNonNull(monitoring, "monitoring must not be null");
        this.entityId = Objects.requireNonNull(entityId, "entityId must not be null");
        this.fields = readFields(CheckFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return the id of the entity it checks */
    public String entityId() {
        return entityId;
    }

    /** @return its label */
    public @Nullable String label() {
        return fields.label();
    }

    /** @return pyrax's {@code name}, a synonym of the label */
    public @Nullable String name() {
        return fields.label();
    }

    /** @return the id of its check type, such as {@code remote.http} */
    public @Nullable String type() {
        return fields.type();
    }

    /** @return the details of its type ({@code url}, {@code method}...), as the service sent them */
    public ObjectNode details() {
        return MonitoringJson.objectOrEmpty(fields.details());
    }

    /** @return whether it is disabled (created, but not run) */
    public boolean disabled() {
        return Boolean.TRUE.equals(fields.disabled());
    }

    /** @return its metadata; empty for none */
    public Map<String, String> metadata() {
        return fields.metadata() == null ? Map.of() : fields.metadata();
    }

    /** @return the ids of the monitoring zones it runs from */
    public List<String> monitoringZonesPoll() {
        return fields.monitoringZonesPoll() == null ? List.of() : fields.monitoringZonesPoll();
    }

    /** @return how often it runs, in seconds */
    public Optional<Integer> period() {
        return Optional.ofNullable(fields.period());
    }

    /** @return how long a run may take, in seconds */
    public Optional<Integer> timeout() {
        return Optional.ofNullable(fields.timeout());
    }

    /** @return the alias of the entity's address it targets, if it targets one (an empty one counts as none) */
    public Optional<String> targetAlias() {
        return Optional.ofNullable(fields.targetAlias()).filter(alias -> !alias.isEmpty());
    }

    /** @return the host name or address it targets, if it targets one (an empty one counts as none) */
    public Optional<String> targetHostname() {
        return Optional.ofNullable(fields.targetHostname()).filter(host -> !host.isEmpty());
    }

    /** @return how its target is resolved ({@code IPv4}, {@code IPv6}), if set */
    public Optional<String> targetResolver() {
        return Optional.ofNullable(fields.targetResolver()).filter(resolver -> !resolver.isEmpty());
    }

    /** @param changes what to change @see CloudMonitoring#updateCheck(String, String, CheckUpdate) */
    public void update(CheckUpdate changes) {
        monitoring.updateCheck(entityId, id(), changes);
    }

    /** pyrax's {@code check.delete()}. */
    public void delete() {
        monitoring.deleteCheck(entityId, id());
    }

    /** @return what each of its zones sees when it runs now (the check is not changed) */
    public List<CheckTestResult> test() {
        return monitoring.testExistingCheck(entityId, id());
    }

    /** @return pyrax's {@code check.list_metrics()}: the metrics it has recorded; empty until it has run */
    public List<Metric> listMetrics() {
        return monitoring.listMetrics(entityId, id());
    }

    /**
     * pyrax's {@code check.get_metric_data_points(metric, start, end, points=, resolution=, stats=)}.
     *
     * @param metric the metric's name ({@code mzdfw.average})
     * @param from the start of the time range
     * @param to its end, after {@code from}
     * @param options the points or the resolution, and the statistics
     * @return the data points
     */
    public List<DataPoint> getMetricDataPoints(String metric, Instant from, Instant to, MetricDataOptions options) {
        return monitoring.getMetricDataPoints(entityId, id(), metric, from, to, options);
    }

    /**
     * pyrax's {@code check.create_alarm(notification_plan, criteria)}.
     *
     * @param plan the plan to execute when the alarm's state changes
     * @param criteria the alarm language text, passed through; null for none
     * @return the created alarm
     */
    public Alarm createAlarm(NotificationPlan plan, @Nullable String criteria) {
        return monitoring.createAlarm(entityId, id(), plan.id(), criteria);
    }

    /**
     * @param planId the id of the plan to execute
     * @param options criteria, disabled, label, metadata
     * @return the created alarm
     */
    public Alarm createAlarm(String planId, AlarmOptions options) {
        return monitoring.createAlarm(entityId, id(), planId, options);
    }

    @Override
    public CompletableFuture<Check> reloadAsync() {
        return monitoring.getCheckAsync(entityId, id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "monitoring_check";
    }

    @Override
    public String toString() {
        return "Check[id=" + id() + ", entityId=" + entityId + ", label=" + label() + ", type=" + type() + "]";
    }
}
