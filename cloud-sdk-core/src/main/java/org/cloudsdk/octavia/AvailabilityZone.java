package org.cloudsdk.octavia;

import java.util.Objects;

import org.cloudsdk.model.JsonModels;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * An Octavia availability zone (API 2.14), named by
 * {@link LoadBalancerOptions.Builder#availabilityZone(String)}. Immutable.
 */
public final class AvailabilityZone {

    private final CatalogFields.ZoneFields fields;

    AvailabilityZone(JsonNode json) {
        this.fields = Objects.requireNonNull(JsonModels.read(json, CatalogFields.ZoneFields.class),
                "an availability zone");
    }

    /** @return its name, which is its id */
    public String name() {
        return fields.name();
    }

    /** @return its description */
    public String description() {
        return fields.description() == null ? "" : fields.description();
    }

    /** @return whether new load balancers may use it */
    public boolean enabled() {
        return !Boolean.FALSE.equals(fields.enabled());
    }

    /** @return the profile holding its provider options (readable by administrators) */
    public String availabilityZoneProfileId() {
        return fields.availabilityZoneProfileId() == null ? "" : fields.availabilityZoneProfileId();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AvailabilityZone that && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "AvailabilityZone[name=" + name() + ", enabled=" + enabled() + "]";
    }
}
