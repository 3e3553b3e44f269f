package org.cloudsdk.octavia;

import java.util.Objects;

import org.cloudsdk.model.JsonModels;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A flavor profile: the provider and its options behind one or more flavors (Octavia's default
 * policy shows them to administrators only). Immutable.
 */
public final class FlavorProfile {

    private final CatalogFields.FlavorProfileFields fields;

    FlavorProfile(JsonNode json) {
        this.fields = Objects.requireNonNull(JsonModels.read(json, CatalogFields.FlavorProfileFields.class),
                "a flavor profile");
    }

    /** @return its id */
    public String id() {
        return fields.id();
    }

    /** @return its name */
    public String name() {
        return fields.name() == null ? "" : fields.name();
    }

    /** @return the provider driver it configures */
    public String providerName() {
        return fields.providerName() == null ? "" : fields.providerName();
    }

    /** @return the provider's options, a JSON document as text */
    public String flavorData() {
        return fields.flavorData() == null ? "" : fields.flavorData();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof FlavorProfile that && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "FlavorProfile[id=" + id() + ", name=" + name() + ", provider=" + providerName() + "]";
    }
}
