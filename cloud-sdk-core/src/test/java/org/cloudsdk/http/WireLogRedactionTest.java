package org.cloudsdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cloudsdk.CapturedLog;
import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpMethod;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** The debug log shows requests and responses, never a secret; it can be switched per context and per client. */
class WireLogRedactionTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static final String API_KEY = "0123456789abcdef0123456789abcdef";
    private static final String APP_CRED_SECRET = "app-cred-secret-9b2f";
    private static final String CALLER_TOKEN = "caller-token-0f3a77";
    private static final String SUBJECT_TOKEN = "gAAAAAB-validated-subject-9c3e";
    private static final String TEMP_URL_KEY = "topsecretkey";
    private static final String TEMP_URL_SIG = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
    private static final String SWIFT = "/swift/v1/AUTH_" + TestCloud.V3_PROJECT_ID;

    @BeforeEach
    void stubs() {
        TestCloud.stubKeystoneV3(cloud);
        TestCloud.stubV2Tokens(cloud, "identity/rackspace-access.json");
        cloud.stubFor(get(urlPathEqualTo("/compute/v2.1/servers")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Subject-Token", SUBJECT_TOKEN)
                .withBody("{\"servers\": []}")));
        cloud.stubFor(post(urlPathEqualTo(SWIFT)).willReturn(aResponse().withStatus(204)
                .withHeader("X-Trans-Id", "tx0a1b2c3d")));
        cloud.stubFor(get(urlPathMatching(SWIFT + "/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("hello")));
    }

    @Test
    void fullSessionIsLoggedWithoutAnySecret() {
        List<String> messages;
        try (CapturedLog log = CapturedLog.of("org.cloudsdk")) {
            try (CloudContext ctx = TestCloud.keystoneV3(cloud).debug(true).build()) {
                ctx.client("compute", "RegionOne").get("/servers");
                ServiceClient swift = ctx.client("object_store", "RegionOne");
                swift.execute(swift.request(HttpMethod.POST, "setAccountMetadata")
                        .header("X-Account-Meta-Temp-URL-Key", TEMP_URL_KEY));
                ApiRequest tempUrl = ApiRequest.builder("object_store", "download", HttpMethod.GET)
                        .baseUrl(swift.endpointUrl()).path("/{container}/{object}", "docs", "a.txt")
                        .query("temp_url_sig", TEMP_URL_SIG).query("temp_url_expires", 4102444800L)
                        .authenticated(false).build();
                ctx.transport().execute(tempUrl, null);
            }
            try (CloudContext ctx = TestCloud.isolatedBuilder().identityType("keystone").debug(true)
                    .authEndpoint(TestCloud.baseUrl(cloud) + "/v3")
                    .applicationCredential("21dced0fd20347869b93710d2b98aae0", APP_CRED_SECRET).build()) {
                ctx.authenticate();
            }
            try (CloudContext ctx = TestCloud.isolatedBuilder().identityType("keystone").debug(true)
                    .authEndpoint(TestCloud.baseUrl(cloud) + "/v3").build()) {
                ctx.authWithToken(CALLER_TOKEN, TestCloud.V3_PROJECT_ID, null);
            }
            try (CloudContext ctx = TestCloud.isolatedBuilder().identityType("rackspace").debug(true)
                    .authEndpoint(TestCloud.baseUrl(cloud) + "/v2.0").username("someuser").apiKey(API_KEY).build()) {
                ctx.authenticate();
            }
            messages = log.messages();

            // password, application credential, token and API-key authentication, the GET, the metadata
            // POST and the temp URL download: each logged once on the way out and once on the way back
            assertThat(log.startingWith("REQ: ")).hasSize(7);
            assertThat(log.startingWith("RESP: ")).hasSize(7);
        }

        for (String secret : List.of(TestCloud.PASSWORD, API_KEY, APP_CRED_SECRET, TestCloud.V3_TOKEN, SUBJECT_TOKEN,
                CALLER_TOKEN, TestCloud.RACKSPACE_TOKEN, TEMP_URL_KEY, TEMP_URL_SIG)) {
            assertThat(messages).as("log messages").noneMatch(message -> message.contains(secret));
        }
        String all = String.join("\n", messages);
        assertThat(all)
                .contains("REQ: POST " + TestCloud.baseUrl(cloud) + "/v3/auth/tokens")
                .contains("\"name\":\"demo\"")
                .contains("\"password\":\"****\"")
                .contains("\"secret\":\"****\"")
                .contains("\"apiKey\":\"****\"")
                .contains("\"token\":{\"id\":\"****\"}")
                .contains("X-Auth-Token: ****")
                .contains("X-Subject-Token: ****")
                .contains("X-Account-Meta-Temp-URL-Key: ****")
                .contains("temp_url_sig=****")
                .contains("RESP: 200 GET " + TestCloud.baseUrl(cloud) + "/compute/v2.1/servers");
    }

    @Test
    void switchingTheContextsDebugOffStopsTheLog() {
        try (CapturedLog log = CapturedLog.of(CapturedLog.WIRE);
                CloudContext ctx = TestCloud.keystoneV3(cloud).debug(true).build()) {
            ServiceClient compute = ctx.client("compute", "RegionOne");
            compute.get("/servers");
            assertThat(log.startingWith("REQ: GET ")).hasSize(1);
            assertThat(ctx.transport().httpDebug()).isTrue();

            ctx.setHttpDebug(false);
            log.clear();
            compute.get("/servers");

            assertThat(ctx.transport().httpDebug()).isFalse();
            assertThat(log.messages()).isEmpty();
        }
    }

    @Test
    void contextDebugCanBeSwitchedOnLater() {
        try (CapturedLog log = CapturedLog.of(CapturedLog.WIRE);
                CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            ServiceClient compute = ctx.client("compute", "RegionOne");
            compute.get("/servers");
            assertThat(log.messages()).isEmpty();

            ctx.setHttpDebug(true);
            compute.get("/servers");

            assertThat(log.startingWith("REQ: GET " + TestCloud.baseUrl(cloud) + "/compute/v2.1/servers")).hasSize(1);
            assertThat(log.startingWith("RESP: 200 GET ")).hasSize(1);
        }
    }

    @Test
    void clientDebugLogsOnlyThatClientsRequests() {
        try (CapturedLog log = CapturedLog.of(CapturedLog.WIRE);
                CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            ServiceClient compute = ctx.client("nova", "RegionOne");
            ServiceClient swift = ctx.client("swift", "RegionOne");
            compute.setHttpLogDebug(true);

            compute.get("/servers");
            swift.execute(swift.request(HttpMethod.POST, "setAccountMetadata").header("X-Account-Meta-Foo", "bar"));

            assertThat(compute.httpLogDebug()).isTrue();
            assertThat(swift.httpLogDebug()).isFalse();
            List<String> requests = log.startingWith("REQ: ");
            assertThat(requests).hasSize(1);
            assertThat(requests.get(0)).startsWith("REQ: GET " + TestCloud.baseUrl(cloud) + "/compute/v2.1/servers");
            assertThat(log.startingWith("RESP: ")).hasSize(1);
            assertThat(String.join("\n", log.messages())).doesNotContain("/v3/auth/tokens").doesNotContain(SWIFT);
        }
    }
}
