package org.cloudsdk.loadbalancer;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
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
import static org.cloudsdk.loadbalancer.ClbFixtures.EXAMPLE_LB;
import static org.cloudsdk.loadbalancer.ClbFixtures.LB_ID;
import static org.cloudsdk.loadbalancer.ClbStub.accepted;
import static org.cloudsdk.loadbalancer.ClbStub.authenticated;
import static org.cloudsdk.loadbalancer.ClbStub.path;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * Balancers (the chapter's "Listing", "Create the Load Balancer", "Working with Load Balancers",
 * "Updating the Load Balancer"): the exact request of list, get, create, update and delete, the
 * account-wide lists, and what is read from the answers.
 */
class LoadBalancerRequestsTest {

    private final ClbStub stub = new ClbStub();
    private final CloudLoadBalancers clb = stub.clb;

    @AfterEach
    void close() {
        stub.close();
    }

    @Test
    void theDefinitionLooksUnderRaxLoadBalancerOnly() {
        assertThat(CloudLoadBalancers.SERVICE.name()).isEqualTo("load_balancer");
        assertThat(CloudLoadBalancers.SERVICE.type()).isEqualTo(ServiceType.LOAD_BALANCER);
        assertThat(CloudLoadBalancers.SERVICE.catalogTypes()).containsExactly("rax:load-balancer");
        assertThat(CloudLoadBalancers.SERVICE.clientType()).isEqualTo(CloudLoadBalancers.class);
    }

    @Test
    void listFollowsTheMarkerOfTheLastBalancerUntilAnEmptyPage() {
        stub.server.stubFor(authenticated(get(urlEqualTo(path("/loadbalancers?limit=2")))).willReturn(okJson(
                "{\"loadBalancers\": [" + ClbFixtures.listed("71", "lb-site1") + ", " + ClbFixtures.listed("166", "lb-site2") + "]}")));
        stub.server.stubFor(get(urlEqualTo(path("/loadbalancers?limit=2&marker=166"))).willReturn(okJson(
                "{\"loadBalancers\": [" + ClbFixtures.listed("82663", "example_lb") + "]}")));
        stub.server.stubFor(get(urlEqualTo(path("/loadbalancers?limit=2&marker=82663"))).willReturn(okJson(
                "{\"loadBalancers\": []}")));

        List<LoadBalancer> balancers = clb.list(LoadBalancerListOptions.builder().pageSize(2).build());

        assertThat(stub.log()).containsExactly("GET " + path("/loadbalancers?limit=2"),
                "GET " + path("/loadbalancers?limit=2&marker=166"), "GET " + path("/loadbalancers?limit=2&marker=82663"));
        // the chapter's print [(lb.name, lb.id) for lb in clb.list()]
        assertThat(balancers).extracting(LoadBalancer::name, LoadBalancer::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple("lb-site1", "71"), org.assertj.core.groups.Tuple.tuple("lb-site2", "166"),
                org.assertj.core.groups.Tuple.tuple("example_lb", "82663"));
        LoadBalancer first = balancers.get(0);
        assertThat(first.nodeCount()).isEqualTo(3);
        assertThat(first.nodes()).isEmpty();
        assertThat(first.virtualIps()).singleElement().satisfies(vip -> {
            assertThat(vip.address()).isEqualTo("206.55.130.1");
            assertThat(vip.loadBalancerId()).isEqualTo("71");
        });
        assertThat(first.created()).isEqualTo(Instant.parse("2010-11-30T03:23:42Z"));
    }

    @Test
    void listSendsItsFilters() {
        stub.server.stubFor(get(urlPathEqualTo(path("/loadbalancers"))).withQueryParam("name", equalTo("example_lb"))
                .withQueryParam("nodeaddress", equalTo("10.1.1.1")).withQueryParam("status", equalTo("DELETED"))
                .withQueryParam("changes-since", equalTo("2011-05-19T13:07:08Z"))
                .willReturn(okJson("{\"loadBalancers\": []}")));

        assertThat(clb.list(LoadBalancerListOptions.builder().name("example_lb").nodeAddress("10.1.1.1")
                .status(LoadBalancerStatus.DELETED).changesSince(Instant.parse("2011-05-19T13:07:08Z")).build())).isEmpty();
        assertThat(stub.log()).hasSize(1);
    }

