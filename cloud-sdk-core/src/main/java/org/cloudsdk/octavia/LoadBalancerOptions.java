package org.cloudsdk.octavia;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The optional fields of a load balancer: for a create, and (name, description, admin state, tags,
 * QoS policy) for an update, which leaves unset fields as they are. Flavor, provider and
 * availability zone are fixed at creation: an update given them is refused before any request.
 *
 * <pre>{@code
 * LoadBalancerOptions options = LoadBalancerOptions.builder().name("web").description("front")
 *         .tags(List.of("prod")).build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class LoadBalancerOptions {

    private static final LoadBalancerOptions DEFAULTS = builder().build();

    private final @Nullable String name;
    private final @Nullable String description;
    private final @Nullable Boolean adminStateUp;
    private final @Nullable List<String> tags;
    private final @Nullable String flavorId;
    private final @Nullable String provider;
    private final @Nullable String availabilityZone;
    private final @Nullable String vipQosPolicyId;

    private LoadBalancerOptions(Builder b) {
        this.name = b.name;
        this.description = b.description;
        this.adminStateUp = b.adminStateUp;
        this.tags = b.tags;
        this.flavorId = b.flavorId;
        this.provider = b.provider;
        this.availabilityZone = b.availabilityZone;
        this.vipQosPolicyId = b.vipQosPolicyId;
    }

    /** @return no optional field: Octavia's defaults (no name, up, the default provider and flavor) */
    public static LoadBalancerOptions defaults() {
        return DEFAULTS;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.description = description;
        b.adminStateUp = adminStateUp;
        b.tags = tags;
        b.flavorId = flavorId;
        b.provider = provider;
        b.availabilityZone = availabilityZone;
        b.vipQosPolicyId = vipQosPolicyId;
        return b;
    }

    /** @return the name, if set */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the description, if set */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** @return the administrative state, if set */
    public Optional<Boolean> adminStateUp() {
        return Optional.ofNullable(adminStateUp);
    }

    /** @return the tags, if set (an empty list clears them on update) */
    public Optional<List<String>> tags() {
        return Optional.ofNullable(tags);
    }

    /** @return the flavor, if set */
    public Optional<String> flavorId() {
        return Optional.ofNullable(flavorId);
    }

    /** @return the provider driver, if set */
    public Optional<String> provider() {
        return Optional.ofNullable(provider);
    }

    /** @return the availability zone, if set */
    public Optional<String> availabilityZone() {
        return Optional.ofNullable(availabilityZone);
    }

    /** @return the VIP's QoS policy, if set */
    public Optional<String> vipQosPolicyId() {
        return Optional.ofNullable(vipQosPolicyId);
    }

    RequestFields createFields() {
        return common().put("flavor_id", flavorId, OctaviaVersions.FLAVORS).put("provider", provider)
                .put("availability_zone", availabilityZone, OctaviaVersions.AVAILABILITY_ZONES);
    }

    RequestFields updateFields() {
        for (Object[] fixed : new Object[][] {{"flavorId", flavorId}, {"provider", provider},
                {"availabilityZone", availabilityZone}}) {
            if (fixed[1] != null) {
                throw new IllegalArgumentException(fixed[0] + " is fixed when a load balancer is created and cannot"
                        + " be updated");
            }
        }
        return common();
    }

    private RequestFields common() {
        return new RequestFields().put("name", name).put("description", description)
                .put("admin_state_up", adminStateUp).put("tags", tags, OctaviaVersions.TAGS)
                .put("vip_qos_policy_id", vipQosPolicyId);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof LoadBalancerOptions o && Objects.equals(name, o.name)
                && Objects.equals(description, o.description) && Objects.equals(adminStateUp, o.adminStateUp)
                && Objects.equals(tags, o.tags) && Objects.equals(flavorId, o.flavorId)
                && Objects.equals(provider, o.provider) && Objects.equals(availabilityZone, o.availabilityZone)
                && Objects.equals(vipQosPolicyId, o.vipQosPolicyId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, adminStateUp, tags, flavorId, provider, availabilityZone,
                vipQosPolicyId);
    }

    @Override
    public String toString() {
        return "LoadBalancerOptions[name=" + name + ", description=" + description + ", adminStateUp=" + adminStateUp
                + ", tags=" + tags + ", flavorId=" + flavorId + ", provider=" + provider + ", availabilityZone="
                + availabilityZone + ", vipQosPolicyId=" + vipQosPolicyId + "]";
    }

    /** Builder of {@link LoadBalancerOptions}; each value is checked as it is set. */
    public static final class Builder {

        private @Nullable String name;
        private @Nullable String description;
        private @Nullable Boolean adminStateUp;
        private @Nullable List<String> tags;
        private @Nullable String flavorId;
        private @Nullable String provider;
        private @Nullable String availabilityZone;
        private @Nullable String vipQosPolicyId;

        private Builder() {
        }

        /** @param value at most 255 characters @return this builder */
        public Builder name(String value) {
            this.name = OctaviaChecks.shortText(value, "name");
            return this;
        }

        /** @param value at most 255 characters @return this builder */
        public Builder description(String value) {
            this.description = OctaviaChecks.shortText(value, "description");
            return this;
        }

        /** @param value false to create it (or set it) administratively down @return this builder */
        public Builder adminStateUp(boolean value) {
            this.adminStateUp = value;
            return this;
        }

        /** @param values tags of 1 to 255 characters (API 2.5) @return this builder */
        public Builder tags(Collection<String> values) {
            this.tags = OctaviaChecks.tags(values, "tags");
            return this;
        }

        /** @param value a load balancer flavor's id (API 2.6); create only @return this builder */
        public Builder flavorId(String value) {
            this.flavorId = OctaviaChecks.uuid(value, "flavorId");
            return this;
        }

        /** @param value a provider driver's name, such as {@code amphora}; create only @return this builder */
        public Builder provider(String value) {
            OctaviaChecks.text(value, "provider");
            if (value.length() > 64) {
                throw new IllegalArgumentException("provider must be at most 64 characters, was " + value.length());
            }
            this.provider = value;
            return this;
        }

        /** @param value an availability zone's name (API 2.14); create only @return this builder */
        public Builder availabilityZone(String value) {
            this.availabilityZone = OctaviaChecks.shortText(OctaviaChecks.text(value, "availabilityZone"),
                    "availabilityZone");
            return this;
        }

        /** @param value a Neutron QoS policy for the VIP port @return this builder */
        public Builder vipQosPolicyId(String value) {
            this.vipQosPolicyId = OctaviaChecks.uuid(value, "vipQosPolicyId");
            return this;
        }

        /** @return the options */
        public LoadBalancerOptions build() {
            return new LoadBalancerOptions(this);
        }
    }
}
