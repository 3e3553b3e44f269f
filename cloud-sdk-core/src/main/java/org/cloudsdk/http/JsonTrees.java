package org.cloudsdk.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Jackson trees read from and written to the streaming API directly, with the node types and
 * number types {@code ObjectMapper.readTree} gives (int, long or big integer; double), without an
 * {@code ObjectMapper}: building one (serializer and deserializer factories, type introspection)
 * cost 200-250 ms of every process's start, and the SDK only ever needs trees.
 *
 * <p>The trees are built compact, because resource handles keep them: objects keep their
 * properties in {@link CompactProperties}, arrays are exactly as long as they are, and equal short
 * string values of one document share one node ({@link SharedStrings}). They are ordinary,
 * changeable Jackson trees all the same.
 */
final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /**
     * @param parser positioned before the document
     * @param length the document's length in bytes, which sizes the table of shared strings
     * @return the document's tree; a missing node for a document with no value (blank content)
     * @throws StreamReadException when the content is not one JSON value
     */
    static JsonNode read(JsonParser parser, int length) {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return MissingNode.getInstance();
        }
        JsonNode tree = new DocumentReader(parser, length).value(first, 0);
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new StreamReadException(parser, "trailing token " + trailing + " after the JSON value");
        }
        return tree;
    }

    /**
     * Reads one document. An object's properties and an array's elements are gathered in scratch
     * arrays, one pair per depth, reused by every container at that depth, and copied once into
     * arrays of the container's exact size: no container grows its own storage step by step.
     */
    private static final class DocumentReader {

        private final JsonParser parser;
        private final SharedStrings strings;
        private String[][] names = new String[8][];
        private JsonNode[][] values = new JsonNode[8][];

        DocumentReader(JsonParser parser, int length) {
            this.parser = parser;
            this.strings = new SharedStrings(length);
        }

        JsonNode value(JsonToken token, int depth) {
            return switch (token) {
                case START_OBJECT -> object(depth);
                case START_ARRAY -> array(depth);
                case VALUE_STRING -> strings.node(parser);
                case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                default -> throw new StreamReadException(parser, "unexpected token " + token);
            };
        }

        private ObjectNode object(int depth) {
            int size = 0;
            for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonNode value = value(parser.nextToken(), depth + 1);
                makeRoom(depth, size);
                names[depth][size] = name;
                values[depth][size++] = value;
            }
            if (size == 0) {
                return new ObjectNode(NODES, new CompactProperties());
            }
            CompactProperties properties = CompactProperties.of(names[depth], values[depth], size);
            // the scratch must not keep this document's nodes alive after it is read
            Arrays.fill(values[depth], 0, size, null);
            return new ObjectNode(NODES, properties);
        }

        private ArrayNode array(int depth) {
            int size = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                JsonNode element = value(token, depth + 1);
                makeRoom(depth, size);
                values[depth][size++] = element;
            }
            List<JsonNode> elements = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                elements.add(values[depth][i]);
                values[depth][i] = null;
            }
            return new ArrayNode(NODES, elements);
        }

        /** Makes the scratch arrays of {@code depth} hold at least one more than {@code size}. */
        private void makeRoom(int depth, int size) {
            if (depth >= names.length) {
                names = Arrays.copyOf(names, depth * 2);
                values = Arrays.copyOf(values, depth * 2);
            }
            if (names[depth] == null) {
                names[depth] = new String[16];
                values[depth] = new JsonNode[16];
            } else if (size == names[depth].length) {
                names[depth] = Arrays.copyOf(names[depth], size * 2);
                values[depth] = Arrays.copyOf(values[depth], size * 2);
            }
        }
    }

    /**
     * @param node a tree of JSON values (objects, arrays, strings, numbers, booleans, nulls, binary)
     * @param generator where it goes
     * @throws IllegalArgumentException for a node that is not JSON (a missing or POJO node)
     */
    static void write(JsonNode node, JsonGenerator generator) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    generator.writeName(property.getKey());
                    write(property.getValue(), generator);
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode element : node.values()) {
                    write(element, generator);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.stringValue());
            case NUMBER -> number(node, generator);
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            case BINARY -> generator.writeBinary(node.binaryValue());
            default -> throw new IllegalArgumentException("a " + node.getNodeType() + " node is not JSON");
        }
    }

    private static void number(JsonNode node, JsonGenerator generator) {
        switch (node.numberType()) {
            case INT -> generator.writeNumber(node.intValue());
            case LONG -> generator.writeNumber(node.longValue());
            case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
            case FLOAT -> generator.writeNumber(node.floatValue());
            case DOUBLE -> generator.writeNumber(node.doubleValue());
            default -> generator.writeNumber(node.decimalValue());
        }
    }
}
