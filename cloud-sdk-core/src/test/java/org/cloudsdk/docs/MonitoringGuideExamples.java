package org.cloudsdk.docs;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cloudsdk.CloudContext;
import org.cloudsdk.monitoring.Alarm;
import org.cloudsdk.monitoring.AlarmOptions;
import org.cloudsdk.monitoring.AlarmStateChange;
import org.cloudsdk.monitoring.AlarmTestResult;
import org.cloudsdk.monitoring.Check;
import org.cloudsdk.monitoring.CheckSpec;
import org.cloudsdk.monitoring.CheckTestResult;
import org.cloudsdk.monitoring.CheckType;
import org.cloudsdk.monitoring.CheckUpdate;
import org.cloudsdk.monitoring.CloudMonitoring;
import org.cloudsdk.monitoring.DataPoint;
import org.cloudsdk.monitoring.Entity;
import org.cloudsdk.monitoring.EntityOptions;
import org.cloudsdk.monitoring.EntityOverview;
import org.cloudsdk.monitoring.EntityUpdate;
import org.cloudsdk.monitoring.Metric;
import org.cloudsdk.monitoring.MetricDataOptions;
import org.cloudsdk.monitoring.MonitoringZone;
import org.cloudsdk.monitoring.Notification;
import org.cloudsdk.monitoring.NotificationPlan;
import org.cloudsdk.monitoring.NotificationPlanOptions;
import org.cloudsdk.monitoring.NotificationTestResult;
import org.cloudsdk.monitoring.NotificationType;
import org.cloudsdk.monitoring.Resolution;
import org.cloudsdk.monitoring.Stat;
import org.cloudsdk.monitoring.TypeField;
import org.cloudsdk.paging.Listing;

/**
 * The examples of {@code docs/monitoring.md}, as compiled code: the body of each method is a
 * {@code java} block of the guide, character for character but for indentation
 * ({@code DocExamplesMatchSourcesTest} checks it).
 *
 * <p>What a block takes for granted is a parameter of its method, named as the guide names it:
 * {@code cm} is the {@link CloudMonitoring} of a Rackspace account ({@code ctx.monitoring()}),
 * {@code ent} an {@link Entity}, {@code chk} a {@link Check}, {@code plan} a
 * {@link NotificationPlan}, {@code alarm} an {@link Alarm}. {@code out} is where the examples
 * print. {@code MonitoringGuideExamplesTest} runs them against a WireMock Cloud Monitoring (the
 * service is Rackspace's alone: there is no local one).
 */
public final class MonitoringGuideExamples {

    private final PrintStream out;

    /** @param out where the examples print ({@code System.out} in an application) */
    public MonitoringGuideExamples(PrintStream out) {
        this.out = out;
    }

    CloudMonitoring connecting(CloudContext ctx) {
        CloudMonitoring cm = ctx.monitoring();           // pyrax.cloud_monitoring
        CloudMonitoring same = ctx.monitoring("LON");    // one endpoint, whatever the region
        return cm;
    }

    Entity createEntity(CloudMonitoring cm) {
        Entity ent = cm.createEntity("sample_entity", EntityOptions.builder()
                .ipAddresses(Map.of("example", "192.0.2.34"))   // alias -> IPv4 or IPv6 address
                .metadata(Map.of("description", "Just a test entity"))
                .build());
        out.println(ent.id() + " " + ent.label() + " " + ent.ipAddresses());
        return ent;
    }

    void entities(CloudMonitoring cm, Entity ent) {
        for (Entity each : cm.listEntities()) {                 // cm.list_entities(): every page followed
            out.println(each);
        }
        Entity same = cm.getEntity(ent.id());                   // cm.get_entity(id)
        ent.update(EntityUpdate.builder().metadata(Map.of("owner", "ops")).build());
    }

    void checkTypes(CloudMonitoring cm) {
        List<CheckType> chkTypes = cm.listCheckTypes();
        CheckType http = cm.getCheckType("remote.http");
        for (TypeField field : http.fields()) {                 // name, description, optional
            out.println(field.name() + (field.optional() ? "" : " (required)") + ": " + field.description());
        }
        out.println(http.requiredFieldNames());                 // [url]
    }

