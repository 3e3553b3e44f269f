package org.cloudsdk.http;

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
 */
final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /**
     * @param parser positioned before the document
     * @return the document's tree; a missing node for a document with no value (blank content)
     * @throws StreamReadException when the content is not one JSON value
     */
    static JsonNode read(JsonParser parser) {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return MissingNode.getInstance();
        }
        JsonNode tree = value(parser, first);
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new StreamReadException(parser, "trailing token " + trailing + " after the JSON value");
        }
        return tree;
    }

    private static JsonNode value(JsonParser parser, JsonToken token) {
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> NODES.textNode(parser.getString());
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

    private static ObjectNode object(JsonParser parser) {
        ObjectNode object = NODES.objectNode();
        for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            object.set(name, value(parser, parser.nextToken()));
        }
        return object;
    }

    private static ArrayNode array(JsonParser parser) {
        ArrayNode array = NODES.arrayNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            array.add(value(parser, token));
        }
        return array;
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
