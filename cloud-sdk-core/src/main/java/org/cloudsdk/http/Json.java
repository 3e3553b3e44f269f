package org.cloudsdk.http;

import org.cloudsdk.errors.CloudException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON mapper of the SDK (Jackson 3). Request bodies are built as trees so that field
 * names follow the wire format exactly and unknown response fields are never a parse error.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** @return the shared mapper (thread-safe) */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** @return a new empty JSON object */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * @param bytes a JSON document
     * @return its tree
     * @throws CloudException when the bytes are not JSON
     */
    public static JsonNode parse(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw new CloudException("the response is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @param text a JSON document
     * @return its tree
     * @throws CloudException when the text is not JSON
     */
    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new CloudException("the response is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @param node a tree
     * @return its compact JSON text
     */
    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }
}
