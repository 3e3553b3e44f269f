package org.cloudsdk.autoconfigure.health;

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

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** The keystone v3 and object store stubs of the health tests, on 127.0.0.1. */
final class HealthFixtures {

    static final String PASSWORD = "Pa55w0rd-never-shown";
    static final String TOKEN = "gAAAAABv3-subject-token-5d1e7c";
    static final String ACCOUNT_PATH = "/swift/v1/AUTH_8538a3f13f9541b28c2620eb19065e45";

    private HealthFixtures() {
    }

    static WireMockExtension server() {
        return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
                .build();
    }

    static String baseUrl(WireMockExtension server) {
        return "http://127.0.0.1:" + server.getPort();
    }

    static String[] properties(WireMockExtension server) {
        return new String[] { "cloud.identity-type=keystone", "cloud.auth-endpoint=" + baseUrl(server) + "/v3",
            "cloud.region=RegionOne", "cloud.username=demo", "cloud.password=" + PASSWORD,
            "cloud.tenant-name=demo", "cloud.retry.initial-interval=10ms", "cloud.retry.max-interval=20ms",
            "cloud.retry.jitter=0ms" };
    }

    static void stubKeystone(WireMockExtension server) {
        String body;
        try (InputStream in = HealthFixtures.class.getResourceAsStream("/org/cloudsdk/autoconfigure/keystone-v3-token.json")) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${BASE}", baseUrl(server));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        server.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("X-Subject-Token", TOKEN).withBody(body)));
    }

    static void stubKeystoneRefusing(WireMockExtension server) {
        server.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":401,\"message\":\"The request you have made requires "
                        + "authentication.\",\"title\":\"Unauthorized\"}}")));
    }

    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
