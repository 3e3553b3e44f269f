package org.cloudsdk.monitoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ErrorDetails;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON shapes Cloud Monitoring shares across its resources, written and read in one place. */
final class MonitoringJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long SECONDS_BELOW = 100_000_000_000L;

    private MonitoringJson() {
    }

    /** @return the values as a JSON object, in order */
    static ObjectNode stringMap(Map<String, String> values) {
        ObjectNode node = Json.object();
        values.forEach(node::put);
        return node;
    }

    /** @return the values as a JSON array, in order */
    static ArrayNode stringArray(Collection<String> values) {
        ArrayNode array = Json.array();
        values.forEach(array::add);
        return array;
    }

    /**
     * Writes what a caller passes as a check's or notification's {@code details}: text, numbers,
     * booleans, maps and lists of those (a remote.http check's {@code headers} is a map), or JSON.
     *
     * @throws IllegalArgumentException naming the parameter, for any other value
     */
    static JsonNode value(@Nullable Object value, String parameter) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof JsonNode node) {
            return node.deepCopy();
        }
        if (value instanceof String text) {
            return NODES.stringNode(text);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return NODES.numberNode(big);
        }
        if (value instanceof BigDecimal decimal) {
            return NODES.numberNode(decimal);
        }
        if (value instanceof Number number) {
            return NODES.numberNode(number.doubleValue());
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = Json.object();
            map.forEach((key, element) -> {
                if (key == null) {
                    throw new IllegalArgumentException(parameter + " must not hold null keys");
                }
                object.set(String.valueOf(key), value(element, parameter + "." + key));
            });
            return object;
        }
        if (value instanceof Collection<?> list) {
            ArrayNode array = Json.array();
            list.forEach(element -> array.add(value(element, parameter)));
            return array;
        }
        throw new IllegalArgumentException(parameter + " values must be text, numbers, booleans, maps or lists; was a "
                + value.getClass().getName());
    }

    /** @return the object's fields, each as JSON; its keys and values copied */
    static ObjectNode object(Map<String, ?> values, String parameter) {
        return (ObjectNode) value(values, parameter);
    }

    /** @return a JSON object's text fields (null for anything else), in order; empty for none */
    static Map<String, String> readStringMap(@Nullable JsonNode node) {
        if (node == null || !node.isObject()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (value != null && !value.isNull()) {
                out.put(field.getKey(), value.isString() ? value.asString() : value.toString());
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** @return a JSON array's text elements, in order; empty for none */
    static List<String> readStrings(@Nullable JsonNode node) {
        if (node == null || !node.isArray()) {
            return List.of();
        }
        return java.util.stream.StreamSupport.stream(node.spliterator(), false)
                .filter(element -> element != null && !element.isNull())
                .map(element -> element.isString() ? element.asString() : element.toString()).toList();
    }

    /**
     * Cloud Monitoring's timestamps are milliseconds since the epoch, sometimes sent as text (the
     * multi-state test-alarm answer). The overview's latest alarm states are printed in seconds in
     * the manual and the API reference, so a value below {@value #SECONDS_BELOW} (March 1973 in
     * milliseconds, the year 5138 in seconds) is read as seconds.
     */
    static Optional<Instant> millis(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        long value;
        if (node.isNumber()) {
            value = node.longValue();
        } else if (node.isString()) {
            try {
                value = Long.parseLong(node.asString().trim());
            } catch (NumberFormatException notMillis) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        return Optional.of(Math.abs(value) < SECONDS_BELOW ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value));
    }

    /** @return an object's copy, or an empty object when the node is not one */
    static ObjectNode objectOrEmpty(@Nullable JsonNode node) {
        return node != null && node.isObject() ? ((ObjectNode) node).deepCopy() : Json.object();
    }

    /**
     * The id of what a create made: Cloud Monitoring answers 201 without a body, with the id in
     * {@code X-Object-ID} and the resource's URL in {@code Location}.
     *
     * @throws CloudException when the answer has neither
     */
    static String createdId(ApiResponse response, String service, String operation) {
        Optional<String> objectId = response.header("X-Object-ID").map(String::trim).filter(id -> !id.isEmpty());
        if (objectId.isPresent()) {
            return objectId.get();
        }
        Optional<String> location = response.header("Location").map(String::trim).filter(url -> !url.isEmpty());
        if (location.isPresent()) {
            String url = location.get();
            int query = url.indexOf('?');
            String path = query >= 0 ? url.substring(0, query) : url;
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String id = path.substring(path.lastIndexOf('/') + 1);
            if (!id.isEmpty()) {
                return id;
            }
        }
        throw new CloudException(operation + " on " + service + ": the answer (HTTP " + response.status()
                + ") names the created resource neither in X-Object-ID nor in Location",
                new ErrorDetails(response.status(), service, operation, null, null), null);
    }
}
