package org.cloudsdk.dns;

import java.util.List;
import java.util.Objects;

import org.cloudsdk.model.JsonModels;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One change of a domain, as {@code changesSince} reports it (pyrax's change dict): what was done
 * ({@code create}, {@code update}, {@code delete}) to what ({@code Domain}, {@code Record}...),
 * and for updates each field's old and new value. Immutable; every field of the answer is kept
 * ({@link #json()}).
 */
public final class DomainChange {

    private final JsonNode json;
    private final ChangeFields fields;

    DomainChange(JsonNode json) {
        this.json = json.deepCopy();
        this.fields = Objects.requireNonNull(JsonModels.read(json, ChangeFields.class), "a change is a JSON object");
    }

    /** @return the domain's name */
    public @Nullable String domain() {
        return fields.domain();
    }

    /** @return what was done: {@code create}, {@code update}, {@code delete} */
    public @Nullable String action() {
        return fields.action();
    }

    /** @return what it was done to: {@code Domain}, {@code Record}... */
    public @Nullable String targetType() {
        return fields.targetType();
    }

    /** @return the id of what changed */
    public @Nullable String targetId() {
        return fields.targetId();
    }

    /** @return the account */
    public @Nullable String accountId() {
        return fields.accountId();
    }

    /** @return the fields that changed, with their old and new values */
    public List<Detail> changeDetails() {
        List<Detail> details = fields.changeDetails();
        return details == null ? List.of() : details;
    }

    /** @return the change as the service sent it (a copy) */
    public JsonNode json() {
        return json.deepCopy();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DomainChange that && that.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "DomainChange[" + action() + " " + targetType() + " " + targetId() + ", " + changeDetails() + "]";
    }

    /**
     * One field of a change.
     *
     * @param field the field's name ({@code ttl}, {@code serial_number}...)
     * @param originalValue its value before
     * @param newValue its value after
     */
    public record Detail(@Nullable String field, @Nullable String originalValue, @Nullable String newValue) {
    }

    /** The typed fields of a change. */
    record ChangeFields(@Nullable String domain, @Nullable String action, @Nullable String targetType,
            @Nullable String targetId, @Nullable String accountId, @Nullable List<Detail> changeDetails) {
    }
}
