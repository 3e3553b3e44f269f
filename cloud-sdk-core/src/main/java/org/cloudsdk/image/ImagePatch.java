package org.cloudsdk.image;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Changes to an image as Glance takes them: a JSON patch
 * ({@code application/openstack-images-v2.1-json-patch}) of {@code add}, {@code replace} and
 * {@code remove} operations on its properties, applied in order.
 *
 * <pre>{@code
 * ImagePatch patch = ImagePatch.builder().replace("name", "web-2024").add("os_distro", "ubuntu")
 *         .remove("build_id").build();
 * }</pre>
 *
 * <p>Glance answers 409 to {@code add} on a property the image has and to {@code replace} or
 * {@code remove} on one it lacks; {@link Images#update(String, Map)} reads the image first and
 * chooses for you. Immutable.
 */
public final class ImagePatch {

    /** One operation. */
    private record Operation(String op, String property, @Nullable JsonNode value) {
    }

    private final List<Operation> operations;

    private ImagePatch(List<Operation> operations) {
        this.operations = List.copyOf(operations);
    }

    /** @return a builder of an empty patch */
    public static Builder builder() {
        return new Builder();
    }

    /** @return how many operations the patch holds */
    public int size() {
        return operations.size();
    }

    /** @return the patch as Glance reads it: a JSON array of operations */
    public ArrayNode toJson() {
        ArrayNode array = Json.array();
        for (Operation operation : operations) {
            ObjectNode node = array.addObject();
            node.put("op", operation.op());
            node.put("path", "/" + operation.property().replace("~", "~0").replace("/", "~1"));
            if (operation.value() != null) {
                node.set("value", operation.value().deepCopy());
            }
        }
        return array;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ImagePatch o && operations.equals(o.operations);
    }

    @Override
    public int hashCode() {
        return operations.hashCode();
    }

    @Override
    public String toString() {
        return "ImagePatch" + Json.write(toJson());
    }

    /** Builder of an {@link ImagePatch}. */
    public static final class Builder {

        private final List<Operation> operations = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param property a property the image does not have yet
         * @param value text, a number, a boolean or a collection of text (tags)
         * @return this builder
         */
        public Builder add(String property, Object value) {
            operations.add(new Operation("add", name(property), json(property, value)));
            return this;
        }

        /**
         * @param property a property the image has (base properties always are)
         * @param value text, a number, a boolean or a collection of text (tags)
         * @return this builder
         */
        public Builder replace(String property, Object value) {
            operations.add(new Operation("replace", name(property), json(property, value)));
            return this;
        }

        /**
         * @param property a custom property the image has
         * @return this builder
         */
        public Builder remove(String property) {
            operations.add(new Operation("remove", name(property), null));
            return this;
        }

        /**
         * @return the patch
         * @throws IllegalArgumentException when it holds no operation
         */
        public ImagePatch build() {
            if (operations.isEmpty()) {
                throw new IllegalArgumentException("an image patch needs at least one add, replace or remove");
            }
            return new ImagePatch(operations);
        }

        private static String name(@Nullable String property) {
            if (property == null || property.isBlank()) {
                throw new IllegalArgumentException("property must not be blank");
            }
            if (property.equals("id") || property.equals("status") || property.equals("checksum")
                    || property.equals("size") || property.equals("owner") || property.equals("created_at")
                    || property.equals("updated_at")) {
                throw new IllegalArgumentException("property '" + property + "' is Glance's to set, not a caller's");
            }
            return property.startsWith("/") ? property.substring(1) : property;
        }
    }

    /**
     * @param property the property, for messages
     * @param value text, a number, a boolean or a collection of text
     * @return its JSON
     */
    static JsonNode json(String property, @Nullable Object value) {
        if (value instanceof String text) {
            return JsonNodeFactory.instance.stringNode(text);
        }
        if (value instanceof Boolean bool) {
            return JsonNodeFactory.instance.booleanNode(bool);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return JsonNodeFactory.instance.numberNode(((Number) value).longValue());
        }
        if (value instanceof Collection<?> items) {
            ArrayNode array = Json.array();
            for (Object item : items) {
                if (!(item instanceof String text)) {
                    throw new IllegalArgumentException("value of " + property + " must be a collection of text, had "
                            + item);
                }
                array.add(text);
            }
            return array;
        }
        throw new IllegalArgumentException("value of " + property + " must be text, a whole number, a boolean or a"
                + " collection of text, was " + (value == null ? "null" : value.getClass().getSimpleName()));
    }
}
