package org.cloudsdk.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudsdk.autoscale.AutoScaleFixtures.CAPABILITY_URL;
import static org.cloudsdk.autoscale.AutoScaleFixtures.GROUP;
import static org.cloudsdk.autoscale.AutoScaleFixtures.GROUP_CONFIGURATION;
import static org.cloudsdk.autoscale.AutoScaleFixtures.GROUP_ID;
import static org.cloudsdk.autoscale.AutoScaleFixtures.IMAGE_ID;
import static org.cloudsdk.autoscale.AutoScaleFixtures.LAUNCH_CONFIGURATION;
import static org.cloudsdk.autoscale.AutoScaleFixtures.POLICY;
import static org.cloudsdk.autoscale.AutoScaleFixtures.POLICY_ID;
import static org.cloudsdk.autoscale.AutoScaleFixtures.SERVER_A;
import static org.cloudsdk.autoscale.AutoScaleFixtures.SERVER_B;
import static org.cloudsdk.autoscale.AutoScaleFixtures.WEBHOOK;
import static org.cloudsdk.autoscale.AutoScaleFixtures.WEBHOOK_ID;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.cloudsdk.autoscale.AutoScale;
import org.cloudsdk.autoscale.AutoScaleFixtures;
import org.cloudsdk.autoscale.ScalingGroup;
import org.cloudsdk.autoscale.ScalingPolicy;
import org.cloudsdk.autoscale.Webhook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Runs the examples of {@code docs/autoscale.md} ({@link AutoScaleGuideExamples}). Auto Scale is
 * Rackspace's alone and has no local server, so they run on a Rackspace catalog (the identity
 * fixture {@code autoscale/rackspace-autoscale-access.json}) whose {@code rax:autoscale} endpoint
 * is WireMock answering as the API reference does, and the test checks the requests they send.
 */
class AutoScaleGuideExamplesTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static final String AS = "/autoscale/v1.0/000000";
    private static final String GROUP_PATH = AS + "/groups/" + GROUP_ID;
    private static final String POLICY_PATH = GROUP_PATH + "/policies/" + POLICY_ID;
    private static final String WEBHOOK_PATH = POLICY_PATH + "/webhooks/" + WEBHOOK_ID;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AutoScaleGuideExamples examples =
            new AutoScaleGuideExamples(new PrintStream(printed, true, StandardCharsets.UTF_8));
    private CloudContext ctx;
    private AutoScale au;

    @BeforeEach
    void connect() {
        TestCloud.stubV2Tokens(cloud, "autoscale/rackspace-autoscale-access.json");
        ctx = TestCloud.isolatedBuilder().identityType("rackspace").authEndpoint(TestCloud.baseUrl(cloud) + "/v2.0/")
                .username("someuser").apiKey("0123456789abcdef0123456789abcdef").region("ORD").build();
        au = ctx.autoscale();
        cloud.stubFor(get(urlEqualTo(AS + "/groups")).willReturn(okJson("{\"groups\": ["
                + AutoScaleFixtures.listedGroup(GROUP_ID, "FirstTest", 2, false) + "], \"groups_links\": []}")));
        cloud.stubFor(get(urlEqualTo(GROUP_PATH)).willReturn(okJson(GROUP)));
        cloud.stubFor(post(urlEqualTo(AS + "/groups")).willReturn(created(GROUP)));
        cloud.stubFor(get(urlEqualTo(GROUP_PATH + "/config")).willReturn(okJson("{\"groupConfiguration\": " + GROUP_CONFIGURATION + "}")));
        cloud.stubFor(put(urlEqualTo(GROUP_PATH + "/config")).willReturn(aResponse().withStatus(204)));
        cloud.stubFor(get(urlEqualTo(GROUP_PATH + "/launch")).willReturn(okJson("{\"launchConfiguration\": " + LAUNCH_CONFIGURATION + "}")));
        cloud.stubFor(put(urlEqualTo(GROUP_PATH + "/launch")).willReturn(aResponse().withStatus(204)));
        cloud.stubFor(get(urlEqualTo(GROUP_PATH + "/state")).willReturn(okJson(AutoScaleFixtures.STATE)));
        cloud.stubFor(post(urlEqualTo(GROUP_PATH + "/pause")).willReturn(aResponse().withStatus(204)));
        cloud.stubFor(post(urlEqualTo(GROUP_PATH + "/resume")).willReturn(aResponse().withStatus(204)));
        cloud.stubFor(get(urlEqualTo(GROUP_PATH + "/policies")).willReturn(okJson("{\"policies\": [" + POLICY + "], \"policies_links\": []}")));
        cloud.stubFor(post(urlEqualTo(GROUP_PATH + "/policies")).willReturn(created("{\"policies\": [" + POLICY + "]}")));
        cloud.stubFor(get(urlEqualTo(POLICY_PATH)).willReturn(okJson("{\"policy\": " + POLICY + "}")));
        cloud.stubFor(put(urlEqualTo(POLICY_PATH)).willReturn(aResponse().withStatus(204)));
        cloud.stubFor(delete(urlEqualTo(POLICY_PATH)).willReturn(aResponse().withStatus(204)));
        cloud.stubFor(post(urlEqualTo(POLICY_PATH + "/execute")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        cloud.stubFor(get(urlEqualTo(POLICY_PATH + "/webhooks")).willReturn(okJson("{\"webhooks\": [" + WEBHOOK + "], \"webhooks_links\": []}")));
        cloud.stubFor(post(urlEqualTo(POLICY_PATH + "/webhooks")).willReturn(created("{\"webhooks\": [" + WEBHOOK + "]}")));
        cloud.stubFor(get(urlEqualTo(WEBHOOK_PATH)).willReturn(okJson("{\"webhook\": " + WEBHOOK + "}")));
        cloud.stubFor(put(urlEqualTo(WEBHOOK_PATH)).willReturn(aResponse().withStatus(204)));
        cloud.stubFor(delete(urlEqualTo(WEBHOOK_PATH)).willReturn(aResponse().withStatus(204)));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String body) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(body);
    }

    private ScalingGroup group() {
        ScalingGroup sg = au.get(GROUP_ID);
        cloud.resetRequests();
        return sg;
    }

    @Test
    void theClientIsOnePerRegion() {
        AutoScale client = examples.client(ctx);

        assertThat(client).isSameAs(au);
        assertThat(ctx.autoscale("ORD")).isSameAs(ctx.region("ORD").autoscale()).isSameAs(ctx.service(AutoScale.SERVICE, "ORD"));
        assertThat(ctx.autoscale("DFW").client().endpointUrl()).endsWith("/autoscale-dfw/v1.0/000000");
        assertThat(calls()).isEmpty();
    }

    @Test
    void listingGroups() {
        examples.listingGroups(au);

        assertThat(printed()).startsWith("FirstTest GroupState[active=[], activeCapacity=2, desiredCapacity=2, "
                + "pendingCapacity=0, paused=false]\nLaunchConfiguration[type=launch_server, serverName=rrr, "
                + "flavor=performance1-2, image=" + IMAGE_ID + ", diskConfig=AUTO, loadBalancers=[LoadBalancerTarget[loadBalancerId=175295, port=80]]]");
        assertThat(calls()).containsExactly("GET " + AS + "/groups", "GET " + GROUP_PATH, "GET " + GROUP_PATH + "/launch");
    }

    @Test
    void stateAndPause() {
        ScalingGroup sg = group();

        examples.state(au, sg);
        examples.pauseAndResume(au, sg);

        assertThat(printed()).isEqualTo("[" + SERVER_A + ", " + SERVER_B + "] active=2 desired=3 pending=1 paused=false\n");
        assertThat(calls()).containsExactly("GET " + GROUP_PATH + "/state", "POST " + GROUP_PATH + "/pause",
                "POST " + GROUP_PATH + "/resume");
    }

    @Test
    void create() {
        examples.create(au, "performance1-2", IMAGE_ID);
        examples.createWithEverything(au, "performance1-2", IMAGE_ID);

        cloud.verify(1, postRequestedFor(urlEqualTo(AS + "/groups")).withRequestBody(equalToJson("""
                {"groupConfiguration": {"name": "MyScalingGroup", "cooldown": 120, "minEntities": 2,
                                        "maxEntities": 16, "metadata": {}},
                 "launchConfiguration": {"type": "launch_server",
                     "args": {"server": {"name": "sg_test", "flavorRef": "performance1-2", "imageRef": "%s",
                                         "OS-DCF:diskConfig": "AUTO", "metadata": {"mykey": "myvalue"}},
                              "loadBalancers": [{"loadBalancerId": 1234, "port": 80}]}},
                 "scalingPolicies": []}
                """.formatted(IMAGE_ID))));
        cloud.verify(1, postRequestedFor(urlEqualTo(AS + "/groups")).withRequestBody(equalToJson("""
                {"groupConfiguration": {"name": "workers", "cooldown": 60, "minEntities": 1,
                                        "maxEntities": 10, "metadata": {"team": "web"}},
                 "launchConfiguration": {"type": "launch_server",
                     "args": {"server": {"name": "worker", "flavorRef": "performance1-2", "imageRef": "%s",
                                         "OS-DCF:diskConfig": "MANUAL",
                                         "personality": [{"path": "/etc/motd", "contents": "QnVpbHQgYnkgQXV0byBTY2FsZQo="}],
                                         "networks": [{"uuid": "00000000-0000-0000-0000-000000000000"},
                                                      {"uuid": "11111111-1111-1111-1111-111111111111"}],
                                         "key_name": "my_key"},
                              "loadBalancers": [{"loadBalancerId": 1234, "port": 80}, {"loadBalancerId": 5678, "port": 443}]}},
                 "scalingPolicies": [{"name": "scale up", "cooldown": 300, "change": 1, "type": "webhook"}]}
                """.formatted(IMAGE_ID))));
    }

    @Test
    void update() {
        examples.update(au, group());

        assertThat(calls()).containsExactly(
                "GET " + GROUP_PATH + "/config", "PUT " + GROUP_PATH + "/config",
                "GET " + GROUP_PATH + "/config", "PUT " + GROUP_PATH + "/config",
                "GET " + GROUP_PATH + "/config", "PUT " + GROUP_PATH + "/config");
    }

    @Test
    void deleteFollowsTheSeedsRecipeWhenTheGroupHasServers() throws InterruptedException {
        cloud.stubFor(delete(urlEqualTo(GROUP_PATH)).inScenario("delete").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody(AutoScaleFixtures.NOT_EMPTY)).willSetStateTo("emptied"));
        cloud.stubFor(delete(urlEqualTo(GROUP_PATH)).inScenario("delete").whenScenarioStateIs("emptied")
                .willReturn(aResponse().withStatus(204)));
        cloud.stubFor(get(urlEqualTo(GROUP_PATH + "/state")).willReturn(okJson("""
                {"group": {"id": "%s", "active": [], "activeCapacity": 0, "desiredCapacity": 0,
                           "pendingCapacity": 0, "paused": false}}
                """.formatted(GROUP_ID))));

        examples.delete(au, group(), Duration.ofSeconds(10));

        assertThat(calls()).containsExactly("DELETE " + GROUP_PATH, "GET " + GROUP_PATH + "/config",
                "PUT " + GROUP_PATH + "/config", "GET " + GROUP_PATH + "/state", "DELETE " + GROUP_PATH);
        assertThat(cloud.getAllServeEvents().get(2).getRequest().getBodyAsString())
                .contains("\"minEntities\":0").contains("\"maxEntities\":0");
    }

    @Test
    void forceDelete() {
        cloud.stubFor(delete(urlPathEqualTo(GROUP_PATH)).willReturn(aResponse().withStatus(204)));

        examples.forceDelete(au, group());

        assertThat(calls()).containsExactly("DELETE " + GROUP_PATH + "?force=true");
    }

    @Test
    void launchConfiguration() {
        examples.launchConfiguration(au, group(), "new-image");

        assertThat(printed()).isEqualTo("rrr performance1-2 " + IMAGE_ID
                + " [LoadBalancerTarget[loadBalancerId=175295, port=80]]\n");
        assertThat(calls()).containsExactly("GET " + GROUP_PATH + "/launch",
                "GET " + GROUP_PATH + "/launch", "PUT " + GROUP_PATH + "/launch",
                "GET " + GROUP_PATH + "/launch", "PUT " + GROUP_PATH + "/launch",
                "GET " + GROUP_PATH + "/launch", "PUT " + GROUP_PATH + "/launch");
    }

    @Test
    void policies() {
        ScalingGroup sg = group();

        ScalingPolicy policy = examples.policies(au, sg);
        examples.updateExecuteDeletePolicy(au, sg, policy);

        assertThat(policy.name()).isEqualTo("scale up by one");
        assertThat(calls()).containsExactly("GET " + GROUP_PATH + "/policies",
                "POST " + GROUP_PATH + "/policies", "POST " + GROUP_PATH + "/policies", "POST " + GROUP_PATH + "/policies",
                "GET " + POLICY_PATH, "PUT " + POLICY_PATH, "GET " + POLICY_PATH, "PUT " + POLICY_PATH,
                "POST " + POLICY_PATH + "/execute", "DELETE " + POLICY_PATH);
    }

    @Test
    void webhooks() {
        ScalingGroup sg = group();
        ScalingPolicy policy = sg.policies().get(0);

        Webhook webhook = examples.webhooks(au, sg, policy);
        examples.updateDeleteWebhook(au, sg, policy, webhook);

        assertThat(printed()).isEqualTo("alice {notes=this is for Alice}\n");
        assertThat(webhook.capabilityUrl()).hasValueSatisfying(url -> assertThat(url).hasToString(CAPABILITY_URL));
        assertThat(calls()).containsExactly("GET " + POLICY_PATH + "/webhooks", "POST " + POLICY_PATH + "/webhooks",
                "GET " + WEBHOOK_PATH, "PUT " + WEBHOOK_PATH, "GET " + WEBHOOK_PATH, "PUT " + WEBHOOK_PATH,
                "GET " + WEBHOOK_PATH, "PUT " + WEBHOOK_PATH, "DELETE " + WEBHOOK_PATH);
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
