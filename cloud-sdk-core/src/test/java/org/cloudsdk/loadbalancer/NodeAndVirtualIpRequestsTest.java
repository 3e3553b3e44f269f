package org.cloudsdk.loadbalancer;

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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.loadbalancer.ClbFixtures.EXAMPLE_LB;
import static org.cloudsdk.loadbalancer.ClbFixtures.LB_ID;
import static org.cloudsdk.loadbalancer.ClbStub.accepted;
import static org.cloudsdk.loadbalancer.ClbStub.authenticated;
import static org.cloudsdk.loadbalancer.ClbStub.path;

import java.util.List;
import java.util.stream.IntStream;

import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.http.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nodes and virtual IPs (the chapter's "Managing Nodes" and "Create the Virtual IP"): the exact
 * request of each operation, on the client and on the handles, each change followed by the
 * balancer's status read.
 */
class NodeAndVirtualIpRequestsTest {

    private static final String LB = "/loadbalancers/" + LB_ID;

    private final ClbStub stub = new ClbStub();
    private final CloudLoadBalancers clb = stub.clb;
    private LoadBalancer lb;

    @BeforeEach
    void balancer() {
        lb = new LoadBalancer(clb, Json.parse(EXAMPLE_LB).path("loadBalancer"));
        stub.status(LB_ID, "ACTIVE");
    }

    @AfterEach
    void close() {
        stub.close();
    }

    @Test
    void addNodesSendsTheNewNodesAndReadsTheirIds() {
        stub.server.stubFor(authenticated(post(urlEqualTo(path(LB + "/nodes")))).willReturn(accepted("""
                {"nodes": [{"address": "10.177.1.3", "id": 176635, "port": 80, "status": "ONLINE", "condition": "ENABLED",
                            "weight": 1, "type": "PRIMARY"},
                           {"address": "www.myrackspace.com", "id": 176636, "port": 88, "status": "ONLINE",
                            "condition": "DISABLED", "weight": 10, "type": "SECONDARY"}]}""")));

        List<Node> added = lb.addNodes(NodeSpec.of("10.177.1.3", 80), NodeSpec.builder("www.myrackspace.com", 88)
                .condition(NodeCondition.DISABLED).weight(10).type(NodeType.SECONDARY).build());

        stub.server.verify(postRequestedFor(urlEqualTo(path(LB + "/nodes"))).withRequestBody(equalToJson("""
                {"nodes": [{"address": "10.177.1.3", "port": 80, "condition": "ENABLED"},
                           {"address": "www.myrackspace.com", "port": 88, "condition": "DISABLED", "weight": 10,
                            "type": "SECONDARY"}]}""")));
        assertThat(stub.log()).containsExactly("POST " + path(LB + "/nodes"), "GET " + path(LB));
        assertThat(added).extracting(Node::id).containsExactly("176635", "176636");
        assertThat(added.get(1).condition()).isEqualTo(NodeCondition.DISABLED);
        assertThat(added.get(1).type()).isEqualTo(NodeType.SECONDARY);
        assertThat(added.get(1).weight()).contains(10);
        assertThat(added.get(0).loadBalancerId()).isEqualTo(LB_ID);
    }

    @Test
    void listAndGetReadTheNodes() {
        stub.server.stubFor(get(urlEqualTo(path(LB + "/nodes"))).willReturn(okJson("""
                {"nodes": [{"id": 410, "address": "10.1.1.1", "port": 80, "condition": "ENABLED", "status": "ONLINE",
                            "weight": 3, "type": "PRIMARY"},
                           {"id": 412, "address": "10.1.1.3", "port": 80, "condition": "DRAINING", "status": "OFFLINE",
                            "weight": 12, "type": "SECONDARY"}]}""")));
        stub.server.stubFor(get(urlEqualTo(path(LB + "/nodes/410"))).willReturn(okJson("""
                {"node": {"id": 410, "address": "10.1.1.1", "port": 80, "condition": "DISABLED", "status": "ONLINE",
                          "weight": 12, "type": "PRIMARY"}}""")));

        List<Node> nodes = lb.listNodes();
        Node reloaded = nodes.get(0).reload();

        assertThat(nodes).extracting(Node::id).containsExactly("410", "412");
        assertThat(nodes.get(1).condition()).isEqualTo(NodeCondition.DRAINING);
        assertThat(nodes.get(1).status()).isEqualTo("OFFLINE");
        assertThat(reloaded.condition()).isEqualTo(NodeCondition.DISABLED);
        assertThat(reloaded).isEqualTo(nodes.get(0));
        assertThat(reloaded.resourceType()).isEqualTo("loadbalancer_node");
        assertThat(clb.getNode(LB_ID, "410").weight()).contains(12);
    }

    @Test
    void theChaptersToggleOfANodesConditionIsOneUpdate() {
        stub.server.stubFor(authenticated(put(urlEqualTo(path(LB + "/nodes/172949")))).willReturn(accepted()));
        Node node = lb.nodes().get(0);

        node.update(NodeUpdate.condition(node.condition() == NodeCondition.ENABLED ? NodeCondition.DISABLED
                : NodeCondition.ENABLED));

        stub.server.verify(putRequestedFor(urlEqualTo(path(LB + "/nodes/172949"))).withRequestBody(equalToJson("""
                {"node": {"condition": "DISABLED"}}""")));
        assertThat(stub.log()).containsExactly("PUT " + path(LB + "/nodes/172949"), "GET " + path(LB));
    }

    @Test
    void updateNodeSendsEveryChange() {
        stub.server.stubFor(put(urlEqualTo(path(LB + "/nodes/172949"))).willReturn(accepted()));

        lb.updateNode("172949", NodeUpdate.builder().condition(NodeCondition.ENABLED).weight(59).type(NodeType.SECONDARY)
                .build());

        stub.server.verify(putRequestedFor(urlEqualTo(path(LB + "/nodes/172949"))).withRequestBody(equalToJson("""
                {"node": {"condition": "ENABLED", "weight": 59, "type": "SECONDARY"}}""")));
    }

    @Test
    void aNodeDeletesItselfFromItsBalancer() {
        stub.server.stubFor(authenticated(delete(urlEqualTo(path(LB + "/nodes/173161")))).willReturn(accepted()));

        lb.nodes().get(1).delete();

        assertThat(stub.log()).containsExactly("DELETE " + path(LB + "/nodes/173161"), "GET " + path(LB));
    }

    @Test
    void manyNodesAreDeletedInBatchesOfTen() {
        stub.server.stubFor(delete(urlPathEqualTo(path(LB + "/nodes"))).willReturn(accepted()));
        List<String> ids = IntStream.rangeClosed(1, 12).mapToObj(String::valueOf).toList();

        lb.deleteNodes(ids);

        assertThat(stub.log()).containsExactly(
                "DELETE " + path(LB + "/nodes?id=1&id=2&id=3&id=4&id=5&id=6&id=7&id=8&id=9&id=10"), "GET " + path(LB),
                "DELETE " + path(LB + "/nodes?id=11&id=12"), "GET " + path(LB));
    }

    @Test
    void virtualIpsAreListedAddedAndDeleted() {
        stub.server.stubFor(get(urlEqualTo(path(LB + "/virtualips"))).willReturn(okJson("""
                {"virtualIps": [{"address": "50.56.167.209", "id": 1893, "type": "PUBLIC", "ipVersion": "IPV4"},
                                {"address": "2001:4800:7901:0000:8ca7:b42c:0000:0001", "id": 9070313, "type": "PUBLIC",
                                 "ipVersion": "IPV6"}]}""")));
        stub.server.stubFor(authenticated(post(urlEqualTo(path(LB + "/virtualips")))).willReturn(accepted("""
                {"address": "fd24:f480:ce44:91bc:1af2:15ff:0000:0002", "id": 9000134, "type": "PUBLIC", "ipVersion": "IPV6"}
                """)));
        stub.server.stubFor(authenticated(delete(urlEqualTo(path(LB + "/virtualips/9000134")))).willReturn(accepted()));

        List<VirtualIp> vips = clb.listVirtualIps(LB_ID);
        VirtualIp added = lb.addVirtualIp(VirtualIpSpec.of(VirtualIpType.PUBLIC, IpVersion.IPV6));
        added.delete();

        assertThat(vips).extracting(VirtualIp::id).containsExactly("1893", "9070313");
        assertThat(vips.get(1).ipVersion()).isEqualTo(IpVersion.IPV6);
        assertThat(added.id()).isEqualTo("9000134");
        assertThat(added.address()).isEqualTo("fd24:f480:ce44:91bc:1af2:15ff:0000:0002");
        stub.server.verify(postRequestedFor(urlEqualTo(path(LB + "/virtualips"))).withRequestBody(equalToJson("""
                {"type": "PUBLIC", "ipVersion": "IPV6"}""")));
        assertThat(stub.log()).containsExactly("GET " + path(LB + "/virtualips"), "POST " + path(LB + "/virtualips"),
                "GET " + path(LB), "DELETE " + path(LB + "/virtualips/9000134"), "GET " + path(LB));
    }

    @Test
    void aVirtualIpReloadsFromItsBalancersList() {
        stub.server.stubFor(get(urlEqualTo(path(LB + "/virtualips"))).willReturn(okJson("""
                {"virtualIps": [{"address": "50.56.167.209", "id": 1893, "type": "PUBLIC", "ipVersion": "IPV4"}]}""")));

        VirtualIp vip = lb.virtualIps().get(0).reload();

        assertThat(vip.address()).isEqualTo("50.56.167.209");
        assertThatThrownBy(() -> lb.virtualIps().get(1).reload()).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no virtual IP 9070313");
    }

    @Test
    void onlyNewIpv6AddressesAreAddedToARunningBalancer() {
        assertThatThrownBy(() -> lb.addVirtualIp(VirtualIpSpec.publicIp())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("vip must be a new IPV6 address");
        assertThatThrownBy(() -> lb.addVirtualIp(VirtualIpSpec.shared("1893"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("vip must be a new IPV6 address");
        assertThat(stub.log()).isEmpty();
    }
}
