package org.cloudsdk.monitoring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import org.cloudsdk.http.ServiceStub;

/**
 * A WireMock Cloud Monitoring for the request tests: the endpoint {@value #ENDPOINT} (Rackspace's
 * {@code /v1.0/{tenantId}}) on a local port, a fixed token, and the requests it received, oldest
 * first. A request no stub answers gets WireMock's 404, so an unexpected request fails the test.
 */
final class MonitoringStub extends ServiceStub {

    static final String ENDPOINT = "/v1.0/010101";
    static final String TOKEN = "tk-monitoring";

    final CloudMonitoring monitoring;

    MonitoringStub() {
        super(TOKEN);
        monitoring = new CloudMonitoring(client("monitor", null, ENDPOINT));
    }

    /** @param path a path under the endpoint, such as {@code /entities} @return its full path */
    static String path(String path) {
        return ENDPOINT + path;
    }

    /**
     * Answers a create as Cloud Monitoring does: 201, no body, the new id in {@code X-Object-ID}
     * and the resource's URL in {@code Location}.
     *
     * @param collection the collection's path under the endpoint ({@code /entities})
     * @param id the id of what is created
     */
    void created(String collection, String id) {
        server.stubFor(post(urlEqualTo(path(collection))).willReturn(aResponse().withStatus(201)
                .withHeader("Location", "https://monitoring.api.rackspacecloud.com/v1.0/010101" + collection + "/" + id)
                .withHeader("X-Object-ID", id).withHeader("Content-Length", "0")));
    }

    /** @param path a path under the endpoint @param json the body to answer a GET of it with */
    void getReturns(String path, String json) {
        server.stubFor(get(urlEqualTo(path(path))).willReturn(okJson(json)));
    }

    /** @param method the method @param path a path under the endpoint, answered 204 */
    void noContent(String method, String path) {
        server.stubFor(request(method, urlEqualTo(path(path))).willReturn(aResponse().withStatus(204)));
    }
}
