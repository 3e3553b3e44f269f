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

/**
 * A monitored entity (pyrax's {@code CloudMonitorEntity}): the server, site or device that checks
 * watch, with the IP addresses its checks may target by alias and free metadata. An immutable
 * snapshot carrying its client: checks and alarms are created and listed from it, as in pyrax
 * ({@code ent.createCheck(...)}, {@code ent.listAlarms()}).
 */
public final class Entity extends Resource<Entity> {

    private final CloudMonitoring monitoring;
    private final EntityFields fields;

    Entity(CloudMonitoring monitoring, JsonNode json) {
        super(json);
        this.monitoring = Objects.requireNonNull(monitoring, "monitoring must not be null");
        this.fields = readFields(EntityFields.class);
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

    /** @return its IP addresses by alias (the {@code target_alias} of its checks); empty for none */
    public Map<String, String> ipAddresses() {
        return fields.ipAddresses() == null ? Map.of() : fields.ipAddresses();
    }

    /** @return its metadata; empty for none */
    public Map<String, String> metadata() {
        return fields.metadata() == null ? Map.of() : fields.metadata();
    }

    /** @return the id of the monitoring agent it is bound to, if any */
    public Optional<String> agentId() {
        return Optional.ofNullable(fields.agentId());
    }

    /** @return the Rackspace Cloud resource it stands for (a cloud server's URL), if any */
    public Optional<String> uri() {
        return Optional.ofNullable(fields.uri());
    }

    /** @return whether Rackspace Managed Cloud manages it */
    public boolean managed() {
        return Boolean.TRUE.equals(fields.managed());
    }

    /** @return when it was created, when the service says */
    public Optional<Instant> createdAt() {
        return MonitoringJson.millis(json().get("created_at"));
    }

    /** @return when it was last updated, when the service says */
    public Optional<Instant> updatedAt() {
        return MonitoringJson.millis(json().get("updated_at"));
    }

    /** @param changes what to change @see CloudMonitoring#updateEntity(String, EntityUpdate) */
    public void update(EntityUpdate changes) {
        monitoring.updateEntity(id(), changes);
    }

    /** pyrax's {@code ent.delete()}: the entity, its checks and its alarms go. */
    public void delete() {
        monitoring.deleteEntity(id());
    }

    /** @param spec the check @return the created check @see CloudMonitoring#createCheck(String, CheckSpec) */
    public Check createCheck(CheckSpec spec) {
        return monitoring.createCheck(id(), spec);
    }

    /** @param spec the check to try @return what each zone saw @see CloudMonitoring#testCheck(String, CheckSpec) */
    public List<CheckTestResult> testCheck(CheckSpec spec) {
        return monitoring.testCheck(id(), spec);
    }

    /** @return pyrax's {@code ent.list_checks()}: every check of the entity, every page followed */
    public List<Check> listChecks() {
        return monitoring.listChecks(id());
    }

    /** @param checkId a check's id @return the check */
    public Check getCheck(String checkId) {
        return monitoring.getCheck(id(), checkId);
    }

    /** @param checkId a check's id @param changes what to change */
    public void updateCheck(String checkId, CheckUpdate changes) {
        monitoring.updateCheck(id(), checkId, changes);
    }

    /** @param checkId a check's id */
    public void deleteCheck(String checkId) {
        monitoring.deleteCheck(id(), checkId);
    }

    /** @param checkId a check's id @return the metrics the check has recorded */
    public List<Metric> listMetrics(String checkId) {
        return monitoring.listMetrics(id(), checkId);
    }

    /**
     * @param checkId a check's id
     * @param metric the metric's name ({@code mzdfw.average})
     * @param from the start of the time range
     * @param to its end
     * @param options the points or the resolution, and the statistics
     * @return the data points
     */
    public List<DataPoint> getMetricDataPoints(String checkId, String metric, Instant from, Instant to,
            MetricDataOptions options) {
        return monitoring.getMetricDataPoints(id(), checkId, metric, from, to, options);
    }

    /**
     * pyrax's {@code ent.create_alarm(check, notification_plan, criteria)}.
     *
     * @param check the check to alert on
     * @param plan the plan to execute when the alarm's state changes
     * @param criteria the alarm language text, passed through; null for none
     * @return the created alarm
     */
    public Alarm createAlarm(Check check, NotificationPlan plan, @Nullable String criteria) {
        return monitoring.createAlarm(id(), check.id(), plan.id(), criteria);
    }

    /**
     * @param checkId the check to alert on
     * @param planId the plan to execute
     * @param options criteria, disabled, label, metadata
     * @return the created alarm
     */
    public Alarm createAlarm(String checkId, String planId, AlarmOptions options) {
        return monitoring.createAlarm(id(), checkId, planId, options);
    }

    /**
     * @param criteria the alarm language text to evaluate
     * @param checkData what a check returned ({@link #testCheck(CheckSpec)} or {@link Check#test()})
     * @return the state the criteria give for each result
     */
    public List<AlarmTestResult> testAlarm(String criteria, List<CheckTestResult> checkData) {
        return monitoring.testAlarm(id(), criteria, checkData);
    }

    /** @return pyrax's {@code ent.list_alarms()}: every alarm of the entity */
    public List<Alarm> listAlarms() {
        return monitoring.listAlarms(id());
    }

    /** @param alarmId an alarm's id @return the alarm */
    public Alarm getAlarm(String alarmId) {
        return monitoring.getAlarm(id(), alarmId);
    }

    /** @param alarmId an alarm's id @param changes what to change */
    public void updateAlarm(String alarmId, AlarmOptions changes) {
        monitoring.updateAlarm(id(), alarmId, changes);
    }

    /** @param alarmId an alarm's id */
    public void deleteAlarm(String alarmId) {
        monitoring.deleteAlarm(id(), alarmId);
    }

    /** @return the changes of state of this entity's alarms over the last 7 days */
    public List<AlarmStateChange> getChangelogs() {
        return monitoring.getChangelogs(id());
    }

    /** @return this entity with its checks, alarms and their latest states */
    public List<EntityOverview> getOverview() {
        return monitoring.getOverview(id());
    }

    @Override
    public CompletableFuture<Entity> reloadAsync() {
        return monitoring.getEntityAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "monitoring_entity";
    }

    @Override
    public String toString() {
        return "Entity[id=" + id() + ", label=" + label() + ", ipAddresses=" + ipAddresses() + "]";
    }
}
