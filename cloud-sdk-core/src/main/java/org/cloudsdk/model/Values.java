package org.cloudsdk.model;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cloudsdk.errors.CloudException;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Conversions between JSON values and the types record components may have. */
final class Values {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Each enum's constants' names on the wire, by ordinal (reflection once per enum, not per value). */
    private static final ClassValue<String[]> WIRE_NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                Enum<?> constant = (Enum<?>) constants[i];
                try {
                    JsonName name = type.getField(constant.name()).getAnnotation(JsonName.class);
                    names[i] = name != null ? name.value() : constant.name();
                } catch (NoSuchFieldException e) {
                    names[i] = constant.name();
                }
            }
            return names;
        }
    };

    private Values() {
    }

    static @Nullable Object read(@Nullable JsonNode node, Type type, ReadPath path) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return empty(type);
        }
        if (type instanceof Class<?> c) {
            return readClass(node, c, path);
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class || raw == Collection.class) {
                return List.copyOf(elements(node, args[0], path, new ArrayList<>()));
            }
            if (raw == Set.class) {
                return Collections.unmodifiableSet(elements(node, args[0], path, new LinkedHashSet<>()));
            }
            if (raw == Map.class && args[0] == String.class) {
                if (!node.isObject()) {
                    throw mismatch(path, "a JSON object", node);
                }
                return map(node, args[1], path);
            }
        }
        if (type instanceof WildcardType w) {
            return read(node, w.getUpperBounds()[0], path);
        }
        throw new IllegalArgumentException(path + ": a record component of type " + type + " cannot be read from JSON");
    }

    /** A JSON object's properties as an unmodifiable map in their order, without JSON nulls. */
    private static Map<String, Object> map(JsonNode node, Type valueType, ReadPath path) {
        Object[] slots = new Object[2 * node.size()];
        int filled = 0;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Object value = read(e.getValue(), valueType, path.field(e.getKey()));
            if (value != null) {
                slots[filled++] = e.getKey();
                slots[filled++] = value;
            }
        }
        if (filled <= 2 * SmallMap.MAX_SIZE) {
            return filled == 0 ? Collections.emptyMap() : new SmallMap<>(filled == slots.length ? slots : Arrays.copyOf(slots, filled));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < filled; i += 2) {
            out.put((String) slots[i], slots[i + 1]);
        }
        return Collections.unmodifiableMap(out);
    }

    private static <C extends Collection<Object>> C elements(JsonNode node, Type element, ReadPath path, C out) {
        if (!node.isArray()) {
            throw mismatch(path, "a JSON array", node);
        }
        int i = 0;
        for (JsonNode e : node) {
            Object value = read(e, element, path.element(i++));
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /** What a missing field or JSON null reads as: null, or the primitive's zero. */
    private static @Nullable Object empty(Type type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        return null;
    }

    private static Object readClass(JsonNode node, Class<?> c, ReadPath path) {
        if (c == String.class) {
            if (node.isContainer()) {
                throw mismatch(path, "a string", node);
            }
            return node.asString();
        }
        if (JsonNode.class.isAssignableFrom(c)) {
            if (!c.isInstance(node)) {
                throw mismatch(path, c.getSimpleName(), node);
            }
            return path.sharesTrees() ? node : node.deepCopy();
        }
        if (c == int.class || c == Integer.class) {
            return number(node, path).intValueExact();
        }
        if (c == long.class || c == Long.class) {
            return number(node, path).longValueExact();
        }
        if (c == double.class || c == Double.class) {
            return number(node, path).doubleValue();
        }
        if (c == BigDecimal.class) {
            return number(node, path);
        }
        if (c == boolean.class || c == Boolean.class) {
            return bool(node, path);
        }
        if (c == Instant.class) {
            return Timestamps.parse(text(node, path), path.toString());
        }
        if (c == URI.class) {
            try {
                return URI.create(text(node, path));
            } catch (IllegalArgumentException e) {
                throw new CloudException(path + ": not a URI: " + node.asString(), e);
            }
        }
        if (c.isEnum()) {
            return enumValue(c, text(node, path), path);
        }
        if (c.isRecord()) {
            return RecordBinding.of(c).read(node, path);
        }
        throw new IllegalArgumentException(path + ": a record component of type " + c.getName() + " cannot be read from JSON");
    }

    private static String text(JsonNode node, ReadPath path) {
        if (!node.isValueNode()) {
            throw mismatch(path, "a string", node);
        }
        return node.asString();
    }

    private static BigDecimal number(JsonNode node, ReadPath path) {
        try {
            if (node.isNumber()) {
                return node.decimalValue();
            }
            if (node.isString()) {
                return new BigDecimal(node.asString().trim());
            }
        } catch (NumberFormatException e) {
            // reported below, as any other value that is no number
        }
        throw mismatch(path, "a number", node);
    }

    private static boolean bool(JsonNode node, ReadPath path) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isString()) {
            // APIs of the Python era send "True"/"false" as strings in places
            String text = node.asString().trim().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return text.equals("true");
            }
        }
        throw mismatch(path, "a boolean", node);
    }

    private static Object enumValue(Class<?> type, String text, ReadPath path) {
        Object unknown = null;
        for (Object constant : type.getEnumConstants()) {
            Enum<?> e = (Enum<?>) constant;
            if (wireName(e).equalsIgnoreCase(text) || e.name().equalsIgnoreCase(text)) {
                return e;
            }
            if (e.name().equals("UNKNOWN")) {
                unknown = e;
            }
        }
        if (unknown == null) {
            // a newer server may send values this SDK does not know: such an enum needs UNKNOWN
            throw new IllegalArgumentException(type.getName() + " has no UNKNOWN constant for values it does not"
                    + " list (" + path + " = " + text + ")");
        }
        return unknown;
    }

    private static String wireName(Enum<?> constant) {
        return WIRE_NAMES.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    private static CloudException mismatch(ReadPath path, String expected, JsonNode node) {
        String shown = node.toString();
        if (shown.length() > 80) {
            shown = shown.substring(0, 77) + "...";
        }
        return new CloudException(path + ": expected " + expected + ", got " + shown);
    }

    static JsonNode write(Object value) {
        if (value instanceof JsonNode node) {
            return node.deepCopy();
        }
        if (value instanceof String s) {
            return NODES.stringNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Instant i) {
            return NODES.stringNode(DateTimeFormatter.ISO_INSTANT.format(i));
        }
        if (value instanceof URI u) {
            return NODES.stringNode(u.toString());
        }
        if (value instanceof Enum<?> e) {
            return NODES.stringNode(wireName(e));
        }
        if (value instanceof Record r) {
            return RecordBinding.of(r.getClass()).write(r);
        }
        if (value instanceof Collection<?> c) {
            ArrayNode array = NODES.arrayNode();
            for (Object element : c) {
                array.add(element == null ? NODES.nullNode() : write(element));
            }
            return array;
        }
        if (value instanceof Map<?, ?> m) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                object.set(String.valueOf(e.getKey()), e.getValue() == null ? NODES.nullNode() : write(e.getValue()));
            }
            return object;
        }
        throw new IllegalArgumentException("a value of type " + value.getClass().getName() + " cannot be written as JSON");
    }
}
