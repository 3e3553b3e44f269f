package org.cloudsdk.queue;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.http.Json;
import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A subscription to a queue (Zaqar v2 only; Cloud Queues v1 has none): the service pushes each
 * message posted to the queue to the subscriber, a URL ({@code http(s)://}, {@code mailto:},
 * {@code trust+http(s)://}), until the subscription's time to live runs out. An immutable
 * snapshot; equal by id.
 */
public final class QueueSubscription extends Resource<QueueSubscription> {

    private final Queues queues;
    private final String queueName;
    private final SubscriptionFields fields;

    QueueSubscription(Queues queues, String queueName, JsonNode json) {
        super(json);
        this.queues = Objects.requireNonNull(queues, "queues must not be null");
        this.queueName = Objects.requireNonNull(queueName, "queueName must not be null");
        this.fields = readFields(SubscriptionFields.class);
        if (fields.id() == null) {
            throw new CloudException("a subscription of queue '" + queueName + "' has no id: " + json);
        }
    }

    /** @return the subscription's id */
    @Override
    public String id() {
        return Objects.requireNonNull(fields.id());
    }

    /** @return the name of its queue */
    public String queueName() {
        return queueName;
    }

    /** @return where messages are pushed */
    public @Nullable String subscriber() {
        return fields.subscriber();
    }

    /** @return its time to live, in seconds */
    public int ttl() {
        return fields.ttl();
    }

    /** @return its age when this snapshot was taken */
    public Duration age() {
        return Duration.ofMillis(Math.round(fields.age() * 1000));
    }

    /** @return its options (a copy; empty when it has none) */
    public ObjectNode options() {
        JsonNode options = fields.options();
        return options != null && options.isObject() ? ((ObjectNode) options).deepCopy() : Json.object();
    }

    /** @return whether the subscriber confirmed it, when the service says */
    public Optional<Boolean> confirmed() {
        return Optional.ofNullable(fields.confirmed());
    }

    /** Deletes the subscription. */
    public void delete() {
        queues.deleteSubscription(queueName, id());
    }

    @Override
    public CompletableFuture<QueueSubscription> reloadAsync() {
        return queues.getSubscriptionAsync(queueName, id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "queue_subscription";
    }

    @Override
    public String toString() {
        return "QueueSubscription[id=" + id() + ", queue=" + queueName + ", subscriber=" + subscriber() + "]";
    }
}
