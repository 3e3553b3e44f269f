package org.cloudsdk.image;

import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.ServiceStub;
import org.cloudsdk.objectstorage.ObjectStorage;

import reactor.core.publisher.Mono;

/**
 * A WireMock Glance for the image request tests: the catalog lists it by its root
 * ({@value #ROOT}, as devstack does), so the client must add {@code /v2}; a Swift account at
 * {@value #SWIFT} for the tasks' container checks; a fixed token and project. A request no stub
 * answers gets WireMock's 404, so an unexpected request fails the test.
 */
final class GlanceStub extends ServiceStub {

    /** The image endpoint as the catalog writes it: Glance's root, without a version. */
    static final String ROOT = "/image";
    /** Where the client sends its requests. */
    static final String V2 = ROOT + "/v2";
    static final String SWIFT = "/swift/v1/AUTH_demo";
    static final String TOKEN = "tk-glance";
    static final String PROJECT = "36fa3f946ec541a39c0cbf008f802034";

    GlanceStub() {
        super(TOKEN);
    }

    /** @return a client of the stub, the catalog listing Glance by its root */
    Images images() {
        return images(server.baseUrl() + ROOT);
    }

    /** @param endpoint the catalog's image URL @return a client of it */
    Images images(String endpoint) {
        ServiceClient raw = clientAt(transport(), "image", "RegionOne", endpoint);
        ServiceClient swift = client("object_store", "RegionOne", SWIFT);
        ObjectStorage storage = ObjectStorage.of(swift);
        return new Images(GlanceEndpoint.versioned(raw), () -> Mono.just(PROJECT), () -> storage);
    }

    /** @param path a path of the API, such as {@code /images} @return its full path on the stub */
    static String path(String path) {
        return V2 + path;
    }
}
