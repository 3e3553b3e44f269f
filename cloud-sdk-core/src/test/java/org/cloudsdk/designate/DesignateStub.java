package org.cloudsdk.designate;

import java.time.Duration;

import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.ServiceStub;
import org.cloudsdk.wait.WaitOptions;

/**
 * A WireMock Designate for the request tests: the catalog lists it by its root (as Designate's own
 * {@code http://host:9001/} and devstack's {@code http://host/dns}), so the client speaks to
 * {@value #V2}; a fixed token; the requests received, oldest first. A request no stub answers gets
 * WireMock's 404, so an unexpected request fails the test.
 */
final class DesignateStub extends ServiceStub {

    /** The catalog's endpoint path. */
    static final String ROOT = "/dns";
    /** Where the client sends its requests. */
    static final String V2 = ROOT + "/v2";
    static final String TOKEN = "tk-designate";
    /** Fast waits: the stubs answer at once. */
    static final WaitOptions FAST = WaitOptions.builder().interval(Duration.ofMillis(10))
            .deadline(Duration.ofSeconds(5)).build();

    DesignateStub() {
        super(TOKEN);
    }

    /** @return a client of the stub, built as the context builds it (from the catalog's root URL) */
    Designate designate() {
        ServiceClient raw = client("designate", "RegionOne", ROOT + "/");
        return new Designate(DesignateEndpoint.versioned(raw));
    }

    /** @param path a path of the API reference without {@code /v2}, such as {@code /zones} @return its full path */
    static String path(String path) {
        return V2 + path;
    }

    /** @return the base URL of links, as Designate writes them */
    String links() {
        return server.baseUrl() + V2;
    }
}
