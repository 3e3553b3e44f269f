package org.cloudsdk.monitoring;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.cloudsdk.errors.ErrorDetails;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.PagingScheme;
import org.cloudsdk.service.ServiceContext;
import org.cloudsdk.service.ServiceDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rackspace Cloud Monitoring (pyrax's {@code pyrax.cloud_monitoring}, API v1.0): entities, their
 * checks and metrics, check types, monitoring zones, notifications, notification plans, alarms,
 * alarm changelogs and the overview. Reached from a context:
 *
 * <pre>{@code
 * CloudMonitoring cm = ctx.monitoring();
 * Entity ent = cm.createEntity("sample_entity", EntityOptions.builder()
 *         .ipAddress("example", "192.0.2.34").build());
 * Check chk = ent.createCheck(CheckSpec.builder("remote.http")
 *         .details(Map.of("url", "http://example.com/some_page"))
 *         .monitoringZonesPoll("mzdfw").targetAlias("example").build());
 * }</pre>
 *
 * <p>Cloud Monitoring is listed in Rackspace's catalog without a region; the catalog gives its
 * one endpoint whatever region is asked for, so {@code ctx.monitoring("LON")} reaches the same
 * service. Creates answer {@code 201} without a body, naming the new resource in
 * {@code X-Object-ID} and {@code Location}: the client reads it back with one GET, as pyrax did,
 * so a create returns a complete handle. Listings follow {@code metadata.next_marker} (the id of
 * the first item of the next page), at most 1,000 items a page. The documented limits are checked
 * before any request with an {@link IllegalArgumentException} naming the parameter (see
 * {@link CheckSpec}, {@link AlarmOptions}, {@link EntityOptions}, {@link MetricDataOptions}).
 *
 * <p>Thread-safe; one client is shared by the whole application.
 */
public final class CloudMonitoring {

    /** The registration of Cloud Monitoring: {@code ctx.monitoring()}, the starter's bean and health entry. */
    public static final ServiceDefinition<CloudMonitoring> SERVICE = ServiceDefinition
            .builder("monitor", ServiceType.MONITOR, CloudMonitoring.class, CloudMonitoring::create)
            .healthCheck(CloudMonitoring::healthDetails)
            .build();

    private static final PagingScheme PAGING = PagingScheme.nextMarker().withMaxLimit(MonitoringLimits.MAX_PAGE);

    private final ServiceClient client;

    CloudMonitoring(ServiceClient client) {
        this.client = Objects.requireNonNull(client, "client must not be null");
    }

    private static CloudMonitoring create(ServiceContext context) {
        return new CloudMonitoring(context.client());
    }

    /** @return the underlying service client (endpoint, raw requests) */
    public ServiceClient client() {
        return client;
    }

    // ---------------------------------------------------------------- account

    /**
     * pyrax's {@code cm.get_account()}: the account's id, metadata and webhook token.
     *
     * @return the account object as the service sent it
     */
    public ObjectNode getAccount() {
        return MonitoringJson.objectOrEmpty(block(send(HttpMethod.GET, "getAccount", request -> request.path("/account")))
                .json());
    }

    // ---------------------------------------------------------------- entities

    /** @return pyrax's {@code cm.list_entities()}: every entity of the account, every page followed */
    public List<Entity> listEntities() {
        return entities(null, null).stream().toList();
    }

    /**
     * The lazy listing of the entities: pages are fetched as iteration reaches them.
     *
     * @param limit the page size, 1 to 1,000, or null for the service's 100
     * @param marker the id of the first entity to list, or null to start at the beginning
     * @return the listing
     */
    public Listing<Entity> entities(@Nullable Integer limit, @Nullable String marker) {
        return listing("listEntities", json -> new Entity(this, json)).path("/entities").limit(limit).marker(marker)
                .build();
    }

    /**
     * pyrax's {@code cm.get_entity(id)}.
     *
     * @param entityId the entity's id
     * @return the entity
     * @throws NotFoundException when there is no such entity
     */
    public Entity getEntity(String entityId) {
        return Transport.blockValue(getEntityAsync(entityId));
    }

    Mono<Entity> getEntityAsync(String entityId) {
        String id = MonitoringLimits.text(entityId, "entityId");
        return send(HttpMethod.GET, "getEntity", request -> request.path("/entities/{id}", id))
                .map(response -> new Entity(this, response.json()));
    }

    /**
     * pyrax's {@code cm.create_entity(label=)} with no addresses or metadata.
     *
     * @param label the entity's label, 1 to 255 characters
     * @return the created entity, read back
     */
    public Entity createEntity(String label) {
        return createEntity(label, EntityOptions.defaults());
    }

    /**
     * pyrax's {@code cm.create_entity(label=, ip_addresses=, metadata=, agent=)}.
     *
     * @param label the entity's label, 1 to 255 characters
     * @param options its addresses by alias, metadata and agent
     * @return the created entity, read back
     */
    public Entity createEntity(String label, EntityOptions options) {
        String checked = MonitoringLimits.label(label, "label");
        Objects.requireNonNull(options, "options must not be null");
        String id = created("createEntity", request -> request.path("/entities").jsonBody(Json.write(options.toJson(checked))));
        return getEntity(id);
    }

    /**
     * pyrax's {@code cm.update_entity(entity, agent=, metadata=)}: a partial update.
     *
     * @param entityId the entity's id
     * @param changes what to change
     */
    public void updateEntity(String entityId, EntityUpdate changes) {
        String id = MonitoringLimits.text(entityId, "entityId");
        Objects.requireNonNull(changes, "changes must not be null");
        block(send(HttpMethod.PUT, "updateEntity",
                request -> request.path("/entities/{id}", id).jsonBody(Json.write(changes.toJson()))));
    }

    /**
     * pyrax's {@code cm.delete_entity(entity)}.
     *
     * @param entityId the entity's id
     * @throws org.cloudsdk.errors.BadRequestException when it still has checks or alarms the service keeps it for
     *     ({@code childrenExistError})
     */
    public void deleteEntity(String entityId) {
        String id = MonitoringLimits.text(entityId, "entityId");
        block(send(HttpMethod.DELETE, "deleteEntity", request -> request.path("/entities/{id}", id)));
    }

    // ---------------------------------------------------------------- check types and zones

    /** @return pyrax's {@code cm.list_check_types()}: every check type, with its fields */
    public List<CheckType> listCheckTypes() {
        return listing("listCheckTypes", json -> new CheckType(this, json)).path("/check_types").build().stream()
                .toList();
    }

    /**
     * pyrax's {@code cm.get_check_type(id)}.
     *
     * @param checkTypeId the type's id ({@code remote.http})
     * @return the check type
     */
    public CheckType getCheckType(String checkTypeId) {
        return Transport.blockValue(getCheckTypeAsync(checkTypeId));
    }

    Mono<CheckType> getCheckTypeAsync(String checkTypeId) {
        String id = MonitoringLimits.text(checkTypeId, "checkTypeId");
        return send(HttpMethod.GET, "getCheckType", request -> request.path("/check_types/{id}", id))
                .map(response -> new CheckType(this, response.json()));
    }

    /** @return pyrax's {@code cm.list_monitoring_zones()}: every zone checks can run from */
    public List<MonitoringZone> listMonitoringZones() {
        return listing("listMonitoringZones", json -> new MonitoringZone(this, json)).path("/monitoring_zones").build()
                .stream().toList();
    }

    /**
     * pyrax's {@code cm.get_monitoring_zone(id)}.
     *
     * @param zoneId the zone's id ({@code mzdfw})
     * @return the zone
     */
    public MonitoringZone getMonitoringZone(String zoneId) {
        return Transport.blockValue(getMonitoringZoneAsync(zoneId));
    }

    Mono<MonitoringZone> getMonitoringZoneAsync(String zoneId) {
        String id = MonitoringLimits.text(zoneId, "zoneId");
        return send(HttpMethod.GET, "getMonitoringZone", request -> request.path("/monitoring_zones/{id}", id))
                .map(response -> new MonitoringZone(this, response.json()));
    }

    // ---------------------------------------------------------------- checks

    /**
     * pyrax's {@code cm.list_checks(entity)}.
     *
     * @param entityId the entity's id
     * @return its checks, every page followed
     */
    public List<Check> listChecks(String entityId) {
        return checks(entityId, null, null).stream().toList();
    }

    /**
     * The lazy listing of an entity's checks.
     *
     * @param entityId the entity's id
     * @param limit the page size, 1 to 1,000, or null for the service's
     * @param marker the id of the first check to list, or null
     * @return the listing
     */
    public Listing<Check> checks(String entityId, @Nullable Integer limit, @Nullable String marker) {
        String id = MonitoringLimits.text(entityId, "entityId");
        return listing("listChecks", json -> new Check(this, id, json)).path("/entities/{id}/checks", id).limit(limit)
                .marker(marker).build();
    }

    /**
     * pyrax's {@code cm.get_check(entity, check)}.
     *
     * @param entityId the entity's id
     * @param checkId the check's id
     * @return the check
     */
    public Check getCheck(String entityId, String checkId) {
        return Transport.blockValue(getCheckAsync(entityId, checkId));
    }

    Mono<Check> getCheckAsync(String entityId, String checkId) {
        String id = MonitoringLimits.text(entityId, "entityId");
        String check = MonitoringLimits.text(checkId, "checkId");
        return send(HttpMethod.GET, "getCheck", request -> request.path("/entities/{id}/checks/{check}", id, check))
                .map(response -> new Check(this, id, response.json()));
    }

    /**
     * pyrax's {@code cm.create_check(entity, label=, check_type=, details=, ...)}: every limit of
     * the spec was checked when it was built.
     *
     * @param entityId the entity's id
     * @param spec the check
     * @return the created check, read back
     */
    public Check createCheck(String entityId, CheckSpec spec) {
        String id = MonitoringLimits.text(entityId, "entityId");
        Objects.requireNonNull(spec, "spec must not be null");
        String check = created("createCheck",
                request -> request.path("/entities/{id}/checks", id).jsonBody(Json.write(spec.toJson())));
        return getCheck(id, check);
    }

    /**
     * @param entity the entity
     * @param spec the check
     * @return the created check, read back
     * @see #createCheck(String, CheckSpec)
     */
    public Check createCheck(Entity entity, CheckSpec spec) {
        return createCheck(Objects.requireNonNull(entity, "entity must not be null").id(), spec);
    }

    /**
     * pyrax's {@code create_check(..., test_only=True)}: runs the check once from its zones without
     * creating it, so its parameters can be tried (and its metrics seen) first.
     *
     * @param entityId the entity's id
     * @param spec the check to try
     * @return what each zone saw
     */
    public List<CheckTestResult> testCheck(String entityId, CheckSpec spec) {
        return testCheck(entityId, spec, false);
    }

    /**
     * pyrax's {@code create_check(..., test_only=True, include_debug=)}.
     *
     * @param entityId the entity's id
     * @param spec the check to try
     * @param includeDebug whether to ask for debug information ({@code ?debug=true}; a remote.http
     *     check's response body)
     * @return what each zone saw
     */
    public List<CheckTestResult> testCheck(String entityId, CheckSpec spec, boolean includeDebug) {
        String id = MonitoringLimits.text(entityId, "entityId");
        Objects.requireNonNull(spec, "spec must not be null");
        JsonNode results = block(send(HttpMethod.POST, "testCheck", request -> request.path("/entities/{id}/test-check", id)
                .query("debug", includeDebug ? "true" : null).jsonBody(Json.write(spec.toJson())))).json();
        return checkResults(results);
    }

    /**
     * Runs an existing check once now ({@code POST .../checks/{id}/test}), without changing it.
     *
     * @param entityId the entity's id
     * @param checkId the check's id
     * @return what each zone saw
     */
    public List<CheckTestResult> testExistingCheck(String entityId, String checkId) {
        String id = MonitoringLimits.text(entityId, "entityId");
        String check = MonitoringLimits.text(checkId, "checkId");
        return checkResults(block(send(HttpMethod.POST, "testExistingCheck",
                request -> request.path("/entities/{id}/checks/{check}/test", id, check))).json());
    }

    private static List<CheckTestResult> checkResults(JsonNode results) {
        return results.isArray() ? java.util.stream.StreamSupport.stream(results.spliterator(), false)
                .map(CheckTestResult::new).toList() : List.of();
    }

    /**
     * pyrax's {@code cm.update_check(entity, check, label=, disabled=, ...)}: a partial update.
     *
     * @param entityId the entity's id
     * @param checkId the check's id
     * @param changes what to change
     */
    public void updateCheck(String entityId, String checkId, CheckUpdate changes) {
        String id = MonitoringLimits.text(entityId, "entityId");
        String check = MonitoringLimits.text(checkId, "checkId");
        Objects.requireNonNull(changes, "changes must not be null");
        block(send(HttpMethod.PUT, "updateCheck", request -> request.path("/entities/{id}/checks/{check}", id, check)
                .jsonBody(Json.write(changes.toJson()))));
    }

    /**
     * pyrax's {@code cm.delete_check(entity, check)}.
     *
     * @param entityId the entity's id
     * @param checkId the check's id
     */
    public void deleteCheck(String entityId, String checkId) {
        String id = MonitoringLimits.text(entityId, "entityId");
        String check = MonitoringLimits.text(checkId, "checkId");
        block(send(HttpMethod.DELETE, "deleteCheck", request -> request.path("/entities/{id}/checks/{check}", id, check)));
    }

    // ---------------------------------------------------------------- metrics

    /**
     * pyrax's {@code cm.list_metrics(entity, check)}: the metrics a check has recorded, named
     * {@code monitoringZone.metricName}; empty until the check has run.
     *
     * @param entityId the entity's id
     * @param checkId the check's id
     * @return its metrics, every page followed
     */
    public List<Metric> listMetrics(String entityId, String checkId) {
        return metrics(entityId, checkId, null, null).stream().toList();
    }

    /**
     * The lazy listing of a check's metrics.
     *
     * @param entityId the entity's id
     * @param checkId the check's id
     * @param limit the page size, 1 to 1,000, or null for the service's
     * @param marker the name of the first metric to list, or null
     * @return the listing
     */
    public Listing<Metric> metrics(String entityId, String checkId, @Nullable Integer limit, @Nullable String marker) {
        String id = MonitoringLimits.text(entityId, "entityId");
        String check = MonitoringLimits.text(checkId, "checkId");
        return listing("listMetrics", json -> new Metric(this, id, check, json))
                .path("/entities/{id}/checks/{check}/metrics", id, check).limit(limit).marker(marker).build();
    }

    Mono<Metric> getMetricAsync(String entityId, String checkId, String name) {
        return metrics(entityId, checkId, null, null).flux().filter(metric -> metric.name().equals(name)).next()
                .switchIfEmpty(Mono.error(() -> new NotFoundException("check " + checkId + " of entity " + entityId
                        + " has no metric '" + name + "'", ErrorDetails.of(client.service(), "getMetric"), null)));
    }

    /**
     * pyrax's {@code cm.get_metric_data_points(entity, check, metric, start, end, points=,
     * resolution=, stats=)}: {@code GET .../metrics/{metric}/plot}. The times are sent in
     * milliseconds since the epoch, as the API wants them. The service returns at most 1,440
     * points a request: split a longer range.
     *
     * @param entityId the entity's id
     * @param checkId the check's id
     * @param metric the metric's name ({@code mzdfw.average})
     * @param from the start of the time range
     * @param to its end, after {@code from}
     * @param options exactly one of points and resolution, and the statistics
     * @return the data points, oldest first
     * @throws IllegalArgumentException when {@code to} is not after {@code from}
     */
    public List<DataPoint> getMetricDataPoints(String entityId, String checkId, String metric, Instant from, Instant to,
            MetricDataOptions options) {
        String id = MonitoringLimits.text(entityId, "entityId");
        String check = MonitoringLimits.text(checkId, "checkId");
        String name = MonitoringLimits.text(metric, "metric");
        checkRange(from, to);
        Objects.requireNonNull(options, "options must not be null");
        JsonNode values = block(send(HttpMethod.GET, "getMetricDataPoints", request -> {
            request.path("/entities/{id}/checks/{check}/metrics/{metric}/plot", id, check, name)
                    .query("from", from.toEpochMilli()).query("to", to.toEpochMilli())
                    .query("points", options.pointCount())
                    .query("resolution", options.resolutionValue() == null ? null : options.resolutionValue().name());
            options.stats().forEach(stat -> request.query("select", stat.wireName()));
            return request;
        })).json().path("values");
        return values.isArray() ? java.util.stream.StreamSupport.stream(values.spliterator(), false)
                .map(DataPoint::new).toList() : List.of();
    }

    private static void checkRange(@Nullable Instant from, @Nullable Instant to) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to must be after from, was from " + from + " to " + to);
        }
    }

    // ---------------------------------------------------------------- notification types and notifications

    /** @return pyrax's {@code cm.list_notification_types()}: {@code email}, {@code webhook}, {@code pagerduty}... */
    public List<NotificationType> listNotificationTypes() {
        return listing("listNotificationTypes", json -> new NotificationType(this, json)).path("/notification_types")
                .build().stream().toList();
    }

    /**
     * pyrax's {@code cm.get_notification_type(id)}.
     *
     * @param typeId the type's id ({@code email})
     * @return the type
     */
    public NotificationType getNotificationType(String typeId) {
        return Transport.blockValue(getNotificationTypeAsync(typeId));
    }

    Mono<NotificationType> getNotificationTypeAsync(String typeId) {
        String id = MonitoringLimits.text(typeId, "typeId");
        return send(HttpMethod.GET, "getNotificationType", request -> request.path("/notification_types/{id}", id))
                .map(response -> new NotificationType(this, response.json()));
    }

    /** @return pyrax's {@code cm.list_notifications()}: every notification, every page followed */
    public List<Notification> listNotifications() {
        return notifications(null, null).stream().toList();
    }

    /**
     * The lazy listing of the notifications.
     *
     * @param limit the page size, 1 to 1,000, or null for the service's
     * @param marker the id of the first notification to list, or null
     * @return the listing
     */
    public Listing<Notification> notifications(@Nullable Integer limit, @Nullable String marker) {
        return listing("listNotifications", json -> new Notification(this, json)).path("/notifications").limit(limit)
                .marker(marker).build();
    }

    /**
     * pyrax's {@code cm.get_notification(id)}.
     *
     * @param notificationId the notification's id
     * @return the notification
     */
    public Notification getNotification(String notificationId) {
        return Transport.blockValue(getNotificationAsync(notificationId));
    }

    Mono<Notification> getNotificationAsync(String notificationId) {
        String id = MonitoringLimits.text(notificationId, "notificationId");
        return send(HttpMethod.GET, "getNotification", request -> request.path("/notifications/{id}", id))
                .map(response -> new Notification(this, response.json()));
    }

    /**
     * pyrax's {@code cm.create_notification(notification_type, label=, details=)}.
     *
     * @param notificationType the type's id ({@code email}, {@code webhook}, {@code pagerduty}...)
     * @param label the notification's label, 1 to 255 characters, or null for none
     * @param details the details of the type ({@code {"address": "me@example.com"}})
     * @return the created notification, read back
     */
    public Notification createNotification(String notificationType, @Nullable String label, Map<String, String> details) {
        String type = MonitoringLimits.text(notificationType, "notificationType");
        ObjectNode body = Json.object();
        if (label != null) {
            body.put("label", MonitoringLimits.label(label, "label"));
        }
        body.put("type", type);
        body.set("details", MonitoringJson.stringMap(details(details)));
        String id = created("createNotification", request -> request.path("/notifications").jsonBody(Json.write(body)));
        return getNotification(id);
    }

    /**
     * @param notificationType the type, as {@link #listNotificationTypes()} returned it
     * @param label the notification's label, or null
     * @param details the details of the type
     * @return the created notification, read back
     * @see #createNotification(String, String, Map)
     */
    public Notification createNotification(NotificationType notificationType, @Nullable String label,
            Map<String, String> details) {
        return createNotification(Objects.requireNonNull(notificationType, "notificationType must not be null").id(),
                label, details);
    }

    private static Map<String, String> details(@Nullable Map<String, String> details) {
        Objects.requireNonNull(details, "details must not be null");
        Map<String, String> copy = new LinkedHashMap<>();
        details.forEach((key, value) -> {
            if (key == null || value == null) {
                throw new IllegalArgumentException("details must not hold null keys or values");
            }
            copy.put(key, value);
        });
        return copy;
    }

    /**
     * pyrax's {@code cm.test_notification(notification)}: sends an existing notification now, from
     * the servers that send alerts (to check that a firewall lets them through).
     *
     * @param notificationId the notification's id
     * @return the outcome
     */
    public NotificationTestResult testNotification(String notificationId) {
        String id = MonitoringLimits.text(notificationId, "notificationId");
        return notificationResult(block(send(HttpMethod.POST, "testNotification",
                request -> request.path("/notifications/{id}/test", id))).json());
    }

    /**
     * pyrax's {@code cm.test_notification(notification_type=, details=)}: tries a notification
     * before creating it.
     *
     * @param notificationType the type's id
     * @param details the details of the type
     * @return the outcome
     */
    public NotificationTestResult testNotification(String notificationType, Map<String, String> details) {
        ObjectNode body = Json.object();
        body.put("type", MonitoringLimits.text(notificationType, "notificationType"));
        body.set("details", MonitoringJson.stringMap(details(details)));
        return notificationResult(block(send(HttpMethod.POST, "testNewNotification",
                request -> request.path("/test-notification").jsonBody(Json.write(body)))).json());
    }

    private static NotificationTestResult notificationResult(JsonNode json) {
        return new NotificationTestResult(json.path("status").stringValue(null), json.path("message").stringValue(null));
    }

    /**
     * pyrax's {@code cm.update_notification(notification, details)}: the API wants the type with
     * the details, so the notification is read first for it.
     *
     * @param notificationId the notification's id
     * @param details its new details
     */
    public void updateNotification(String notificationId, Map<String, String> details) {
        Map<String, String> checked = details(details);
        Notification current = getNotification(notificationId);
        updateNotification(current.id(), MonitoringLimits.text(current.type(), "notification type"), checked);
    }

    void updateNotification(String notificationId, String type, Map<String, String> details) {
        String id = MonitoringLimits.text(notificationId, "notificationId");
        ObjectNode body = Json.object();
        body.put("type", type);
        body.set("details", MonitoringJson.stringMap(details(details)));
        block(send(HttpMethod.PUT, "updateNotification",
                request -> request.path("/notifications/{id}", id).jsonBody(Json.write(body))));
    }

    /**
     * pyrax's {@code cm.delete_notification(notification)}.
     *
     * @param notificationId the notification's id
     */
    public void deleteNotification(String notificationId) {
        String id = MonitoringLimits.text(notificationId, "notificationId");
        block(send(HttpMethod.DELETE, "deleteNotification", request -> request.path("/notifications/{id}", id)));
    }

    // ---------------------------------------------------------------- notification plans

    /** @return pyrax's {@code cm.list_notification_plans()}: every plan, every page followed */
    public List<NotificationPlan> listNotificationPlans() {
        return notificationPlans(null, null).stream().toList();
    }

    /**
     * The lazy listing of the notification plans.
     *
     * @param limit the page size, 1 to 1,000, or null for the service's
     * @param marker the id of the first plan to list, or null
     * @return the listing
     */
    public Listing<NotificationPlan> notificationPlans(@Nullable Integer limit, @Nullable String marker) {
        return listing("listNotificationPlans", json -> new NotificationPlan(this, json)).path("/notification_plans")
                .limit(limit).marker(marker).build();
    }

    /**
     * pyrax's {@code cm.get_notification_plan(id)}.
     *
     * @param planId the plan's id
     * @return the plan
     */
    public NotificationPlan getNotificationPlan(String planId) {
        return Transport.blockValue(getNotificationPlanAsync(planId));
    }

    Mono<NotificationPlan> getNotificationPlanAsync(String planId) {
        String id = MonitoringLimits.text(planId, "planId");
        return send(HttpMethod.GET, "getNotificationPlan", request -> request.path("/notification_plans/{id}", id))
                .map(response -> new NotificationPlan(this, response.json()));
    }

    /**
     * pyrax's {@code cm.create_notification_plan(label=, critical_state=, warning_state=, ok_state=)}.
     *
     * @param plan the plan: its label (required) and the notifications of each state
     * @return the created plan, read back
     * @throws IllegalArgumentException when the plan has no label
     */
    public NotificationPlan createNotificationPlan(NotificationPlanOptions plan) {
        Objects.requireNonNull(plan, "plan must not be null");
        if (plan.label() == null) {
            throw new IllegalArgumentException("label must be set to create a notification plan");
        }
        String id = created("createNotificationPlan",
                request -> request.path("/notification_plans").jsonBody(Json.write(plan.toJson())));
        return getNotificationPlan(id);
    }

    /**
     * Changes a notification plan (a partial update; a state given replaces the plan's list).
     *
     * @param planId the plan's id
     * @param changes what to change
     */
    public void updateNotificationPlan(String planId, NotificationPlanOptions changes) {
        String id = MonitoringLimits.text(planId, "planId");
        Objects.requireNonNull(changes, "changes must not be null");
        block(send(HttpMethod.PUT, "updateNotificationPlan",
                request -> request.path("/notification_plans/{id}", id).jsonBody(Json.write(changes.toJson()))));
    }

    /**
     * pyrax's {@code cm.delete_notification_plan(plan)}.
     *
     * @param planId the plan's id
     */
    public void deleteNotificationPlan(String planId) {
        String id = MonitoringLimits.text(planId, "planId");
        block(send(HttpMethod.DELETE, "deleteNotificationPlan", request -> request.path("/notification_plans/{id}", id)));
    }

    // ---------------------------------------------------------------- alarms

    /**
     * pyrax's {@code cm.list_alarms(entity)}.
     *
     * @param entityId the entity's id
     * @return its alarms, every page followed
     */
    public List<Alarm> listAlarms(String entityId) {
        return alarms(entityId, null, null).stream().toList();
    }

    /**
     * The lazy listing of an entity's alarms.
     *
     * @param entityId the entity's id
     * @param limit the page size, 1 to 1,000, or null for the service's
     * @param marker the id of the first alarm to list, or null
     * @return the listing
     */
    public Listing<Alarm> alarms(String entityId, @Nullable Integer limit, @Nullable String marker) {
        String id = MonitoringLimits.text(entityId, "entityId");
        return listing("listAlarms", json -> new Alarm(this, id, json)).path("/entities/{id}/alarms", id).limit(limit)
                .marker(marker).build();
    }

    /**
     * pyrax's {@code cm.get_alarm(entity, alarm)}.
     *
     * @param entityId the entity's id
     * @param alarmId the alarm's id
     * @return the alarm
     */
    public Alarm getAlarm(String entityId, String alarmId) {
        return Transport.blockValue(getAlarmAsync(entityId, alarmId));
    }

    Mono<Alarm> getAlarmAsync(String entityId, String alarmId) {
        String id = MonitoringLimits.text(entityId, "entityId");
        String alarm = MonitoringLimits.text(alarmId, "alarmId");
        return send(HttpMethod.GET, "getAlarm", request -> request.path("/entities/{id}/alarms/{alarm}", id, alarm))
                .map(response -> new Alarm(this, id, response.json()));
    }

    /**
     * pyrax's {@code cm.create_alarm(entity, check, notification_plan, criteria)}.
     *
     * @param entityId the entity's id
     * @param checkId the id of the check to alert on
     * @param planId the id of the plan to execute when the state changes
     * @param criteria alarm language text (1 to 16,384 characters), passed through; null for none
     * @return the created alarm, read back
     */
    public Alarm createAlarm(String entityId, String checkId, String planId, @Nullable String criteria) {
        return createAlarm(entityId, checkId, planId, criteria == null ? AlarmOptions.defaults()
                : AlarmOptions.criteria(criteria));
    }

    /**
     * The seed's {@code cm.create_alarm(entity, check, np, criteria)} with handles.
     *
     * @param entity the entity
     * @param check the check to alert on
     * @param plan the plan to execute
     * @param criteria alarm language text, passed through; null for none
     * @return the created alarm, read back
     */
    public Alarm createAlarm(Entity entity, Check check, NotificationPlan plan, @Nullable String criteria) {
        return createAlarm(Objects.requireNonNull(entity, "entity must not be null").id(),
                Objects.requireNonNull(check, "check must not be null").id(),
                Objects.requireNonNull(plan, "plan must not be null").id(), criteria);
    }

    /**
     * pyrax's {@code cm.create_alarm(entity, check, notification_plan, criteria=, disabled=,
     * label=, metadata=)}.
     *
     * @param entityId the entity's id
     * @param checkId the id of the check to alert on
     * @param planId the id of the plan to execute
     * @param options criteria, disabled, label, metadata
     * @return the created alarm, read back
     */
    public Alarm createAlarm(String entityId, String checkId, String planId, AlarmOptions options) {
        String id = MonitoringLimits.text(entityId, "entityId");
        ObjectNode body = Json.object();
        body.put("check_id", MonitoringLimits.text(checkId, "checkId"));
        body.put("notification_plan_id", MonitoringLimits.text(planId, "planId"));
        Objects.requireNonNull(options, "options must not be null").writeTo(body);
        String alarm = created("createAlarm", request -> request.path("/entities/{id}/alarms", id).jsonBody(Json.write(body)));
        return getAlarm(id, alarm);
    }

    /**
     * Evaluates alarm criteria against check results without creating an alarm
     * ({@code POST /entities/{id}/test-alarm}).
     *
     * @param entityId the entity's id
     * @param criteria alarm language text, 1 to 16,384 characters
     * @param checkData results of {@link #testCheck(String, CheckSpec)} or {@link Check#test()}
     * @return the state the criteria give for each result
     */
    public List<AlarmTestResult> testAlarm(String entityId, String criteria, List<CheckTestResult> checkData) {
        String id = MonitoringLimits.text(entityId, "entityId");
        ObjectNode body = Json.object();
        body.put("criteria", MonitoringLimits.criteria(criteria));
        ArrayNode data = body.putArray("check_data");
        Objects.requireNonNull(checkData, "checkData must not be null")
                .forEach(result -> data.add(Objects.requireNonNull(result, "checkData element must not be null").json()));
        JsonNode results = block(send(HttpMethod.POST, "testAlarm",
                request -> request.path("/entities/{id}/test-alarm", id).jsonBody(Json.write(body)))).json();
        return results.isArray() ? java.util.stream.StreamSupport.stream(results.spliterator(), false)
                .map(AlarmTestResult::of).toList() : List.of();
    }

    /**
     * pyrax's {@code cm.update_alarm(entity, alarm, criteria=, disabled=, label=, metadata=)}: a
     * partial update.
     *
     * @param entityId the entity's id
     * @param alarmId the alarm's id
     * @param changes what to change
     * @throws IllegalArgumentException when nothing is set
     */
    public void updateAlarm(String entityId, String alarmId, AlarmOptions changes) {
        String id = MonitoringLimits.text(entityId, "entityId");
        String alarm = MonitoringLimits.text(alarmId, "alarmId");
        if (Objects.requireNonNull(changes, "changes must not be null").isEmpty()) {
            throw new IllegalArgumentException("an alarm update must change at least one of criteria, disabled, label"
                    + " or metadata");
        }
        block(send(HttpMethod.PUT, "updateAlarm", request -> request.path("/entities/{id}/alarms/{alarm}", id, alarm)
                .jsonBody(Json.write(changes.writeTo(Json.object())))));
    }

    /**
     * pyrax's {@code cm.delete_alarm(entity, alarm)}.
     *
     * @param entityId the entity's id
     * @param alarmId the alarm's id
     */
    public void deleteAlarm(String entityId, String alarmId) {
        String id = MonitoringLimits.text(entityId, "entityId");
        String alarm = MonitoringLimits.text(alarmId, "alarmId");
        block(send(HttpMethod.DELETE, "deleteAlarm", request -> request.path("/entities/{id}/alarms/{alarm}", id, alarm)));
    }

    // ---------------------------------------------------------------- changelogs and overview

    /**
     * pyrax's {@code cm.get_changelogs()}: the changes of state of every alarm of the account
     * over the service's default range, the last 7 days.
     *
     * @return the changelog entries, every page followed
     */
    public List<AlarmStateChange> getChangelogs() {
        return changelogs(null, null, null).stream().toList();
    }

    /**
     * pyrax's {@code cm.get_changelogs(entity=)}: the last 7 days of one entity's alarms.
     *
     * @param entityId the entity's id
     * @return the changelog entries, every page followed
     */
    public List<AlarmStateChange> getChangelogs(String entityId) {
        return changelogs(MonitoringLimits.text(entityId, "entityId"), null, null).stream().toList();
    }

    /**
     * The lazy listing of the alarm changelogs, over a chosen range.
     *
     * @param entityId one entity's id, or null for every entity
     * @param from the start of the range, or null for 7 days before {@code to}
     * @param to the end of the range, or null for now
     * @return the listing
     * @throws IllegalArgumentException when both are given and {@code to} is not after {@code from}
     */
    public Listing<AlarmStateChange> changelogs(@Nullable String entityId, @Nullable Instant from, @Nullable Instant to) {
        if (from != null && to != null) {
            checkRange(from, to);
        }
        return listing("listAlarmChangelogs", AlarmStateChange::new).path("/changelogs/alarms")
                .query("entityId", entityId == null ? null : MonitoringLimits.text(entityId, "entityId"))
                .query("from", from == null ? null : from.toEpochMilli())
                .query("to", to == null ? null : to.toEpochMilli()).build();
    }

    /**
     * pyrax's {@code cm.get_overview()}: every entity with its checks, alarms and their latest
     * states, in as few requests as the service's pages allow.
     *
     * @return the overview, one entry per entity
     */
    public List<EntityOverview> getOverview() {
        return overview(null, null, null).stream().toList();
    }

    /**
     * pyrax's {@code cm.get_overview(entity=)}.
     *
     * @param entityId the entity's id
     * @return the entity's overview (one entry)
     */
    public List<EntityOverview> getOverview(String entityId) {
        return overview(MonitoringLimits.text(entityId, "entityId"), null, null).stream().toList();
    }

    /**
     * The lazy listing of the overview.
     *
     * @param entityId one entity's id, or null for every entity
     * @param limit the page size, 1 to 1,000, or null for the service's
     * @param marker the id of the first entity to list, or null
     * @return the listing
     */
    public Listing<EntityOverview> overview(@Nullable String entityId, @Nullable Integer limit, @Nullable String marker) {
        return listing("getOverview", json -> new EntityOverview(this, json)).path("/views/overview")
                .query("entityId", entityId).limit(limit).marker(marker).build();
    }

    // ---------------------------------------------------------------- health

    /** The health entry's read: the account (a cheap GET that proves the token and the endpoint). */
    private Mono<Map<String, Object>> healthDetails() {
        return client.exchange(client.request(HttpMethod.GET, "getAccount").path("/account")).map(response -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("region", String.valueOf(client.region()));
            details.put("interface", client.endpointInterface());
            return details;
        });
    }

    @Override
    public String toString() {
        return "CloudMonitoring[region=" + client.region() + ", interface=" + client.endpointInterface() + "]";
    }

    // ---------------------------------------------------------------- plumbing

    private <T> Listing.Builder<T> listing(String operation, Function<JsonNode, T> mapper) {
        return Listing.builder(client, operation, PAGING, mapper).items("values");
    }

    /** Sends a create and reads the new resource's id from the answer's headers. */
    private String created(String operation, Function<ApiRequest.Builder, ApiRequest.Builder> spec) {
        ApiResponse response = block(send(HttpMethod.POST, operation, spec));
        return MonitoringJson.createdId(response, client.service(), operation);
    }

    private Mono<ApiResponse> send(HttpMethod method, String operation, Function<ApiRequest.Builder, ApiRequest.Builder> spec) {
        return client.exchange(spec.apply(client.request(method, operation)));
    }

    private static ApiResponse block(Mono<ApiResponse> response) {
        return Transport.blockValue(response);
    }
}
