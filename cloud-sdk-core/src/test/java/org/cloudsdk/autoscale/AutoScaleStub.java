package org.cloudsdk.autoscale;

import org.cloudsdk.http.ServiceStub;

/**
 * A WireMock Auto Scale for the request tests: the endpoint {@value #ENDPOINT} (Rackspace's
 * {@code /v1.0/{tenantId}}) on a local port, a fixed token, and the requests it received, oldest
 * first. A request no stub answers gets WireMock's 404, so an unexpected request fails the test.
 */
final class AutoScaleStub extends ServiceStub {

    static final String ENDPOINT = "/v1.0/010101";
    static final String TOKEN = "tk-autoscale";

    final AutoScale autoscale;

    AutoScaleStub() {
        super(TOKEN);
        autoscale = new AutoScale(client("autoscale", "DFW", ENDPOINT));
    }

    /** @param path a path under the endpoint, such as {@code /groups} @return its full path */
    static String path(String path) {
        return ENDPOINT + path;
    }
}
