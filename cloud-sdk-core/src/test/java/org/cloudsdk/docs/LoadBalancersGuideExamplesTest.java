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
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.cloudsdk.loadbalancer.ClbFixtures;
import org.cloudsdk.loadbalancer.CloudLoadBalancers;
import org.cloudsdk.loadbalancer.LoadBalancer;
import org.cloudsdk.loadbalancer.LoadBalancerSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Runs the examples of {@code docs/load-balancers.md} ({@link LoadBalancersGuideExamples}). Cloud
 * Load Balancers is Rackspace's alone (the local cloud runs Octavia), so they run on a Rackspace
 * catalog (the identity fixture {@code loadbalancer/rackspace-loadbalancer-access.json}, which
 * also lists an Octavia endpoint the client must not use) whose {@code rax:load-balancer}
 * endpoint is WireMock answering as the API reference does; the test checks the requests they send.
 */
class LoadBalancersGuideExamplesTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static final String CLB = "/lbaas/v1.0/000000";
    private static final String LB = CLB + "/loadbalancers/82663";
    private static final LoadBalancerSettings FAST = LoadBalancerSettings.builder().waitTimeout(Duration.ofSeconds(20))
            .waitInterval(Duration.ofMillis(10)).build();
    private static final String NODE_1 = """
            {"id": 172949, "address": "10.177.1.1", "port": 80, "condition": "ENABLED", "status": "ONLINE", "weight": 1,
             "type": "PRIMARY"}""";
    private static final String NODE_2 = """
            {"id": 176621, "address": "10.177.1.42", "port": 80, "condition": "ENABLED", "status": "ONLINE", "weight": 1,
             "type": "PRIMARY"}""";
    private static final String NEW_NODE = """
            {"id": 176635, "address": "10.177.1.2", "port": 80, "condition": "ENABLED", "status": "ONLINE", "weight": 1,
             "type": "PRIMARY"}""";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final LoadBalancersGuideExamples examples =
            new LoadBalancersGuideExamples(new PrintStream(printed, true, StandardCharsets.UTF_8));
    private CloudContext ctx;
    private CloudLoadBalancers clb;

    @BeforeEach
    void connect() {
        TestCloud.stubV2Tokens(cloud, "loadbalancer/rackspace-loadbalancer-access.json");
        ctx = builder().serviceSettings(FAST).build();
        clb = ctx.loadBalancers();
        cloud.stubFor(get(urlEqualTo(CLB + "/loadbalancers")).willReturn(okJson(
                "{\"loadBalancers\": [" + ClbFixtures.listed("82663", "example_lb") + "]}")));
        // a listing ends on an empty page, never on a short one
        cloud.stubFor(get(urlEqualTo(CLB + "/loadbalancers?marker=82663")).willReturn(okJson("{\"loadBalancers\": []}")));
        cloud.stubFor(get(urlEqualTo(LB)).willReturn(okJson(balancer("ACTIVE", NODE_1 + ", " + NODE_2))));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private static org.cloudsdk.CloudContextBuilder builder() {
        return TestCloud.isolatedBuilder().identityType("rackspace").authEndpoint(TestCloud.baseUrl(cloud) + "/v2.0/")
                .username("someuser").apiKey("0123456789abcdef0123456789abcdef").region("ORD");
    }

    private static String balancer(String status, String nodes) {
        return """
                {"loadBalancer": {"id": 82663, "name": "example_lb", "protocol": "HTTP", "port": 80, "algorithm": "RANDOM",
                 "status": "%s", "timeout": 30, "nodes": [%s],
                 "virtualIps": [{"id": 1893, "address": "50.56.167.209", "type": "PUBLIC", "ipVersion": "IPV4"},
                                {"id": 9070313, "address": "2001:4800:7901:0000:8ca7:b42c:0000:0001", "type": "PUBLIC",
                                 "ipVersion": "IPV6"}],
                 "created": {"time": "2012-11-12T18:47:14Z"}, "updated": {"time": "2012-11-16T20:43:10Z"}}}
                """.formatted(status, nodes);
    }

    private static ResponseDefinitionBuilder accepted() {
        return aResponse().withStatus(202);
    }

    private static ScenarioMappingBuilder in(String scenario, MappingBuilder mapping, String state) {
        return mapping.inScenario(scenario).whenScenarioStateIs(state);
    }

    private LoadBalancer lb() {
        LoadBalancer lb = clb.get("82663");
        cloud.resetRequests();
        return lb;
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private List<String> calls() {
        List<String> calls = new ArrayList<>(cloud.getAllServeEvents().stream().map(event -> event.getRequest())
                .map(LoggedRequest.class::cast).filter(request -> !request.getUrl().startsWith("/v2.0"))
                .map(request -> request.getMethod() + " " + request.getUrl()).toList());
        Collections.reverse(calls);
        return calls;
    }

    @Test
    void theClientIsOnePerRegionOnTheRackspaceEndpoint() {
        CloudLoadBalancers client = examples.client(ctx);

        assertThat(client).isSameAs(clb);
        assertThat(ctx.loadBalancers("ORD")).isSameAs(ctx.region("ORD").loadBalancers())
                .isSameAs(ctx.service(CloudLoadBalancers.SERVICE, "ORD"));
        // rax:load-balancer, never the catalog's Octavia (load-balancer) endpoint
        assertThat(client.client().endpointUrl()).isEqualTo(TestCloud.baseUrl(cloud) + CLB);
        assertThat(ctx.loadBalancers("DFW").client().endpointUrl()).endsWith("/lbaas-dfw/v1.0/000000");
        assertThat(client.settings()).isEqualTo(FAST);
        assertThat(calls()).isEmpty();
    }

    @Test
    void settingsReachTheClient() {
        CloudLoadBalancers impatient = examples.settings(builder());

        assertThat(impatient.settings().waitTimeout()).isEqualTo(Duration.ofMinutes(1));
        try (CloudContext other = builder().serviceSettings(LoadBalancerSettings.builder()
                .waitTimeout(Duration.ofMinutes(10)).waitInterval(Duration.ofSeconds(2)).build()).build()) {
            assertThat(other.loadBalancers().settings().waitInterval()).isEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    void listing() {
        examples.listing(clb);

        assertThat(printed()).isEqualTo("(example_lb, 82663)\n");
    }

    @Test
    void createFromTwoServers() {
        cloud.stubFor(get(urlEqualTo("/servers/v2/000000")).willReturn(okJson("""
                {"version": {"status": "CURRENT", "updated": "2011-09-27T00:00:00Z", "id": "v2.0", "links": []}}""")));
        for (String server : List.of("1", "2")) {
            cloud.stubFor(get(urlEqualTo("/servers/v2/000000/servers/s" + server)).willReturn(okJson("""
                    {"server": {"id": "s%s", "name": "server%s", "status": "ACTIVE",
                     "addresses": {"private": [{"addr": "10.177.1.%s", "version": 4}],
                                   "public": [{"addr": "198.101.1.%s", "version": 4}]}}}""".formatted(server, server, server,
                    server))));
        }
        cloud.stubFor(post(urlEqualTo(CLB + "/loadbalancers")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(balancer("BUILD", NODE_1))));

        LoadBalancer lb = examples.create(clb, ctx.compute().getServer("s1"), ctx.compute().getServer("s2"));

        cloud.verify(postRequestedFor(urlEqualTo(CLB + "/loadbalancers")).withRequestBody(equalToJson("""
                {"loadBalancer": {"name": "example_lb", "port": 80, "protocol": "HTTP",
                  "virtualIps": [{"type": "PUBLIC", "ipVersion": "IPV4"}],
                  "nodes": [{"address": "10.177.1.1", "port": 80, "condition": "ENABLED"},
                            {"address": "10.177.1.2", "port": 80, "condition": "ENABLED"}]}}""")));
        assertThat(lb.status()).isEqualTo("ACTIVE");
    }

    @Test
    void details() {
        examples.details(clb);

        assertThat(printed()).isEqualTo("""
                Load Balancer: example_lb
                ID: 82663
                Status: ACTIVE
                Nodes: [Node[id=172949, address=10.177.1.1, port=80, condition=ENABLED, type=PRIMARY, weight=1], \
                Node[id=176621, address=10.177.1.42, port=80, condition=ENABLED, type=PRIMARY, weight=1]]
                Virtual IPs: [VirtualIp[id=1893, type=PUBLIC, address=50.56.167.209, ipVersion=IPV4], \
                VirtualIp[id=9070313, type=PUBLIC, address=2001:4800:7901:0000:8ca7:b42c:0000:0001, ipVersion=IPV6]]
                Algorithm: RANDOM
                Protocol: HTTP
                """);
    }

    @Test
    void algorithmsAndProtocols() {
        cloud.stubFor(get(urlEqualTo(CLB + "/loadbalancers/algorithms")).willReturn(okJson("""
                {"algorithms": [{"name": "LEAST_CONNECTIONS"}, {"name": "RANDOM"}, {"name": "ROUND_ROBIN"},
                                {"name": "WEIGHTED_LEAST_CONNECTIONS"}, {"name": "WEIGHTED_ROUND_ROBIN"}]}""")));
        cloud.stubFor(get(urlEqualTo(CLB + "/loadbalancers/protocols")).willReturn(okJson("""
                {"protocols": [{"name": "DNS_TCP", "port": 53}, {"name": "DNS_UDP", "port": 53}, {"name": "FTP", "port": 21},
                               {"name": "HTTP", "port": 80}]}""")));

        examples.algorithmsAndProtocols(clb);

        assertThat(printed()).isEqualTo("""
                [LEAST_CONNECTIONS, RANDOM, ROUND_ROBIN, WEIGHTED_LEAST_CONNECTIONS, WEIGHTED_ROUND_ROBIN]
                [DNS_TCP, DNS_UDP, FTP, HTTP]
                """);
    }

    @Test
    void sslTermination() {
        cloud.stubFor(put(urlEqualTo(LB + "/ssltermination")).willReturn(accepted()));
        cloud.stubFor(delete(urlEqualTo(LB + "/ssltermination")).willReturn(accepted()));

        examples.sslTermination(lb(), "-----BEGIN RSA PRIVATE KEY-----\nMII\n-----END RSA PRIVATE KEY-----",
                "-----BEGIN CERTIFICATE-----\nMIIE\n-----END CERTIFICATE-----");

        cloud.verify(putRequestedFor(urlEqualTo(LB + "/ssltermination")).withRequestBody(equalToJson("""
                {"sslTermination": {"securePort": 443, "enabled": true, "secureTrafficOnly": false,
                 "privatekey": "-----BEGIN RSA PRIVATE KEY-----\\nMII\\n-----END RSA PRIVATE KEY-----",
                 "certificate": "-----BEGIN CERTIFICATE-----\\nMIIE\\n-----END CERTIFICATE-----"}}""")));
        cloud.verify(putRequestedFor(urlEqualTo(LB + "/ssltermination")).withRequestBody(equalToJson("""
                {"sslTermination": {"secureTrafficOnly": true}}""")));
        assertThat(calls()).containsExactly("PUT " + LB + "/ssltermination", "GET " + LB, "PUT " + LB + "/ssltermination",
                "GET " + LB, "DELETE " + LB + "/ssltermination", "GET " + LB);
    }

    @Test
    void theChaptersMetadataSequence() {
        String meta = LB + "/metadata";
        cloud.stubFor(in("meta", get(urlEqualTo(meta)), Scenario.STARTED).willReturn(okJson("{\"metadata\": []}")));
        cloud.stubFor(in("meta", post(urlEqualTo(meta)), Scenario.STARTED).withRequestBody(equalToJson("""
                {"metadata": [{"key": "a", "value": "one"}, {"key": "b", "value": "two"}, {"key": "c", "value": "three"}]}
                """, true, false)).willReturn(okJson("{\"metadata\": []}")).willSetStateTo("abc"));
        cloud.stubFor(in("meta", get(urlEqualTo(meta)), "abc").willReturn(okJson("""
                {"metadata": [{"id": "1", "key": "a", "value": "one"}, {"id": "2", "key": "c", "value": "three"},
                              {"id": "3", "key": "b", "value": "two"}]}""")));
        cloud.stubFor(in("meta", post(urlEqualTo(meta)), "abc").withRequestBody(equalToJson("""
                {"metadata": [{"key": "d", "value": "four"}]}""")).willReturn(okJson("{\"metadata\": []}"))
                .willSetStateTo("abcd"));
        cloud.stubFor(in("meta", get(urlEqualTo(meta)), "abcd").willReturn(okJson("""
                {"metadata": [{"id": "1", "key": "a", "value": "one"}, {"id": "2", "key": "c", "value": "three"},
                              {"id": "3", "key": "b", "value": "two"}, {"id": "4", "key": "d", "value": "four"}]}""")));
        cloud.stubFor(in("meta", delete(urlEqualTo(meta + "?id=1&id=2&id=3&id=4")), "abcd").willReturn(aResponse()
                .withStatus(200)).willSetStateTo("cleared"));
        cloud.stubFor(in("meta", post(urlEqualTo(meta)), "cleared").withRequestBody(equalToJson("""
                {"metadata": [{"key": "e", "value": "five"}]}""")).willReturn(okJson("{\"metadata\": []}"))
                .willSetStateTo("e"));
        cloud.stubFor(in("meta", get(urlEqualTo(meta)), "e").willReturn(okJson("""
                {"metadata": [{"id": "5", "key": "e", "value": "five"}]}""")));
        cloud.stubFor(in("meta", delete(urlEqualTo(meta + "?id=5")), "e").willReturn(aResponse().withStatus(200))
                .willSetStateTo("empty"));
        cloud.stubFor(in("meta", get(urlEqualTo(meta)), "empty").willReturn(okJson("{\"metadata\": []}")));

        examples.metadata(lb());

        assertThat(printed()).isEqualTo("""
                Initial metadata: {}
                New metadata: {a=one, c=three, b=two}
                Updated metadata: {a=one, c=three, b=two, d=four}
                After set_metadata: {e=five}
                After delete_metadata: {}
                """);
    }

    @Test
    void update() {
        cloud.stubFor(put(urlEqualTo(LB)).willReturn(accepted()));

        examples.update(clb, lb());

        cloud.verify(2, putRequestedFor(urlEqualTo(LB)).withRequestBody(equalToJson("""
                {"loadBalancer": {"timeout": 60, "algorithm": "RANDOM"}}""")));
        assertThat(calls()).containsExactly("PUT " + LB, "GET " + LB, "PUT " + LB, "GET " + LB);
    }

    @Test
    void addingAndRemovingANode() {
        cloud.stubFor(in("nodes", get(urlEqualTo(LB)), Scenario.STARTED).willReturn(okJson(balancer("ACTIVE",
                NODE_1 + ", " + NODE_2))));
        cloud.stubFor(in("nodes", post(urlEqualTo(LB + "/nodes")), Scenario.STARTED).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"nodes\": [" + NEW_NODE + "]}"))
                .willSetStateTo("added"));
        cloud.stubFor(in("nodes", get(urlEqualTo(LB)), "added").willReturn(okJson(balancer("ACTIVE",
                NODE_1 + ", " + NODE_2 + ", " + NEW_NODE))));
        cloud.stubFor(in("nodes", delete(urlEqualTo(LB + "/nodes/176635")), "added").willReturn(accepted())
                .willSetStateTo(Scenario.STARTED));

        examples.addAndRemoveNodes(clb);

        cloud.verify(postRequestedFor(urlEqualTo(LB + "/nodes")).withRequestBody(equalToJson("""
                {"nodes": [{"address": "10.177.1.2", "port": 80, "condition": "ENABLED"}]}""")));
        assertThat(printed()).contains("After adding node: [Node[id=172949", "Node[id=176635, address=10.177.1.2")
                .endsWith("After removing node: [Node[id=172949, address=10.177.1.1, port=80, condition=ENABLED, type=PRIMARY,"
                        + " weight=1], Node[id=176621, address=10.177.1.42, port=80, condition=ENABLED, type=PRIMARY, weight=1]]\n");
        assertThat(calls()).containsExactly("GET " + CLB + "/loadbalancers", "GET " + CLB + "/loadbalancers?marker=82663",
                "GET " + LB, "POST " + LB + "/nodes",
                "GET " + LB, "GET " + LB, "DELETE " + LB + "/nodes/176635", "GET " + LB, "GET " + LB);
    }

    @Test
    void togglingANodesCondition() {
        cloud.stubFor(put(urlEqualTo(LB + "/nodes/172949")).willReturn(accepted()));

        examples.toggleCondition(clb);

        cloud.verify(putRequestedFor(urlEqualTo(LB + "/nodes/172949")).withRequestBody(equalToJson("""
                {"node": {"condition": "DISABLED"}}""")));
        assertThat(printed()).startsWith("Initial: [172949 ENABLED, 176621 ENABLED]\n");
    }

    @Test
    void nodeMetadata() {
        String meta = LB + "/nodes/172949/metadata";
        cloud.stubFor(in("node-meta", get(urlEqualTo(meta)), Scenario.STARTED).willReturn(okJson("{\"metadata\": []}")));
        cloud.stubFor(in("node-meta", post(urlEqualTo(meta)), Scenario.STARTED).withRequestBody(equalToJson("""
                {"metadata": [{"key": "role", "value": "web"}]}""")).willReturn(okJson("{\"metadata\": []}"))
                .willSetStateTo("set"));
        cloud.stubFor(in("node-meta", get(urlEqualTo(meta)), "set").willReturn(okJson("""
                {"metadata": [{"id": "11", "key": "role", "value": "web"}]}""")));

        examples.nodeMetadata(lb());

        assertThat(printed()).isEqualTo("{role=web}\n");
    }

    @Test
    void usageAndStats() {
        cloud.stubFor(get(urlPathEqualTo(CLB + "/loadbalancers/usage")).willReturn(okJson("""
                {"accountUsage": {"accountUsageRecords": []}, "loadBalancerUsages": [], "accountId": 5806065}""")));
        cloud.stubFor(get(urlPathEqualTo(LB + "/usage")).willReturn(okJson("""
                {"loadBalancerUsageRecords": [{"averageNumConnections": 0.0, "averageNumConnectionsSsl": 0.0,
                  "endTime": "2012-10-15T14:00:00Z", "id": 5213627, "incomingTransfer": 0, "incomingTransferSsl": 0,
                  "numPolls": 12, "numVips": 1, "outgoingTransfer": 0, "outgoingTransferSsl": 0, "sslMode": "OFF",
                  "startTime": "2012-10-15T13:00:00Z", "vipType": "PUBLIC"}]}""")));
        cloud.stubFor(get(urlEqualTo(LB + "/stats")).willReturn(okJson("""
                {"connectError": 0, "connectFailure": 0, "connectTimeOut": 2, "dataTimedOut": 0, "keepAliveTimedOut": 0,
                 "maxConn": 14}""")));
        LoadBalancer lb = lb();

        examples.usage(clb, lb);
        examples.stats(lb);

        assertThat(printed()).isEqualTo("12 polls from 2012-10-15T13:00:00Z\nconnectTimeOut=2 maxConn=14\n");
        assertThat(calls()).containsExactly("GET " + CLB + "/loadbalancers/usage", "GET " + LB + "/usage",
                "GET " + LB + "/usage?startTime=2012-10-01T00%3A00%3A00&endTime=2012-10-15T14%3A00%3A00", "GET " + LB + "/stats");
    }

    @Test
    void healthMonitors() {
        cloud.stubFor(get(urlEqualTo(LB + "/healthmonitor")).willReturn(okJson("{\"healthMonitor\": {}}")));
        cloud.stubFor(put(urlEqualTo(LB + "/healthmonitor")).willReturn(accepted()));
        cloud.stubFor(delete(urlEqualTo(LB + "/healthmonitor")).willReturn(accepted()));

        examples.healthMonitors(lb());

        cloud.verify(putRequestedFor(urlEqualTo(LB + "/healthmonitor")).withRequestBody(equalToJson("""
                {"healthMonitor": {"type": "CONNECT", "delay": 10, "timeout": 10, "attemptsBeforeDeactivation": 3}}""")));
        cloud.verify(putRequestedFor(urlEqualTo(LB + "/healthmonitor")).withRequestBody(equalToJson("""
                {"healthMonitor": {"type": "HTTP", "delay": 10, "timeout": 10, "attemptsBeforeDeactivation": 3, "path": "/",
                 "statusRegex": "^[234][0-9][0-9]$", "bodyRegex": ".* testing .*", "hostHeader": "example.com"}}""")));
        assertThat(calls()).containsExactly("GET " + LB + "/healthmonitor", "PUT " + LB + "/healthmonitor", "GET " + LB,
                "PUT " + LB + "/healthmonitor", "GET " + LB, "DELETE " + LB + "/healthmonitor", "GET " + LB);
    }

    @Test
    void sessionPersistence() {
        cloud.stubFor(get(urlEqualTo(LB + "/sessionpersistence")).willReturn(okJson("{\"sessionPersistence\": {}}")));
        cloud.stubFor(put(urlEqualTo(LB + "/sessionpersistence")).willReturn(accepted()));
        cloud.stubFor(delete(urlEqualTo(LB + "/sessionpersistence")).willReturn(accepted()));

        examples.sessionPersistence(lb());

        assertThat(printed()).isEqualTo("Optional.empty\n");
        cloud.verify(putRequestedFor(urlEqualTo(LB + "/sessionpersistence")).withRequestBody(equalToJson("""
                {"sessionPersistence": {"persistenceType": "HTTP_COOKIE"}}""")));
    }

    @Test
    void connectionLogging() {
        String logging = LB + "/connectionlogging";
        cloud.stubFor(in("logging", get(urlEqualTo(logging)), Scenario.STARTED).willReturn(okJson(
                "{\"connectionLogging\": {\"enabled\": false}}")));
        cloud.stubFor(in("logging", put(urlEqualTo(logging)), Scenario.STARTED).withRequestBody(equalToJson(
                "{\"connectionLogging\": {\"enabled\": true}}")).willReturn(accepted()).willSetStateTo("on"));
        cloud.stubFor(in("logging", get(urlEqualTo(logging)), "on").willReturn(okJson(
                "{\"connectionLogging\": {\"enabled\": true}}")));
        cloud.stubFor(in("logging", put(urlEqualTo(logging)), "on").withRequestBody(equalToJson(
                "{\"connectionLogging\": {\"enabled\": false}}")).willReturn(accepted()).willSetStateTo(Scenario.STARTED));

        examples.connectionLogging(lb());

        assertThat(printed()).isEqualTo("""
                Current logging status: false
                Logging status after enable: true
                Logging status after disable: false
                """);
    }

    @Test
    void theChaptersAccessList() {
        String list = LB + "/accesslist";
        cloud.stubFor(in("acl", get(urlEqualTo(list)), Scenario.STARTED).willReturn(okJson("{\"accessList\": []}")));
        cloud.stubFor(in("acl", post(urlEqualTo(list)), Scenario.STARTED).withRequestBody(equalToJson("""
                {"accessList": [{"address": "10.20.30.40", "type": "ALLOW"}, {"address": "0.0.0.0/0", "type": "DENY"}]}
                """)).willReturn(accepted()).willSetStateTo("two"));
        cloud.stubFor(in("acl", get(urlEqualTo(list)), "two").willReturn(okJson("""
                {"accessList": [{"address": "0.0.0.0/0", "id": 19019, "type": "DENY"},
                                {"address": "10.20.30.40", "id": 19021, "type": "ALLOW"}]}""")));
        cloud.stubFor(in("acl", delete(urlEqualTo(list + "?id=19021")), "two").willReturn(accepted()).willSetStateTo("one"));
        cloud.stubFor(in("acl", get(urlEqualTo(list)), "one").willReturn(okJson("""
                {"accessList": [{"address": "0.0.0.0/0", "id": 19019, "type": "DENY"}]}""")));
        cloud.stubFor(in("acl", delete(urlEqualTo(list)), "one").willReturn(accepted()).willSetStateTo(Scenario.STARTED));

        examples.accessList(lb());

        assertThat(printed()).isEqualTo("""
                Starting: []
                After: [NetworkItem[id=19019, address=0.0.0.0/0, type=DENY], NetworkItem[id=19021, address=10.20.30.40, type=ALLOW]]
                After deletion: [NetworkItem[id=19019, address=0.0.0.0/0, type=DENY]]
                """);
        assertThat(calls()).contains("DELETE " + list);
    }

    @Test
    void errorPageCachingAndThrottling() {
        cloud.stubFor(get(urlEqualTo(LB + "/errorpage")).willReturn(okJson("""
                {"errorpage": {"content": "<html><body>Service Unavailable</body></html>"}}""")));
        cloud.stubFor(put(urlEqualTo(LB + "/errorpage")).willReturn(accepted()));
        cloud.stubFor(delete(urlEqualTo(LB + "/errorpage")).willReturn(accepted()));
        cloud.stubFor(put(urlEqualTo(LB + "/contentcaching")).willReturn(accepted()));
        cloud.stubFor(get(urlEqualTo(LB + "/contentcaching")).willReturn(okJson("{\"contentCaching\": {\"enabled\": false}}")));
        cloud.stubFor(put(urlEqualTo(LB + "/connectionthrottle")).willReturn(accepted()));
        cloud.stubFor(get(urlEqualTo(LB + "/connectionthrottle")).willReturn(okJson("""
                {"connectionThrottle": {"maxConnections": 100, "minConnections": 10, "maxConnectionRate": 50,
                                        "rateInterval": 60}}""")));
        cloud.stubFor(delete(urlEqualTo(LB + "/connectionthrottle")).willReturn(accepted()));
        LoadBalancer lb = lb();

        examples.errorPage(lb);
        examples.contentCaching(lb);
        examples.connectionThrottling(lb);

        assertThat(printed()).isEqualTo("<html><body>Service Unavailable</body></html>\nfalse\n");
        cloud.verify(putRequestedFor(urlEqualTo(LB + "/errorpage")).withRequestBody(equalToJson("""
                {"errorpage": {"content": "<html><body>Sorry, something is amiss!</body></html>"}}""")));
        cloud.verify(putRequestedFor(urlEqualTo(LB + "/contentcaching")).withRequestBody(equalToJson("""
                {"contentCaching": {"enabled": true}}""")));
        cloud.verify(putRequestedFor(urlEqualTo(LB + "/connectionthrottle")).withRequestBody(equalToJson("""
                {"connectionThrottle": {"maxConnections": 100, "minConnections": 10, "maxConnectionRate": 50,
                                        "rateInterval": 60}}""")));
    }

    @Test
    void aFailedBalancerEndsTheChange() {
        LoadBalancer lb = lb();
        cloud.stubFor(put(urlEqualTo(LB)).willReturn(accepted()));
        cloud.stubFor(get(urlEqualTo(LB)).willReturn(okJson(balancer("ERROR", NODE_1))));

        examples.failures(lb);

        assertThat(printed()).isEqualTo("82663 is ERROR\n");
        assertThat(calls()).containsExactly("PUT " + LB, "GET " + LB);
    }

    @Test
    void theUrlAndTheDeletion() {
        cloud.stubFor(delete(urlEqualTo(LB)).willReturn(accepted()));

        String url = examples.url(lb());

        assertThat(url).isEqualTo(TestCloud.baseUrl(cloud) + LB);
        assertThat(calls()).containsExactly("DELETE " + LB);
    }
}
