package org.cloudsdk.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The base of the Neutron options: the fields of the resource's JSON object that were set, sent
 * as they are (a create sends them with its required values, an update sends only them).
 * Immutable: the fields are copied in and out.
 */
abstract class FieldOptions {

    private final ObjectNode fields;

    FieldOptions(ObjectNode fields) {
        this.fields = fields.deepCopy();
    }

    /** @return the fields set, as the JSON object to send (a copy) */
    final ObjectNode fields() {
        return fields.deepCopy();
    }

    final Optional<String> text(String name) {
        JsonNode value = fields.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString());
    }

    final Optional<Boolean> flag(String name) {
        JsonNode value = fields.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.booleanValue());
    }

    final Optional<Integer> number(String name) {
        JsonNode value = fields.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.intValue());
    }

    final List<String> texts(String name) {
        List<String> values = new ArrayList<>();
        JsonNode array = fields.get(name);
        if (array != null) {
            array.forEach(value -> values.add(value.asString()));
        }
        return List.copyOf(values);
    }

    /** @return whether a field is set, null included */
    final boolean has(String name) {
        return fields.has(name);
    }

    @Override
    public final boolean equals(@Nullable Object other) {
        return other != null && other.getClass() == getClass() && fields.equals(((FieldOptions) other).fields);
    }

    @Override
    public final int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + Json.write(fields);
    }

    /** @return an empty JSON object for a builder */
    static ObjectNode empty() {
        return Json.object();
    }
}
