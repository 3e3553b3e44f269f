package org.cloudsdk.octavia;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.octavia.OctaviaFixtures.MEMBER;
import static org.cloudsdk.octavia.OctaviaFixtures.MEMBER_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.MONITOR;
import static org.cloudsdk.octavia.OctaviaFixtures.MONITOR_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.POOL;
import static org.cloudsdk.octavia.OctaviaFixtures.POOL_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.SUBNET_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.wrapped;
import static org.cloudsdk.octavia.OctaviaStub.api;
import static org.cloudsdk.octavia.OctaviaStub.authed;

import java.util.List;

import org.cloudsdk.errors.UnsupportedMicroversionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exact requests of Octavia's members (one by one and in a batch) and health monitors. */
class MemberAndMonitorRequestsTest {

    private static final String MEMBERS = api("/lbaas/pools/" + POOL_ID + "/members");

    private final OctaviaStub cloud = new OctaviaStub();
    private final Octavia octavia = cloud.octavia();

    @AfterEach
    void close() {
        cloud.close();
    }

    @Test
    void membersAreAddedReadUpdatedListedAndDeleted() {
        cloud.answer("POST", MEMBERS, wrapped("member", MEMBER));
        cloud.answer("GET", MEMBERS + "/" + MEMBER_ID, wrapped("member", MEMBER));
        cloud.answer("PUT", MEMBERS + "/" + MEMBER_ID, wrapped("member", OctaviaFixtures.member(MEMBER_ID, "PENDING_UPDATE")));
        cloud.answer("GET", MEMBERS, OctaviaFixtures.listing("members", MEMBER));
        cloud.answer("DELETE", MEMBERS + "/" + MEMBER_ID, null);
        Pool pool = new Pool(octavia, org.cloudsdk.http.Json.parse(POOL));

        Member created = pool.createMember("192.0.2.16", 80, MemberOptions.builder().name("web-server-1").weight(20)
                .backup(false).adminStateUp(true).subnetId(SUBNET_ID).monitorPort(8080).monitorAddress("192.0.2.99")
                .tags(List.of("test_tag")).build());
        Member updated = created.update(MemberOptions.builder().weight(0).backup(true).build());
        Member listed = pool.listMembers().get(0);
        Member read = listed.reload();
        read.delete();

        cloud.server.verify(1, authed(postRequestedFor(urlEqualTo(MEMBERS))).withRequestBody(equalToJson("""
                {"member": {"name": "web-server-1", "weight": 20, "backup": false, "admin_state_up": true,
                 "subnet_id": "%s", "monitor_port": 8080, "monitor_address": "192.0.2.99", "tags": ["test_tag"],
                 "address": "192.0.2.16", "protocol_port": 80}}""".formatted(SUBNET_ID))));
        cloud.server.verify(1, authed(putRequestedFor(urlEqualTo(MEMBERS + "/" + MEMBER_ID))).withRequestBody(
                equalToJson("{\"member\": {\"weight\": 0, \"backup\": true}}")));
        cloud.server.verify(1, authed(deleteRequestedFor(urlEqualTo(MEMBERS + "/" + MEMBER_ID))));
        assertThat(read).isEqualTo(created).isEqualTo(listed).isEqualTo(updated);
        assertThat(read.poolId()).isEqualTo(POOL_ID);
        assertThat(read.address()).isEqualTo("192.0.2.16");
        assertThat(read.protocolPort()).isEqualTo(80);
        assertThat(read.weight()).isEqualTo(20);
        assertThat(read.backup()).isFalse();
        assertThat(read.subnetId()).contains(SUBNET_ID);
        assertThat(read.monitorPort()).contains(8080);
        assertThat(read.monitorAddress()).isEmpty();
        assertThat(read.operatingStatus()).isEqualTo(OperatingStatus.NO_MONITOR);
        assertThat(updated.provisioningStatus()).isEqualTo(ProvisioningStatus.PENDING_UPDATE);
        assertThat(read.resourceType()).isEqualTo("member");
    }

    @Test
    void theBatchUpdateReplacesOrAddsMembers() {
        cloud.server.stubFor(put(urlEqualTo(MEMBERS)).willReturn(aResponse().withStatus(202)));
        cloud.server.stubFor(put(urlEqualTo(MEMBERS + "?additive_only=true")).willReturn(aResponse().withStatus(202)));

        octavia.members().replaceAll(POOL_ID, List.of(
                MemberSpec.of("192.0.2.16", 80, MemberOptions.builder().name("web-server-1").weight(20)
                        .subnetId(SUBNET_ID).monitorPort(8080).build()),
                MemberSpec.of("192.0.2.17", 80)));
        octavia.members().addOrUpdateAll(POOL_ID, List.of(MemberSpec.of("2001:db8::17", 443)));
        octavia.members().replaceAll(POOL_ID, List.of());

        cloud.server.verify(1, authed(putRequestedFor(urlEqualTo(MEMBERS))).withRequestBody(equalToJson("""
                {"members": [{"name": "web-server-1", "weight": 20, "subnet_id": "%s", "monitor_port": 8080,
                  "address": "192.0.2.16", "protocol_port": 80}, {"address": "192.0.2.17", "protocol_port": 80}]}"""
                .formatted(SUBNET_ID))));
        cloud.server.verify(1, authed(putRequestedFor(urlEqualTo(MEMBERS + "?additive_only=true"))).withRequestBody(
                equalToJson("{\"members\": [{\"address\": \"2001:db8::17\", \"protocol_port\": 443}]}")));
        cloud.server.verify(1, putRequestedFor(urlEqualTo(MEMBERS)).withRequestBody(equalToJson("{\"members\": []}")));
    }