    @Test
    void getReadsTheChaptersBalancer() {
        stub.server.stubFor(authenticated(get(urlEqualTo(path("/loadbalancers/" + LB_ID)))).willReturn(okJson(EXAMPLE_LB)));

        LoadBalancer lb = clb.get(LB_ID);

        assertThat(lb.name()).isEqualTo("example_lb");
        assertThat(lb.id()).isEqualTo(LB_ID);
        assertThat(lb.status()).isEqualTo("ACTIVE");
        assertThat(lb.statusValue()).isEqualTo(LoadBalancerStatus.ACTIVE);
        assertThat(lb.algorithm()).isEqualTo("RANDOM");
        assertThat(lb.protocol()).isEqualTo("HTTP");
        assertThat(lb.port()).contains(80);
        assertThat(lb.timeout()).contains(30);
        assertThat(lb.halfClosed()).contains(false);
        assertThat(lb.httpsRedirect()).contains(false);
        assertThat(lb.cluster()).contains("ztm-n05.dfw1.lbaas.rackspace.net");
        assertThat(lb.sessionPersistence()).contains(PersistenceType.HTTP_COOKIE);
        assertThat(lb.connectionLogging()).contains(false);
        assertThat(lb.contentCaching()).contains(false);
        assertThat(lb.sourceAddresses()).containsEntry("ipv4Public", "10.12.99.28");
        assertThat(lb.created()).isEqualTo(Instant.parse("2012-11-12T18:47:14Z"));
        assertThat(lb.updated()).isEqualTo(Instant.parse("2012-11-16T20:43:10Z"));
        assertThat(lb.nodeCount()).isEqualTo(2);
        assertThat(lb.nodes()).hasToString("[Node[id=172949, address=10.177.1.1, port=80, condition=ENABLED, type=PRIMARY, weight=1],"
                + " Node[id=173161, address=10.177.1.2, port=80, condition=DISABLED, type=PRIMARY, weight=1]]");
        assertThat(lb.nodes()).allSatisfy(node -> assertThat(node.loadBalancerId()).isEqualTo(LB_ID));
        assertThat(lb.virtualIps()).hasToString("[VirtualIp[id=1893, type=PUBLIC, address=50.56.167.209, ipVersion=IPV4],"
                + " VirtualIp[id=9070313, type=PUBLIC, address=2001:4800:7901:0000:8ca7:b42c:0000:0001, ipVersion=IPV6]]");
        assertThat(lb.attribute("cluster")).isPresent();
        assertThat(lb.resourceType()).isEqualTo("loadbalancer");
        assertThat(lb).hasToString("LoadBalancer[id=78273, name=example_lb, status=ACTIVE, protocol=HTTP, port=80,"
                + " algorithm=RANDOM, nodeCount=2]");
    }

    @Test
    void theUrlIsTheBalancersAbsoluteApiUrl() {
        stub.server.stubFor(get(urlEqualTo(path("/loadbalancers/" + LB_ID))).willReturn(okJson(EXAMPLE_LB)));

        LoadBalancer lb = clb.get(LB_ID);

        assertThat(lb.url()).isEqualTo(stub.server.baseUrl() + path("/loadbalancers/" + LB_ID));
        assertThat(clb.url("2000")).isEqualTo(stub.server.baseUrl() + path("/loadbalancers/2000"));
    }

    @Test
    void anUnknownBalancerIsNotFound() {
        stub.server.stubFor(get(urlEqualTo(path("/loadbalancers/1"))).willReturn(WireMock.aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\": \"Load balancer not found\", \"code\": 404}")));

