package org.cloudsdk.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.cloudsdk.errors.AuthenticationFailedException;
import org.cloudsdk.errors.CloudException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** Keystone v2.0: the exact {@code POST /v2.0/tokens} documents and the parsed {@code access}. */
class KeystoneV2IdentityTest {

    @RegisterExtension
    static WireMockExtension keystone = TestCloud.server();

    private static final String TOKENS = "/v2.0/tokens";
    private static final String TENANT_ID = "fc394f2ab2df4114bde39905f800dc57";

    private static org.cloudsdk.CloudContextBuilder v2() {
        return TestCloud.isolatedBuilder()
                .identityType("keystone")
                .authEndpoint(TestCloud.baseUrl(keystone) + "/v2.0")
                .region("RegionOne");
    }

    private static void verifyBody(String json) {
        keystone.verify(1, postRequestedFor(urlPathEqualTo(TOKENS))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(json, true, false)));
    }

    @Test
    void keystoneTypeWithV2EndpointPicksV2AndSendsTenantNameAsTenant() {
        TestCloud.stubV2Tokens(keystone, "identity/keystone-v2-access.json");

        try (CloudContext ctx = v2().username("demo").password(TestCloud.PASSWORD).tenantName("demo").build()) {
            assertThat(ctx.identityType()).isEqualTo("v2.0");
            ctx.authenticate();
        }

        verifyBody("""
                {"auth": {
                  "passwordCredentials": {"username": "demo", "password": "%s"},
                  "tenantName": "demo"
                }}""".formatted(TestCloud.PASSWORD));
    }

    @Test
    void tenantNameIsNeverSentAsTheUserName() {
        TestCloud.stubV2Tokens(keystone, "identity/keystone-v2-access.json");

        try (CloudContext ctx = v2().username("alice").password(TestCloud.PASSWORD).tenantName("demo").build()) {
            ctx.authenticate();
        }

        verifyBody("""
                {"auth": {
                  "passwordCredentials": {"username": "alice", "password": "%s"},
                  "tenantName": "demo"
                }}""".formatted(TestCloud.PASSWORD));
    }

    @Test
    void passwordScopedByTenantId() {
        TestCloud.stubV2Tokens(keystone, "identity/keystone-v2-access.json");

        try (CloudContext ctx = v2().username("demo").password(TestCloud.PASSWORD).tenantId(TENANT_ID).build()) {
            ctx.authenticate();
        }

        verifyBody("""
                {"auth": {
                  "passwordCredentials": {"username": "demo", "password": "%s"},
                  "tenantId": "%s"
                }}""".formatted(TestCloud.PASSWORD, TENANT_ID));
    }

    @Test
    void tokenAuthenticationWithTenantId() {
        TestCloud.stubV2Tokens(keystone, "identity/keystone-v2-access.json");

        try (CloudContext ctx = v2().build()) {
            ctx.authWithToken("caller-v2-token-77aa", TENANT_ID, null);

            assertThat(ctx.authToken()).isEqualTo(TestCloud.V2_TOKEN);
        }

        verifyBody("""
                {"auth": {"token": {"id": "caller-v2-token-77aa"}, "tenantId": "%s"}}""".formatted(TENANT_ID));
    }

    @Test
    void explicitV2TypeAndTrailingSlashStillPostToTokens() {
        TestCloud.stubV2Tokens(keystone, "identity/keystone-v2-access.json");

        try (CloudContext ctx = v2().identityType("keystone_v2").authEndpoint(TestCloud.baseUrl(keystone) + "/v2.0/")
                .username("demo").password(TestCloud.PASSWORD).tenantName("demo").build()) {
            assertThat(ctx.identityType()).isEqualTo("v2.0");
            ctx.authenticate();
        }

        keystone.verify(1, postRequestedFor(urlPathEqualTo(TOKENS)));
    }

    @Test
    void keystoneTypeWithV3EndpointPicksV3() {
        try (CloudContext ctx = v2().authEndpoint(TestCloud.baseUrl(keystone) + "/v3").build()) {
            assertThat(ctx.identityType()).isEqualTo("v3");
        }
    }

    @Test
    void parsesTokenTenantUserRolesAndCatalog() {
        TestCloud.stubV2Tokens(keystone, "identity/keystone-v2-access.json");

        try (CloudContext ctx = v2().username("demo").password(TestCloud.PASSWORD).tenantName("demo").build()) {
            Token token = ctx.token();

            assertThat(token.id()).isEqualTo(TestCloud.V2_TOKEN);
            assertThat(token.expiresAt()).isEqualTo(Instant.parse("2099-12-31T23:59:59Z"));
            assertThat(token.issuedAt()).isEqualTo(Instant.parse("2025-01-15T10:00:00Z"));
            assertThat(token.tenantId()).isEqualTo(TENANT_ID);
            assertThat(token.tenantName()).isEqualTo("demo");
            assertThat(token.userId()).isEqualTo("d3b1c5e7f9a14c2e8b6d4f2a0c8e6b4d");
            assertThat(token.userName()).isEqualTo("demo");
            assertThat(token.roles()).containsExactly("_member_", "admin");
            assertThat(token.identityVersion()).isEqualTo("v2.0");
            assertThat(token.defaultRegion()).isNull();

            String base = TestCloud.baseUrl(keystone);
            assertThat(ctx.client("nova", null).endpointUrl()).isEqualTo(base + "/compute/v2/" + TENANT_ID);
            assertThat(ctx.endpoint("swift", null, EndpointInterface.INTERNAL).url())
                    .isEqualTo(base + "/swift-internal/v1/AUTH_" + TENANT_ID);
            assertThat(ctx.endpoint("compute", "RegionOne", EndpointInterface.ADMIN).serviceName()).isEqualTo("nova");
            assertThat(ctx.regions()).containsExactly("RegionOne");
        }
    }

    @Test
    void anAnswerWithoutATokenIdIsTheServersFaultNotTheCallers() {
        keystone.stubFor(post(urlPathEqualTo(TOKENS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access\":{\"token\":{\"expires\":\"2099-12-31T23:59:59Z\"},\"serviceCatalog\":[]}}")));

        try (CloudContext ctx = v2().username("demo").password(TestCloud.PASSWORD).tenantName("demo").build()) {
            CloudException failed = catchThrowableOfType(CloudException.class, ctx::authenticate);

            assertThat(failed).hasMessageContaining("without a token (access.token.id)");
        }
    }

    @Test
    void refusedPasswordNamesUserAndUrlButNotThePassword() {
        keystone.stubFor(post(urlPathEqualTo(TOKENS)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Invalid user / password\",\"code\":401,\"title\":\"Unauthorized\"}}")));

        try (CloudContext ctx = v2().username("demo").password(TestCloud.PASSWORD).tenantName("demo").build()) {
            AuthenticationFailedException refused = catchThrowableOfType(AuthenticationFailedException.class,
                    ctx::authenticate);

            assertThat(refused.getMessage()).contains("user 'demo'")
                    .contains(TestCloud.baseUrl(keystone) + TOKENS)
                    .contains("Invalid user / password")
                    .doesNotContain(TestCloud.PASSWORD);
        }
    }
}
