package org.cloudsdk.autoconfigure;

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

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * Fixtures of the WireMock tests: a keystone v3 server on 127.0.0.1 whose catalog points back at
 * it (object store {@code /swift/v1/AUTH_<project>} in RegionOne and region-a.geo-1), and the
 * properties of a context authenticating there.
 */
public final class WireMockCloud {

    public static final String PASSWORD = "Pa55w0rd-never-shown";
    public static final String TOKEN = "gAAAAABv3-subject-token-5d1e7c";
    public static final String PROJECT = "8538a3f13f9541b28c2620eb19065e45";
    public static final String ACCOUNT_PATH = "/swift/v1/AUTH_" + PROJECT;

    private WireMockCloud() {
    }

    public static WireMockExtension server() {
        return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
                .build();
    }

    public static String baseUrl(WireMockExtension server) {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** @return the properties of a keystone v3 context for demo at the server, with fast retries */
    public static String[] properties(WireMockExtension server) {
        return new String[] { "cloud.identity-type=keystone", "cloud.auth-endpoint=" + baseUrl(server) + "/v3",
            "cloud.region=RegionOne", "cloud.username=demo", "cloud.password=" + PASSWORD,
            "cloud.tenant-name=demo", "cloud.retry.initial-interval=10ms", "cloud.retry.max-interval=20ms",
            "cloud.retry.jitter=0ms",
            "cloud.retry.background.initial-interval=10ms", "cloud.retry.background.max-interval=20ms",
            "cloud.retry.background.jitter=0ms" };
    }

    public static ApplicationContextRunner withCloud(ApplicationContextRunner runner, WireMockExtension server) {
        return runner.withPropertyValues(properties(server));
    }

    public static void stubKeystone(WireMockExtension server) {
        server.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("X-Subject-Token", TOKEN)
                .withBody(fixture("keystone-v3-token.json").replace("${BASE}", baseUrl(server)))));
    }

    public static void stubKeystoneRefusing(WireMockExtension server) {
        server.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":401,\"message\":\"The request you have made requires "
                        + "authentication.\",\"title\":\"Unauthorized\"}}")));
    }

    public static String fixture(String name) {
        try (InputStream in = WireMockCloud.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** @return a loopback port nothing listens on (for connection-refused cases) */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