        assertThatThrownBy(() -> clb.get("1")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Load balancer not found");
    }

    @Test
    void createSendsTheChaptersBalancer() {
        stub.server.stubFor(authenticated(post(urlEqualTo(path("/loadbalancers")))).willReturn(accepted("""
                {"loadBalancer": {"name": "example_lb", "id": 82663, "port": 80, "protocol": "HTTP", "halfClosed": "false",
                 "algorithm": "RANDOM", "status": "BUILD", "timeout": 30, "cluster": {"name": "host2_cluster1"},
                 "nodes": [{"address": "10.177.1.1", "id": 172949, "port": 80, "status": "ONLINE", "condition": "ENABLED",
                            "weight": 1, "type": "PRIMARY"},
                           {"address": "10.177.1.2", "id": 173161, "port": 80, "status": "ONLINE", "condition": "ENABLED",
                            "weight": 1, "type": "PRIMARY"}],
                 "virtualIps": [{"address": "50.56.167.209", "id": 1893, "type": "PUBLIC", "ipVersion": "IPV4"}],
                 "created": {"time": "2012-11-12T18:47:14Z"}}}""")));

        LoadBalancer lb = clb.create("example_lb", 80, "HTTP", LoadBalancerCreateOptions.builder()
                .nodes(NodeSpec.of("10.177.1.1", 80), NodeSpec.of("10.177.1.2", 80))
                .virtualIps(VirtualIpSpec.publicIp()).build());

        stub.server.verify(1, postRequestedFor(urlEqualTo(path("/loadbalancers"))).withRequestBody(equalToJson("""
                {"loadBalancer": {"name": "example_lb", "port": 80, "protocol": "HTTP",
                  "virtualIps": [{"type": "PUBLIC", "ipVersion": "IPV4"}],
                  "nodes": [{"address": "10.177.1.1", "port": 80, "condition": "ENABLED"},
                            {"address": "10.177.1.2", "port": 80, "condition": "ENABLED"}]}}""", false, false))
                .withHeader("Content-Type", WireMock.containing("application/json")));
        assertThat(stub.log()).hasSize(1);
        assertThat(lb.id()).isEqualTo("82663");
        assertThat(lb.statusValue()).isEqualTo(LoadBalancerStatus.BUILD);
        assertThat(lb.nodes()).extracting(Node::id).containsExactly("172949", "173161");
    }

    @Test
    void createSendsEveryOption() {
        stub.server.stubFor(post(urlEqualTo(path("/loadbalancers"))).willReturn(accepted(ClbFixtures.balancer("2200", "BUILD"))));

        clb.create("a-new-loadbalancer", 443, "HTTPS", LoadBalancerCreateOptions.builder()
                .virtualIps(VirtualIpSpec.shared("15"), VirtualIpSpec.of(VirtualIpType.SERVICENET, IpVersion.IPV6))
                .nodes(NodeSpec.builder("10.1.1.1", 443).condition(NodeCondition.DISABLED).type(NodeType.SECONDARY)
                        .weight(10).build())
                .algorithm("WEIGHTED_ROUND_ROBIN").halfClosed(false).timeout(60).httpsRedirect(true)
                .metadata(Map.of("color", "red"))
                .healthMonitor(HealthMonitor.connect().delay(20).build())
                .sessionPersistence(PersistenceType.SOURCE_IP)
                .connectionLogging(true)
                .connectionThrottle(ConnectionThrottle.builder().maxConnections(100).minConnections(10)
                        .maxConnectionRate(50).rateInterval(60).build())
                .accessList(List.of(NetworkItem.allow("10.20.30.40"), NetworkItem.deny("0.0.0.0/0")))
                .build());

        stub.server.verify(1, postRequestedFor(urlEqualTo(path("/loadbalancers"))).withRequestBody(equalToJson("""
                {"loadBalancer": {"name": "a-new-loadbalancer", "port": 443, "protocol": "HTTPS",
                  "virtualIps": [{"id": 15}, {"type": "SERVICENET", "ipVersion": "IPV6"}],
                  "nodes": [{"address": "10.1.1.1", "port": 443, "condition": "DISABLED", "type": "SECONDARY", "weight": 10}],
                  "algorithm": "WEIGHTED_ROUND_ROBIN", "halfClosed": false, "timeout": 60, "httpsRedirect": true,
                  "metadata": [{"key": "color", "value": "red"}],
                  "healthMonitor": {"type": "CONNECT", "delay": 20, "timeout": 10, "attemptsBeforeDeactivation": 3},
                  "sessionPersistence": {"persistenceType": "SOURCE_IP"},
                  "connectionLogging": {"enabled": true},
                  "connectionThrottle": {"maxConnections": 100, "minConnections": 10, "maxConnectionRate": 50,
                                         "rateInterval": 60},
                  "accessList": [{"address": "10.20.30.40", "type": "ALLOW"}, {"address": "0.0.0.0/0", "type": "DENY"}]}}
                """, false, false)));
    }

