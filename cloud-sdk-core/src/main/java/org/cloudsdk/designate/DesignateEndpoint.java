package org.cloudsdk.designate;

import java.net.URI;

import org.cloudsdk.http.ServiceClient;

/**
 * Where Designate's v2 API is: catalogs list Designate by its root ({@code http://host:9001},
 * devstack's {@code http://host/dns}), some by the v2 URL itself. The client sends every request
 * relative to the v2 URL, so its paths are the API reference's without the {@code /v2} prefix.
 */
final class DesignateEndpoint {

    private DesignateEndpoint() {
    }

    /**
     * @param raw the client of the catalog's dns endpoint
     * @return a client of the same session, region and interface whose endpoint is the v2 URL
     */
    static ServiceClient versioned(ServiceClient raw) {
        return new ServiceClient(raw.transport(), raw.session(), raw.service(), raw.region(), raw.endpointInterface(),
                () -> raw.endpointUrlAsync().map(DesignateEndpoint::v2)).withHeaders(raw.headers())
                .forWorkload(raw.workload());
    }

    /**
     * @param endpoint the catalog's URL
     * @return the URL itself when its path ends with a {@code v2} segment, else the URL with {@code /v2} added
     */
    static String v2(String endpoint) {
        String base = endpoint;
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String path = URI.create(base).getRawPath();
        if (path != null && path.matches("(.*/)?v2")) {
            return base;
        }
        return base + "/v2";
    }
}
