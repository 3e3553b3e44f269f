package org.cloudsdk.network;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** A rule of a Neutron security group: which traffic its ports accept or send. */
public final class SecurityGroupRule extends Resource<SecurityGroupRule> {

    private final Networks networks;
    private final SecurityGroupRuleFields fields;

    SecurityGroupRule(Networks networks, JsonNode json) {
        super(json);
        this.networks = Objects.requireNonNull(networks, "networks must not be null");
        this.fields = readFields(SecurityGroupRuleFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return the group it belongs to */
    public @Nullable String securityGroupId() {
        return fields.securityGroupId();
    }

    /** @return {@code ingress} or {@code egress} */
    public @Nullable String direction() {
        return fields.direction();
    }

    /** @return {@code IPv4} or {@code IPv6} */
    public @Nullable String ethertype() {
        return fields.ethertype();
    }

    /** @return the protocol, or empty for any */
    public Optional<String> protocol() {
        return Optional.ofNullable(fields.protocol());
    }

    /** @return the lowest port, if the rule has a range */
    public Optional<Integer> portRangeMin() {
        return Optional.ofNullable(fields.portRangeMin());
    }

    /** @return the highest port, if the rule has a range */
    public Optional<Integer> portRangeMax() {
        return Optional.ofNullable(fields.portRangeMax());
    }

    /** @return the address prefix of the other end, if any */
    public Optional<String> remoteIpPrefix() {
        return Optional.ofNullable(fields.remoteIpPrefix());
    }

    /** @return the group of the other end, if any */
    public Optional<String> remoteGroupId() {
        return Optional.ofNullable(fields.remoteGroupId());
    }

    /** Deletes the rule. */
    public void delete() {
        networks.securityGroups().deleteRule(id());
    }

    @Override
    public CompletableFuture<SecurityGroupRule> reloadAsync() {
        return networks.securityGroups().getRuleAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "security_group_rule";
    }

    @Override
    public String toString() {
        return "SecurityGroupRule[id=" + id() + ", " + direction() + " " + ethertype() + " "
                + protocol().orElse("any") + portRangeMin().map(min -> " " + min + "-" + portRangeMax().orElse(min))
                        .orElse("")
                + remoteIpPrefix().map(prefix -> " from " + prefix).orElse("") + "]";
    }
}
