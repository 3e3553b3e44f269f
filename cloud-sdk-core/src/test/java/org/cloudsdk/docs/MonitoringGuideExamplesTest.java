package org.cloudsdk.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudsdk.monitoring.MonitoringFixtures.ALARM;
import static org.cloudsdk.monitoring.MonitoringFixtures.ALARM_ID;
import static org.cloudsdk.monitoring.MonitoringFixtures.ALARM_RESULTS;
import static org.cloudsdk.monitoring.MonitoringFixtures.CHANGELOG;
import static org.cloudsdk.monitoring.MonitoringFixtures.CHECK;
import static org.cloudsdk.monitoring.MonitoringFixtures.CHECK_ID;
import static org.cloudsdk.monitoring.MonitoringFixtures.CHECK_RESULT;
import static org.cloudsdk.monitoring.MonitoringFixtures.DATA_POINTS;
import static org.cloudsdk.monitoring.MonitoringFixtures.EMAIL;
import static org.cloudsdk.monitoring.MonitoringFixtures.EMAIL_ID;
import static org.cloudsdk.monitoring.MonitoringFixtures.ENTITY;
import static org.cloudsdk.monitoring.MonitoringFixtures.ENTITY_ID;
import static org.cloudsdk.monitoring.MonitoringFixtures.HTTP_CHECK_TYPE;
import static org.cloudsdk.monitoring.MonitoringFixtures.METRICS;
import static org.cloudsdk.monitoring.MonitoringFixtures.NOTIFICATION_TYPES;
import static org.cloudsdk.monitoring.MonitoringFixtures.OVERVIEW_ENTRIES;
import static org.cloudsdk.monitoring.MonitoringFixtures.PING_CHECK_TYPE;
import static org.cloudsdk.monitoring.MonitoringFixtures.PLAN;
import static org.cloudsdk.monitoring.MonitoringFixtures.PLAN_ID;
import static org.cloudsdk.monitoring.MonitoringFixtures.WEBHOOK;
import static org.cloudsdk.monitoring.MonitoringFixtures.ZONES;
import static org.cloudsdk.monitoring.MonitoringFixtures.page;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.cloudsdk.monitoring.Alarm;
import org.cloudsdk.monitoring.Check;
import org.cloudsdk.monitoring.CheckSpec;
import org.cloudsdk.monitoring.CloudMonitoring;
import org.cloudsdk.monitoring.Entity;
import org.cloudsdk.monitoring.MonitoringZone;
import org.cloudsdk.monitoring.Notification;
import org.cloudsdk.monitoring.NotificationPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Runs the examples of {@code docs/monitoring.md} ({@link MonitoringGuideExamples}). Cloud
 * Monitoring is Rackspace's alone and has no local server, so they run on a Rackspace catalog
 * (the identity fixture {@code monitoring/rackspace-monitoring-access.json}, which lists
 * {@code rax:monitor} without a region, as Rackspace's does) whose endpoint is WireMock answering
 * as the API reference does, and the test checks the requests they send.
 */
class MonitoringGuideExamplesTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static final String API = "/monitoring/v1.0/000000";
    private static final String ENT = API + "/entities/" + ENTITY_ID;
    private static final String CHK = ENT + "/checks/" + CHECK_ID;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final MonitoringGuideExamples examples =
            new MonitoringGuideExamples(new PrintStream(printed, true, StandardCharsets.UTF_8));
    private CloudContext ctx;
    private CloudMonitoring cm;

    @BeforeEach
    void connect() {
        TestCloud.stubV2Tokens(cloud, "monitoring/rackspace-monitoring-access.json");
        ctx = TestCloud.isolatedBuilder().identityType("rackspace").authEndpoint(TestCloud.baseUrl(cloud) + "/v2.0/")
                .username("someuser").apiKey("0123456789abcdef0123456789abcdef").region("ORD").build();
        cm = examples.connecting(ctx);
        created(API + "/entities", ENTITY_ID);
        created(ENT + "/checks", CHECK_ID);
        created(API + "/notifications", EMAIL_ID);
        created(API + "/notification_plans", PLAN_ID);
        created(ENT + "/alarms", ALARM_ID);
        cloud.stubFor(get(urlEqualTo(API + "/entities")).willReturn(okJson(page(ENTITY))));
        cloud.stubFor(get(urlEqualTo(ENT)).willReturn(okJson(ENTITY)));
        cloud.stubFor(get(urlEqualTo(API + "/check_types")).willReturn(okJson(page(HTTP_CHECK_TYPE + "," + PING_CHECK_TYPE))));
        cloud.stubFor(get(urlEqualTo(API + "/check_types/remote.http")).willReturn(okJson(HTTP_CHECK_TYPE)));
        cloud.stubFor(get(urlEqualTo(API + "/monitoring_zones")).willReturn(okJson(page(ZONES))));
        cloud.stubFor(get(urlEqualTo(ENT + "/checks")).willReturn(okJson(page(CHECK))));
        cloud.stubFor(get(urlEqualTo(CHK)).willReturn(okJson(CHECK)));
        cloud.stubFor(post(urlEqualTo(CHK + "/test")).willReturn(okJson("[" + CHECK_RESULT + "]")));
        cloud.stubFor(post(urlPathEqualTo(ENT + "/test-check")).willReturn(okJson("[" + CHECK_RESULT + "]")));
        cloud.stubFor(get(urlEqualTo(CHK + "/metrics")).willReturn(okJson(page(METRICS))));
        cloud.stubFor(get(urlPathMatching(CHK + "/metrics/mzdfw.average/plot")).willReturn(okJson(DATA_POINTS)));
        cloud.stubFor(get(urlEqualTo(API + "/notification_types")).willReturn(okJson(page(NOTIFICATION_TYPES))));
        cloud.stubFor(get(urlEqualTo(API + "/notifications")).willReturn(okJson(page(EMAIL + "," + WEBHOOK))));
        cloud.stubFor(get(urlEqualTo(API + "/notifications/" + EMAIL_ID)).willReturn(okJson(EMAIL)));
        cloud.stubFor(post(urlEqualTo(API + "/notifications/" + EMAIL_ID + "/test")).willReturn(okJson(
                "{\"status\": \"success\", \"message\": \"Success: Email sent\"}")));
        cloud.stubFor(post(urlEqualTo(API + "/test-notification")).willReturn(okJson(
                "{\"status\": \"success\", \"message\": \"Success: Webhook successfully executed\"}")));
        cloud.stubFor(get(urlEqualTo(API + "/notification_plans")).willReturn(okJson(page(PLAN))));
        cloud.stubFor(get(urlEqualTo(API + "/notification_plans/" + PLAN_ID)).willReturn(okJson(PLAN)));
        cloud.stubFor(get(urlEqualTo(ENT + "/alarms")).willReturn(okJson(page(ALARM))));
        cloud.stubFor(get(urlEqualTo(ENT + "/alarms/" + ALARM_ID)).willReturn(okJson(ALARM)));
        cloud.stubFor(post(urlEqualTo(ENT + "/test-alarm")).willReturn(okJson(ALARM_RESULTS)));
        cloud.stubFor(get(urlPathEqualTo(API + "/changelogs/alarms")).willReturn(okJson(page(CHANGELOG))));
        cloud.stubFor(get(urlPathEqualTo(API + "/views/overview")).willReturn(okJson(page(OVERVIEW_ENTRIES))));
        cloud.stubFor(put(urlPathMatching(API + "/.*")).willReturn(aResponse().withStatus(204)));
        cloud.stubFor(delete(urlPathMatching(API + "/.*")).willReturn(aResponse().withStatus(204)));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private static void created(String collection, String id) {
        cloud.stubFor(post(urlEqualTo(collection)).willReturn(aResponse().withStatus(201)
                .withHeader("Location", TestCloud.baseUrl(cloud) + collection + "/" + id).withHeader("X-Object-ID", id)));
    }

    private Entity ent() {
        Entity ent = cm.getEntity(ENTITY_ID);
        Check chk = cm.getCheck(ENTITY_ID, CHECK_ID);
        cloud.resetRequests();
        return ent;
    }

    private Check chk() {
        Check chk = cm.getCheck(ENTITY_ID, CHECK_ID);
        cloud.resetRequests();
        return chk;
    }

    private NotificationPlan plan() {
        NotificationPlan plan = cm.getNotificationPlan(PLAN_ID);
        cloud.resetRequests();
        return plan;
    }

    @Test
    void theClientFindsTheRegionlessEndpointWhateverTheRegion() {
        assertThat(cm).isSameAs(ctx.service(CloudMonitoring.SERVICE, "ORD")).isSameAs(ctx.region("ORD").monitoring());
        assertThat(cm.client().endpointUrl()).isEqualTo(TestCloud.baseUrl(cloud) + API);
        assertThat(ctx.service(CloudMonitoring.SERVICE, "LON").client().endpointUrl()).isEqualTo(TestCloud.baseUrl(cloud) + API);
    }

    @Test
    void entities() {
        Entity ent = examples.createEntity(cm);
        examples.entities(cm, ent);
        examples.deleteEntity(ent);

        assertThat(printed()).startsWith(ENTITY_ID + " sample_entity {example=192.0.2.34}\n"
                + "Entity[id=" + ENTITY_ID + ", label=sample_entity, ipAddresses={example=192.0.2.34}]\n");
        cloud.verify(postRequestedFor(urlEqualTo(API + "/entities")).withRequestBody(equalToJson("""
                {"label": "sample_entity", "ip_addresses": {"example": "192.0.2.34"},
                 "metadata": {"description": "Just a test entity"}}""")));
        cloud.verify(putRequestedFor(urlEqualTo(ENT)).withRequestBody(equalToJson("{\"metadata\": {\"owner\": \"ops\"}}")));
        assertThat(calls()).containsExactly("POST " + API + "/entities", "GET " + ENT, "GET " + API + "/entities",
                "GET " + ENT, "PUT " + ENT, "DELETE " + ENT);
    }

    @Test
    void checkTypesAndZones() {
        examples.checkTypes(cm);
        List<MonitoringZone> zones = examples.zones(cm);

        assertThat(printed()).startsWith("url (required): Target URL\nbody: Body match regular expression")
                .contains("[url]\nMonitoringZone[country_code=US, id=mzdfw, label=Dallas Fort Worth (DFW), "
                        + "source_ips=[2001:4800:7902:0001::/64, 50.56.142.128/26]]\n");
        assertThat(zones).hasSize(6);
    }

    @Test
    void creatingChecks() {
        Entity ent = ent();
        Check chk = examples.createCheck(cm, ent);
        examples.createCheckOnTheEntity(ent, cm.listMonitoringZones(), cm.getCheckType("remote.http"));
        examples.checkLimits();

        assertThat(printed()).isEqualTo(CHECK_ID + " remote.http every 900 s\n"
                + "timeout must be less than the period, was timeout 60 >= period 60\n");
        cloud.verify(postRequestedFor(urlEqualTo(ENT + "/checks")).withRequestBody(equalToJson("""
                {"label": "sample_check", "type": "remote.http", "details": {"url": "http://example.com/some_page"},
                 "disabled": false, "period": 900, "timeout": 20, "monitoring_zones_poll": ["mzdfw", "mzlon", "mzsyd"],
                 "target_hostname": "example.com"}""")));
        cloud.verify(postRequestedFor(urlEqualTo(ENT + "/checks")).withRequestBody(equalToJson("""
                {"label": "by alias", "type": "remote.http", "details": {"url": "http://example.com/", "follow_redirects": false},
                 "disabled": true, "monitoring_zones_poll": ["mzdfw", "mzlon"], "target_alias": "example"}""")));
        assertThat(chk.entityId()).isEqualTo(ENTITY_ID);
    }

    @Test
    void testingListingUpdatingAndDeletingChecks() {
        Entity ent = ent();
        CheckSpec spec = CheckSpec.builder("remote.http").details(Map.of("url", "http://example.com/"))
                .monitoringZonesPoll("mzdfw").targetAlias("example").build();
        examples.testCheck(cm, ent, spec);
        Check chk = chk();
        examples.checks(ent, chk);
        examples.deleteCheck(chk);

        assertThat(printed()).isEqualTo("mzdfw available=true {bytes=0, tt_firstbyte=257, tt_connect=128, code=200, "
                + "duration=257}\n");
        cloud.verify(putRequestedFor(urlEqualTo(CHK)).withRequestBody(equalToJson(
                "{\"label\": \"New check label\", \"timeout\": 10}")));
        assertThat(calls()).containsExactly("GET " + ENT + "/checks", "GET " + CHK, "PUT " + CHK, "POST " + CHK + "/test",
                "DELETE " + CHK);
    }

    @Test
    void notificationsAndPlans() {
        examples.notificationTypes(cm);
        Notification email = examples.createNotification(cm);
        examples.notifications(cm, email);
        List<Notification> all = cm.listNotifications();
        NotificationPlan plan = examples.createPlan(cm, all.get(1), all.get(0), all.get(0));
        examples.plans(cm, plan, all.get(0));

        assertThat(printed()).isEqualTo("webhook [url]\nemail [address]\npagerduty [service_key]\n"
                + "success: Success: Email sent\n"
                + "NotificationPlan[id=npAAAA, label=default, critical=[ntAAAA], warning=[ntAAAA], ok=[ntBBBB]]\n");
        cloud.verify(postRequestedFor(urlEqualTo(API + "/notifications")).withRequestBody(equalToJson(
                "{\"label\": \"my_email_notification\", \"type\": \"email\", \"details\": {\"address\": \"me@example.com\"}}")));
        cloud.verify(putRequestedFor(urlEqualTo(API + "/notifications/" + EMAIL_ID)).withRequestBody(equalToJson(
                "{\"type\": \"email\", \"details\": {\"address\": \"ops@example.com\"}}")));
        cloud.verify(postRequestedFor(urlEqualTo(API + "/notification_plans")).withRequestBody(equalToJson(
                "{\"label\": \"default\", \"ok_state\": [\"ntBBBB\"], \"warning_state\": [\"ntAAAA\"],"
                        + " \"critical_state\": [\"ntAAAA\"]}")));
        cloud.verify(putRequestedFor(urlEqualTo(API + "/notification_plans/" + PLAN_ID)).withRequestBody(equalToJson(
                "{\"critical_state\": [\"ntAAAA\"]}")));
    }

    @Test
    void metricsAndDataPoints() {
        examples.metrics(chk());

        assertThat(printed()).isEqualTo("mzdfw.available (percent)\nmzdfw.average (seconds)\n"
                + "2012-04-30T00:00:00Z 4.1\n2012-05-01T00:00:00Z 6.05\n");
        List<String> calls = calls();
        assertThat(calls).hasSize(3);
        assertThat(calls.get(1)).matches("GET " + CHK.replace(".", "\\.") + "/metrics/mzdfw\\.average/plot\\?from=\\d+&to=\\d+"
                + "&resolution=MIN60");
        assertThat(calls.get(2)).matches("GET .*/plot\\?from=\\d+&to=\\d+&points=100&select=average&select=max");
    }

    @Test
    void alarms() {
        Entity ent = ent();
        Check chk = chk();
        NotificationPlan np = plan();
        Alarm alarm = examples.createAlarm(cm, ent, chk, np);
        examples.alarmOptions(ent, chk, np);
        examples.testAlarm(ent, chk);
        examples.alarms(ent, alarm);

        assertThat(printed()).isEqualTo(ALARM_ID + " on " + CHECK_ID + " -> " + PLAN_ID + "\n"
                + "OK: Matched default return statement\n");
        cloud.verify(postRequestedFor(urlEqualTo(ENT + "/alarms")).withRequestBody(equalToJson("""
                {"check_id": "chAAAA", "notification_plan_id": "npAAAA",
                 "criteria": "if (rate(metric['average']) > 10) { return new AlarmStatus(WARNING); } return new AlarmStatus(OK);"}""")));
        cloud.verify(postRequestedFor(urlEqualTo(ENT + "/alarms")).withRequestBody(equalToJson("""
                {"check_id": "chAAAA", "notification_plan_id": "npAAAA", "criteria": "return new AlarmStatus(OK);",
                 "label": "always ok", "disabled": true, "metadata": {"owner": "ops"}}""")));
        assertThat(calls()).containsExactly("POST " + ENT + "/alarms", "GET " + ENT + "/alarms/" + ALARM_ID,
                "POST " + ENT + "/alarms", "GET " + ENT + "/alarms/" + ALARM_ID, "POST " + CHK + "/test",
                "POST " + ENT + "/test-alarm", "GET " + ENT + "/alarms", "PUT " + ENT + "/alarms/" + ALARM_ID,
                "DELETE " + ENT + "/alarms/" + ALARM_ID);
    }

    @Test
    void changelogsOverviewAndPaging() {
        Entity ent = ent();
        cloud.stubFor(get(urlEqualTo(API + "/entities?limit=50")).willReturn(okJson(page(ENTITY, "enBBBB"))));
        cloud.stubFor(get(urlEqualTo(API + "/entities?limit=50&marker=enBBBB")).willReturn(okJson(page(
                ENTITY.replace(ENTITY_ID, "enBBBB")))));
        examples.changelogs(cm, ent);
        examples.overview(cm, ent);
        examples.paging(cm);

        assertThat(printed()).isEqualTo("2011-11-10T01:57:08.991Z alahf9vuNa WARNING\n"
                + "entity b v4: 1 checks, 1 alarms, latest [AlarmStateChange[alarmId=alThree, checkId=chFour, "
                + "entityId=enBBBBIPV4, state=OK, timestamp=2011-11-21T18:09:48Z]]\n"
                + "entity c v4: 0 checks, 0 alarms, latest []\n"
                + "Entity[id=enAAAAA, label=sample_entity, ipAddresses={example=192.0.2.34}]\n"
                + "Entity[id=enBBBB, label=sample_entity, ipAddresses={example=192.0.2.34}]\n");
        assertThat(calls()).containsExactly("GET " + API + "/changelogs/alarms",
                "GET " + API + "/changelogs/alarms?entityId=" + ENTITY_ID, "GET " + API + "/views/overview",
                "GET " + API + "/entities?limit=50", "GET " + API + "/entities?limit=50&marker=enBBBB");
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** @return the requests after authentication, oldest first */
    private static List<String> calls() {
        List<LoggedRequest> all = new ArrayList<>(cloud.getAllServeEvents().stream()
                .map(event -> event.getRequest()).toList());
        Collections.reverse(all);
        return all.stream().filter(r -> !r.getUrl().startsWith("/v2.0/tokens"))
                .map(r -> r.getMethod().getName() + " " + r.getUrl()).toList();
    }
}
