package org.cloudsdk.octavia;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.octavia.OctaviaFixtures.LB2_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.LB_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.LISTENER_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.LOAD_BALANCER;
import static org.cloudsdk.octavia.OctaviaFixtures.NETWORK_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.POOL_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.PORT_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.SUBNET_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.loadBalancer;
import static org.cloudsdk.octavia.OctaviaFixtures.wrapped;
import static org.cloudsdk.octavia.OctaviaStub.api;
import static org.cloudsdk.octavia.OctaviaStub.authed;
import static org.cloudsdk.octavia.OctaviaStub.fault;

import java.time.Instant;
import java.util.List;

import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.NoUniqueMatchException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.wait.ResourceFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * The exact requests of Octavia's load balancer operations and the parsing of their answers
 * (shaped like the API reference's examples), the waits on the two statuses, and the retries of
 * a busy balancer's 409 answers.
 */
class LoadBalancerRequestsTest {

    private final OctaviaStub cloud = new OctaviaStub();
    private final Octavia octavia = cloud.octavia();

    @AfterEach
    void close() {
        cloud.close();
    }

    @Test
    void aLoadBalancerIsReadWithEveryFieldTyped() {
        cloud.server.stubFor(get(urlEqualTo(api("/lbaas/loadbalancers/" + LB_ID)))
                .willReturn(okJson(wrapped("loadbalancer", LOAD_BALANCER))));

        LoadBalancer lb = octavia.loadBalancers().get(LB_ID);

        cloud.server.verify(1, authed(getRequestedFor(urlEqualTo(api("/lbaas/loadbalancers/" + LB_ID)))));
        assertThat(lb.id()).isEqualTo(LB_ID);
        assertThat(lb.name()).isEqualTo("best_load_balancer");
        assertThat(lb.description()).isEqualTo("My favorite load balancer");
        assertThat(lb.provisioningStatus()).isEqualTo(ProvisioningStatus.ACTIVE);
        assertThat(lb.operatingStatus()).isEqualTo(OperatingStatus.ONLINE);
        assertThat(lb.adminStateUp()).isTrue();
        assertThat(lb.projectId()).contains(OctaviaFixtures.PROJECT);
        assertThat(lb.vipAddress()).contains("203.0.113.50");
        assertThat(lb.vipSubnetId()).contains(SUBNET_ID);
        assertThat(lb.vipNetworkId()).contains(NETWORK_ID);
        assertThat(lb.vipPortId()).contains(PORT_ID);
        assertThat(lb.vipQosPolicyId()).contains("ec4f78ca-8da8-4e99-8a1a-e3b94595a7a3");
        assertThat(lb.provider()).contains("octavia");
        assertThat(lb.flavorId()).isEmpty();
        assertThat(lb.availabilityZone()).contains("my_az");
        assertThat(lb.tags()).containsExactly("web");
        assertThat(lb.listenerIds()).containsExactly(LISTENER_ID);
        assertThat(lb.poolIds()).containsExactly(POOL_ID);
        assertThat(lb.createdAt()).contains(Instant.parse("2017-02-28T00:41:44Z"));
        assertThat(lb.updatedAt()).contains(Instant.parse("2017-02-28T00:43:30Z"));
        assertThat(lb.attribute("additional_vips")).isPresent();
        assertThat(lb.resourceType()).isEqualTo("loadbalancer");
        assertThat(lb.octavia()).isSameAs(octavia);
        assertThat(lb).hasToString("LoadBalancer[id=" + LB_ID + ", name=best_load_balancer, provisioningStatus=ACTIVE,"
                + " operatingStatus=ONLINE]");
    }

    @Test
    void aListingFollowsTheLinksWithItsFiltersAndPageSize() {
        // the tags go comma-separated (encoded), as Octavia's reference writes them
        String first = api("/lbaas/loadbalancers?provisioning_status=ACTIVE&tags=web%2Cprod&limit=1");
        String next = "http://internal.example:9876/v2/lbaas/loadbalancers?limit=1&marker=" + LB_ID
                + "&provisioning_status=ACTIVE&tags=web,prod";
        cloud.server.stubFor(get(urlEqualTo(first)).willReturn(okJson(OctaviaFixtures.page("loadbalancers", next,
                LOAD_BALANCER))));
        cloud.server.stubFor(get(urlPathEqualTo(api("/lbaas/loadbalancers"))).withQueryParam("marker", equalTo(LB_ID))
                .willReturn(okJson(OctaviaFixtures.listing("loadbalancers", loadBalancer(LB2_ID, "ERROR")))));

        List<LoadBalancer> all = octavia.loadBalancers().list(OctaviaListOptions.builder()
                .filter("provisioning_status", ProvisioningStatus.ACTIVE).tags("web", "prod").pageSize(1).build());

        assertThat(all).extracting(LoadBalancer::id).containsExactly(LB_ID, LB2_ID);
        assertThat(all.get(1).provisioningStatus()).isEqualTo(ProvisioningStatus.ERROR);
        // the next link's query is sent to the endpoint's own host and path
        assertThat(cloud.log()).containsExactly("GET " + first, "GET " + api("/lbaas/loadbalancers?limit=1&marker="
                + LB_ID + "&provisioning_status=ACTIVE&tags=web%2Cprod"));
    }

    @Test
    void aLoadBalancerIsFoundByItsExactName() {
        cloud.server.stubFor(get(urlEqualTo(api("/lbaas/loadbalancers?name=best_load_balancer")))
                .willReturn(okJson(OctaviaFixtures.listing("loadbalancers", LOAD_BALANCER))));
        cloud.server.stubFor(get(urlEqualTo(api("/lbaas/loadbalancers?name=twice")))
                .willReturn(okJson(OctaviaFixtures.listing("loadbalancers", LOAD_BALANCER.replace("best_load_balancer",
                        "twice"), loadBalancer(LB2_ID, "ACTIVE").replace("best_load_balancer", "twice")))));
        cloud.server.stubFor(get(urlEqualTo(api("/lbaas/loadbalancers?name=none")))
                .willReturn(okJson(OctaviaFixtures.listing("loadbalancers"))));

        assertThat(octavia.loadBalancers().find("best_load_balancer")).map(LoadBalancer::id).contains(LB_ID);
        assertThat(octavia.loadBalancers().find("none")).isEmpty();
        assertThatThrownBy(() -> octavia.loadBalancers().find("twice")).isInstanceOf(NoUniqueMatchException.class)
                .hasMessageContaining("2 load balancers are named 'twice'");
    }

    @Test
    void aLoadBalancerIsCreatedOnASubnetANetworkOrAPort() {
        cloud.server.stubFor(post(urlEqualTo(api("/lbaas/loadbalancers"))).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(wrapped("loadbalancer", loadBalancer(LB_ID, "PENDING_CREATE")))));

        LoadBalancer created = octavia.loadBalancers().create(Vip.subnet(SUBNET_ID).withAddress("203.0.113.50"),
                LoadBalancerOptions.builder().name("best_load_balancer").description("My favorite load balancer")
                        .adminStateUp(true).tags(List.of("web")).flavorId(OctaviaFixtures.FLAVOR_ID)
                        .provider("octavia").availabilityZone("my_az")
                        .vipQosPolicyId("ec4f78ca-8da8-4e99-8a1a-e3b94595a7a3").build());
        octavia.loadBalancers().create(Vip.network(NETWORK_ID), LoadBalancerOptions.defaults());
        octavia.loadBalancers().create(Vip.port(PORT_ID), LoadBalancerOptions.defaults());

        cloud.server.verify(1, authed(postRequestedFor(urlEqualTo(api("/lbaas/loadbalancers")))).withRequestBody(
                equalToJson("""
                        {"loadbalancer": {"name": "best_load_balancer", "description": "My favorite load balancer",
                         "admin_state_up": true, "tags": ["web"], "vip_qos_policy_id": "ec4f78ca-8da8-4e99-8a1a-e3b94595a7a3",
                         "flavor_id": "%s", "provider": "octavia", "availability_zone": "my_az",
                         "vip_subnet_id": "%s", "vip_address": "203.0.113.50"}}"""
                        .formatted(OctaviaFixtures.FLAVOR_ID, SUBNET_ID))));
        cloud.server.verify(1, postRequestedFor(urlEqualTo(api("/lbaas/loadbalancers"))).withRequestBody(
                equalToJson("{\"loadbalancer\": {\"vip_network_id\": \"" + NETWORK_ID + "\"}}")));
        cloud.server.verify(1, postRequestedFor(urlEqualTo(api("/lbaas/loadbalancers"))).withRequestBody(
                equalToJson("{\"loadbalancer\": {\"vip_port_id\": \"" + PORT_ID + "\"}}")));
        assertThat(created.provisioningStatus()).isEqualTo(ProvisioningStatus.PENDING_CREATE);
        assertThat(created.provisioningStatus().isPending()).isTrue();
    }

    @Test
    void aLoadBalancerIsUpdatedDeletedFailedOverAndRead() {
        cloud.server.stubFor(get(urlEqualTo(api("/lbaas/loadbalancers/" + LB_ID)))
                .willReturn(okJson(wrapped("loadbalancer", LOAD_BALANCER))));
        cloud.server.stubFor(put(urlEqualTo(api("/lbaas/loadbalancers/" + LB_ID)))
                .willReturn(okJson(wrapped("loadbalancer", loadBalancer(LB_ID, "PENDING_UPDATE")))));
        cloud.server.stubFor(delete(urlPathEqualTo(api("/lbaas/loadbalancers/" + LB_ID)))
                .willReturn(aResponse().withStatus(204)));
        cloud.server.stubFor(put(urlEqualTo(api("/lbaas/loadbalancers/" + LB_ID + "/failover")))
                .willReturn(aResponse().withStatus(202)));
        cloud.server.stubFor(get(urlEqualTo(api("/lbaas/loadbalancers/" + LB_ID + "/stats"))).willReturn(okJson("""
                {"stats": {"bytes_in": 131342840, "total_connections": 52378345, "active_connections": 97258,
                 "bytes_out": 1549542372, "request_errors": 0}}""")));

        LoadBalancer lb = octavia.loadBalancers().get(LB_ID);
        LoadBalancer updated = lb.update(LoadBalancerOptions.builder().name("renamed").description("")
                .adminStateUp(false).tags(List.of()).build());
        lb.delete();
        lb.deleteCascade();
        lb.failover();
        LoadBalancerStats stats = lb.stats();

        cloud.server.verify(1, authed(putRequestedFor(urlEqualTo(api("/lbaas/loadbalancers/" + LB_ID))))
                .withRequestBody(equalToJson("""
                        {"loadbalancer": {"name": "renamed", "description": "", "admin_state_up": false, "tags": []}}""")));
        cloud.server.verify(1, authed(deleteRequestedFor(urlEqualTo(api("/lbaas/loadbalancers/" + LB_ID)))));
        cloud.server.verify(1, authed(deleteRequestedFor(urlEqualTo(api("/lbaas/loadbalancers/" + LB_ID
                + "?cascade=true")))));
        cloud.server.verify(1, authed(putRequestedFor(urlEqualTo(api("/lbaas/loadbalancers/" + LB_ID + "/failover")))));
        assertThat(updated.provisioningStatus()).isEqualTo(ProvisioningStatus.PENDING_UPDATE);
        assertThat(stats.bytesIn()).isEqualTo(131_342_840L);
        assertThat(stats.bytesOut()).isEqualTo(1_549_542_372L);
        assertThat(stats.activeConnections()).isEqualTo(97_258L);
        assertThat(stats.totalConnections()).isEqualTo(52_378_345L);
        assertThat(stats.requestErrors()).isZero();
    }

    @Test
    void theStatusTreeOfTheReferenceListsEachObjectOnce() {
        cloud.server.stubFor(get(urlEqualTo(api("/lbaas/loadbalancers/" + LB_ID + "/status")))
                .willReturn(okJson(OctaviaFixtures.STATUS)));

        StatusTree tree = octavia.loadBalancers().status(LB_ID);

        StatusNode root = tree.loadBalancer();
        assertThat(root.kind()).isEqualTo("loadbalancer");
        assertThat(root.name()).isEqualTo("excellent_load_balancer");
        assertThat(root.operatingStatus()).isEqualTo(OperatingStatus.DEGRADED);
        assertThat(root.children()).extracting(StatusNode::kind).containsExactly("listener", "listener", "pool", "pool");
        assertThat(tree.nodes()).extracting(StatusNode::kind).containsExactly("loadbalancer", "listener", "pool",
                "member", "member", "healthmonitor", "listener", "l7policy", "l7rule", "pool");
        assertThat(tree.find("member", "3c6857f4-057a-405a-9134-bdeaa8796c8a")).map(StatusNode::operatingStatus)
                .contains(OperatingStatus.ERROR);
        assertThat(tree.find("member", "3c6857f4-057a-405a-9134-bdeaa8796c8a")).map(node -> node.json()
                .path("address").asString()).contains("192.0.2.20");
        assertThat(tree.find("l7rule", "27f3007a-a1cb-4e17-9696-0e578d617715")).map(StatusNode::operatingStatus)
                .contains(OperatingStatus.UNKNOWN);
        assertThat(tree.find("pool", "nope")).isEmpty();
        assertThat(tree.allActive()).isTrue();
    }

    @Test
    void octavia11sStatusTreeNamesTheMonitorHealthMonitor() {
        cloud.server.stubFor(get(urlEqualTo(api("/lbaas/loadbalancers/" + LB_ID + "/status"))).willReturn(okJson("""
                {"statuses": {"loadbalancer": {"id": "%s", "name": "lb", "operating_status": "OFFLINE",
                 "provisioning_status": "PENDING_UPDATE", "listeners": [{"id": "%s", "name": "l",
                 "operating_status": "OFFLINE", "provisioning_status": "ACTIVE", "pools": [{"id": "%s", "name": "p",
                 "provisioning_status": "ACTIVE", "operating_status": "OFFLINE", "health_monitor": {"id": "%s",
                 "name": "", "type": "HTTP", "provisioning_status": "PENDING_CREATE", "operating_status": "ONLINE"},
                 "members": []}]}]}}}""".formatted(LB_ID, LISTENER_ID, POOL_ID, OctaviaFixtures.MONITOR_ID))));

        StatusTree tree = octavia.loadBalancers().status(LB_ID);

        assertThat(tree.nodes()).extracting(StatusNode::kind).containsExactly("loadbalancer", "listener", "pool",
                "healthmonitor");
        assertThat(tree.find("healthmonitor", OctaviaFixtures.MONITOR_ID)).map(StatusNode::provisioningStatus)
                .contains(ProvisioningStatus.PENDING_CREATE);
        assertThat(tree.allActive()).isFalse();
    }

    @Test
    void waitingForActivePollsUntilTheBalancerIsActive() {
        String url = api("/lbaas/loadbalancers/" + LB_ID);
        cloud.server.stubFor(get(urlEqualTo(url)).inScenario("build").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(wrapped("loadbalancer", loadBalancer(LB_ID, "PENDING_UPDATE"))))
                .willSetStateTo("second"));
        cloud.server.stubFor(get(urlEqualTo(url)).inScenario("build").whenScenarioStateIs("second")
                .willReturn(okJson(wrapped("loadbalancer", loadBalancer(LB_ID, "PENDING_UPDATE"))))
                .willSetStateTo("done"));
        cloud.server.stubFor(get(urlEqualTo(url)).inScenario("build").whenScenarioStateIs("done")
                .willReturn(okJson(wrapped("loadbalancer", LOAD_BALANCER))));

        LoadBalancer active = octavia.loadBalancers().waitForActive(LB_ID);

        assertThat(active.provisioningStatus()).isEqualTo(ProvisioningStatus.ACTIVE);
        assertThat(cloud.log()).hasSize(3).allMatch(line -> line.equals("GET " + url));
    }

    @Test
    void aBalancerInErrorEndsTheWaitAtOnce() {
        cloud.server.stubFor(get(urlEqualTo(api("/lbaas/loadbalancers/" + LB_ID)))
                .willReturn(okJson(wrapped("loadbalancer", loadBalancer(LB_ID, "ERROR")))));
        LoadBalancer pending = new LoadBalancer(octavia, org.cloudsdk.http.Json.parse(loadBalancer(LB_ID,
                "PENDING_CREATE")));

        assertThatThrownBy(pending::waitForActive).isInstanceOf(ResourceFailedException.class)
                .hasMessageContaining("ERROR");
    }

    @Test
    void waitingForAnOperatingStatusWatchesTheOtherAttribute() {
        String url = api("/lbaas/loadbalancers/" + LB_ID);
        cloud.server.stubFor(get(urlEqualTo(url)).inScenario("online").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(wrapped("loadbalancer", LOAD_BALANCER.replace("\"ONLINE\"", "\"OFFLINE\""))))
                .willSetStateTo("online"));
        cloud.server.stubFor(get(urlEqualTo(url)).inScenario("online").whenScenarioStateIs("online")
                .willReturn(okJson(wrapped("loadbalancer", LOAD_BALANCER))));
        LoadBalancer offline = new LoadBalancer(octavia, org.cloudsdk.http.Json.parse(
                LOAD_BALANCER.replace("\"ONLINE\"", "\"OFFLINE\"")));

        assertThat(offline.waitForOperatingStatus(OperatingStatus.ONLINE, OperatingStatus.DEGRADED).operatingStatus())
                .isEqualTo(OperatingStatus.ONLINE);
        assertThatThrownBy(() -> offline.waitForOperatingStatus()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("desired");
        assertThatThrownBy(() -> offline.waitForOperatingStatus(OperatingStatus.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void waitingForADeletionEndsOnTheNotFound() {
        String url = api("/lbaas/loadbalancers/" + LB_ID);
        cloud.server.stubFor(get(urlEqualTo(url)).inScenario("delete").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(wrapped("loadbalancer", loadBalancer(LB_ID, "PENDING_DELETE"))))
                .willSetStateTo("gone"));
        cloud.server.stubFor(get(urlEqualTo(url)).inScenario("delete").whenScenarioStateIs("gone")
                .willReturn(fault(404, "Load Balancer " + LB_ID + " not found.")));
        LoadBalancer lb = new LoadBalancer(octavia, org.cloudsdk.http.Json.parse(LOAD_BALANCER));

        lb.waitForDeleted();

        assertThat(cloud.log()).containsExactly("GET " + url, "GET " + url);
        assertThatThrownBy(lb::reload).isInstanceOf(NotFoundException.class).hasMessageContaining("not found");
    }

    @Test
    void aChangeRefusedWhileTheBalancerIsBusyIsSentAgainUntilAccepted() {
        String url = api("/lbaas/loadbalancers/" + LB_ID);
        cloud.server.stubFor(put(urlEqualTo(url)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(fault(409, "Load Balancer " + LB_ID + " is immutable and cannot be updated."))
                .willSetStateTo("still"));
        cloud.server.stubFor(put(urlEqualTo(url)).inScenario("busy").whenScenarioStateIs("still")
                .willReturn(fault(409, "Invalid state PENDING_UPDATE of loadbalancer resource " + LB_ID))
                .willSetStateTo("free"));
        cloud.server.stubFor(put(urlEqualTo(url)).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(okJson(wrapped("loadbalancer", loadBalancer(LB_ID, "PENDING_UPDATE")))));

        LoadBalancer updated = octavia.loadBalancers().update(LB_ID, LoadBalancerOptions.builder().name("n").build());

        assertThat(updated.provisioningStatus()).isEqualTo(ProvisioningStatus.PENDING_UPDATE);
        cloud.server.verify(3, putRequestedFor(urlEqualTo(url)).withRequestBody(
                equalToJson("{\"loadbalancer\": {\"name\": \"n\"}}")));
    }

    @Test
    void anotherConflictIsNotSentAgain() {
        cloud.server.stubFor(post(urlEqualTo(api("/lbaas/listeners"))).willReturn(fault(409,
                "Another Listener on this Load Balancer is already using protocol HTTP and protocol_port 80")));

        assertThatThrownBy(() -> octavia.listeners().create(LB_ID, ListenerProtocol.HTTP, 80,
                ListenerOptions.defaults())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already using protocol HTTP");
        assertThat(cloud.log()).containsExactly("POST " + api("/lbaas/listeners"));
    }

    @Test
    void aBalancerBusyPastTheWaitTimeoutFailsWithTheLastAnswer() {
        String url = api("/lbaas/loadbalancers/" + LB_ID);
        cloud.server.stubFor(delete(urlEqualTo(url)).willReturn(fault(409,
                "Invalid state PENDING_CREATE of loadbalancer resource " + LB_ID)));
        Octavia impatient = octavia.withSettings(OctaviaSettings.builder()
                .waitTimeout(java.time.Duration.ofSeconds(1)).waitInterval(java.time.Duration.ofMillis(50)).build());

        assertThatThrownBy(() -> impatient.loadBalancers().delete(LB_ID)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Invalid state PENDING_CREATE");
        // tried again every 50 ms for a second, then given up: at most 21 tries
        assertThat(cloud.log()).hasSizeBetween(2, 21).allMatch(line -> line.equals("DELETE " + url));
    }
}
