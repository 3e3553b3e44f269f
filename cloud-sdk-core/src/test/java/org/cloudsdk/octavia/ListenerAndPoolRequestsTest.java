package org.cloudsdk.octavia;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudsdk.octavia.OctaviaFixtures.LB_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.LISTENER;
import static org.cloudsdk.octavia.OctaviaFixtures.LISTENER_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.LOAD_BALANCER;
import static org.cloudsdk.octavia.OctaviaFixtures.MEMBER_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.MONITOR_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.POLICY_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.POOL;
import static org.cloudsdk.octavia.OctaviaFixtures.POOL_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.wrapped;
import static org.cloudsdk.octavia.OctaviaStub.api;
import static org.cloudsdk.octavia.OctaviaStub.authed;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exact requests of Octavia's listeners and pools, and the parsing of their answers. */
class ListenerAndPoolRequestsTest {

    private final OctaviaStub cloud = new OctaviaStub();
    private final Octavia octavia = cloud.octavia();

    @AfterEach
    void close() {
        cloud.close();
    }

    @Test
    void listenersAreCreatedReadUpdatedListedAndDeleted() {
        cloud.answer("POST", api("/lbaas/listeners"), wrapped("listener", LISTENER));
        cloud.answer("GET", api("/lbaas/listeners/" + LISTENER_ID), wrapped("listener", LISTENER));
        cloud.answer("PUT", api("/lbaas/listeners/" + LISTENER_ID), wrapped("listener", LISTENER));
        cloud.answer("GET", api("/lbaas/listeners?loadbalancer_id=" + LB_ID), OctaviaFixtures.listing("listeners", LISTENER));
        cloud.answer("GET", api("/lbaas/listeners/" + LISTENER_ID + "/stats"), """
                {"stats": {"bytes_in": 65, "total_connections": 1, "active_connections": 0, "bytes_out": 156,
                 "request_errors": 0}}""");
        cloud.answer("DELETE", api("/lbaas/listeners/" + LISTENER_ID), null);
        LoadBalancer lb = new LoadBalancer(octavia, org.cloudsdk.http.Json.parse(LOAD_BALANCER));

        Listener created = lb.createListener(ListenerProtocol.HTTP, 80, ListenerOptions.builder().name("great_listener")
                .description("d").adminStateUp(true).connectionLimit(200).defaultPoolId(POOL_ID)
                .insertHeaders(Map.of("X-Forwarded-For", "true"))
                .timeoutClientData(Duration.ofSeconds(50)).timeoutMemberConnect(Duration.ofSeconds(5))
                .timeoutMemberData(Duration.ofSeconds(50)).timeoutTcpInspect(Duration.ZERO)
                .allowedCidrs(List.of("192.0.2.0/24", "2001:db8::/32")).tags(List.of("test_tag")).build());
        Listener tls = octavia.listeners().create(LB_ID, ListenerProtocol.TERMINATED_HTTPS, 443, ListenerOptions
                .builder().defaultTlsContainerRef("http://198.51.100.10:9311/v1/containers/a570068c")
                .sniContainerRefs(List.of("http://198.51.100.10:9311/v1/containers/aaebb31e")).build());
        Listener updated = created.update(ListenerOptions.builder().connectionLimit(-1).noDefaultPool()
                .allowedCidrs(List.of()).build());
        Listener listed = lb.listListeners().get(0);
        LoadBalancerStats stats = listed.stats();
        listed.delete();

        cloud.server.verify(1, authed(postRequestedFor(urlEqualTo(api("/lbaas/listeners")))).withRequestBody(
                equalToJson("""
                        {"listener": {"name": "great_listener", "description": "d", "admin_state_up": true,
                         "connection_limit": 200, "default_pool_id": "%s", "insert_headers": {"X-Forwarded-For": "true"},
                         "timeout_client_data": 50000, "timeout_member_connect": 5000, "timeout_member_data": 50000,
                         "timeout_tcp_inspect": 0, "allowed_cidrs": ["192.0.2.0/24", "2001:db8::/32"],
                         "tags": ["test_tag"], "loadbalancer_id": "%s", "protocol": "HTTP", "protocol_port": 80}}"""
                        .formatted(POOL_ID, LB_ID))));
        cloud.server.verify(1, postRequestedFor(urlEqualTo(api("/lbaas/listeners"))).withRequestBody(equalToJson("""
                {"listener": {"default_tls_container_ref": "http://198.51.100.10:9311/v1/containers/a570068c",
                 "sni_container_refs": ["http://198.51.100.10:9311/v1/containers/aaebb31e"], "loadbalancer_id": "%s",
                 "protocol": "TERMINATED_HTTPS", "protocol_port": 443}}""".formatted(LB_ID))));
        cloud.server.verify(1, authed(putRequestedFor(urlEqualTo(api("/lbaas/listeners/" + LISTENER_ID))))
                .withRequestBody(equalToJson("""
                        {"listener": {"connection_limit": -1, "default_pool_id": null, "allowed_cidrs": []}}""")));
        cloud.server.verify(1, authed(deleteRequestedFor(urlEqualTo(api("/lbaas/listeners/" + LISTENER_ID)))));
        assertThat(listed).isEqualTo(created).isEqualTo(updated).isEqualTo(tls);
        assertThat(listed.name()).isEqualTo("great_listener");
        assertThat(listed.protocol()).isEqualTo(ListenerProtocol.HTTP);
        assertThat(listed.protocolPort()).isEqualTo(80);
        assertThat(listed.connectionLimit()).isEqualTo(200);
        assertThat(listed.defaultPoolId()).contains(POOL_ID);
        assertThat(listed.loadBalancerId()).isEqualTo(LB_ID);
        assertThat(listed.l7PolicyIds()).containsExactly(POLICY_ID);
        assertThat(listed.insertHeaders()).containsEntry("X-Forwarded-For", "true");
        assertThat(listed.timeoutClientData()).contains(Duration.ofSeconds(50));
        assertThat(listed.timeoutMemberConnect()).contains(Duration.ofSeconds(5));
        assertThat(listed.timeoutTcpInspect()).contains(Duration.ZERO);
        assertThat(listed.allowedCidrs()).containsExactly("192.0.2.0/24", "198.51.100.0/24");
        assertThat(listed.defaultTlsContainerRef()).isEmpty();
        assertThat(listed.tags()).containsExactly("test_tag");
        assertThat(stats.bytesOut()).isEqualTo(156);
        assertThat(listed).hasToString("Listener[id=" + LISTENER_ID + ", name=great_listener, HTTP:80, ACTIVE]");
    }

