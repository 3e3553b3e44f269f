package org.cloudsdk.octavia;

/**
 * Where Octavia's API is under its catalog URL. Catalogs list Octavia without its version
 * ({@code http://host:9876}, {@code https://host/load-balancer}), and requests go to
 * {@code <endpoint>/v2/lbaas/...}; an endpoint listed with {@code /v2} or {@code /v2.0} already
 * is the API's root, and its version document is one level up.
 */
final class OctaviaPaths {

    /** @return the path prefix of the API under this endpoint: {@code /v2}, or none when the URL has it */
    String prefix(String endpointUrl) {
        return versionSuffix(trim(endpointUrl)) > 0 ? "" : "/v2";
    }

    /** @return the URL of the endpoint's version document (its root, without {@code /v2}) */
    String versionRoot(String endpointUrl) {
        String url = trim(endpointUrl);
        int suffix = versionSuffix(url);
        return suffix > 0 ? url.substring(0, url.length() - suffix) : url;
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static int versionSuffix(String url) {
        if (url.endsWith("/v2")) {
            return 3;
        }
        return url.endsWith("/v2.0") ? 5 : 0;
    }
}
