package org.cloudsdk.monitoring;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.monitoring.MonitoringFixtures.CHECK;
import static org.cloudsdk.monitoring.MonitoringFixtures.CHECK_ID;
import static org.cloudsdk.monitoring.MonitoringFixtures.CHECK_RESULT;
import static org.cloudsdk.monitoring.MonitoringFixtures.ENTITY;
import static org.cloudsdk.monitoring.MonitoringFixtures.ENTITY_ID;
import static org.cloudsdk.monitoring.MonitoringFixtures.HTTP_CHECK_TYPE;
import static org.cloudsdk.monitoring.MonitoringFixtures.PING_CHECK_TYPE;
import static org.cloudsdk.monitoring.MonitoringFixtures.ZONES;
import static org.cloudsdk.monitoring.MonitoringFixtures.page;
import static org.cloudsdk.monitoring.MonitoringStub.path;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Check types, monitoring zones and checks (the chapter's "Create a Check"): the exact requests of
 * listing and reading types and zones, creating a check with the seed's parameters (type by id
 * or handle, zones by id or handle), testing a check before creating it, testing an existing
 * one, list, get, update and delete, and every documented limit refused before any request.
 */
class CheckRequestsTest {

    private static final String CHECKS = "/entities/" + ENTITY_ID + "/checks";
    private static final String ONE_CHECK = CHECKS + "/" + CHECK_ID;

    private final MonitoringStub stub = new MonitoringStub();
    private final CloudMonitoring cm = stub.monitoring;

    @AfterEach
    void close() {
        stub.close();
    }

    private static CheckSpec.Builder seedCheck() {
        return CheckSpec.builder("remote.http").label("sample_check")
                .details(Map.of("url", "http://example.com/some_page")).period(900).timeout(20)
                .monitoringZonesPoll("mzdfw", "mzlon", "mzsyd").targetHostname("example.com");
    }

    @Test
    void checkTypesListWithTheirFieldsAndReadOneById() {
        stub.getReturns("/check_types", page(HTTP_CHECK_TYPE + "," + PING_CHECK_TYPE));
        stub.getReturns("/check_types/remote.http", HTTP_CHECK_TYPE);

        List<CheckType> types = cm.listCheckTypes();
        CheckType http = cm.getCheckType("remote.http");

        assertThat(types).extracting(CheckType::id).containsExactly("remote.http", "remote.ping");
        assertThat(http.fields()).hasSize(9).first().isEqualTo(new TypeField("url", "Target URL", false));
        assertThat(http.requiredFieldNames()).containsExactly("url");
        assertThat(http.optionalFieldNames()).contains("body", "headers", "method", "payload").hasSize(8);
        assertThat(http.fieldNames()).hasSize(9);
        assertThat(http.type()).isEqualTo("remote");
        assertThat(http.reload()).isEqualTo(http);
        assertThat(stub.log()).containsExactly("GET " + path("/check_types"), "GET " + path("/check_types/remote.http"),
                "GET " + path("/check_types/remote.http"));
    }

    @Test
    void monitoringZonesAreTheSeedsSix() {
        stub.getReturns("/monitoring_zones", page(ZONES));
        stub.getReturns("/monitoring_zones/mzdfw", ZONES.substring(0, ZONES.indexOf("},") + 1));

        List<MonitoringZone> zones = cm.listMonitoringZones();

        assertThat(zones).extracting(MonitoringZone::id).containsExactly("mzdfw", "mzhkg", "mziad", "mzlon", "mzord", "mzsyd");
        assertThat(zones.get(0)).hasToString("MonitoringZone[country_code=US, id=mzdfw, label=Dallas Fort Worth (DFW), "
                + "source_ips=[2001:4800:7902:0001::/64, 50.56.142.128/26]]");
        assertThat(zones.get(3).name()).isEqualTo("London (LON)");
        assertThat(cm.getMonitoringZone("mzdfw").countryCode()).isEqualTo("US");
    }