    @Test
    void anAdditiveBatchNeedsApi211() {
        try (OctaviaStub old = new OctaviaStub(10)) {
            assertThatThrownBy(() -> old.octavia().members().addOrUpdateAll(POOL_ID, List.of(MemberSpec.of(
                    "192.0.2.16", 80)))).isInstanceOf(UnsupportedMicroversionException.class)
                    .hasMessageContaining("additive_only needs Octavia API 2.11 or later; this endpoint serves up to 2.10");
            assertThat(old.log()).isEmpty();
        }
    }

    @Test
    void healthMonitorsAreCreatedReadUpdatedListedAndDeleted() {
        String monitors = api("/lbaas/healthmonitors");
        cloud.answer("POST", monitors, wrapped("healthmonitor", MONITOR));
        cloud.answer("GET", monitors + "/" + MONITOR_ID, wrapped("healthmonitor", MONITOR));
        cloud.answer("PUT", monitors + "/" + MONITOR_ID, wrapped("healthmonitor", MONITOR));
        cloud.answer("GET", monitors + "?pool_id=" + POOL_ID, OctaviaFixtures.listing("healthmonitors", MONITOR));
        cloud.answer("DELETE", monitors + "/" + MONITOR_ID, null);
        Pool pool = new Pool(octavia, org.cloudsdk.http.Json.parse(POOL));

        HealthMonitor created = pool.createHealthMonitor(HealthMonitorType.HTTP, 10, 5, 1, HealthMonitorOptions
                .builder().name("super-pool-health-monitor").maxRetriesDown(3).httpMethod(HealthMonitorHttpMethod.GET)
                .urlPath("/").expectedCodes("200").httpVersion("1.1").domainName("www.example.com")
                .adminStateUp(true).tags(List.of("test_tag")).build());
        octavia.healthMonitors().create(POOL_ID, HealthMonitorType.TLS_HELLO, 5, 5, 10, HealthMonitorOptions.defaults());
        HealthMonitor updated = created.update(HealthMonitorOptions.builder().delay(20).maxRetries(3)
                .expectedCodes("200-204").build());
        HealthMonitor listed = octavia.healthMonitors().list(OctaviaListOptions.builder().filter("pool_id", POOL_ID)
                .build()).get(0);
        listed.reload().delete();

        cloud.server.verify(1, authed(postRequestedFor(urlEqualTo(monitors))).withRequestBody(equalToJson("""
                {"healthmonitor": {"name": "super-pool-health-monitor", "max_retries_down": 3, "http_method": "GET",
                 "url_path": "/", "expected_codes": "200", "http_version": 1.1, "domain_name": "www.example.com",
                 "admin_state_up": true, "tags": ["test_tag"], "pool_id": "%s", "type": "HTTP", "delay": 10,
                 "timeout": 5, "max_retries": 1}}""".formatted(POOL_ID))));
        cloud.server.verify(1, postRequestedFor(urlEqualTo(monitors)).withRequestBody(equalToJson("""
                {"healthmonitor": {"pool_id": "%s", "type": "TLS-HELLO", "delay": 5, "timeout": 5,
                 "max_retries": 10}}""".formatted(POOL_ID))));
        cloud.server.verify(1, authed(putRequestedFor(urlEqualTo(monitors + "/" + MONITOR_ID))).withRequestBody(
                equalToJson("{\"healthmonitor\": {\"delay\": 20, \"max_retries\": 3, \"expected_codes\": \"200-204\"}}")));
        cloud.server.verify(1, authed(deleteRequestedFor(urlEqualTo(monitors + "/" + MONITOR_ID))));
        assertThat(listed).isEqualTo(created).isEqualTo(updated);
        assertThat(listed.type()).isEqualTo(HealthMonitorType.HTTP);
        assertThat(listed.delay()).isEqualTo(10);
        assertThat(listed.timeout()).isEqualTo(5);
        assertThat(listed.maxRetries()).isEqualTo(1);
        assertThat(listed.maxRetriesDown()).isEqualTo(3);
        assertThat(listed.httpMethod()).contains(HealthMonitorHttpMethod.GET);
        assertThat(listed.urlPath()).contains("/");
        assertThat(listed.expectedCodes()).contains("200");
        assertThat(listed.httpVersion()).contains(1.0);
        assertThat(listed.domainName()).isEmpty();
        assertThat(listed.poolId()).isEqualTo(POOL_ID);
        assertThat(HealthMonitorType.TLS_HELLO.value()).isEqualTo("TLS-HELLO");
    }

    @Test
    void aMonitorTypeWithADashIsRead() {
        cloud.answer("GET", api("/lbaas/healthmonitors/" + MONITOR_ID), wrapped("healthmonitor",
                MONITOR.replace("\"type\": \"HTTP\"", "\"type\": \"UDP-CONNECT\"")));

        assertThat(octavia.healthMonitors().get(MONITOR_ID).type()).isEqualTo(HealthMonitorType.UDP_CONNECT);
    }
}
