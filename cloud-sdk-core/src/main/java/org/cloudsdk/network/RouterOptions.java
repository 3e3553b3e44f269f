package org.cloudsdk.network;

import java.util.Objects;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

/**
 * The optional fields of a Neutron router, for {@link Routers#create(String, RouterOptions)} and
 * {@link Routers#update(String, RouterOptions)}: only those set are sent.
 *
 * <pre>{@code
 * RouterOptions options = RouterOptions.builder().externalGateway(publicNetworkId).build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class RouterOptions extends FieldOptions {

    private static final RouterOptions DEFAULTS = builder().build();

    private RouterOptions(ObjectNode fields) {
        super(fields);
    }

    /** @return no field set: a router without a gateway */
    public static RouterOptions defaults() {
        return DEFAULTS;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder(empty());
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        return new Builder(fields());
    }

    /** @return the new name (updates; a create takes its name apart), if set */
    public Optional<String> name() {
        return text("name");
    }

    /** @return the description, if set */
    public Optional<String> description() {
        return text("description");
    }

    /** @return the external network of its gateway, if set */
    public Optional<String> externalGateway() {
        return fields().path("external_gateway_info").path("network_id").isString()
                ? Optional.of(fields().path("external_gateway_info").path("network_id").asString()) : Optional.empty();
    }

    /** @return whether it is administratively up, if set */
    public Optional<Boolean> adminStateUp() {
        return flag("admin_state_up");
    }

    /** Builder of {@link RouterOptions}. */
    public static final class Builder {

        private final ObjectNode fields;

        private Builder(ObjectNode fields) {
            this.fields = fields;
        }

        /** @param value a new name (for an update) @return this builder */
        public Builder name(String value) {
            fields.put("name", NeutronChecks.text(value, "name"));
            return this;
        }

        /** @param value a description (may be empty) @return this builder */
        public Builder description(String value) {
            fields.put("description", Objects.requireNonNull(value, "description must not be null"));
            return this;
        }

        /** @param externalNetworkId the external network its gateway is on @return this builder */
        public Builder externalGateway(String externalNetworkId) {
            fields.putObject("external_gateway_info")
                    .put("network_id", NeutronChecks.text(externalNetworkId, "externalNetworkId"));
            return this;
        }

        /** @param value whether it is administratively up @return this builder */
        public Builder adminStateUp(boolean value) {
            fields.put("admin_state_up", value);
            return this;
        }

        /** @return the options */
        public RouterOptions build() {
            return new RouterOptions(fields);
        }
    }
}
