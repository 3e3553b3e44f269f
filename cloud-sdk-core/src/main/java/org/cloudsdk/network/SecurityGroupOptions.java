package org.cloudsdk.network;

import java.util.Objects;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

/**
 * The optional fields of a Neutron security group, for
 * {@link SecurityGroups#create(String, SecurityGroupOptions)} and
 * {@link SecurityGroups#update(String, SecurityGroupOptions)}: only those set are sent.
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class SecurityGroupOptions extends FieldOptions {

    private static final SecurityGroupOptions DEFAULTS = builder().build();

    private SecurityGroupOptions(ObjectNode fields) {
        super(fields);
    }

    /** @return no field set */
    public static SecurityGroupOptions defaults() {
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

    /** Builder of {@link SecurityGroupOptions}. */
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

        /** @return the options */
        public SecurityGroupOptions build() {
            return new SecurityGroupOptions(fields);
        }
    }
}
