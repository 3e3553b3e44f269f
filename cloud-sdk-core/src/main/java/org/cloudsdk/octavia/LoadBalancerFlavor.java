package org.cloudsdk.octavia;

import java.util.Objects;

import org.cloudsdk.model.JsonModels;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A load balancer flavor (API 2.6): a deployment's named set of provider options, such as an
 * active-standby topology, given to {@link LoadBalancerOptions.Builder#flavorId(String)}. Immutable.
 */
public final class LoadBalancerFlavor {

    private final CatalogFields.FlavorFields fields;

    LoadBalancerFlavor(JsonNode json) {
        this.fields = Objects.requireNonNull(JsonModels.read(json, CatalogFields.FlavorFields.class), "a flavor");
    }

    /** @return its id */
    public String id() {
        return fields.id();
    }

    /** @return its name */
    public String name() {
        return fields.name() == null ? "" : fields.name();
    }

    /** @return its description */
    public String description() {
        return fields.description() == null ? "" : fields.description();
    }

    /** @return whether new load balancers may use it */
    public boolean enabled() {
        return !Boolean.FALSE.equals(fields.enabled());
    }

    /** @return the flavor profile holding its provider options (readable by administrators) */
    public String flavorProfileId() {
        return fields.flavorProfileId() == null ? "" : fields.flavorProfileId();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof LoadBalancerFlavor that && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "LoadBalancerFlavor[id=" + id() + ", name=" + name() + ", enabled=" + enabled() + "]";
    }
}