    List<MonitoringZone> zones(CloudMonitoring cm) {
        List<MonitoringZone> zones = cm.listMonitoringZones();
        for (MonitoringZone zone : zones) {
            out.println(zone);
        }
        return zones;
    }

    Check createCheck(CloudMonitoring cm, Entity ent) {
        Check chk = cm.createCheck(ent, CheckSpec.builder("remote.http")
                .label("sample_check")
                .details(Map.of("url", "http://example.com/some_page"))
                .period(900)
                .timeout(20)
                .monitoringZonesPoll("mzdfw", "mzlon", "mzsyd")
                .targetHostname("example.com")                  // a host name, not a URL
                .build());
        out.println(chk.id() + " " + chk.type() + " every " + chk.period().orElseThrow() + " s");
        return chk;
    }

    Check createCheckOnTheEntity(Entity ent, List<MonitoringZone> zones, CheckType http) {
        Check chk = ent.createCheck(CheckSpec.builder(http)    // ent.create_check(...): the type as a handle
                .name("by alias")                               // name: a synonym of label
                .detail("url", "http://example.com/")
                .detail("follow_redirects", false)
                .monitoringZonesPoll(zones.get(0), zones.get(3))  // zones as handles or ids
                .targetAlias("example")                         // a key of the entity's ipAddresses
                .disabled(true)                                 // created, but not run until enabled
                .build());
        return chk;
    }

    void checkLimits() {
        try {
            CheckSpec.builder("remote.http").details(Map.of("url", "http://example.com/"))
                    .monitoringZonesPoll("mzdfw").targetHostname("example.com")
                    .period(60).timeout(60)                     // the timeout must be below the period
                    .build();
        } catch (IllegalArgumentException refused) {
            out.println(refused.getMessage());                  // nothing was sent
        }
    }

    List<CheckTestResult> testCheck(CloudMonitoring cm, Entity ent, CheckSpec spec) {
        List<CheckTestResult> results = ent.testCheck(spec);    // runs it once, creates nothing
        for (CheckTestResult result : results) {
            out.println(result.monitoringZoneId() + " available=" + result.available() + " " + result.metrics());
        }
        List<CheckTestResult> debug = cm.testCheck(ent.id(), spec, true);  // a remote.http check's body too
        return results;
    }

    void checks(Entity ent, Check chk) {
        List<Check> checks = ent.listChecks();                  // cm.list_checks(ent)
        Check fresh = ent.getCheck(chk.id());                   // or chk.reload()
        chk.update(CheckUpdate.builder().label("New check label").timeout(10).build());
        List<CheckTestResult> now = chk.test();                 // an existing check, run once now
    }

    void deleteCheck(Check chk) {
        chk.delete();                                           // or ent.deleteCheck(chk.id())
    }

    void notificationTypes(CloudMonitoring cm) {
        for (NotificationType type : cm.listNotificationTypes()) {
            out.println(type.id() + " " + type.requiredFieldNames());
        }
    }

    Notification createNotification(CloudMonitoring cm) {
        Notification email = cm.createNotification("email", "my_email_notification",
                Map.of("address", "me@example.com"));
        NotificationTestResult sent = email.test();             // sends it now: is the address right?
        out.println(sent.status() + ": " + sent.message());
        return email;
    }

    void notifications(CloudMonitoring cm, Notification email) {
        NotificationTestResult tried = cm.testNotification("webhook", Map.of("url", "https://example.com/alert"));
        List<Notification> all = cm.listNotifications();
        email.update(Map.of("address", "ops@example.com"));    // the type stays
        cm.deleteNotification(email.id());                      // or email.delete()
    }

    NotificationPlan createPlan(CloudMonitoring cm, Notification okHook, Notification warningEmail,
            Notification criticalEmail) {
        NotificationPlan plan = cm.createNotificationPlan(NotificationPlanOptions.builder()
                .label("default")
                .okState(okHook)
                .warningState(warningEmail)
                .criticalState(criticalEmail)                   // handles, or ids: .criticalState("ntAAAA")
                .build());
        out.println(plan);
        return plan;
    }

