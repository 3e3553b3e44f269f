package org.cloudsdk.identity;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One URL of a service in the catalog.
 *
 * @param catalogType the service's catalog type, such as {@code object-store}
 * @param serviceName the service's name in the catalog, such as {@code cloudFiles}, or null
 * @param region the region, or null for services without one (Rackspace DNS, monitoring)
 * @param endpointInterface public, internal or admin
 * @param url the URL
 * @param tenantId the tenant the URL belongs to, when the catalog says (v2.0), else null
 */
public record Endpoint(String catalogType, @Nullable String serviceName, @Nullable String region,
        EndpointInterface endpointInterface, String url, @Nullable String tenantId) {

    /** Checks the required values. */
    public Endpoint {
        Objects.requireNonNull(catalogType, "catalogType must not be null");
        Objects.requireNonNull(endpointInterface, "endpointInterface must not be null");
        Objects.requireNonNull(url, "url must not be null");
    }
}
