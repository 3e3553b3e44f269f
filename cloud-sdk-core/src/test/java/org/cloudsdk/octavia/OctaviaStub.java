package org.cloudsdk.octavia;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.time.Duration;
import java.util.List;

import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.ServiceStub;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

/**
 * A WireMock Octavia for the request tests: the endpoint is listed without its version (as
 * Octavia's catalog entries are), requests go under {@code /v2}; its root document lists API
 * versions 2.0 to {@link #version} (2.26 unless a test lowers it). One transport attempt per
 * request, a fixed token, and fast waits ({@link #SETTINGS}) so that tests of the retries and
 * waits take milliseconds.
 */
final class OctaviaStub extends ServiceStub {

    static final String TOKEN = "tk-octavia";
    static final OctaviaSettings SETTINGS = OctaviaSettings.builder().waitTimeout(Duration.ofSeconds(2))
            .waitInterval(Duration.ofMillis(20)).build();

    OctaviaStub() {
        this(26);
    }

    /** @param minor the newest API version the root document lists: 2.{@code minor} */
    OctaviaStub(int minor) {
        super(TOKEN);
        server.stubFor(get(urlEqualTo("/")).atPriority(1).willReturn(okJson(OctaviaFixtures.versions(minor))));
    }

    /** @return a client of the endpoint at the server's root */
    Octavia octavia() {
        return octaviaAt("");
    }

    /** @param endpointPath the path of the catalog URL @return a client of that endpoint */
    Octavia octaviaAt(String endpointPath) {
        ServiceClient client = client("load_balancer", "RegionOne", endpointPath);
        return new Octavia(new OctaviaApi(client, SETTINGS));
    }

    /** @param path a path of the API, such as {@code /lbaas/pools} @return its full path */
    static String api(String path) {
        return "/v2" + path;
    }

    /** @param pattern a request pattern @return it with the token and JSON accept type required */
    static RequestPatternBuilder authed(RequestPatternBuilder pattern) {
        return pattern.withHeader("X-Auth-Token", equalTo(TOKEN));
    }

    /** @param status an error status @param message Octavia's faultstring @return the response */
    static ResponseDefinitionBuilder fault(int status, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"faultcode\": \"Client\", \"faultstring\": \"" + message + "\", \"debuginfo\": null}");
    }

    /** @return "METHOD url" of every request received but the version document's, oldest first */
    @Override
    public List<String> log() {
        return super.log().stream().filter(line -> !line.equals("GET /")).toList();
    }

    /** @return how many times the version document was read */
    long versionReads() {
        return server.getAllServeEvents().stream().filter(event -> event.getRequest().getUrl().equals("/")).count();
    }
}
