package org.cloudsdk.network;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

/**
 * A Neutron security group rule to add, for {@link SecurityGroups#createRule(String, SecurityGroupRuleOptions)}:
 * direction (ingress by default), IP version, protocol, port range, and where the traffic may come
 * from (an address prefix or another group). Checked before the request: ports need TCP, UDP or
 * SCTP and run from 1 to 65535, min not above max; a prefix is an address prefix of the rule's IP
 * version; a rule has a remote prefix or a remote group, not both.
 *
 * <pre>{@code
 * SecurityGroupRuleOptions ssh = SecurityGroupRuleOptions.builder()
 *         .protocol("tcp").portRange(22, 22).remoteIpPrefix("0.0.0.0/0").build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class SecurityGroupRuleOptions extends FieldOptions {

    private SecurityGroupRuleOptions(ObjectNode fields) {
        super(fields);
    }

    /** @return an ingress rule of any protocol from anywhere of IPv4, as built without settings */
    public static SecurityGroupRuleOptions defaults() {
        return builder().build();
    }

    /** @return a builder of an ingress rule */
    public static Builder builder() {
        return new Builder(empty());
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        return new Builder(fields());
    }

    /** @return the direction */
    public RuleDirection direction() {
        return RuleDirection.valueOf(text("direction").orElse("ingress").toUpperCase(Locale.ROOT));
    }

    /** @return {@code IPv4} or {@code IPv6} */
    public String ethertype() {
        return text("ethertype").orElse("IPv4");
    }

    /** @return the protocol, if set (any otherwise) */
    public Optional<String> protocol() {
        return text("protocol");
    }

    /** @return the lowest port, if set */
    public Optional<Integer> portRangeMin() {
        return number("port_range_min");
    }

    /** @return the highest port, if set */
    public Optional<Integer> portRangeMax() {
        return number("port_range_max");
    }

    /** @return the address prefix the traffic may come from (or go to), if set */
    public Optional<String> remoteIpPrefix() {
        return text("remote_ip_prefix");
    }

    /** @return the group whose ports the traffic may come from, if set */
    public Optional<String> remoteGroupId() {
        return text("remote_group_id");
    }

    /** Builder of {@link SecurityGroupRuleOptions}. */
    public static final class Builder {

        private final ObjectNode fields;

        private Builder(ObjectNode fields) {
            this.fields = fields;
        }

        /** @param value ingress or egress @return this builder */
        public Builder direction(RuleDirection value) {
            fields.put("direction", Objects.requireNonNull(value, "direction must not be null").apiName());
            return this;
        }

        /** @param ipv6 true for an IPv6 rule, false for IPv4 (the default) @return this builder */
        public Builder ipv6(boolean ipv6) {
            fields.put("ethertype", ipv6 ? "IPv6" : "IPv4");
            return this;
        }

        /**
         * @param value {@code tcp}, {@code udp}, {@code icmp}, {@code icmpv6}, another protocol
         *     name Neutron knows, or a protocol number 0 to 255
         * @return this builder
         */
        public Builder protocol(String value) {
            String protocol = NeutronChecks.text(value, "protocol").toLowerCase(Locale.ROOT);
            if (protocol.matches("[0-9]+") && Integer.parseInt(protocol) > 255) {
                throw new IllegalArgumentException("protocol must be a name or a number 0 to 255, was " + value);
            }
            fields.put("protocol", protocol);
            return this;
        }

        /**
         * @param min the lowest port, 1 to 65535
         * @param max the highest port, {@code min} to 65535
         * @return this builder
         */
        public Builder portRange(int min, int max) {
            if (min < 1 || min > 65535) {
                throw new IllegalArgumentException("portRangeMin must be 1 to 65535, was " + min);
            }
            if (max < min || max > 65535) {
                throw new IllegalArgumentException("portRangeMax must be " + min + " (portRangeMin) to 65535, was "
                        + max);
            }
            fields.put("port_range_min", min);
            fields.put("port_range_max", max);
            return this;
        }

        /** @param value an address prefix, such as {@code 0.0.0.0/0} or {@code 203.0.113.7/32} @return this builder */
        public Builder remoteIpPrefix(String value) {
            fields.put("remote_ip_prefix", Cidr.prefix(value, "remoteIpPrefix").text());
            return this;
        }

        /** @param value the security group whose ports the traffic may come from @return this builder */
        public Builder remoteGroupId(String value) {
            fields.put("remote_group_id", NeutronChecks.text(value, "remoteGroupId"));
            return this;
        }

        /** @param value a description (may be empty) @return this builder */
        public Builder description(String value) {
            fields.put("description", Objects.requireNonNull(value, "description must not be null"));
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException when the settings contradict each other
         */
        public SecurityGroupRuleOptions build() {
            ObjectNode checked = fields.deepCopy();
            if (!checked.has("direction")) {
                checked.put("direction", RuleDirection.INGRESS.apiName());
            }
            String prefix = checked.has("remote_ip_prefix") ? checked.get("remote_ip_prefix").asString() : null;
            if (prefix != null && checked.has("remote_group_id")) {
                throw new IllegalArgumentException("remoteIpPrefix and remoteGroupId exclude each other; give one");
            }
            int prefixVersion = prefix == null ? 0 : Cidr.prefix(prefix, "remoteIpPrefix").ipVersion();
            if (!checked.has("ethertype")) {
                checked.put("ethertype", prefixVersion == 6 ? "IPv6" : "IPv4");
            } else if (prefixVersion != 0 && !checked.get("ethertype").asString().equals("IPv" + prefixVersion)) {
                throw new IllegalArgumentException("remoteIpPrefix " + prefix + " is IPv" + prefixVersion
                        + " but the rule is " + checked.get("ethertype").asString());
            }
            if (checked.has("port_range_min")) {
                String protocol = checked.has("protocol") ? checked.get("protocol").asString() : "";
                if (!(protocol.equals("tcp") || protocol.equals("udp") || protocol.equals("sctp")
                        || protocol.equals("6") || protocol.equals("17") || protocol.equals("132"))) {
                    throw new IllegalArgumentException("portRange needs protocol tcp, udp or sctp, was "
                            + (protocol.isEmpty() ? "none" : protocol));
                }
            }
            return new SecurityGroupRuleOptions(checked);
        }
    }
}
