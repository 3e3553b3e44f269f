package org.cloudsdk.network;

import java.util.Objects;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

/**
 * The optional fields of {@link FloatingIps#create(String, FloatingIpOptions)}: a port to
 * associate it with at once (and which of its addresses), a particular address, a description.
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class FloatingIpOptions extends FieldOptions {

    private static final FloatingIpOptions DEFAULTS = builder().build();

    private FloatingIpOptions(ObjectNode fields) {
        super(fields);
    }

    /** @return no field set: any free address, associated with nothing */
    public static FloatingIpOptions defaults() {
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

    /** @return the port to associate it with, if set */
    public Optional<String> portId() {
        return text("port_id");
    }

    /** @return which of the port's addresses, if set */
    public Optional<String> fixedIpAddress() {
        return text("fixed_ip_address");
    }

    /** @return the address asked for, if set */
    public Optional<String> floatingIpAddress() {
        return text("floating_ip_address");
    }

    /** @return the description, if set */
    public Optional<String> description() {
        return text("description");
    }

    /** Builder of {@link FloatingIpOptions}. */
    public static final class Builder {

        private final ObjectNode fields;

        private Builder(ObjectNode fields) {
            this.fields = fields;
        }

        /** @param value the port to associate it with at once @return this builder */
        public Builder portId(String value) {
            fields.put("port_id", NeutronChecks.text(value, "portId"));
            return this;
        }

        /** @param value which of the port's addresses it leads to (when the port has several) @return this builder */
        public Builder fixedIpAddress(String value) {
            fields.put("fixed_ip_address", NeutronChecks.text(value, "fixedIpAddress"));
            return this;
        }

        /** @param value the address wanted (an administrator's choice, usually) @return this builder */
        public Builder floatingIpAddress(String value) {
            fields.put("floating_ip_address", NeutronChecks.text(value, "floatingIpAddress"));
            return this;
        }

        /** @param value a description (may be empty) @return this builder */
        public Builder description(String value) {
            fields.put("description", Objects.requireNonNull(value, "description must not be null"));
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException when a fixed address is given without a port
         */
        public FloatingIpOptions build() {
            if (fields.has("fixed_ip_address") && !fields.has("port_id")) {
                throw new IllegalArgumentException("fixedIpAddress needs a portId: it picks one of the port's addresses");
            }
            return new FloatingIpOptions(fields);
        }
    }
}