    void plans(CloudMonitoring cm, NotificationPlan plan, Notification criticalEmail) {
        List<NotificationPlan> plans = cm.listNotificationPlans();
        plan.update(NotificationPlanOptions.builder().criticalState(criticalEmail).build());
        plan.delete();                                          // or cm.deleteNotificationPlan(plan.id())
    }

    void metrics(Check chk) {
        List<Metric> metrics = chk.listMetrics();               // empty until the check has run
        for (Metric metric : metrics) {
            out.println(metric.name() + " (" + metric.unit() + ")");  // mzdfw.available (percent)
        }
        Instant to = Instant.now();
        List<DataPoint> points = chk.getMetricDataPoints("mzdfw.average", to.minus(Duration.ofDays(1)), to,
                MetricDataOptions.resolution(Resolution.MIN60));
        List<DataPoint> some = metrics.get(1).getDataPoints(to.minus(Duration.ofDays(1)), to,
                MetricDataOptions.builder().points(100).select(Stat.AVERAGE, Stat.MAX).build());
        for (DataPoint point : points) {
            out.println(point.timestamp() + " " + point.average().orElse(Double.NaN));
        }
    }

    Alarm createAlarm(CloudMonitoring cm, Entity entity, Check check, NotificationPlan np) {
        Alarm alarm = cm.createAlarm(entity, check, np,
                "if (rate(metric['average']) > 10) { return new AlarmStatus(WARNING); } return new AlarmStatus(OK);");
        out.println(alarm.id() + " on " + alarm.checkId() + " -> " + alarm.notificationPlanId());
        return alarm;
    }

    void alarmOptions(Entity ent, Check chk, NotificationPlan np) {
        Alarm quiet = ent.createAlarm(chk.id(), np.id(), AlarmOptions.builder()
                .criteria("return new AlarmStatus(OK);")
                .label("always ok")
                .disabled(true)
                .metadata(Map.of("owner", "ops"))
                .build());
    }

    void testAlarm(Entity ent, Check chk) {
        List<CheckTestResult> data = chk.test();
        List<AlarmTestResult> states = ent.testAlarm(
                "if (metric['code'] == '404') { return new AlarmStatus(CRITICAL, 'not found'); }"
                        + " return new AlarmStatus(OK);", data);
        out.println(states.get(0).state() + ": " + states.get(0).status());  // OK: Matched default return statement
    }

    void alarms(Entity ent, Alarm alarm) {
        List<Alarm> alarms = ent.listAlarms();                  // cm.list_alarms(ent)
        alarm.update(AlarmOptions.criteria("if (metric['average'] < 100) { return new AlarmStatus(OK); }"
                + " return new AlarmStatus(WARNING);"));
        alarm.delete();                                         // or ent.deleteAlarm(alarm.id())
    }

    void changelogs(CloudMonitoring cm, Entity myEntity) {
        List<AlarmStateChange> chglogs = cm.getChangelogs();    // the last 7 days, every entity
        List<AlarmStateChange> mine = cm.getChangelogs(myEntity.id());  // or myEntity.getChangelogs()
        for (AlarmStateChange change : chglogs) {
            out.println(change.timestamp().orElseThrow() + " " + change.alarmId() + " " + change.state());
        }
        Instant to = Instant.now();
        Listing<AlarmStateChange> month = cm.changelogs(null, to.minus(Duration.ofDays(30)), to);
    }

    void overview(CloudMonitoring cm, Entity myEntity) {
        List<EntityOverview> view = cm.getOverview();           // or cm.getOverview(myEntity.id())
        for (EntityOverview entry : view) {
            out.println(entry.entity().label() + ": " + entry.checks().size() + " checks, "
                    + entry.alarms().size() + " alarms, latest " + entry.latestAlarmStates());
        }
        String raw = view.get(0).json().toString();             // what pyrax returned: the raw data
    }

    void paging(CloudMonitoring cm) {
        Listing<Entity> entities = cm.entities(50, null);       // 50 a page (at most 1,000)
        entities.stream().limit(120).forEach(out::println);     // fetches 3 pages, no more
    }

    void deleteEntity(Entity ent) {
        ent.delete();                                           // or cm.deleteEntity(ent.id())
    }
}
