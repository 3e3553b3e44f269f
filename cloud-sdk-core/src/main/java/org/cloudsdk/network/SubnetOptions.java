package org.cloudsdk.network;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The optional fields of a Neutron subnet, for {@link Subnets#create(String, String, SubnetOptions)}
 * and {@link Subnets#update(String, SubnetOptions)}: only those set are sent.
 *
 * <pre>{@code
 * SubnetOptions options = SubnetOptions.builder().name("web").gatewayIp("192.168.0.1")
 *         .dnsNameservers(List.of("192.168.0.53")).build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class SubnetOptions extends FieldOptions {

    private static final SubnetOptions DEFAULTS = builder().build();

    private SubnetOptions(ObjectNode fields) {
        super(fields);
    }

    /** @return no field set: Neutron's defaults (DHCP on, the first address as gateway) */
    public static SubnetOptions defaults() {
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

    /** @return the gateway's address, if set; empty also when {@link #noGateway()} */
    public Optional<String> gatewayIp() {
        return text("gateway_ip");
    }

    /** @return whether the subnet is to have no gateway */
    public boolean noGateway() {
        return has("gateway_ip") && gatewayIp().isEmpty();
    }

    /** @return whether DHCP is on, if set */
    public Optional<Boolean> enableDhcp() {
        return flag("enable_dhcp");
    }

    /** @return the DNS servers, if set */
    public List<String> dnsNameservers() {
        return texts("dns_nameservers");
    }

    /** Builder of {@link SubnetOptions}. */
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
         * @param value the gateway's address, inside the subnet's range (Neutron checks that)
         * @return this builder
         */
        public Builder gatewayIp(String value) {
            fields.put("gateway_ip", NeutronChecks.text(value, "gatewayIp"));
            return this;
        }

        /** A subnet without a gateway ({@code "gateway_ip": null}). @return this builder */
        public Builder noGateway() {
            fields.putNull("gateway_ip");
            return this;
        }

        /** @param value whether Neutron serves DHCP on it @return this builder */
        public Builder enableDhcp(boolean value) {
            fields.put("enable_dhcp", value);
            return this;
        }

        /** @param value the DNS servers' addresses @return this builder */
        public Builder dnsNameservers(List<String> value) {
            Objects.requireNonNull(value, "dnsNameservers must not be null");
            ArrayNode servers = fields.putArray("dns_nameservers");
            value.forEach(server -> servers.add(NeutronChecks.text(server, "dnsNameservers element")));
            return this;
        }

        /** @return the options */
        public SubnetOptions build() {
            return new SubnetOptions(fields);
        }
    }
}
