package org.cloudsdk.queue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * A message of a queue (pyrax's {@code QueueMessage}): its id, body, time to live and age, and the
 * claim it is under when it came from a claim (or from a listing that includes claimed
 * messages). {@link #delete()} sends that claim's id, which the service demands for a claimed
 * message. An immutable snapshot; equal by id.
 */
public final class QueueMessage extends Resource<QueueMessage> {

    private final Queues queues;
    private final String queueName;
    private final MessageFields fields;
    private final String id;

    QueueMessage(Queues queues, String queueName, JsonNode json) {
        super(json);
        this.queues = Objects.requireNonNull(queues, "queues must not be null");
        this.queueName = Objects.requireNonNull(queueName, "queueName must not be null");
        this.fields = readFields(MessageFields.class);
        String known = fields.id() != null ? fields.id() : idFromHref(fields.href());
        if (known == null) {
            throw new CloudException("a message of queue '" + queueName + "' has neither an id nor a link: " + json);
        }
        this.id = known;
    }

    /** @return the message's id */
    @Override
    public String id() {
        return id;
    }

    /** @return the name of its queue */
    public String queueName() {
        return queueName;
    }

    /** @return its body, as posted (JSON null when the snapshot has none) */
    public JsonNode body() {
        JsonNode body = fields.body();
        return body == null ? NullNode.getInstance() : body.deepCopy();
    }

    /** @return its time to live, in seconds */
    public int ttl() {
        return fields.ttl();
    }

    /** @return how long ago it was posted, as the service said when this snapshot was taken */
    public Duration age() {
        return Duration.ofMillis(Math.round(fields.age() * 1000));
    }

    /** @return its link, relative to the API root, if the snapshot has one */
    public @Nullable String href() {
        return fields.href();
    }

    /** @return the id of the claim it was under when this snapshot was taken, if any */
    public Optional<String> claimId() {
        return Optional.ofNullable(queryValue(fields.href(), "claim_id"));
    }

    /**
     * Deletes the message (pyrax's {@code msg.delete()}), with its claim's id when it is claimed.
     *
     * @throws org.cloudsdk.errors.ForbiddenException when it is claimed and this snapshot does
     *     not know the claim (the service demands the claim's id)
     */
    public void delete() {
        queues.deleteMessage(queueName, id, claimId().orElse(null));
    }

    @Override
    public CompletableFuture<QueueMessage> reloadAsync() {
        return queues.getMessageAsync(queueName, id).toFuture();
    }

    @Override
    public String resourceType() {
        return "queue_message";
    }

    @Override
    public String toString() {
        return "QueueMessage[id=" + id + ", queue=" + queueName + ", ttl=" + ttl() + "]";
    }

    /** @return the last path segment of a message or claim link, without its query */
    static @Nullable String idFromHref(@Nullable String href) {
        if (href == null || href.isEmpty()) {
            return null;
        }
        int query = href.indexOf('?');
        String path = query < 0 ? href : href.substring(0, query);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? null : last;
    }

    static @Nullable String queryValue(@Nullable String href, String name) {
        if (href == null || href.indexOf('?') < 0) {
            return null;
        }
        for (String parameter : href.substring(href.indexOf('?') + 1).split("&")) {
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).equals(name) && equals < parameter.length() - 1) {
                return URLDecoder.decode(parameter.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
