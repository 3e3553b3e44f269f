package org.cloudsdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.cloudsdk.errors.AuthenticationFailedException;
import org.cloudsdk.errors.TokenExpiredException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** A refused token is replaced once for all callers; a caller-given token is never replaced. */
class ReauthenticationTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static final String TOKENS = "/v3/auth/tokens";
    private static final String SERVERS = "/compute/v2.1/servers";
    private static final String OLD_TOKEN = "gAAAAAB-old-token-1111";
    private static final String NEW_TOKEN = "gAAAAAB-new-token-2222";

    /** The identity hands out the old token first and the new one on every later request. */
    private static void stubIdentityOldThenNew() {
        cloud.stubFor(post(urlPathEqualTo(TOKENS)).inScenario("tokens").whenScenarioStateIs(STARTED)
                .willReturn(TestCloud.v3TokenResponse(cloud, OLD_TOKEN)).willSetStateTo("old issued"));
        cloud.stubFor(post(urlPathEqualTo(TOKENS)).inScenario("tokens").whenScenarioStateIs("old issued")
                .willReturn(TestCloud.v3TokenResponse(cloud, NEW_TOKEN)));
    }

    /** The compute service refuses the old token and accepts the new one. */
    private static void stubServersByToken() {
        cloud.stubFor(get(urlPathEqualTo(SERVERS)).withHeader("X-Auth-Token", equalTo(OLD_TOKEN))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody(TestCloud.UNAUTHORIZED_BODY)));
        cloud.stubFor(get(urlPathEqualTo(SERVERS)).withHeader("X-Auth-Token", equalTo(NEW_TOKEN))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"servers\": [{\"id\": \"4f1e\", \"name\": \"web1\"}]}")));
    }

    @Test
    void thirtyTwoCallersRefusedTogetherShareOneReauthentication() throws Exception {
        stubIdentityOldThenNew();
        stubServersByToken();
        int callers = 32;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try (CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            ServiceClient compute = ctx.client("compute", "RegionOne");
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<ApiResponse>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    gate.await();
                    return compute.get("/servers");
                }));
            }
            gate.countDown();

            for (Future<ApiResponse> result : results) {
                ApiResponse response = result.get(30, TimeUnit.SECONDS);
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.json().path("servers").get(0).path("name").asString()).isEqualTo("web1");
            }
            assertThat(ctx.authToken()).isEqualTo(NEW_TOKEN);
        } finally {
            pool.shutdownNow();
        }

        cloud.verify(2, postRequestedFor(urlPathEqualTo(TOKENS)));
        cloud.verify(callers, getRequestedFor(urlPathEqualTo(SERVERS)).withHeader("X-Auth-Token", equalTo(NEW_TOKEN)));
        assertThat(cloud.findAll(getRequestedFor(urlPathEqualTo(SERVERS))
                .withHeader("X-Auth-Token", equalTo(OLD_TOKEN)))).isNotEmpty().hasSizeLessThanOrEqualTo(callers);
    }

    @Test
    void aTokenRefusedAgainAfterReauthenticationFailsWithoutLooping() {
        stubIdentityOldThenNew();
        cloud.stubFor(get(urlPathEqualTo(SERVERS)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(TestCloud.UNAUTHORIZED_BODY)));

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            AuthenticationFailedException refused = catchThrowableOfType(AuthenticationFailedException.class,
                    () -> ctx.client("compute", "RegionOne").get("/servers"));

            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.service()).isEqualTo("compute");
        }

        cloud.verify(2, postRequestedFor(urlPathEqualTo(TOKENS)));
        cloud.verify(2, getRequestedFor(urlPathEqualTo(SERVERS)));
    }

    @Test
    void callerGivenTokenRefusedByAServiceIsTokenExpiredWithoutReauthentication() {
        cloud.stubFor(post(urlPathEqualTo(TOKENS)).willReturn(TestCloud.v3TokenResponse(cloud, OLD_TOKEN)));
        stubServersByToken();

        try (CloudContext ctx = TestCloud.isolatedBuilder().identityType("keystone")
                .authEndpoint(TestCloud.baseUrl(cloud) + "/v3").region("RegionOne").build()) {
            ctx.authWithToken(OLD_TOKEN, TestCloud.V3_PROJECT_ID, null);

            TokenExpiredException expired = catchThrowableOfType(TokenExpiredException.class,
                    () -> ctx.client("compute", "RegionOne").get("/servers"));

            assertThat(expired.status()).isEqualTo(401);
            assertThat(expired.getMessage()).contains("authWithToken").contains("compute");
            assertThat(expired.getMessage()).doesNotContain(OLD_TOKEN);
        }

        cloud.verify(1, postRequestedFor(urlPathEqualTo(TOKENS)));
        cloud.verify(1, getRequestedFor(urlPathEqualTo(SERVERS)));
    }

    @Test
    void callerGivenTokenPastItsExpiryIsStillSentAndNotPostedToIdentityAgain() {
        // the identity accepts the caller's token once; later it refuses it as expired
        cloud.stubFor(post(urlPathEqualTo(TOKENS)).inScenario("expiry").whenScenarioStateIs(STARTED)
                .willReturn(TestCloud.v3TokenResponse(cloud, OLD_TOKEN)).willSetStateTo("expired"));
        cloud.stubFor(post(urlPathEqualTo(TOKENS)).inScenario("expiry").whenScenarioStateIs("expired")
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody(TestCloud.UNAUTHORIZED_BODY)));
        stubServersByToken();
        TestCloud.MutableClock clock = new TestCloud.MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

        try (CloudContext ctx = TestCloud.isolatedBuilder().identityType("keystone")
                .authEndpoint(TestCloud.baseUrl(cloud) + "/v3").region("RegionOne").clock(clock).build()) {
            ctx.authWithToken(OLD_TOKEN, TestCloud.V3_PROJECT_ID, null);
            clock.set(Instant.parse("2100-01-01T00:00:00Z"));
            assertThat(ctx.isAuthenticated()).isFalse();

            TokenExpiredException expired = catchThrowableOfType(TokenExpiredException.class,
                    () -> ctx.client("compute", "RegionOne").get("/servers"));

            assertThat(expired.status()).isEqualTo(401);
        }

        cloud.verify(1, postRequestedFor(urlPathEqualTo(TOKENS)));
        cloud.verify(1, getRequestedFor(urlPathEqualTo(SERVERS)).withHeader("X-Auth-Token", equalTo(OLD_TOKEN)));
    }

    @Test
    void aTokenAboutToExpireIsReplacedBeforeUse() {
        Instant oldExpiry = Instant.parse("2030-01-01T01:00:00Z");
        cloud.stubFor(post(urlPathEqualTo(TOKENS)).inScenario("tokens").whenScenarioStateIs(STARTED)
                .willReturn(TestCloud.v3TokenResponse(cloud, OLD_TOKEN, oldExpiry)).willSetStateTo("old issued"));
        cloud.stubFor(post(urlPathEqualTo(TOKENS)).inScenario("tokens").whenScenarioStateIs("old issued")
                .willReturn(TestCloud.v3TokenResponse(cloud, NEW_TOKEN, oldExpiry.plusSeconds(3600))));
        stubServersByToken();
        TestCloud.MutableClock clock = new TestCloud.MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).clock(clock).build()) {
            assertThat(ctx.authToken()).isEqualTo(OLD_TOKEN);
            // inside the default refresh margin of 60 s
            clock.set(oldExpiry.minusSeconds(30));

            ApiResponse response = ctx.client("compute", "RegionOne").get("/servers");

            assertThat(response.status()).isEqualTo(200);
        }

        cloud.verify(2, postRequestedFor(urlPathEqualTo(TOKENS)));
        cloud.verify(0, getRequestedFor(urlPathEqualTo(SERVERS)).withHeader("X-Auth-Token", equalTo(OLD_TOKEN)));
    }
}
