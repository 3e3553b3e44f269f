package org.cloudsdk.network;

import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

/**
 * The Neutron fields of {@link Networks#createNetwork(String, NetworkOptions)} and
 * {@link Networks#updateNetwork(String, NetworkOptions)}: only those set are sent.
 *
 * <pre>{@code
 * NetworkOptions external = NetworkOptions.builder().external(true).build();   // an administrator's
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class NetworkOptions extends FieldOptions {

    private static final NetworkOptions DEFAULTS = builder().build();

    private NetworkOptions(ObjectNode fields) {
        super(fields);
    }

    /** @return no field set */
    public static NetworkOptions defaults() {
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

    /** @return whether the network is administratively up, if set */
    public Optional<Boolean> adminStateUp() {
        return flag("admin_state_up");
    }

    /** @return whether every project may use it, if set */
    public Optional<Boolean> shared() {
        return flag("shared");
    }

    /** @return whether it is external ({@code router:external}), if set */
    public Optional<Boolean> external() {
        return flag("router:external");
    }

    /** @return whether its ports have port security by default, if set */
    public Optional<Boolean> portSecurityEnabled() {
        return flag("port_security_enabled");
    }

    /** Builder of {@link NetworkOptions}. */
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
            fields.put("description", java.util.Objects.requireNonNull(value, "description must not be null"));
            return this;
        }

        /** @param value whether it is administratively up @return this builder */
        public Builder adminStateUp(boolean value) {
            fields.put("admin_state_up", value);
            return this;
        }

        /** @param value whether every project may use it (an administrator's choice) @return this builder */
        public Builder shared(boolean value) {
            fields.put("shared", value);
            return this;
        }

        /**
         * @param value whether it is an external network, whose addresses routers' gateways and
         *     floating IPs take (an administrator's choice)
         * @return this builder
         */
        public Builder external(boolean value) {
            fields.put("router:external", value);
            return this;
        }

        /** @param value whether its ports have port security by default @return this builder */
        public Builder portSecurityEnabled(boolean value) {
            fields.put("port_security_enabled", value);
            return this;
        }

        /** @return the options */
        public NetworkOptions build() {
            return new NetworkOptions(fields);
        }
    }
}
