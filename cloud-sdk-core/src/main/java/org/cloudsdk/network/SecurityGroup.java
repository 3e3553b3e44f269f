package org.cloudsdk.network;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A Neutron security group: the rules of the traffic its ports accept and send. A server joins
 * it by name at creation ({@code ServerCreateOptions.builder().securityGroups(...)}) or through
 * its ports.
 */
public final class SecurityGroup extends Resource<SecurityGroup> {

    private final Networks networks;
    private final SecurityGroupFields fields;

    SecurityGroup(Networks networks, JsonNode json) {
        super(json);
        this.networks = Objects.requireNonNull(networks, "networks must not be null");
        this.fields = readFields(SecurityGroupFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its name */
    public @Nullable String name() {
        return fields.name();
    }

    /** @return its description, if any */
    public Optional<String> description() {
        return Optional.ofNullable(fields.description()).filter(text -> !text.isEmpty());
    }

    /** @return the project it belongs to, if reported */
    public Optional<String> projectId() {
        return Optional.ofNullable(fields.projectId());
    }

    /** @return its rules, as this snapshot lists them (Neutron adds two egress rules to a new group) */
    public List<SecurityGroupRule> rules() {
        return fields.securityGroupRules().stream().map(json -> new SecurityGroupRule(networks, json)).toList();
    }

    /**
     * @param options the rule
     * @return the new rule (this snapshot does not list it: reload)
     */
    public SecurityGroupRule addRule(SecurityGroupRuleOptions options) {
        return networks.securityGroups().createRule(id(), options);
    }

    /** @param options the fields to change @return the group after the change */
    public SecurityGroup update(SecurityGroupOptions options) {
        return networks.securityGroups().update(id(), options);
    }

    /** Deletes the group (refused while ports use it). */
    public void delete() {
        networks.securityGroups().delete(id());
    }

    @Override
    public CompletableFuture<SecurityGroup> reloadAsync() {
        return networks.securityGroups().getAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "security_group";
    }

    @Override
    public String toString() {
        return "SecurityGroup[id=" + id() + ", name=" + name() + ", rules=" + fields.securityGroupRules().size() + "]";
    }
}
