package org.cloudsdk.network;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The optional fields of a Neutron port, for {@link Ports#create(String, PortOptions)} and
 * {@link Ports#update(String, PortOptions)}: only those set are sent.
 *
 * <pre>{@code
 * PortOptions options = PortOptions.builder().name("web-port").fixedIp(subnet.id(), "192.168.0.10")
 *         .securityGroups(List.of(group.id())).build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class PortOptions extends FieldOptions {

    private static final PortOptions DEFAULTS = builder().build();

    private PortOptions(ObjectNode fields) {
        super(fields);
    }

    /** @return no field set: an address from each subnet, the default security group */
    public static PortOptions defaults() {
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

    /** @return the name, if set */
    public Optional<String> name() {
        return text("name");
    }

    /** @return the description, if set */
    public Optional<String> description() {
        return text("description");
    }

    /** @return the security groups, if set */
    public List<String> securityGroups() {
        return texts("security_groups");
    }

    /** @return whether it is administratively up, if set */
    public Optional<Boolean> adminStateUp() {
        return flag("admin_state_up");
    }

    /** @return whether port security is on, if set */
    public Optional<Boolean> portSecurityEnabled() {
        return flag("port_security_enabled");
    }

    /** Builder of {@link PortOptions}. */
    public static final class Builder {

        private final ObjectNode fields;

        private Builder(ObjectNode fields) {
            this.fields = fields;
        }

        /** @param value the name @return this builder */
        public Builder name(String value) {
            fields.put("name", NeutronChecks.text(value, "name"));
            return this;
        }

        /** @param value a description (may be empty) @return this builder */
        public Builder description(String value) {
            fields.put("description", Objects.requireNonNull(value, "description must not be null"));
            return this;
        }

        /**
         * Asks for an address on a subnet; call once per address.
         *
         * @param subnetId the subnet
         * @param ipAddress the address wanted
         * @return this builder
         */
        public Builder fixedIp(String subnetId, String ipAddress) {
            ArrayNode ips = fields.has("fixed_ips") ? (ArrayNode) fields.get("fixed_ips") : fields.putArray("fixed_ips");
            ips.addObject().put("subnet_id", NeutronChecks.text(subnetId, "subnetId"))
                    .put("ip_address", NeutronChecks.text(ipAddress, "ipAddress"));
            return this;
        }

        /** @param value the ids of its security groups (empty: none) @return this builder */
        public Builder securityGroups(List<String> value) {
            Objects.requireNonNull(value, "securityGroups must not be null");
            ArrayNode groups = fields.putArray("security_groups");
            value.forEach(group -> groups.add(NeutronChecks.text(group, "securityGroups element")));
            return this;
        }

        /** @param value whether it is administratively up @return this builder */
        public Builder adminStateUp(boolean value) {
            fields.put("admin_state_up", value);
            return this;
        }

        /** @param value whether port security (security groups, anti-spoofing) is on @return this builder */
        public Builder portSecurityEnabled(boolean value) {
            fields.put("port_security_enabled", value);
            return this;
        }

        /** @return the options */
        public PortOptions build() {
            return new PortOptions(fields);
        }
    }
}
