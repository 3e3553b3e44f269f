package org.cloudsdk.octavia;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudsdk.octavia.OctaviaFixtures.LISTENER;
import static org.cloudsdk.octavia.OctaviaFixtures.LISTENER_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.POLICY;
import static org.cloudsdk.octavia.OctaviaFixtures.POLICY_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.POOL_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.RULE;
import static org.cloudsdk.octavia.OctaviaFixtures.RULE_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.wrapped;
import static org.cloudsdk.octavia.OctaviaStub.api;
import static org.cloudsdk.octavia.OctaviaStub.authed;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exact requests of Octavia's L7 policies and rules, and the parsing of their answers. */
class L7RequestsTest {

    private static final String POLICIES = api("/lbaas/l7policies");
    private static final String RULES = api("/lbaas/l7policies/" + POLICY_ID + "/rules");

    private final OctaviaStub cloud = new OctaviaStub();
    private final Octavia octavia = cloud.octavia();

    @AfterEach
    void close() {
        cloud.close();
    }

    @Test
    void policiesOfEveryActionAreCreatedReadUpdatedListedAndDeleted() {
        cloud.answer("POST", POLICIES, wrapped("l7policy", POLICY));
        cloud.answer("GET", POLICIES + "/" + POLICY_ID, wrapped("l7policy", POLICY));
        cloud.answer("PUT", POLICIES + "/" + POLICY_ID, wrapped("l7policy", POLICY));
        cloud.answer("GET", POLICIES + "?listener_id=" + LISTENER_ID, OctaviaFixtures.listing("l7policies", POLICY));
        cloud.answer("DELETE", POLICIES + "/" + POLICY_ID, null);
        Listener listener = new Listener(octavia, org.cloudsdk.http.Json.parse(LISTENER));

        L7Policy created = listener.createL7Policy(L7PolicyAction.REDIRECT_TO_URL, L7PolicyOptions.builder()
                .name("redirect-example.com").description("Redirect requests to example.com").adminStateUp(true)
                .redirectUrl("http://www.example.com").redirectHttpCode(301).position(1).tags(List.of("test_tag"))
                .build());
        octavia.l7Policies().create(LISTENER_ID, L7PolicyAction.REDIRECT_TO_POOL, L7PolicyOptions.builder()
                .redirectPoolId(POOL_ID).build());
        octavia.l7Policies().create(LISTENER_ID, L7PolicyAction.REDIRECT_PREFIX, L7PolicyOptions.builder()
                .redirectPrefix("https://www.example.com").build());
        octavia.l7Policies().create(LISTENER_ID, L7PolicyAction.REJECT, L7PolicyOptions.defaults());
        L7Policy updated = created.update(L7PolicyOptions.builder().action(L7PolicyAction.REJECT).position(2).build());
        L7Policy listed = octavia.l7Policies().list(OctaviaListOptions.builder().filter("listener_id", LISTENER_ID)
                .build()).get(0);
        listed.reload().delete();

        cloud.server.verify(1, authed(postRequestedFor(urlEqualTo(POLICIES))).withRequestBody(equalToJson("""
                {"l7policy": {"name": "redirect-example.com", "description": "Redirect requests to example.com",
                 "admin_state_up": true, "redirect_url": "http://www.example.com", "redirect_http_code": 301,
                 "position": 1, "tags": ["test_tag"], "listener_id": "%s", "action": "REDIRECT_TO_URL"}}"""
                .formatted(LISTENER_ID))));
        cloud.server.verify(1, postRequestedFor(urlEqualTo(POLICIES)).withRequestBody(equalToJson("""
                {"l7policy": {"redirect_pool_id": "%s", "listener_id": "%s", "action": "REDIRECT_TO_POOL"}}"""
                .formatted(POOL_ID, LISTENER_ID))));
        cloud.server.verify(1, postRequestedFor(urlEqualTo(POLICIES)).withRequestBody(equalToJson("""
                {"l7policy": {"redirect_prefix": "https://www.example.com", "listener_id": "%s",
                 "action": "REDIRECT_PREFIX"}}""".formatted(LISTENER_ID))));
        cloud.server.verify(1, postRequestedFor(urlEqualTo(POLICIES)).withRequestBody(equalToJson(
                "{\"l7policy\": {\"listener_id\": \"" + LISTENER_ID + "\", \"action\": \"REJECT\"}}")));
        cloud.server.verify(1, authed(putRequestedFor(urlEqualTo(POLICIES + "/" + POLICY_ID))).withRequestBody(
                equalToJson("{\"l7policy\": {\"action\": \"REJECT\", \"position\": 2}}")));
        cloud.server.verify(1, authed(deleteRequestedFor(urlEqualTo(POLICIES + "/" + POLICY_ID))));
        assertThat(listed).isEqualTo(created).isEqualTo(updated);
        assertThat(listed.action()).isEqualTo(L7PolicyAction.REDIRECT_TO_URL);
        assertThat(listed.listenerId()).isEqualTo(LISTENER_ID);
        assertThat(listed.position()).isEqualTo(1);
        assertThat(listed.redirectUrl()).contains("http://www.example.com");
        assertThat(listed.redirectPoolId()).isEmpty();
        assertThat(listed.redirectPrefix()).isEmpty();
        assertThat(listed.redirectHttpCode()).contains(302);
        assertThat(listed.ruleIds()).containsExactly(RULE_ID);
        assertThat(listed.description()).isEqualTo("Redirect requests to example.com");
    }

