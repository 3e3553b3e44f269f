package org.cloudsdk.octavia;

import java.util.List;
import java.util.Objects;

import org.cloudsdk.paging.Listing;

import reactor.core.publisher.Mono;

/**
 * The rules of Octavia's L7 policies ({@code /v2/lbaas/l7policies/{l7policy_id}/rules}):
 * {@code octavia.l7Rules()}. A policy acts on the requests all of its rules match.
 */
public final class L7Rules {

    private final OctaviaCollection<L7Rule> collection;

    L7Rules(Octavia octavia) {
        this.collection = new OctaviaCollection<>(octavia, "/lbaas/l7policies/{policy}/rules", "rule", "rules",
                "L7Rule", (client, parents, json) -> new L7Rule(client, String.valueOf(parents[0]), json));
    }

    /**
     * @param l7PolicyId the policy
     * @return its rules
     */
    public List<L7Rule> list(String l7PolicyId) {
        return list(l7PolicyId, OctaviaListOptions.defaults());
    }

    /**
     * @param l7PolicyId the policy
     * @param options filters ({@code type}, {@code compare_type}...), tags and paging
     * @return the matching rules
     */
    public List<L7Rule> list(String l7PolicyId, OctaviaListOptions options) {
        return collection.list(options, parent(l7PolicyId));
    }

    /**
     * @param l7PolicyId the policy
     * @param options filters and paging
     * @return the lazy listing
     */
    public Listing<L7Rule> listing(String l7PolicyId, OctaviaListOptions options) {
        return collection.listing(options, parent(l7PolicyId));
    }

    /**
     * @param l7PolicyId the policy
     * @param ruleId the rule
     * @return a fresh snapshot
     * @throws org.cloudsdk.errors.NotFoundException when there is none
     */
    public L7Rule get(String l7PolicyId, String ruleId) {
        return collection.get(new Object[] {parent(l7PolicyId)}, ruleId);
    }

    Mono<L7Rule> getAsync(String l7PolicyId, String ruleId) {
        return collection.getAsync(new Object[] {parent(l7PolicyId)}, ruleId);
    }

    /**
     * @param l7PolicyId the policy
     * @param type what part of the request to compare
     * @param compareType how to compare
     * @param value the value to compare with, 1 to 255 characters on one line
     * @param options the key (HEADER, COOKIE, SSL_DN_FIELD), invert, admin state, tags
     * @return the new rule
     * @throws IllegalArgumentException when the type, comparison, key and value do not fit together
     */
    public L7Rule create(String l7PolicyId, L7RuleType type, L7CompareType compareType, String value,
            L7RuleOptions options) {
        String policy = parent(l7PolicyId);
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(compareType, "compareType must not be null");
        OctaviaChecks.ruleText(value, "value");
        Objects.requireNonNull(options, "options must not be null");
        for (String positional : new String[] {"type", "compare_type", "value"}) {
            if (options.fields().containsKey(positional)) {
                throw new IllegalArgumentException("the options' " + positional + " is for updates; a create takes it"
                        + " as a parameter");
            }
        }
        L7RuleOptions.checkRule(type, compareType, value, options.key().orElse(null));
        return collection.create(new Object[] {policy}, options.requestFields().put("type", type)
                .put("compare_type", compareType).put("value", value));
    }

    /**
     * @param l7PolicyId the policy
     * @param ruleId the rule
     * @param options the fields to change; unset ones are left as they are
     * @return the rule as the update answered it
     */
    public L7Rule update(String l7PolicyId, String ruleId, L7RuleOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        return collection.update(new Object[] {parent(l7PolicyId)}, ruleId, options.requestFields());
    }

    /**
     * @param l7PolicyId the policy
     * @param ruleId the rule to delete
     */
    public void delete(String l7PolicyId, String ruleId) {
        collection.delete(new Object[] {parent(l7PolicyId)}, ruleId);
    }

    private static String parent(String l7PolicyId) {
        return OctaviaChecks.text(l7PolicyId, "l7PolicyId");
    }
}
