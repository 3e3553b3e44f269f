package org.cloudsdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.cloudsdk.config.CloudConfiguration;
import org.cloudsdk.http.RetrySettings;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * Shared fixtures of the WireMock tests: a server bound to 127.0.0.1, contexts isolated from
 * this machine's configuration, fast retries, the identity responses kept under
 * {@code src/test/resources/org/cloudsdk/identity/} and the stubs that serve them.
 */
public final class TestCloud {

    /** The user of the identity fixtures. */
    public static final String USER = "demo";
    /** A password that must never appear in a log or an exception message. */
    public static final String PASSWORD = "Pa55w0rd-never-logged";
    /** The token the keystone v3 stub hands out in {@code X-Subject-Token}. */
    public static final String V3_TOKEN = "gAAAAABv3-subject-token-5d1e7c";
    /** The project id of the keystone v3 fixture. */
    public static final String V3_PROJECT_ID = "8538a3f13f9541b28c2620eb19065e45";
    /** The token id of the keystone v2.0 fixture. */
    public static final String V2_TOKEN = "v2-token-4f1c9a7e2b6d";
    /** The token id of the Rackspace fixture (the seed's). */
    public static final String RACKSPACE_TOKEN = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
    /** A keystone error body. */
    public static final String UNAUTHORIZED_BODY = "{\"error\":{\"code\":401,\"message\":\"The request you have made "
            + "requires authentication.\",\"title\":\"Unauthorized\"}}";

    private TestCloud() {
    }

    /** @return a WireMock server on a free port of 127.0.0.1 only */
    public static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
                .build();
    }

    /** @param server the server @return its base URL by address, never by host name */
    public static String baseUrl(WireMockExtension server) {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** @return 4 attempts, 10 ms doubling to 50 ms, no jitter, at most 10 s */
    public static RetrySettings fastRetries() {
        return new RetrySettings(4, Duration.ofMillis(10), 2.0, Duration.ofMillis(50), Duration.ZERO,
                Duration.ofSeconds(10));
    }

    /**
     * @return a builder that reads neither the configuration file nor the environment of this
     *     machine, with fast retries for interactive calls and background work alike
     */
    public static CloudContextBuilder isolatedBuilder() {
        return CloudContext.builder()
                .configuration(CloudConfiguration.of(null, Map.of()))
                .environmentVariables(Map.of())
                .retrySettings(fastRetries())
                .backgroundRetrySettings(fastRetries());
    }

    /**
     * @param server the WireMock server
     * @return an isolated keystone v3 context for {@link #USER}/{@link #PASSWORD} scoped to the
     *     project {@code demo} in RegionOne, authenticating at the server's {@code /v3}
     */
    public static CloudContextBuilder keystoneV3(WireMockExtension server) {
        return isolatedBuilder()
                .identityType("keystone")
                .authEndpoint(baseUrl(server) + "/v3")
                .username(USER)
                .password(PASSWORD)
                .tenantName("demo")
                .region("RegionOne");
    }

    /**
     * @param resource a path under {@code /org/cloudsdk/}
     * @return its text
     */
    public static String fixture(String resource) {
        try (InputStream in = TestCloud.class.getResourceAsStream("/org/cloudsdk/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /org/cloudsdk/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param resource a path under {@code /org/cloudsdk/}
     * @param server the server whose base URL replaces {@code ${BASE}}
     * @return the text, its endpoints pointing at the server
     */
    public static String fixture(String resource, WireMockExtension server) {
        return fixture(resource).replace("${BASE}", baseUrl(server));
    }

    /**
     * @param server the server
     * @param token the value of {@code X-Subject-Token}
     * @return a keystone v3 token response with the catalog of {@code identity/keystone-v3-token.json}
     */
    public static ResponseDefinitionBuilder v3TokenResponse(WireMockExtension server, String token) {
        return aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Subject-Token", token)
                .withHeader("x-openstack-request-id", "req-3f1b0c2e-auth")
                .withBody(fixture("identity/keystone-v3-token.json", server));
    }

    /**
     * @param server the server
     * @param token the value of {@code X-Subject-Token}
     * @param expiresAt the token's {@code expires_at} instead of the fixture's 2099-12-31T23:59:59Z
     * @return a keystone v3 token response
     */
    public static ResponseDefinitionBuilder v3TokenResponse(WireMockExtension server, String token,
            Instant expiresAt) {
        return v3TokenResponse(server, token).withBody(fixture("identity/keystone-v3-token.json", server)
                .replace("2099-12-31T23:59:59.000000Z", expiresAt.toString()));
    }

    /**
     * Answers every {@code POST /v3/auth/tokens} with {@link #V3_TOKEN} and the v3 fixture.
     *
     * @param server the server
     */
    public static void stubKeystoneV3(WireMockExtension server) {
        server.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).willReturn(v3TokenResponse(server, V3_TOKEN)));
    }

    /**
     * Answers every {@code POST /v2.0/tokens} with a v2.0 {@code access} document.
     *
     * @param server the server
     * @param resource the fixture, such as {@code identity/keystone-v2-access.json}
     */
    public static void stubV2Tokens(WireMockExtension server, String resource) {
        server.stubFor(post(urlPathEqualTo("/v2.0/tokens")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(fixture(resource, server))));
    }

    /** @return a port of 127.0.0.1 that nothing listens on */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clock the test moves by hand. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;

        /** @param start the first instant */
        public MutableClock(Instant start) {
            this.now = start;
        }

        /** @param value the new instant */
        public void set(Instant value) {
            this.now = value;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