    @Test
    void waitForBuildPollsTheNewBalancerUntilActive() {
        stub.server.stubFor(get(urlEqualTo(path("/loadbalancers/2200"))).inScenario("build")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(ClbFixtures.balancer("2200", "BUILD")))
                .willSetStateTo("built"));
        stub.server.stubFor(get(urlEqualTo(path("/loadbalancers/2200"))).inScenario("build")
                .whenScenarioStateIs("built").willReturn(okJson(ClbFixtures.balancer("2200", "ACTIVE"))));
        LoadBalancer building = new LoadBalancer(clb, org.cloudsdk.http.Json.parse(ClbFixtures.balancer("2200", "BUILD"))
                .path("loadBalancer"));

        LoadBalancer active = Waiter.shared().waitForBuild(building,
                WaitOptions.forBuild().toBuilder().interval(java.time.Duration.ofMillis(10)).build());

        assertThat(active.statusValue()).isEqualTo(LoadBalancerStatus.ACTIVE);
        assertThat(stub.log()).containsExactly("GET " + path("/loadbalancers/2200"), "GET " + path("/loadbalancers/2200"));
    }

    @Test
    void updateSendsTheChangesAndReturnsOnceTheBalancerIsActive() {
        stub.server.stubFor(authenticated(put(urlEqualTo(path("/loadbalancers/" + LB_ID)))).willReturn(accepted()));
        stub.status(LB_ID, "ACTIVE");

        clb.update(LB_ID, LoadBalancerUpdate.builder().timeout(60).algorithm("RANDOM").build());

        stub.server.verify(putRequestedFor(urlEqualTo(path("/loadbalancers/" + LB_ID))).withRequestBody(equalToJson("""
                {"loadBalancer": {"timeout": 60, "algorithm": "RANDOM"}}""")));
        assertThat(stub.log()).containsExactly("PUT " + path("/loadbalancers/" + LB_ID), "GET " + path("/loadbalancers/" + LB_ID));
    }

    @Test
    void updateSendsEveryAttributeOfTheChapter() {
        stub.server.stubFor(put(urlEqualTo(path("/loadbalancers/" + LB_ID))).willReturn(accepted()));
        stub.status(LB_ID, "ACTIVE");
        stub.server.stubFor(get(urlEqualTo(path("/loadbalancers/" + LB_ID + "?x=1"))).willReturn(okJson(EXAMPLE_LB)));

        new LoadBalancer(clb, org.cloudsdk.http.Json.parse(EXAMPLE_LB).path("loadBalancer")).update(LoadBalancerUpdate.builder()
                .name("sample-loadbalancer").algorithm("ROUND_ROBIN").protocol("TCP").halfClosed(true).port(8080)
                .timeout(120).httpsRedirect(false).build());

        stub.server.verify(putRequestedFor(urlEqualTo(path("/loadbalancers/" + LB_ID))).withRequestBody(equalToJson("""
                {"loadBalancer": {"name": "sample-loadbalancer", "algorithm": "ROUND_ROBIN", "protocol": "TCP",
                 "halfClosed": true, "port": 8080, "timeout": 120, "httpsRedirect": false}}""")));
    }

    @Test
    void anUpdateWithoutChangesSendsNothing() {
        clb.update(LB_ID, LoadBalancerUpdate.builder().build());

        assertThat(stub.log()).isEmpty();
    }

    @Test
    void deleteAsksOnceAndDoesNotWaitForActive() {
        stub.server.stubFor(authenticated(delete(urlEqualTo(path("/loadbalancers/" + LB_ID)))).willReturn(accepted()));

        clb.delete(LB_ID);

        assertThat(stub.log()).containsExactly("DELETE " + path("/loadbalancers/" + LB_ID));
    }

    @Test
    void theAccountWideListsAreRead() {
        stub.server.stubFor(get(urlEqualTo(path("/loadbalancers/algorithms"))).willReturn(okJson("""
                {"algorithms": [{"name": "LEAST_CONNECTIONS"}, {"name": "RANDOM"}, {"name": "ROUND_ROBIN"},
                                {"name": "WEIGHTED_LEAST_CONNECTIONS"}, {"name": "WEIGHTED_ROUND_ROBIN"}]}""")));
        stub.server.stubFor(get(urlEqualTo(path("/loadbalancers/protocols"))).willReturn(okJson("""
                {"protocols": [{"name": "DNS_TCP", "port": 53}, {"name": "HTTP", "port": 80}, {"name": "HTTPS", "port": 443},
                               {"name": "UDP_STREAM", "port": 0}]}""")));
        stub.server.stubFor(get(urlEqualTo(path("/loadbalancers/alloweddomains"))).willReturn(okJson("""
                {"allowedDomains": [{"allowedDomain": {"name": "rackspace.com"}},
                                    {"allowedDomain": {"name": "randomsite.org"}}]}""")));

        assertThat(clb.algorithms()).containsExactly("LEAST_CONNECTIONS", "RANDOM", "ROUND_ROBIN",
                "WEIGHTED_LEAST_CONNECTIONS", "WEIGHTED_ROUND_ROBIN");
        assertThat(clb.protocols()).containsExactly("DNS_TCP", "HTTP", "HTTPS", "UDP_STREAM");
        assertThat(clb.protocolPorts()).containsExactly(Map.entry("DNS_TCP", 53), Map.entry("HTTP", 80),
                Map.entry("HTTPS", 443), Map.entry("UDP_STREAM", 0));
        assertThat(clb.allowedDomains()).containsExactly("rackspace.com", "randomsite.org");
        stub.server.verify(2, getRequestedFor(urlEqualTo(path("/loadbalancers/protocols"))).withHeader("X-Auth-Token",
                equalTo(ClbStub.TOKEN)));
    }

    @Test
    void theHealthCheckReadsOneBalancer() {
        stub.server.stubFor(get(urlEqualTo(path("/loadbalancers?limit=1"))).willReturn(okJson("{\"loadBalancers\": []}")));

        Map<String, Object> details = CloudLoadBalancers.SERVICE.checkHealth(clb).block();

        assertThat(details).containsEntry("region", "ORD").containsEntry("interface", "public");
        assertThat(stub.log()).containsExactly("GET " + path("/loadbalancers?limit=1"));
    }

    @Test
    void withSettingsGivesAnotherClientOfTheSameEndpoint() {
        LoadBalancerSettings slow = LoadBalancerSettings.builder().waitTimeout(java.time.Duration.ofMinutes(10)).build();

        CloudLoadBalancers other = clb.withSettings(slow);

        assertThat(other).isNotSameAs(clb);
        assertThat(other.settings()).isEqualTo(slow);
        assertThat(clb.settings()).isEqualTo(ClbStub.FAST);
        assertThat(other.client()).isSameAs(clb.client());
    }
}