    @Test
    void poolsAreCreatedForAListenerOrABalancerReadUpdatedAndDeleted() {
        cloud.answer("POST", api("/lbaas/pools"), wrapped("pool", POOL));
        cloud.answer("GET", api("/lbaas/pools/" + POOL_ID), wrapped("pool", POOL));
        cloud.answer("PUT", api("/lbaas/pools/" + POOL_ID), wrapped("pool", POOL));
        cloud.answer("GET", api("/lbaas/pools?loadbalancer_id=" + LB_ID), OctaviaFixtures.listing("pools", POOL));
        cloud.answer("DELETE", api("/lbaas/pools/" + POOL_ID), null);
        Listener listener = new Listener(octavia, org.cloudsdk.http.Json.parse(LISTENER));
        LoadBalancer lb = new LoadBalancer(octavia, org.cloudsdk.http.Json.parse(LOAD_BALANCER));

        Pool created = listener.createPool(PoolProtocol.HTTP, LbAlgorithm.ROUND_ROBIN, PoolOptions.builder()
                .name("super-pool").description("Super Round Robin Pool").adminStateUp(true)
                .sessionPersistence(SessionPersistence.appCookie("ChocolateChip")).tags(List.of("test_tag"))
                .tlsEnabled(false).build());
        octavia.pools().createForLoadBalancer(LB_ID, PoolProtocol.UDP, LbAlgorithm.SOURCE_IP_PORT, PoolOptions
                .builder().sessionPersistence(SessionPersistence.sourceIp().withTimeout(60)
                        .withGranularity("255.255.255.0")).build());
        Pool updated = created.update(PoolOptions.builder().lbAlgorithm(LbAlgorithm.LEAST_CONNECTIONS)
                .noSessionPersistence().build());
        Pool listed = lb.listPools().get(0);
        listed.reload().delete();

        cloud.server.verify(1, authed(postRequestedFor(urlEqualTo(api("/lbaas/pools")))).withRequestBody(equalToJson("""
                {"pool": {"name": "super-pool", "description": "Super Round Robin Pool", "admin_state_up": true,
                 "tags": ["test_tag"], "tls_enabled": false,
                 "session_persistence": {"type": "APP_COOKIE", "cookie_name": "ChocolateChip"},
                 "listener_id": "%s", "protocol": "HTTP", "lb_algorithm": "ROUND_ROBIN"}}""".formatted(LISTENER_ID))));
        cloud.server.verify(1, postRequestedFor(urlEqualTo(api("/lbaas/pools"))).withRequestBody(equalToJson("""
                {"pool": {"session_persistence": {"type": "SOURCE_IP", "persistence_timeout": 60,
                 "persistence_granularity": "255.255.255.0"}, "loadbalancer_id": "%s", "protocol": "UDP",
                 "lb_algorithm": "SOURCE_IP_PORT"}}""".formatted(LB_ID))));
        cloud.server.verify(1, authed(putRequestedFor(urlEqualTo(api("/lbaas/pools/" + POOL_ID)))).withRequestBody(
                equalToJson("{\"pool\": {\"lb_algorithm\": \"LEAST_CONNECTIONS\", \"session_persistence\": null}}")));
        cloud.server.verify(1, authed(deleteRequestedFor(urlEqualTo(api("/lbaas/pools/" + POOL_ID)))));
        assertThat(listed).isEqualTo(created).isEqualTo(updated);
        assertThat(listed.protocol()).isEqualTo(PoolProtocol.HTTP);
        assertThat(listed.lbAlgorithm()).isEqualTo(LbAlgorithm.ROUND_ROBIN);
        assertThat(listed.sessionPersistence()).contains(SessionPersistence.appCookie("ChocolateChip"));
        assertThat(listed.healthMonitorId()).contains(MONITOR_ID);
        assertThat(listed.loadBalancerId()).isEqualTo(LB_ID);
        assertThat(listed.listenerIds()).containsExactly(LISTENER_ID);
        assertThat(listed.memberIds()).containsExactly(MEMBER_ID);
        assertThat(listed.tlsEnabled()).isFalse();
        assertThat(listed.description()).isEqualTo("Super Round Robin Pool");
    }
}
