package org.cloudsdk.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.cloudsdk.errors.AuthenticationFailedException;
import org.cloudsdk.errors.CloudException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** Keystone v3: the exact {@code POST /v3/auth/tokens} documents and the parsed token. */
class KeystoneV3IdentityTest {

    @RegisterExtension
    static WireMockExtension keystone = TestCloud.server();

    private static final String TOKENS = "/v3/auth/tokens";

    private void authenticate(CloudContext ctx) {
        try (ctx) {
            ctx.authenticate();
        }
    }

    private static void verifyBody(String json) {
        keystone.verify(1, postRequestedFor(urlPathEqualTo(TOKENS))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(json, true, false)));
    }

    @Test
    void passwordScopedToProjectByNameDefaultsBothDomains() {
        TestCloud.stubKeystoneV3(keystone);

        authenticate(TestCloud.keystoneV3(keystone).build());

        verifyBody("""
                {"auth": {
                  "identity": {
                    "methods": ["password"],
                    "password": {"user": {"name": "demo", "domain": {"id": "default"}, "password": "%s"}}
                  },
                  "scope": {"project": {"name": "demo", "domain": {"id": "default"}}}
                }}""".formatted(TestCloud.PASSWORD));
    }

    @Test
    void passwordWithNamedUserDomainAndProjectDomainId() {
        TestCloud.stubKeystoneV3(keystone);

        authenticate(TestCloud.keystoneV3(keystone).userDomainName("Users").projectDomainId("pd-42").build());

        verifyBody("""
                {"auth": {
                  "identity": {
                    "methods": ["password"],
                    "password": {"user": {"name": "demo", "domain": {"name": "Users"}, "password": "%s"}}
                  },
                  "scope": {"project": {"name": "demo", "domain": {"id": "pd-42"}}}
                }}""".formatted(TestCloud.PASSWORD));
    }

    @Test
    void passwordScopedToProjectById() {
        TestCloud.stubKeystoneV3(keystone);

        authenticate(TestCloud.keystoneV3(keystone).tenantName(null).tenantId(TestCloud.V3_PROJECT_ID).build());

        verifyBody("""
                {"auth": {
                  "identity": {
                    "methods": ["password"],
                    "password": {"user": {"name": "demo", "domain": {"id": "default"}, "password": "%s"}}
                  },
                  "scope": {"project": {"id": "%s"}}
                }}""".formatted(TestCloud.PASSWORD, TestCloud.V3_PROJECT_ID));
    }

    @Test
    void passwordScopedToDomain() {
        TestCloud.stubKeystoneV3(keystone);

        authenticate(TestCloud.keystoneV3(keystone).tenantName(null).domainName("acme").build());

        verifyBody("""
                {"auth": {
                  "identity": {
                    "methods": ["password"],
                    "password": {"user": {"name": "demo", "domain": {"id": "default"}, "password": "%s"}}
                  },
                  "scope": {"domain": {"name": "acme"}}
                }}""".formatted(TestCloud.PASSWORD));
    }

    @Test
    void tokenMethodScopedToProject() {
        TestCloud.stubKeystoneV3(keystone);

        try (CloudContext ctx = TestCloud.isolatedBuilder().identityType("keystone")
                .authEndpoint(TestCloud.baseUrl(keystone) + "/v3").region("RegionOne").build()) {
            ctx.authWithToken("caller-token-0f3a", TestCloud.V3_PROJECT_ID, null);

            assertThat(ctx.authToken()).isEqualTo(TestCloud.V3_TOKEN);
            assertThat(ctx.tenantId()).isEqualTo(TestCloud.V3_PROJECT_ID);
        }
        verifyBody("""
                {"auth": {
                  "identity": {"methods": ["token"], "token": {"id": "caller-token-0f3a"}},
                  "scope": {"project": {"id": "%s"}}
                }}""".formatted(TestCloud.V3_PROJECT_ID));
    }

    @Test
    void applicationCredentialByIdSendsNoScopeEvenWhenAProjectIsConfigured() {
        TestCloud.stubKeystoneV3(keystone);

        authenticate(TestCloud.isolatedBuilder().identityType("keystone")
                .authEndpoint(TestCloud.baseUrl(keystone) + "/v3").region("RegionOne").tenantName("demo")
                .applicationCredential("21dced0fd20347869b93710d2b98aae0", "app-cred-secret-9b2f").build());

        verifyBody("""
                {"auth": {"identity": {
                  "methods": ["application_credential"],
                  "application_credential": {"id": "21dced0fd20347869b93710d2b98aae0", "secret": "app-cred-secret-9b2f"}
                }}}""");
    }

    @Test
    void applicationCredentialByNameAndUser() {
        TestCloud.stubKeystoneV3(keystone);

        authenticate(TestCloud.isolatedBuilder().identityType("keystone")
                .authEndpoint(TestCloud.baseUrl(keystone) + "/v3").region("RegionOne")
                .credentials(Credentials.applicationCredentialByName("ci-deployer", "demo", "app-cred-secret-9b2f"))
                .build());

        verifyBody("""
                {"auth": {"identity": {
                  "methods": ["application_credential"],
                  "application_credential": {
                    "name": "ci-deployer",
                    "user": {"name": "demo", "domain": {"id": "default"}},
                    "secret": "app-cred-secret-9b2f"
                  }
                }}}""");
    }

    @Test
    void authEndpointWithoutVersionGetsV3Appended() {
        TestCloud.stubKeystoneV3(keystone);

        authenticate(TestCloud.keystoneV3(keystone).authEndpoint(TestCloud.baseUrl(keystone) + "/").build());

        keystone.verify(1, postRequestedFor(urlPathEqualTo(TOKENS)));
    }

    @Test
    void parsesTokenFromHeaderAndExpiryRolesProjectUserAndCatalogFromBody() {
        TestCloud.stubKeystoneV3(keystone);

        try (CloudContext ctx = TestCloud.keystoneV3(keystone).build()) {
            ctx.authenticate();
            Token token = ctx.token();

            assertThat(ctx.identityType()).isEqualTo("v3");
            assertThat(token.id()).isEqualTo(TestCloud.V3_TOKEN);
            assertThat(token.expiresAt()).isEqualTo(Instant.parse("2099-12-31T23:59:59Z"));
            assertThat(token.issuedAt()).isEqualTo(Instant.parse("2025-01-15T10:00:00Z"));
            assertThat(token.roles()).containsExactly("member", "reader");
            assertThat(token.tenantId()).isEqualTo(TestCloud.V3_PROJECT_ID);
            assertThat(token.tenantName()).isEqualTo("demo");
            assertThat(token.userId()).isEqualTo("3ec3164f750146be97f21559ee4d9c51");
            assertThat(token.userName()).isEqualTo("demo");
            assertThat(token.identityVersion()).isEqualTo("v3");
            assertThat(token.toString()).doesNotContain(TestCloud.V3_TOKEN);
            assertThat(ctx.isAuthenticated()).isTrue();

            ServiceCatalog catalog = token.catalog();
            assertThat(catalog.catalogTypes()).containsExactly("identity", "object-store", "compute");
            assertThat(catalog.services()).containsExactly(ServiceType.IDENTITY, ServiceType.OBJECT_STORE,
                    ServiceType.COMPUTE);
            assertThat(catalog.regions()).containsExactly("RegionOne", "region-a.geo-1");
            assertThat(catalog.endpoints()).hasSize(11);
            Endpoint swiftInternal = catalog.endpoint(ServiceType.OBJECT_STORE, "RegionOne", EndpointInterface.INTERNAL);
            assertThat(swiftInternal.serviceName()).isEqualTo("swift");
            assertThat(swiftInternal.url()).isEqualTo(TestCloud.baseUrl(keystone)
                    + "/swift-internal/v1/AUTH_" + TestCloud.V3_PROJECT_ID);
            assertThat(catalog.endpoint(ServiceType.IDENTITY, "RegionOne", EndpointInterface.ADMIN).url())
                    .isEqualTo(TestCloud.baseUrl(keystone) + "/identity-admin/v3");
        }
    }

    @Test
    void refusedPasswordNamesUserAndUrlButNotThePassword() {
        keystone.stubFor(post(urlPathEqualTo(TOKENS)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-openstack-request-id", "req-401-f00d")
                .withBody(TestCloud.UNAUTHORIZED_BODY)));

        try (CloudContext ctx = TestCloud.keystoneV3(keystone).build()) {
            AuthenticationFailedException refused = catchThrowableOfType(AuthenticationFailedException.class,
                    ctx::authenticate);

            String url = TestCloud.baseUrl(keystone) + TOKENS;
            assertThat(refused.getMessage())
                    .contains("user 'demo'")
                    .contains(url)
                    .contains("The request you have made requires authentication.")
                    .contains("req-401-f00d")
                    .doesNotContain(TestCloud.PASSWORD);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.service()).isEqualTo("identity");
            for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
                assertThat(String.valueOf(cause.getMessage())).doesNotContain(TestCloud.PASSWORD);
            }
            assertThat(ctx.isAuthenticated()).isFalse();
        }
        // a 401 is final: the same credentials are not sent again
        keystone.verify(1, postRequestedFor(urlPathEqualTo(TOKENS)));
    }

    @Test
    void refusedApplicationCredentialNamesItsIdButNotItsSecret() {
        keystone.stubFor(post(urlPathEqualTo(TOKENS)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(TestCloud.UNAUTHORIZED_BODY)));

        try (CloudContext ctx = TestCloud.isolatedBuilder().identityType("keystone")
                .authEndpoint(TestCloud.baseUrl(keystone) + "/v3")
                .applicationCredential("21dced0fd20347869b93710d2b98aae0", "app-cred-secret-9b2f").build()) {
            AuthenticationFailedException refused = catchThrowableOfType(AuthenticationFailedException.class,
                    ctx::authenticate);

            assertThat(refused.getMessage()).contains("application credential 21dced0fd20347869b93710d2b98aae0")
                    .doesNotContain("app-cred-secret-9b2f");
        }
    }

    @Test
    void unavailableIdentityServiceIsRetried() {
        keystone.stubFor(post(urlPathEqualTo(TOKENS)).inScenario("restart").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        keystone.stubFor(post(urlPathEqualTo(TOKENS)).inScenario("restart").whenScenarioStateIs("up")
                .willReturn(TestCloud.v3TokenResponse(keystone, TestCloud.V3_TOKEN)));

        try (CloudContext ctx = TestCloud.keystoneV3(keystone).build()) {
            assertThat(ctx.authToken()).isEqualTo(TestCloud.V3_TOKEN);
        }

        keystone.verify(2, postRequestedFor(urlPathEqualTo(TOKENS)));
    }

    @Test
    void responseWithoutSubjectTokenIsAnError() {
        keystone.stubFor(post(urlPathEqualTo(TOKENS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(TestCloud.fixture("identity/keystone-v3-token.json", keystone))));

        try (CloudContext ctx = TestCloud.keystoneV3(keystone).build()) {
            CloudException error = catchThrowableOfType(CloudException.class, ctx::authenticate);

            assertThat(error.getMessage()).contains("X-Subject-Token");
        }
    }

    @Test
    void authenticationHappensOnFirstUseOnly() {
        TestCloud.stubKeystoneV3(keystone);

        try (CloudContext ctx = TestCloud.keystoneV3(keystone).build()) {
            keystone.verify(0, postRequestedFor(urlPathEqualTo(TOKENS)));
            assertThat(ctx.isAuthenticated()).isFalse();

            List<String> roles = ctx.roles();
            ctx.serviceCatalog();
            ctx.authToken();

            assertThat(roles).containsExactly("member", "reader");
        }
        keystone.verify(1, postRequestedFor(urlPathEqualTo(TOKENS)));
    }
}
