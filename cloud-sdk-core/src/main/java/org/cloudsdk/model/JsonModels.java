package org.cloudsdk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cloudsdk.errors.CloudException;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads JSON trees into records and writes records as JSON trees: the one model mechanism of
 * every service package. A record's components name its JSON fields (see {@link JsonNaming},
 * {@link JsonName}, {@link AllFields}); components may be strings, numbers, booleans,
 * {@link java.time.Instant}s, {@link java.net.URI}s, enums, records, {@code List}s, {@code Set}s
 * and {@code Map}s of those, or raw {@link JsonNode}s.
 *
 * <p>Reading is lenient where servers are: a missing field or JSON null is null (zero or false
 * for a primitive), a number sent as a string is read as a number, and fields the record does not
 * name are ignored (or kept, with {@link AllFields}). A value that cannot be what the record says
 * fails with a {@link CloudException} naming the record and the field. Writing leaves null
 * components out.
 *
 * <p>Why not Jackson's data binding: the transport reads every response as a tree already, and
 * building an {@code ObjectMapper} and its first deserializer cost a fresh JVM about ten times
 * what this binder's first record does (measured: 0.55-1.4 s against 0.06-0.12 s on this project's
 * two-core test machine, C1 only), which every command-line run and test JVM would pay. The
 * binder caches each record's accessors and constructor, so later reads cost microseconds.
 *
 * <p>Thread-safe.
 */
public final class JsonModels {

    private JsonModels() {
    }

    /**
     * @param node a JSON object (null, missing or JSON null gives null)
     * @param type the record to read it into
     * @param <T> the record's type
     * @return the record; null when the node is null, missing or JSON null
     * @throws CloudException when a field cannot be read as its component's type
     */
    public static <T extends Record> @Nullable T read(@Nullable JsonNode node, Class<T> type) {
        Objects.requireNonNull(type, "type must not be null");
        return type.cast(Values.read(node, type, ReadPath.root(type.getSimpleName(), false)));
    }

    /**
     * Reads as {@link #read(JsonNode, Class)} does, except that the record's {@link JsonNode}
     * components (and its {@link AllFields} one) are the given tree's own nodes instead of copies.
     * For a tree that nothing changes afterwards, such as the one a resource handle keeps beside
     * its record: a listing of 5,000 servers would otherwise copy each server's image and flavor.
     *
     * @param node a JSON object that the caller owns and will not change (null, missing or JSON
     *     null gives null)
     * @param type the record to read it into
     * @param <T> the record's type
     * @return the record; null when the node is null, missing or JSON null
     * @throws CloudException when a field cannot be read as its component's type
     */
    public static <T extends Record> @Nullable T readSharing(@Nullable JsonNode node, Class<T> type) {
        Objects.requireNonNull(type, "type must not be null");
        return type.cast(Values.read(node, type, ReadPath.root(type.getSimpleName(), true)));
    }

    /**
     * @param array a JSON array (null, missing or JSON null gives an empty list)
     * @param type the record to read each element into
     * @param <T> the record's type
     * @return the records, in order, without the array's JSON nulls; unmodifiable
     * @throws CloudException when the node is not an array, or an element cannot be read
     */
    public static <T extends Record> List<T> readList(@Nullable JsonNode array, Class<T> type) {
        Objects.requireNonNull(type, "type must not be null");
        if (array == null || array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new CloudException("expected a JSON array of " + type.getSimpleName() + ", got " + array.getNodeType());
        }
        List<T> out = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            // skipped as in a record's list components (an unmodifiable list cannot hold null)
            T record = read(element, type);
            if (record != null) {
                out.add(record);
            }
        }
        return List.copyOf(out);
    }

    /**
     * @param record the record to write
     * @return a new JSON object with the record's non-null components
     */
    public static ObjectNode write(Record record) {
        Objects.requireNonNull(record, "record must not be null");
        return RecordBinding.of(record.getClass()).write(record);
    }

    /**
     * @param name the name of the field to wrap the record in, as OpenStack's request bodies do
     *     ({@code {"server": {...}}})
     * @param record the record to write
     * @return a new JSON object {@code {name: record}}
     */
    public static ObjectNode wrap(String name, Record record) {
        Objects.requireNonNull(name, "name must not be null");
        ObjectNode body = Values.NODES.objectNode();
        body.set(name, write(record));
        return body;
    }
}
