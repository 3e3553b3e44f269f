package org.cloudsdk.queue;

import java.util.Objects;

import org.cloudsdk.model.JsonModels;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One message of a post: its body (any JSON value: text, a number, an object, an array) and its
 * time to live, 60 to 1,209,600 seconds (one minute to 14 days), checked when it is made.
 * Immutable.
 */
public final class MessageToPost {

    private final JsonNode body;
    private final int ttl;

    private MessageToPost(JsonNode body, int ttl) {
        this.body = body.deepCopy();
        this.ttl = QueueLimits.messageTtl(ttl);
    }

    /**
     * @param body the message's body, as JSON
     * @param ttl seconds the message lives, 60 to 1,209,600
     * @return the message
     * @throws IllegalArgumentException when the ttl is out of range
     */
    public static MessageToPost of(JsonNode body, int ttl) {
        return new MessageToPost(Objects.requireNonNull(body, "body must not be null"), ttl);
    }

    /**
     * @param body the message's body, sent as a JSON string
     * @param ttl seconds the message lives, 60 to 1,209,600
     * @return the message
     */
    public static MessageToPost of(String body, int ttl) {
        return of(JsonNodeFactory.instance.stringNode(Objects.requireNonNull(body, "body must not be null")), ttl);
    }

    /**
     * @param body the message's body, a record written as a JSON object ({@link JsonModels})
     * @param ttl seconds the message lives, 60 to 1,209,600
     * @return the message
     */
    public static MessageToPost of(Record body, int ttl) {
        return of(JsonModels.write(Objects.requireNonNull(body, "body must not be null")), ttl);
    }

    /** @return the body (a copy) */
    public JsonNode body() {
        return body.deepCopy();
    }

    /** @return the time to live, in seconds */
    public int ttl() {
        return ttl;
    }

    ObjectNode toJson() {
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("ttl", ttl);
        message.set("body", body.deepCopy());
        return message;
    }

    @Override
    public String toString() {
        return "MessageToPost[ttl=" + ttl + "]";
    }
}