    @Test
    void rulesAreCreatedReadUpdatedListedAndDeleted() {
        cloud.answer("POST", RULES, wrapped("rule", RULE));
        cloud.answer("GET", RULES + "/" + RULE_ID, wrapped("rule", RULE));
        cloud.answer("PUT", RULES + "/" + RULE_ID, wrapped("rule", RULE));
        cloud.answer("GET", RULES, OctaviaFixtures.listing("rules", RULE));
        cloud.answer("DELETE", RULES + "/" + RULE_ID, null);
        L7Policy policy = new L7Policy(octavia, org.cloudsdk.http.Json.parse(POLICY));

        L7Rule created = policy.createRule(L7RuleType.PATH, L7CompareType.REGEX, "/images*", L7RuleOptions.builder()
                .invert(false).adminStateUp(true).tags(List.of("test_tag")).build());
        octavia.l7Rules().create(POLICY_ID, L7RuleType.HEADER, L7CompareType.EQUAL_TO, "v2", L7RuleOptions.builder()
                .key("X-Version").build());
        octavia.l7Rules().create(POLICY_ID, L7RuleType.SSL_CONN_HAS_CERT, L7CompareType.EQUAL_TO, "True",
                L7RuleOptions.defaults());
        L7Rule updated = created.update(L7RuleOptions.builder().compareType(L7CompareType.STARTS_WITH)
                .value("/img").invert(true).build());
        L7Rule listed = policy.listRules().get(0);
        listed.reload().delete();

        cloud.server.verify(1, authed(postRequestedFor(urlEqualTo(RULES))).withRequestBody(equalToJson("""
                {"rule": {"invert": false, "admin_state_up": true, "tags": ["test_tag"], "type": "PATH",
                 "compare_type": "REGEX", "value": "/images*"}}""")));
        cloud.server.verify(1, postRequestedFor(urlEqualTo(RULES)).withRequestBody(equalToJson("""
                {"rule": {"key": "X-Version", "type": "HEADER", "compare_type": "EQUAL_TO", "value": "v2"}}""")));
        cloud.server.verify(1, postRequestedFor(urlEqualTo(RULES)).withRequestBody(equalToJson("""
                {"rule": {"type": "SSL_CONN_HAS_CERT", "compare_type": "EQUAL_TO", "value": "True"}}""")));
        cloud.server.verify(1, authed(putRequestedFor(urlEqualTo(RULES + "/" + RULE_ID))).withRequestBody(equalToJson(
                "{\"rule\": {\"compare_type\": \"STARTS_WITH\", \"value\": \"/img\", \"invert\": true}}")));
        cloud.server.verify(1, authed(deleteRequestedFor(urlEqualTo(RULES + "/" + RULE_ID))));
        assertThat(listed).isEqualTo(created).isEqualTo(updated);
        assertThat(listed.l7PolicyId()).isEqualTo(POLICY_ID);
        assertThat(listed.type()).isEqualTo(L7RuleType.PATH);
        assertThat(listed.compareType()).isEqualTo(L7CompareType.REGEX);
        assertThat(listed.value()).isEqualTo("/images*");
        assertThat(listed.key()).isEmpty();
        assertThat(listed.invert()).isFalse();
        assertThat(listed).hasToString("L7Rule[id=" + RULE_ID + ", PATH REGEX '/images*', ACTIVE]");
    }
}
