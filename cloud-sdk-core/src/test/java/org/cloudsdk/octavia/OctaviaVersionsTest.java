package org.cloudsdk.octavia;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.octavia.OctaviaFixtures.LB_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.LISTENER;
import static org.cloudsdk.octavia.OctaviaFixtures.LOAD_BALANCER;
import static org.cloudsdk.octavia.OctaviaFixtures.POOL_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.SUBNET_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.wrapped;
import static org.cloudsdk.octavia.OctaviaStub.api;

import java.util.List;
import java.util.Map;

import org.cloudsdk.errors.UnsupportedMicroversionException;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.Microversion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The API version of an endpoint, read once from Octavia's root document, gating the fields newer
 * than 2.0 before the request that would carry them; the endpoint's path with or without its
 * version; the health entry's read.
 */
class OctaviaVersionsTest {

    private final OctaviaStub cloud = new OctaviaStub(12);

    @AfterEach
    void close() {
        cloud.close();
    }

    @Test
    void theVersionIsTheNewestOfTheRootDocumentReadOnce() {
        Octavia octavia = cloud.octavia();

        assertThat(octavia.apiVersion()).isEqualTo(Microversion.parse("2.12"));
        assertThat(octavia.apiVersion()).isEqualTo(Microversion.parse("2.12"));
        assertThat(octavia.withSettings(OctaviaSettings.defaults()).apiVersion()).isEqualTo(Microversion.parse("2.12"));
        assertThat(cloud.versionReads()).isEqualTo(1);
    }

    @Test
    void aDocumentWithoutV2VersionsReadsAs20() {
        assertThat(OctaviaVersions.newest(Json.parse("{\"versions\": [{\"id\": \"v1\"}, {\"id\": \"v2.x\"}]}")))
                .isEqualTo(Microversion.parse("2.0"));
        assertThat(OctaviaVersions.newest(Json.parse("{}"))).isEqualTo(Microversion.parse("2.0"));
        assertThat(OctaviaVersions.newest(Json.parse(OctaviaFixtures.versions(26)))).isEqualTo(Microversion.parse("2.26"));
    }

    @Test
    void aFieldNewerThanTheEndpointIsRefusedBeforeAnyRequestNamingBothVersions() {
        Octavia octavia = cloud.octavia();

        assertThatThrownBy(() -> octavia.pools().createForLoadBalancer(LB_ID, PoolProtocol.PROXYV2,
                LbAlgorithm.ROUND_ROBIN, PoolOptions.defaults())).isInstanceOf(UnsupportedMicroversionException.class)
                .hasMessage("load_balancer: protocol PROXYV2 needs Octavia API 2.22 or later; this endpoint serves up"
                        + " to 2.12");
        assertThatThrownBy(() -> octavia.listeners().create(LB_ID, ListenerProtocol.SCTP, 80,
                ListenerOptions.defaults())).isInstanceOf(UnsupportedMicroversionException.class)
                .hasMessageContaining("protocol SCTP needs Octavia API 2.23");
        assertThatThrownBy(() -> octavia.loadBalancers().create(Vip.subnet(SUBNET_ID), LoadBalancerOptions.builder()
                .availabilityZone("az1").build())).isInstanceOf(UnsupportedMicroversionException.class)
                .hasMessageContaining("availability_zone needs Octavia API 2.14");
        assertThatThrownBy(() -> octavia.healthMonitors().create(POOL_ID, HealthMonitorType.SCTP, 5, 5, 3,
                HealthMonitorOptions.defaults())).isInstanceOf(UnsupportedMicroversionException.class)
                .hasMessageContaining("type SCTP needs Octavia API 2.23");
        assertThat(cloud.log()).isEmpty();
    }

