package org.cloudsdk.autoscale;

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
import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudsdk.autoscale.AutoScaleFixtures.CAPABILITY_URL;
import static org.cloudsdk.autoscale.AutoScaleFixtures.GROUP_ID;
import static org.cloudsdk.autoscale.AutoScaleFixtures.POLICY;
import static org.cloudsdk.autoscale.AutoScaleFixtures.POLICY_ID;
import static org.cloudsdk.autoscale.AutoScaleFixtures.WEBHOOK;
import static org.cloudsdk.autoscale.AutoScaleFixtures.WEBHOOK_ID;
import static org.cloudsdk.autoscale.AutoScaleStub.path;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Policies and webhooks (the chapter's "Policies" and "Webhooks"): the exact requests of create
 * (a one-element list), list, get, update (read then replace), execute and delete, and the
 * webhook's capability URL.
 */
class PolicyAndWebhookRequestsTest {

    private static final String POLICIES = path("/groups/" + GROUP_ID + "/policies");
    private static final String ONE_POLICY = POLICIES + "/" + POLICY_ID;
    private static final String WEBHOOKS = ONE_POLICY + "/webhooks";
    private static final String ONE_WEBHOOK = WEBHOOKS + "/" + WEBHOOK_ID;

    private final AutoScaleStub stub = new AutoScaleStub();
    private final AutoScale au = stub.autoscale;

    @AfterEach
    void close() {
        stub.close();
    }

    private void created(String url, String field, String item) {
        stub.server.stubFor(post(urlEqualTo(url)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"" + field + "\": [" + item + "]}")));
    }

    @Test
    void addPolicySendsAOneElementListAndReadsTheCreatedPolicy() {
        created(POLICIES, "policies", POLICY);

        ScalingPolicy policy = au.addPolicy(GROUP_ID, "scale up by one", PolicyType.WEBHOOK, 150, 1, false);

        stub.server.verify(1, postRequestedFor(urlEqualTo(POLICIES)).withRequestBody(equalToJson(
                "[{\"name\": \"scale up by one\", \"cooldown\": 150, \"change\": 1, \"type\": \"webhook\"}]")));
        assertThat(policy.id()).isEqualTo(POLICY_ID);
        assertThat(policy.groupId()).isEqualTo(GROUP_ID);
        assertThat(policy.type()).isEqualTo(PolicyType.WEBHOOK);
        assertThat(policy.cooldown()).contains(150);
        assertThat(policy.change()).contains(1);
        assertThat(policy.changePercent()).isEmpty();
        assertThat(policy.desiredCapacity()).isEmpty();
    }

    @Test
    void aPercentPolicyAndADesiredCapacityPolicySendTheirOwnFields() {
        created(POLICIES, "policies", POLICY);

        au.addPolicy(GROUP_ID, "down 10%", PolicyType.WEBHOOK, 60, -10, true);
        au.addPolicy(GROUP_ID, PolicySpec.builder("five").cooldown(0).desiredCapacity(5).build());
        au.addPolicy(GROUP_ID, PolicySpec.builder("half up").cooldown(30).changePercent(5.5).build());

        stub.server.verify(1, postRequestedFor(urlEqualTo(POLICIES)).withRequestBody(equalToJson(
                "[{\"name\": \"down 10%\", \"cooldown\": 60, \"changePercent\": -10.0, \"type\": \"webhook\"}]")));
        stub.server.verify(1, postRequestedFor(urlEqualTo(POLICIES)).withRequestBody(equalToJson(
                "[{\"name\": \"five\", \"cooldown\": 0, \"desiredCapacity\": 5, \"type\": \"webhook\"}]")));
        stub.server.verify(1, postRequestedFor(urlEqualTo(POLICIES)).withRequestBody(equalToJson(
                "[{\"name\": \"half up\", \"cooldown\": 30, \"changePercent\": 5.5, \"type\": \"webhook\"}]")));
    }

    @Test
    void listAndGetPolicies() {
        stub.server.stubFor(get(urlEqualTo(POLICIES)).willReturn(okJson("{\"policies\": [" + POLICY + "], \"policies_links\": []}")));
        stub.server.stubFor(get(urlEqualTo(ONE_POLICY)).willReturn(okJson("{\"policy\": " + POLICY + "}")));

        assertThat(au.listPolicies(GROUP_ID)).extracting(ScalingPolicy::name).containsExactly("scale up by one");
        ScalingPolicy policy = au.getPolicy(GROUP_ID, POLICY_ID);
        assertThat(policy.reload()).isEqualTo(policy);
        assertThat(stub.log()).containsExactly("GET " + POLICIES, "GET " + ONE_POLICY, "GET " + ONE_POLICY);
    }

    @Test
    void updatePolicyReadsItAndReplacesItWithTheChangedAdjustment() {
        stub.server.stubFor(get(urlEqualTo(ONE_POLICY)).willReturn(okJson("{\"policy\": " + POLICY + "}")));
        stub.server.stubFor(put(urlEqualTo(ONE_POLICY)).willReturn(aResponse().withStatus(204)));

        au.getPolicy(GROUP_ID, POLICY_ID).update(PolicyUpdate.builder().cooldown(60).change(-3).build());
        au.updatePolicy(GROUP_ID, POLICY_ID, PolicyUpdate.builder().desiredCapacity(2).build());

        stub.server.verify(1, putRequestedFor(urlEqualTo(ONE_POLICY)).withRequestBody(equalToJson(
                "{\"name\": \"scale up by one\", \"change\": -3, \"cooldown\": 60, \"type\": \"webhook\"}")));
        stub.server.verify(1, putRequestedFor(urlEqualTo(ONE_POLICY)).withRequestBody(equalToJson(
                "{\"name\": \"scale up by one\", \"desiredCapacity\": 2, \"cooldown\": 150, \"type\": \"webhook\"}")));
    }

    @Test
    void executeAndDeletePolicy() {
        stub.server.stubFor(post(urlEqualTo(ONE_POLICY + "/execute")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        stub.server.stubFor(delete(urlEqualTo(ONE_POLICY)).willReturn(aResponse().withStatus(204)));
        created(POLICIES, "policies", POLICY);

        ScalingPolicy policy = au.addPolicy(GROUP_ID, PolicySpec.builder("scale up by one").cooldown(150).change(1).build());
        policy.execute();
        policy.delete();

        assertThat(stub.log()).containsExactly("POST " + POLICIES, "POST " + ONE_POLICY + "/execute",
                "DELETE " + ONE_POLICY);
    }

    @Test
    void addWebhookSendsAOneElementListAndCarriesTheCapabilityUrl() {
        created(WEBHOOKS, "webhooks", WEBHOOK);

        Webhook webhook = au.addWebhook(GROUP_ID, POLICY_ID, "alice", Map.of("notes", "this is for Alice"));

        stub.server.verify(1, postRequestedFor(urlEqualTo(WEBHOOKS)).withRequestBody(equalToJson(
                "[{\"name\": \"alice\", \"metadata\": {\"notes\": \"this is for Alice\"}}]")));
        assertThat(webhook.id()).isEqualTo(WEBHOOK_ID);
        assertThat(webhook.name()).isEqualTo("alice");
        assertThat(webhook.policyId()).isEqualTo(POLICY_ID);
        assertThat(webhook.groupId()).isEqualTo(GROUP_ID);
        assertThat(webhook.metadata()).containsExactly(Map.entry("notes", "this is for Alice"));
        assertThat(webhook.capabilityUrl()).contains(URI.create(CAPABILITY_URL));
        assertThat(webhook.toString()).doesNotContain("execute");
    }

    @Test
    void aWebhookWithoutMetadataSendsAnEmptyObject() {
        created(WEBHOOKS, "webhooks", WEBHOOK);

        au.addWebhook(GROUP_ID, POLICY_ID, "bob", Map.of());

        stub.server.verify(1, postRequestedFor(urlEqualTo(WEBHOOKS)).withRequestBody(equalToJson(
                "[{\"name\": \"bob\", \"metadata\": {}}]")));
    }

    @Test
    void listAndGetWebhooksFromThePolicy() {
        stub.server.stubFor(get(urlEqualTo(ONE_POLICY)).willReturn(okJson("{\"policy\": " + POLICY + "}")));
        stub.server.stubFor(get(urlEqualTo(WEBHOOKS)).willReturn(okJson("{\"webhooks\": [" + WEBHOOK + "], \"webhooks_links\": []}")));
        stub.server.stubFor(get(urlEqualTo(ONE_WEBHOOK)).willReturn(okJson("{\"webhook\": " + WEBHOOK + "}")));

        ScalingPolicy policy = au.getPolicy(GROUP_ID, POLICY_ID);
        assertThat(policy.listWebhooks()).extracting(Webhook::name).containsExactly("alice");
        Webhook webhook = policy.getWebhook(WEBHOOK_ID);
        assertThat(webhook.reload().capabilityUrl()).contains(URI.create(CAPABILITY_URL));
    }

    @Test
    void updateWebhookReplacesTheMetadataAndUpdateMetadataMergesIt() {
        stub.server.stubFor(get(urlEqualTo(ONE_WEBHOOK)).willReturn(okJson("{\"webhook\": " + WEBHOOK + "}")));
        stub.server.stubFor(put(urlEqualTo(ONE_WEBHOOK)).willReturn(aResponse().withStatus(204)));

        Webhook webhook = au.getWebhook(GROUP_ID, POLICY_ID, WEBHOOK_ID);
        webhook.update("something_new", Map.of("owner", "webteam"));
        webhook.update(null, null);
        webhook.updateMetadata(Map.of("owner", "webteam"));

        stub.server.verify(1, putRequestedFor(urlEqualTo(ONE_WEBHOOK)).withRequestBody(equalToJson(
                "{\"name\": \"something_new\", \"metadata\": {\"owner\": \"webteam\"}}")));
        stub.server.verify(1, putRequestedFor(urlEqualTo(ONE_WEBHOOK)).withRequestBody(equalToJson(
                "{\"name\": \"alice\", \"metadata\": {\"notes\": \"this is for Alice\"}}")));
        stub.server.verify(1, putRequestedFor(urlEqualTo(ONE_WEBHOOK)).withRequestBody(equalToJson(
                "{\"name\": \"alice\", \"metadata\": {\"notes\": \"this is for Alice\", \"owner\": \"webteam\"}}")));
    }

    @Test
    void deleteWebhook() {
        stub.server.stubFor(get(urlEqualTo(ONE_WEBHOOK)).willReturn(okJson("{\"webhook\": " + WEBHOOK + "}")));
        stub.server.stubFor(delete(urlEqualTo(ONE_WEBHOOK)).willReturn(aResponse().withStatus(204)));

        au.getWebhook(GROUP_ID, POLICY_ID, WEBHOOK_ID).delete();

        assertThat(stub.log()).containsExactly("GET " + ONE_WEBHOOK, "DELETE " + ONE_WEBHOOK);
    }
}
