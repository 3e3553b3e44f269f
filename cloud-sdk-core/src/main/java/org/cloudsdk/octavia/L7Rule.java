package org.cloudsdk.octavia;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;

/**
 * A rule of an Octavia L7 policy: a request matches when its {@link #type()} part compares to
 * {@link #value()} as {@link #compareType()} says (or does not, when {@link #invert()}). The
 * snapshot knows its policy, which Octavia's rule documents do not name.
 */
public final class L7Rule extends OctaviaResource<L7Rule> {

    private final String l7PolicyId;
    private final L7RuleFields fields;

    L7Rule(Octavia octavia, String l7PolicyId, JsonNode json) {
        super(octavia, json);
        this.l7PolicyId = Objects.requireNonNull(l7PolicyId, "l7PolicyId must not be null");
        this.fields = readFields(L7RuleFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return the policy it belongs to */
    public String l7PolicyId() {
        return l7PolicyId;
    }

    /** @return what part of the request it compares */
    public L7RuleType type() {
        return fields.type() == null ? L7RuleType.UNKNOWN : fields.type();
    }

    /** @return how it compares */
    public L7CompareType compareType() {
        return fields.compareType() == null ? L7CompareType.UNKNOWN : fields.compareType();
    }

    /** @return the header, cookie or DN field it reads, for the types that name one */
    public Optional<String> key() {
        return Optional.ofNullable(fields.key());
    }

    /** @return the value it compares with */
    public String value() {
        return fields.value() == null ? "" : fields.value();
    }

    /** @return whether a match is a mismatch and the other way round */
    public boolean invert() {
        return fields.invert();
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
    public CompletableFuture<L7Rule> reloadAsync() {
        return octavia().l7Rules().getAsync(l7PolicyId, id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "l7rule";
    }

    /**
     * @param options the fields to change; unset ones are left as they are
     * @return the rule as the update answered it
     */
    public L7Rule update(L7RuleOptions options) {
        return octavia().l7Rules().update(l7PolicyId, id(), options);
    }

    /** Deletes it. */
    public void delete() {
        octavia().l7Rules().delete(l7PolicyId, id());
    }

    @Override
    public String toString() {
        return "L7Rule[id=" + id() + ", " + type() + (fields.key() == null ? "" : " " + fields.key()) + " "
                + (invert() ? "NOT " : "") + compareType() + " '" + value() + "', " + provisioningStatus() + "]";
    }
}
