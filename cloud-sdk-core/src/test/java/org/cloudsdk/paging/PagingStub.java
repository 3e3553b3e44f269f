package org.cloudsdk.paging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.ServiceStub;

/**
 * A WireMock service for the paging tests: an endpoint on a local port, a fixed token, pages
 * stubbed by their exact URL, and the URLs it was asked for, oldest first. A URL that no page
 * was stubbed for answers WireMock's 404, so a request the test did not expect fails it.
 */
public final class PagingStub extends ServiceStub {

    /** Starts the stub on a free local port. */
    public PagingStub() {
        super("tk-paging");
    }

    /**
     * @param service the service name
     * @param endpointPath the endpoint's path on the stub, such as {@code /v2.1}
     * @return a client whose endpoint is that path
     */
    public ServiceClient client(String service, String endpointPath) {
        return client(service, "RegionOne", endpointPath);
    }

    /** Answers a GET of exactly this URL (path and query, encoded) with a JSON body. */
    public void page(String url, String json) {
        server.stubFor(get(urlEqualTo(url)).willReturn(okJson(json)));
    }

    /** Answers a GET of exactly this URL with a status and no body. */
    public void status(String url, int status) {
        server.stubFor(get(urlEqualTo(url)).willReturn(aResponse().withStatus(status)));
    }

    /** @return the absolute form of a path on the stub, as a server writes its links */
    public String absolute(String url) {
        return server.baseUrl() + url;
    }

    /** @return the URLs asked for (path and query, encoded), oldest first */
    public List<String> urls() {
        // WireMock lists the newest first
        List<String> all = new ArrayList<>(server.getAllServeEvents().stream()
                .map(event -> event.getRequest().getUrl()).toList());
        Collections.reverse(all);
        return all;
    }

    /** Forgets the stubbed pages and the requests received. */
    public void reset() {
        server.resetAll();
    }
}
