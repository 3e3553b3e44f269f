package org.cloudsdk.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The keystone v3 side of the benchmarks' WireMock servers: {@code POST /v3/auth/tokens} answers
 * one token for the user {@code bench}, whose catalog has one service in {@code RegionOne}.
 */
public final class KeystoneTokenStub {

    private KeystoneTokenStub() {
    }

    /**
     * @param server the WireMock server, started
     * @param token the token's value ({@code X-Subject-Token})
     * @param projectId the project the token is scoped to
     * @param type the catalog entry's service type ({@code object-store}, {@code compute})
     * @param name the catalog entry's name
     * @param url its public endpoint
     */
    public static void stub(WireMockServer server, String token, String projectId, String type, String name,
            String url) {
        server.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("X-Subject-Token", token)
                .withBody(tokenBody(projectId, type, name, url))));
    }

    private static String tokenBody(String projectId, String type, String name, String url) {
        return """
                {"token": {
                  "methods": ["password"],
                  "user": {"id": "u1", "name": "bench", "domain": {"id": "default", "name": "Default"}},
                  "expires_at": "2099-01-01T00:00:00.000000Z",
                  "issued_at": "2025-01-01T00:00:00.000000Z",
                  "project": {"id": "%s", "name": "bench", "domain": {"id": "default", "name": "Default"}},
                  "roles": [{"id": "r1", "name": "member"}],
                  "catalog": [{"type": "%s", "name": "%s", "id": "s1", "endpoints": [
                    {"id": "e1", "interface": "public", "region_id": "RegionOne", "region": "RegionOne", "url": "%s"}
                  ]}]
                }}""".formatted(projectId, type, name, url);
    }
}