    @Test
    void createCheckSendsTheSeedsParametersAndReadsTheCheckBack() {
        stub.created(CHECKS, CHECK_ID);
        stub.getReturns(ONE_CHECK, CHECK);

        Check chk = cm.createCheck(ENTITY_ID, seedCheck().build());

        stub.server.verify(1, postRequestedFor(urlEqualTo(path(CHECKS))).withRequestBody(equalToJson("""
                {"label": "sample_check", "type": "remote.http",
                 "details": {"url": "http://example.com/some_page"}, "disabled": false,
                 "period": 900, "timeout": 20, "monitoring_zones_poll": ["mzdfw", "mzlon", "mzsyd"],
                 "target_hostname": "example.com"}""")));
        assertThat(chk.id()).isEqualTo(CHECK_ID);
        assertThat(chk.entityId()).isEqualTo(ENTITY_ID);
        assertThat(chk.label()).isEqualTo("sample_check").isEqualTo(chk.name());
        assertThat(chk.type()).isEqualTo("remote.http");
        assertThat(chk.details().path("url").asString()).isEqualTo("http://example.com/some_page");
        assertThat(chk.monitoringZonesPoll()).containsExactly("mzdfw", "mzlon", "mzsyd");
        assertThat(chk.period()).contains(900);
        assertThat(chk.timeout()).contains(20);
        assertThat(chk.targetHostname()).contains("example.com");
        assertThat(chk.targetAlias()).isEmpty();
        assertThat(chk.targetResolver()).isEmpty();
        assertThat(chk.disabled()).isFalse();
        assertThat(chk.metadata()).isEmpty();
    }

    @Test
    void theTypeAndZonesGoByHandleTooAndTheOtherParametersAreSent() {
        stub.getReturns("/check_types/remote.http", HTTP_CHECK_TYPE);
        stub.getReturns("/monitoring_zones", page(ZONES));
        stub.getReturns("/entities/" + ENTITY_ID, ENTITY);
        stub.created(CHECKS, CHECK_ID);
        stub.getReturns(ONE_CHECK, CHECK);
        CheckType http = cm.getCheckType("remote.http");
        List<MonitoringZone> zones = cm.listMonitoringZones();
        Entity ent = cm.getEntity(ENTITY_ID);

        ent.createCheck(CheckSpec.builder(http).name("by handle").details(Map.of("url", "http://example.com/",
                "headers", Map.of("X-Probe", "1"), "follow_redirects", false)).disabled(true)
                .metadata(Map.of("team", "web")).monitoringZonesPoll(zones.get(0), zones.get(5)).targetAlias("example")
                .targetResolver("IPv4").build());

        stub.server.verify(1, postRequestedFor(urlEqualTo(path(CHECKS))).withRequestBody(equalToJson("""
                {"label": "by handle", "type": "remote.http",
                 "details": {"url": "http://example.com/", "headers": {"X-Probe": "1"}, "follow_redirects": false},
                 "disabled": true, "metadata": {"team": "web"}, "monitoring_zones_poll": ["mzdfw", "mzsyd"],
                 "target_alias": "example", "target_resolver": "IPv4"}""")));
    }

    @Test
    void anAgentCheckNeedsNeitherZonesNorTarget() {
        stub.created(CHECKS, CHECK_ID);
        stub.getReturns(ONE_CHECK, CHECK);

        cm.createCheck(ENTITY_ID, CheckSpec.builder("agent.cpu").period(60).build());

        stub.server.verify(1, postRequestedFor(urlEqualTo(path(CHECKS))).withRequestBody(equalToJson(
                "{\"type\": \"agent.cpu\", \"details\": {}, \"disabled\": false, \"period\": 60}")));
    }

