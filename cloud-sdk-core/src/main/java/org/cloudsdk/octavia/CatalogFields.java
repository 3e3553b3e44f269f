package org.cloudsdk.octavia;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of Octavia's read-only catalog objects, as {@link OctaviaCatalog} reads them. */
final class CatalogFields {

    private CatalogFields() {
    }

    @JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
    record FlavorFields(String id, @Nullable String name, @Nullable String description, @Nullable Boolean enabled,
            @Nullable String flavorProfileId) {
    }

    @JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
    record FlavorProfileFields(String id, @Nullable String name, @Nullable String providerName,
            @Nullable String flavorData) {
    }

    @JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
    record ZoneFields(String name, @Nullable String description, @Nullable Boolean enabled,
            @Nullable String availabilityZoneProfileId) {
    }

    @JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
    record QuotaFields(@Nullable String projectId, @Nullable Integer loadbalancer, @Nullable Integer loadBalancer,
            @Nullable Integer listener, @Nullable Integer member, @Nullable Integer pool,
            @Nullable Integer healthmonitor, @Nullable Integer healthMonitor, @Nullable Integer l7policy,
            @Nullable Integer l7rule) {
    }
}
