package org.cloudsdk.compute;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.util.List;

import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.ServiceStub;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A WireMock Nova for the compute request tests: the endpoint {@value #ENDPOINT} on a local
 * port, a fixed token, its version document (the endpoint itself, as Nova serves it) and the
 * requests it received, oldest first. A request no stub answers gets WireMock's 404, so an
 * unexpected request fails the test.
 */
final class NovaStub extends ServiceStub {

    /** The compute endpoint's path, as the keystone fixture's catalog writes it. */
    static final String ENDPOINT = "/compute/v2.1";
    static final String TOKEN = "tk-nova";

    NovaStub() {
        super(TOKEN);
    }

    /** @return a client of the stub that negotiates its microversion */
    Compute compute() {
        return compute(null);
    }

    /** @param microversion the pinned version, or null to negotiate @return a client of the stub */
    Compute compute(String microversion) {
        ServiceClient client = client("compute", "RegionOne", ENDPOINT);
        return new Compute(client, ComputeVersions.of(client, microversion));
    }

    /**
     * Serves Nova's version document with microversions 2.1 to {@code max}.
     *
     * @param max the newest microversion the server supports
     * @return this stub
     */
    NovaStub microversions(String max) {
        server.stubFor(get(urlEqualTo(ENDPOINT)).willReturn(okJson(NovaFixtures.versionDocument(max))));
        return this;
    }

    /** Serves a version document without microversions, as Rackspace's v2 API does. */
    NovaStub noMicroversions() {
        server.stubFor(get(urlEqualTo(ENDPOINT)).willReturn(okJson(NovaFixtures.VERSION_WITHOUT_MICROVERSIONS)));
        return this;
    }

    /** @param path a path under the endpoint, such as {@code /servers} @return its full path */
    static String path(String path) {
        return ENDPOINT + path;
    }

    /** @return the requests of the API itself, oldest first (the version document left out) */
    List<LoggedRequest> apiRequests() {
        return requests().stream().filter(request -> !isVersionDocument(request)).toList();
    }

    /** @return how many times the version document was read */
    long versionDocumentReads() {
        return requests().stream().filter(NovaStub::isVersionDocument).count();
    }

    /** @return the only API request received (the version document left out) */
    @Override
    public LoggedRequest only() {
        List<LoggedRequest> all = apiRequests();
        if (all.size() != 1) {
            throw new AssertionError("expected one request but got " + all.size() + ": "
                    + all.stream().map(r -> r.getMethod() + " " + r.getUrl()).toList());
        }
        return all.get(0);
    }

    private static boolean isVersionDocument(LoggedRequest request) {
        return request.getUrl().equals(ENDPOINT);
    }
}
