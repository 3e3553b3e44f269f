package org.cloudsdk.queue;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.paging.Listing;
import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A queue (pyrax's {@code Queue}), named uniquely in its region. Offers the operations pyrax put
 * on the queue object: post, list, claim, statistics, metadata, delete. An immutable snapshot;
 * its id is its name.
 */
public final class Queue extends Resource<Queue> {

    private final Queues queues;
    private final QueueFields fields;

    Queue(Queues queues, JsonNode json) {
        super(json);
        this.queues = Objects.requireNonNull(queues, "queues must not be null");
        this.fields = readFields(QueueFields.class);
    }

    /** @return its name, which is its id */
    @Override
    public String id() {
        return fields.name();
    }

    /** @return its name */
    public String name() {
        return fields.name();
    }

    /** @return its link, relative to the API root, if the snapshot has one */
    public @Nullable String href() {
        return fields.href();
    }

    /** @return its metadata when the snapshot has it (a detailed Zaqar listing); else empty */
    public Optional<ObjectNode> metadata() {
        JsonNode metadata = fields.metadata();
        return metadata != null && metadata.isObject() ? Optional.of(((ObjectNode) metadata).deepCopy())
                : Optional.empty();
    }

    /**
     * pyrax's {@code queue.post_message(body, ttl)}.
     *
     * @param body the body, any JSON value
     * @param ttl seconds the message lives, 60 to 1,209,600
     * @return the posted message
     */
    public QueueMessage postMessage(JsonNode body, int ttl) {
        return queues.postMessage(name(), body, ttl);
    }

    /**
     * @param body the body, sent as a JSON string
     * @param ttl seconds the message lives, 60 to 1,209,600
     * @return the posted message
     */
    public QueueMessage postMessage(String body, int ttl) {
        return queues.postMessage(name(), body, ttl);
    }

    /**
     * @param messages the messages, at most 256 KB in all
     * @return the posted messages, in order
     */
    public List<QueueMessage> postMessages(List<MessageToPost> messages) {
        return queues.postMessages(name(), messages);
    }

    /** @return pyrax's {@code queue.list()}: the first page of unclaimed messages of others, 10 at most */
    public List<QueueMessage> list() {
        return queues.listMessages(name());
    }

    /**
     * @param options echo, include claimed, marker, limit
     * @return one page of messages
     */
    public List<QueueMessage> list(MessageListOptions options) {
        return queues.listMessages(name(), options);
    }

    /**
     * @param options echo, include claimed, start and page size
     * @return every message from the start, fetched a page at a time
     */
    public Listing<QueueMessage> messages(MessageListOptions options) {
        return queues.messages(name(), options);
    }

    /**
     * @param messageId the message's id
     * @return the message
     */
    public QueueMessage getMessage(String messageId) {
        return queues.getMessage(name(), messageId);
    }

    /**
     * @param messageIds 1 to 20 ids
     * @return those of the messages that exist
     */
    public List<QueueMessage> listByIds(Collection<String> messageIds) {
        return queues.listMessagesByIds(name(), messageIds);
    }

    /** @param messageIds 1 to 20 ids of unclaimed messages to delete */
    public void deleteByIds(Collection<String> messageIds) {
        queues.deleteMessagesByIds(name(), messageIds);
    }

    /**
     * pyrax's {@code queue.claim_messages(ttl, grace)}: claims up to 10 messages.
     *
     * @param ttl the claim's lifetime, 60 to 43,200 seconds
     * @param grace the messages' grace period, 60 to 43,200 seconds
     * @return the claim, empty when there was nothing to claim
     */
    public QueueClaim claimMessages(int ttl, int grace) {
        return queues.claimMessages(name(), ttl, grace);
    }

    /**
     * @param ttl the claim's lifetime, 60 to 43,200 seconds
     * @param grace the messages' grace period, 60 to 43,200 seconds
     * @param count how many messages at most, 1 to 20
     * @return the claim, empty when there was nothing to claim
     */
    public QueueClaim claimMessages(int ttl, int grace, int count) {
        return queues.claimMessages(name(), ttl, grace, count);
    }

    /**
     * pyrax's {@code queue.update_claim(claim, ttl, grace)}.
     *
     * @param claimId the claim
     * @param ttl the new lifetime, or null to keep it
     * @param grace the new grace period, or null to keep it
     */
    public void updateClaim(String claimId, @Nullable Integer ttl, @Nullable Integer grace) {
        queues.updateClaim(name(), claimId, ttl, grace);
    }

    /** @param claimId pyrax's {@code queue.release_claim(claim)}: the claim to release */
    public void releaseClaim(String claimId) {
        queues.releaseClaim(name(), claimId);
    }

    /** @return pyrax's {@code queue.get_stats()} */
    public QueueStats getStats() {
        return queues.getStats(name());
    }

    /** @return pyrax's {@code queue.get_metadata()} */
    public ObjectNode getMetadata() {
        return queues.getMetadata(name());
    }

    /** @param metadata pyrax's {@code queue.set_metadata(metadata, clear=True)}: the whole new metadata */
    public void setMetadata(ObjectNode metadata) {
        queues.setMetadata(name(), metadata);
    }

    /** Deletes the queue and its messages (pyrax's {@code queue.delete()}). */
    public void delete() {
        queues.delete(name());
    }

    @Override
    public CompletableFuture<Queue> reloadAsync() {
        return queues.getAsync(name()).toFuture();
    }

    @Override
    public String resourceType() {
        return "queue";
    }

    @Override
    public String toString() {
        return "Queue[name=" + name() + "]";
    }
}