    @Test
    void tagsAndAllowedCidrsGoToAServerThatHasThem() {
        cloud.server.stubFor(post(urlEqualTo(api("/lbaas/listeners"))).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(wrapped("listener", LISTENER))));
        cloud.server.stubFor(post(urlEqualTo(api("/lbaas/pools"))).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(wrapped("pool", OctaviaFixtures.POOL))));
        Octavia octavia = cloud.octavia();

        octavia.listeners().create(LB_ID, ListenerProtocol.TCP, 22, ListenerOptions.builder().tags(List.of("t"))
                .allowedCidrs(List.of("192.0.2.0/24")).build());

        cloud.server.verify(1, postRequestedFor(urlEqualTo(api("/lbaas/listeners"))).withRequestBody(equalToJson("""
                {"listener": {"tags": ["t"], "allowed_cidrs": ["192.0.2.0/24"], "loadbalancer_id": "%s",
                 "protocol": "TCP", "protocol_port": 22}}""".formatted(LB_ID))));
        try (OctaviaStub old = new OctaviaStub(4)) {
            assertThatThrownBy(() -> old.octavia().listeners().create(LB_ID, ListenerProtocol.TCP, 22, ListenerOptions
                    .builder().tags(List.of("t")).build())).isInstanceOf(UnsupportedMicroversionException.class)
                    .hasMessage("load_balancer: tags needs Octavia API 2.5 or later; this endpoint serves up to 2.4");
            assertThatThrownBy(() -> old.octavia().listeners().update(LB_ID, ListenerOptions.builder()
                    .allowedCidrs(List.of("192.0.2.0/24")).build())).isInstanceOf(UnsupportedMicroversionException.class)
                    .hasMessageContaining("allowed_cidrs needs Octavia API 2.12");
            assertThatThrownBy(() -> old.octavia().loadBalancers().list(OctaviaListOptions.builder().tagsAny("a")
                    .build())).isInstanceOf(UnsupportedMicroversionException.class)
                    .hasMessageContaining("filtering by tags needs Octavia API 2.5");
            assertThat(old.log()).isEmpty();
        }
    }

    @Test
    void anEndpointListedWithItsVersionGetsNoSecondOne() {
        cloud.server.stubFor(get(urlEqualTo("/load-balancer/v2.0/lbaas/loadbalancers/" + LB_ID))
                .willReturn(okJson(wrapped("loadbalancer", LOAD_BALANCER))));
        cloud.server.stubFor(get(urlEqualTo("/load-balancer/")).willReturn(okJson(OctaviaFixtures.versions(7))));
        cloud.server.stubFor(get(urlEqualTo("/load-balancer/v2/lbaas/loadbalancers/" + LB_ID))
                .willReturn(okJson(wrapped("loadbalancer", LOAD_BALANCER))));

        Octavia versioned = cloud.octaviaAt("/load-balancer/v2.0/");
        Octavia plain = cloud.octaviaAt("/load-balancer");

        assertThat(versioned.loadBalancers().get(LB_ID).id()).isEqualTo(LB_ID);
        assertThat(plain.loadBalancers().get(LB_ID).id()).isEqualTo(LB_ID);
        assertThat(versioned.apiVersion()).isEqualTo(Microversion.parse("2.7"));
        assertThat(new OctaviaPaths().versionRoot("https://lb.example/v2")).isEqualTo("https://lb.example");
        assertThat(new OctaviaPaths().prefix("https://lb.example/v2/")).isEmpty();
    }

    @Test
    void theHealthEntryReadsOneBalancerAndTellsTheVersion() {
        cloud.server.stubFor(get(urlEqualTo(api("/lbaas/loadbalancers?limit=1")))
                .willReturn(okJson(OctaviaFixtures.listing("loadbalancers"))));
        Octavia octavia = cloud.octavia();

        Map<String, Object> details = Octavia.SERVICE.checkHealth(octavia).block();

        assertThat(details).containsEntry("region", "RegionOne").containsEntry("interface", "public")
                .containsEntry("apiVersion", "2.12");
        assertThat(cloud.log()).containsExactly("GET " + api("/lbaas/loadbalancers?limit=1"));
        assertThat(Octavia.SERVICE.name()).isEqualTo("octavia");
        assertThat(Octavia.SERVICE.catalogTypes()).containsExactly("load-balancer");
        assertThat(Octavia.SERVICE.clientType()).isEqualTo(Octavia.class);
    }
}
