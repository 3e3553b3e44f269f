package org.cloudsdk.database;

import org.cloudsdk.http.ServiceStub;

/**
 * A WireMock Cloud Databases endpoint ({@value #ENDPOINT}, as Rackspace's catalog writes it, on a
 * local port) with a fixed token. A request no stub answers gets WireMock's 404, so an unexpected
 * request fails the test.
 */
final class TroveStub extends ServiceStub {

    static final String ENDPOINT = "/v1.0/000000";
    static final String TOKEN = "tk-trove";

    TroveStub() {
        super(TOKEN);
    }

    /** @return a client of the stub */
    Databases databases() {
        return new Databases(client("database", "ORD", ENDPOINT));
    }

    /** @param path a path under the endpoint, such as {@code /instances} @return its full path */
    static String path(String path) {
        return ENDPOINT + path;
    }
}
