package org.cloudsdk.http;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.cloudsdk.errors.CloudException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SDK's JSON (Jackson 3): request bodies are built as trees so that field names follow the
 * wire format exactly, responses are read as trees (or streamed, for listings) so that unknown
 * fields are never a parse error. Trees are read and written through Jackson's streaming API
 * ({@link JsonTrees}), not an {@code ObjectMapper}, which the SDK does not need and which took a
 * quarter of a second of every process's start to build.
 */
public final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    /** @return a new empty JSON object */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** @return a new empty JSON array */
    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /**
     * @param json a JSON document
     * @return a streaming parser over it, for bodies too large to hold as a tree; close it
     */
    public static JsonParser parser(byte[] json) {
        return FACTORY.createParser(ObjectReadContext.empty(), json);
    }

    /**
     * @param bytes a JSON document
     * @return its tree (a missing node when the document is blank)
     * @throws CloudException when the bytes are not one JSON value
     */
    public static JsonNode parse(byte[] bytes) {
        try (JsonParser parser = parser(bytes)) {
            return JsonTrees.read(parser, bytes.length);
        } catch (JacksonException e) {
            throw new CloudException("the response is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @param text a JSON document
     * @return its tree (a missing node when the document is blank)
     * @throws CloudException when the text is not one JSON value
     */
    public static JsonNode parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param node a tree
     * @return its compact JSON text
     * @throws IllegalArgumentException for a node that is not JSON (a missing or POJO node)
     */
    public static String write(JsonNode node) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
            JsonTrees.write(node, generator);
        }
        return text.toString();
    }
}
