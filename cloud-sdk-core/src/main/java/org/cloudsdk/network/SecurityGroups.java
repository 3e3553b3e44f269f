package org.cloudsdk.network;

import java.util.List;
import java.util.Objects;

import org.cloudsdk.paging.Listing;

import reactor.core.publisher.Mono;

import tools.jackson.databind.node.ObjectNode;

/**
 * Neutron's security groups and their rules ({@code networks.securityGroups()}): groups are
 * listed, read, created, updated and deleted; rules are listed, read, created and deleted
 * (Neutron does not change a rule: delete it and add another).
 */
public final class SecurityGroups {

    private final NeutronCollection<SecurityGroup> groups;
    private final NeutronCollection<SecurityGroupRule> rules;

    SecurityGroups(Networks networks) {
        this.groups = new NeutronCollection<>(networks, "/security-groups", "security_group", "security_groups",
                "SecurityGroup", SecurityGroup::new);
        this.rules = new NeutronCollection<>(networks, "/security-group-rules", "security_group_rule",
                "security_group_rules", "SecurityGroupRule", SecurityGroupRule::new);
    }

    /** @return every security group the project sees */
    public List<SecurityGroup> list() {
        return list(NeutronListOptions.defaults());
    }

    /** @param options filters ({@code name}...) and paging @return the matching groups */
    public List<SecurityGroup> list(NeutronListOptions options) {
        return groups.list(options);
    }

    /** @param options filters and paging @return the lazy listing */
    public Listing<SecurityGroup> listing(NeutronListOptions options) {
        return groups.listing(options);
    }

    /** @param securityGroupId the group's id @return the group, with its rules */
    public SecurityGroup get(String securityGroupId) {
        return groups.get(securityGroupId);
    }

    Mono<SecurityGroup> getAsync(String securityGroupId) {
        return groups.getAsync(securityGroupId);
    }

    /** @param name its name @return the new group, with Neutron's default egress rules */
    public SecurityGroup create(String name) {
        return create(name, SecurityGroupOptions.defaults());
    }

    /**
     * @param name its name (a name in the options is replaced by this one)
     * @param options its description
     * @return the new group, with Neutron's default egress rules
     */
    public SecurityGroup create(String name, SecurityGroupOptions options) {
        String checked = NeutronChecks.text(name, "name");
        Objects.requireNonNull(options, "options must not be null");
        ObjectNode fields = options.fields();
        fields.put("name", checked);
        return groups.create(fields);
    }

    /**
     * @param securityGroupId the group's id
     * @param options the fields to change
     * @return the group after the change
     */
    public SecurityGroup update(String securityGroupId, SecurityGroupOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        return groups.update(securityGroupId, options.fields());
    }

    /** @param securityGroupId the group to delete, with its rules (refused while ports use it) */
    public void delete(String securityGroupId) {
        groups.delete(securityGroupId);
    }

    /** @return every rule the project sees */
    public List<SecurityGroupRule> listRules() {
        return listRules(NeutronListOptions.defaults());
    }

    /** @param options filters ({@code security_group_id}, {@code direction}...) and paging @return the matching rules */
    public List<SecurityGroupRule> listRules(NeutronListOptions options) {
        return rules.list(options);
    }

    /** @param ruleId the rule's id @return the rule */
    public SecurityGroupRule getRule(String ruleId) {
        return rules.get(ruleId);
    }

    Mono<SecurityGroupRule> getRuleAsync(String ruleId) {
        return rules.getAsync(ruleId);
    }

    /**
     * @param securityGroupId the group to add it to
     * @param options the rule
     * @return the new rule
     * @throws org.cloudsdk.errors.ConflictException when the group has the same rule already
     */
    public SecurityGroupRule createRule(String securityGroupId, SecurityGroupRuleOptions options) {
        String group = NeutronChecks.text(securityGroupId, "securityGroupId");
        Objects.requireNonNull(options, "options must not be null");
        ObjectNode fields = options.fields();
        fields.put("security_group_id", group);
        return rules.create(fields);
    }

    /** @param ruleId the rule to delete */
    public void deleteRule(String ruleId) {
        rules.delete(ruleId);
    }
}