    @Test
    void testCheckRunsTheSpecWithoutCreatingItAndWithDebugWhenAsked() {
        stub.server.stubFor(post(urlEqualTo(path("/entities/" + ENTITY_ID + "/test-check")))
                .willReturn(okJson("[" + CHECK_RESULT + "]")));
        stub.server.stubFor(post(urlEqualTo(path("/entities/" + ENTITY_ID + "/test-check?debug=true")))
                .willReturn(okJson("[" + CHECK_RESULT.replaceFirst("\\{", "{\"debug_info\": {\"body\": \"<html>hi</html>\"},") + "]")));

        List<CheckTestResult> results = cm.testCheck(ENTITY_ID, seedCheck().build());
        List<CheckTestResult> debug = cm.testCheck(ENTITY_ID, seedCheck().build(), true);

        stub.server.verify(2, postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                path("/entities/" + ENTITY_ID + "/test-check"))).withRequestBody(equalToJson("""
                {"label": "sample_check", "type": "remote.http",
                 "details": {"url": "http://example.com/some_page"}, "disabled": false,
                 "period": 900, "timeout": 20, "monitoring_zones_poll": ["mzdfw", "mzlon", "mzsyd"],
                 "target_hostname": "example.com"}""")));
        CheckTestResult result = results.get(0);
        assertThat(result.monitoringZoneId()).isEqualTo("mzdfw");
        assertThat(result.available()).isTrue();
        assertThat(result.status()).isEqualTo("code=200,rt=0.257s,bytes=0");
        assertThat(result.timestamp()).contains(Instant.ofEpochMilli(1319222001982L));
        assertThat(result.metrics()).containsEntry("code", "200").containsEntry("duration", "257").hasSize(5);
        assertThat(result.metricType("code")).contains("s");
        assertThat(result.debugInfo()).isEmpty();
        assertThat(debug.get(0).debugInfo().orElseThrow().path("body").asString()).isEqualTo("<html>hi</html>");
        assertThat(stub.log()).doesNotContain("POST " + path(CHECKS));
    }

    @Test
    void listGetTestUpdateAndDeleteACheck() {
        stub.getReturns(CHECKS, page(CHECK));
        stub.getReturns(ONE_CHECK, CHECK);
        stub.server.stubFor(post(urlEqualTo(path(ONE_CHECK + "/test"))).willReturn(okJson("[" + CHECK_RESULT + "]")));
        stub.noContent("PUT", ONE_CHECK);
        stub.noContent("DELETE", ONE_CHECK);

        assertThat(cm.listChecks(ENTITY_ID)).extracting(Check::id).containsExactly(CHECK_ID);
        Check chk = cm.getCheck(ENTITY_ID, CHECK_ID);
        assertThat(chk.reload()).isEqualTo(chk);
        assertThat(chk.test()).extracting(CheckTestResult::available).containsExactly(true);
        chk.update(CheckUpdate.builder().name("New check label").timeout(10).build());
        cm.updateCheck(ENTITY_ID, CHECK_ID, CheckUpdate.builder().disabled(true).period(300).monitoringZonesPoll("mzord")
                .targetAlias("default").metadata(Map.of("k", "v")).details(Map.of("url", "http://example.com/x"))
                .build());
        chk.delete();

        stub.server.verify(1, putRequestedFor(urlEqualTo(path(ONE_CHECK))).withRequestBody(equalToJson(
                "{\"label\": \"New check label\", \"timeout\": 10}")));
        stub.server.verify(1, putRequestedFor(urlEqualTo(path(ONE_CHECK))).withRequestBody(equalToJson("""
                {"disabled": true, "period": 300, "monitoring_zones_poll": ["mzord"], "target_alias": "default",
                 "metadata": {"k": "v"}, "details": {"url": "http://example.com/x"}}""")));
        stub.server.verify(1, deleteRequestedFor(urlEqualTo(path(ONE_CHECK))));
        assertThat(stub.log()).containsExactly("GET " + path(CHECKS), "GET " + path(ONE_CHECK), "GET " + path(ONE_CHECK),
                "POST " + path(ONE_CHECK + "/test"), "PUT " + path(ONE_CHECK), "PUT " + path(ONE_CHECK),
                "DELETE " + path(ONE_CHECK));
    }

    @Test
    void everyCheckLimitIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> seedCheck().period(29).timeout(20).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period must be 30 to 1800 seconds, was 29");
        assertThatThrownBy(() -> seedCheck().period(1801).build()).hasMessage("period must be 30 to 1800 seconds, was 1801");
        assertThatThrownBy(() -> seedCheck().period(60).timeout(60).build())
                .hasMessage("timeout must be less than the period, was timeout 60 >= period 60");
        assertThatThrownBy(() -> seedCheck().timeout(1).build()).hasMessage("timeout must be 2 to 1800 seconds, was 1");
        assertThatThrownBy(() -> seedCheck().targetAlias("example").build())
                .hasMessageContaining("targetHostname and targetAlias are mutually exclusive");
        assertThatThrownBy(() -> seedCheck().targetHostname(null).build())
                .hasMessageContaining("a remote.http check needs a target");
        assertThatThrownBy(() -> seedCheck().monitoringZonesPoll(List.of()).build())
                .hasMessageContaining("needs monitoringZonesPoll");
        // the seed's own example passes a URL, which the API refuses as a target host name
        assertThatThrownBy(() -> seedCheck().targetHostname("http://example.com").build())
                .hasMessageContaining("targetHostname must be a fully qualified domain name");
        assertThatThrownBy(() -> seedCheck().label("x".repeat(256)).build()).hasMessageContaining("label must be 1 to 255");
        assertThatThrownBy(() -> seedCheck().targetHostname(null).targetAlias("a".repeat(65)).build())
                .hasMessageContaining("targetAlias must be 1 to 64");
        assertThatThrownBy(() -> CheckSpec.builder(" ")).hasMessageContaining("checkType must not be blank");
        assertThatThrownBy(() -> CheckSpec.builder("x".repeat(65))).hasMessageContaining("checkType must be 1 to 64");
        assertThatThrownBy(() -> seedCheck().monitoringZonesPoll("mzdfw", " ")).hasMessageContaining(
                "monitoringZonesPoll element must not be blank");
        assertThatThrownBy(() -> seedCheck().details(Map.of("when", new Object())).build())
                .hasMessageContaining("details.when values must be text, numbers, booleans, maps or lists");
        assertThatThrownBy(() -> CheckUpdate.builder().build()).hasMessageContaining("at least one");
        assertThatThrownBy(() -> CheckUpdate.builder().period(900).timeout(900).build())
                .hasMessageContaining("timeout must be less than the period");
        assertThatThrownBy(() -> CheckUpdate.builder().period(20).build()).hasMessageContaining("period must be 30 to 1800");
        assertThatThrownBy(() -> CheckUpdate.builder().targetAlias("a").targetHostname("example.com").build())
                .hasMessageContaining("mutually exclusive");
        assertThatThrownBy(() -> cm.getCheck(ENTITY_ID, "")).hasMessageContaining("checkId must not be blank");
        assertThatThrownBy(() -> cm.checks(ENTITY_ID, 0, null)).hasMessageContaining("limit must be 1 to 1000");
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void aSpecCopiesAndKeepsItsValues() {
        CheckSpec spec = seedCheck().metadata(Map.of("k", "v")).build();
        CheckSpec copy = spec.toBuilder().label("copy").build();

        assertThat(copy.label()).isEqualTo("copy");
        assertThat(copy.details()).isEqualTo(spec.details());
        assertThat(copy.monitoringZonesPoll()).isEqualTo(spec.monitoringZonesPoll());
        assertThat(copy.period()).isEqualTo(900);
        assertThat(copy.timeout()).isEqualTo(20);
        assertThat(copy.targetHostname()).isEqualTo("example.com");
        assertThat(copy.metadata()).containsExactly(Map.entry("k", "v"));
        assertThat(CheckUpdate.builder().timeout(5).details(Map.of("a", 1)).build().toBuilder().build().toJson())
                .hasToString("{\"details\":{\"a\":1},\"timeout\":5}");
    }
}
