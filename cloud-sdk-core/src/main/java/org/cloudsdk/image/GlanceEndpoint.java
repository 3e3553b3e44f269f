package org.cloudsdk.image;

import java.net.URI;

import org.cloudsdk.http.ServiceClient;

/**
 * Where Glance's v2 API is: catalogs list Glance by its root ({@code http://host:9292}, devstack's
 * {@code http://host/image}), Rackspace by its v2 URL ({@code https://iad.images.api.rackspacecloud.com/v2}).
 * The image client sends every request relative to the v2 URL, so its paths are the API's own
 * ({@code /images}, {@code /tasks}) whatever the catalog says.
 */
final class GlanceEndpoint {

    private GlanceEndpoint() {
    }

    /**
     * @param raw the client of the catalog's image endpoint
     * @return a client of the same session, region and interface whose endpoint is the v2 URL
     */
    static ServiceClient versioned(ServiceClient raw) {
        return new ServiceClient(raw.transport(), raw.session(), raw.service(), raw.region(), raw.endpointInterface(),
                () -> raw.endpointUrlAsync().map(GlanceEndpoint::v2)).withHeaders(raw.headers())
                .forWorkload(raw.workload());
    }

    /**
     * @param endpoint the catalog's URL
     * @return the URL itself when its path has a {@code v2} segment already, else the URL with {@code /v2} added
     */
    static String v2(String endpoint) {
        String base = endpoint;
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String path = URI.create(base).getRawPath();
        if (path != null && path.matches("(.*/)?v2(\\.\\d+)?(/.*)?")) {
            return base;
        }
        return base + "/v2";
    }
}
