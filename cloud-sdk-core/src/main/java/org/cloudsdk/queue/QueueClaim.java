package org.cloudsdk.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A claim on messages of a queue (pyrax's {@code QueueClaim}): its id, time to live, age and the
 * messages it holds, each deletable with the claim's id. A snapshot, not a live view:
 * {@link #reload()} reads the claim again, as pyrax's {@code claim.reload()}.
 *
 * <p>When there was nothing to claim, {@code claimMessages} gives an empty claim
 * ({@link #isEmpty()}, no id, no messages) rather than pyrax's {@code None}: the server holds no
 * claim for it, so {@link #release()} has nothing to release and returns, {@link #reload()}
 * returns it as it is, and {@link #update(Integer, Integer)} refuses.
 */
public final class QueueClaim extends Resource<QueueClaim> {

    private final Queues queues;
    private final String queueName;
    private final ClaimFields fields;
    private final List<QueueMessage> messages;

    QueueClaim(Queues queues, String queueName, JsonNode json) {
        super(json);
        this.queues = Objects.requireNonNull(queues, "queues must not be null");
        this.queueName = Objects.requireNonNull(queueName, "queueName must not be null");
        this.fields = readFields(ClaimFields.class);
        List<QueueMessage> read = new ArrayList<>();
        for (JsonNode message : json.path("messages")) {
            read.add(new QueueMessage(queues, queueName, message));
        }
        this.messages = List.copyOf(read);
    }

    /** @return the claim's id; empty text for an empty claim */
    @Override
    public String id() {
        String id = fields.id();
        return id != null ? id : Objects.requireNonNullElse(QueueMessage.idFromHref(fields.href()), "");
    }

    /** @return true when there was nothing to claim */
    public boolean isEmpty() {
        return id().isEmpty();
    }

    /** @return the name of its queue */
    public String queueName() {
        return queueName;
    }

    /** @return the claimed messages, in the order the service gave them */
    public List<QueueMessage> messages() {
        return messages;
    }

    /** @return the claim's time to live in seconds, as the service reports it (Zaqar: what is left of it) */
    public int ttl() {
        return fields.ttl();
    }

    /** @return the grace period asked for when this client made or renewed the claim, if known */
    public Optional<Integer> grace() {
        return Optional.ofNullable(fields.grace());
    }

    /** @return the claim's age when this snapshot was taken */
    public Duration age() {
        return Duration.ofMillis(Math.round(fields.age() * 1000));
    }

    /** @return its link, relative to the API root, if known */
    public @Nullable String href() {
        return fields.href();
    }

    /**
     * pyrax's {@code queue.update_claim(claim, ttl, grace)}: renews the claim, restarting its TTL.
     *
     * @param ttl the new time to live, 60 to 43,200 seconds, or null to keep it
     * @param grace the new grace period, 60 to 43,200 seconds, or null to keep it
     * @throws IllegalStateException for an empty claim
     */
    public void update(@Nullable Integer ttl, @Nullable Integer grace) {
        if (isEmpty()) {
            throw new IllegalStateException("an empty claim holds no messages and cannot be renewed");
        }
        queues.updateClaim(queueName, id(), ttl, grace);
    }

    /** pyrax's {@code queue.release_claim(claim)}: makes its messages claimable again at once. */
    public void release() {
        if (!isEmpty()) {
            queues.releaseClaim(queueName, id());
        }
    }

    @Override
    public CompletableFuture<QueueClaim> reloadAsync() {
        return isEmpty() ? CompletableFuture.completedFuture(this) : queues.getClaimAsync(queueName, id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "queue_claim";
    }

    @Override
    public String toString() {
        return "QueueClaim[id=" + id() + ", queue=" + queueName + ", messages=" + messages.size() + "]";
    }
}
