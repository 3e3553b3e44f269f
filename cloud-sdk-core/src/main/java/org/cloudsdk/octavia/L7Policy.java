package org.cloudsdk.octavia;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;

/**
 * An Octavia L7 policy of a listener: what to do ({@link #action()}) with the HTTP requests all
 * of its rules match, at its {@link #position()} among the listener's policies. An immutable
 * snapshot; {@link #reload()} returns a fresh one.
 */
public final class L7Policy extends OctaviaResource<L7Policy> {

    private final L7PolicyFields fields;

    L7Policy(Octavia octavia, JsonNode json) {
        super(octavia, json);
        this.fields = readFields(L7PolicyFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its description; empty when it has none */
    public String description() {
        return fields.description() == null ? "" : fields.description();
    }

    /** @return the listener it belongs to */
    public String listenerId() {
        return fields.listenerId() == null ? "" : fields.listenerId();
    }

    /** @return what it does with matching requests */
    public L7PolicyAction action() {
        return fields.action() == null ? L7PolicyAction.UNKNOWN : fields.action();
    }

    /** @return its position among the listener's policies, from 1 */
    public int position() {
        return fields.position();
    }

    /** @return the pool of a REDIRECT_TO_POOL policy */
    public Optional<String> redirectPoolId() {
        return Optional.ofNullable(fields.redirectPoolId());
    }

    /** @return the URL of a REDIRECT_TO_URL policy */
    public Optional<String> redirectUrl() {
        return Optional.ofNullable(fields.redirectUrl());
    }

    /** @return the prefix of a REDIRECT_PREFIX policy */
    public Optional<String> redirectPrefix() {
        return Optional.ofNullable(fields.redirectPrefix());
    }

    /** @return the status of its redirects (API 2.9; default 302) */
    public Optional<Integer> redirectHttpCode() {
        return Optional.ofNullable(fields.redirectHttpCode());
    }

    /** @return the ids of its rules */
    public List<String> ruleIds() {
        return fields.rules().stream().map(IdRef::id).toList();
    }

    /** @return when it was created */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(fields.createdAt());
    }

    /** @return when it last changed */
    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(fields.updatedAt());
    }

    @Override
    public CompletableFuture<L7Policy> reloadAsync() {
        return octavia().l7Policies().getAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "l7policy";
    }

    /**
     * @param options the fields to change; unset ones are left as they are
     * @return the policy as the update answered it
     */
    public L7Policy update(L7PolicyOptions options) {
        return octavia().l7Policies().update(id(), options);
    }

    /** Deletes it with its rules. */
    public void delete() {
        octavia().l7Policies().delete(id());
    }

    /**
     * @param type what part of the request to compare
     * @param compareType how to compare
     * @param value the value to compare with
     * @param options key, invert, admin state, tags
     * @return the new rule
     */
    public L7Rule createRule(L7RuleType type, L7CompareType compareType, String value, L7RuleOptions options) {
        return octavia().l7Rules().create(id(), type, compareType, value, options);
    }

    /** @return its rules, read now */
    public List<L7Rule> listRules() {
        return octavia().l7Rules().list(id());
    }

    @Override
    public String toString() {
        return "L7Policy[id=" + id() + ", name=" + name() + ", " + action() + ", position=" + position() + ", "
                + provisioningStatus() + "]";
    }
}
