package org.cloudsdk.service;

import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.model.JsonModels;
import org.cloudsdk.wait.Waitable;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The base of resource handles: an immutable snapshot of one resource as the service last
 * described it, carrying the client it came from so that it offers the operations pyrax put on
 * its objects ({@code server.delete()}, {@code server.reboot()}), with {@link #reload()} returning
 * a fresh snapshot. A snapshot never changes: an operation on it acts on the resource in the
 * cloud, and a reload (or a waiter) yields a new snapshot.
 *
 * <p>Every field of the response is kept, including those the SDK does not name and those a newer
 * server adds: {@link #attribute(String)} reads one by its JSON name, {@link #json()} gives all.
 * Two handles are equal when they are of the same class and have the same id, whatever their
 * snapshots say, so handles work as map keys across reloads.
 *
 * <p>Thread-safe.
 *
 * @param <T> the handle's own type: a reload of a server is a server
 */
public abstract class Resource<T extends Resource<T>> implements Waitable<T> {

    private final ObjectNode json;

    /**
     * @param json the resource's JSON object, as the service answered it. The handle keeps this
     *     object (a listing of 5,000 servers would otherwise copy every server's tree once more):
     *     the caller hands it over and must not change it afterwards. Nothing outside the handle
     *     can reach it: {@link #json()} and {@link #attribute(String)} give copies.
     * @throws CloudException when it is not a JSON object
     */
    protected Resource(@Nullable JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new CloudException("expected a JSON object describing a " + getClass().getSimpleName()
                    + ", got " + (json == null ? "nothing" : json.getNodeType()));
        }
        this.json = (ObjectNode) json;
    }

    /**
     * One field of this snapshot by its name in the service's JSON, as pyrax's
     * {@code getattr(obj, name)}: text as a {@code String}, numbers as a {@code Number}, booleans
     * as a {@code Boolean}, objects and arrays as a {@link JsonNode} copy.
     *
     * @param name the field's JSON name ({@code status}, {@code OS-EXT-STS:task_state})
     * @return its value, or empty when the snapshot has no such field or it is null
     */
    @Override
    public Optional<Object> attribute(String name) {
        Objects.requireNonNull(name, "name must not be null");
        JsonNode value = json.get(name);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        if (value.isString()) {
            return Optional.of(value.asString());
        }
        if (value.isNumber()) {
            return Optional.of(value.numberValue());
        }
        if (value.isBoolean()) {
            return Optional.of(value.booleanValue());
        }
        return Optional.of(value.deepCopy());
    }

    /** @return every field of this snapshot, as the service sent it (a copy) */
    public ObjectNode json() {
        return json.deepCopy();
    }

    /**
     * Reads this snapshot into the record that types the handle's fields (with
     * {@link JsonModels#readSharing}: the record's {@code JsonNode} components are this snapshot's
     * own nodes, which nothing changes), once, in the subclass's constructor. A subclass that hands
     * such a component out gives a copy.
     *
     * @param type the record
     * @param <R> its type
     * @return the record
     */
    protected final <R extends Record> R readFields(Class<R> type) {
        return Objects.requireNonNull(JsonModels.readSharing(json, type), "a JSON object reads as a record");
    }

    @Override
    public final boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        return other != null && other.getClass() == getClass() && Objects.equals(id(), ((Resource<?>) other).id());
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass(), id());
    }

    /** @return the resource type and id; subclasses add a name, never a secret */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[id=" + id() + "]";
    }
}
