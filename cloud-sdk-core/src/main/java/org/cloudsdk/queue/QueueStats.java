package org.cloudsdk.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.model.JsonModels;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A queue's statistics (pyrax's {@code queue.get_stats()}): how many messages are claimed, free
 * and in all, and the oldest and newest message when there is any. An immutable snapshot.
 */
public final class QueueStats {

    private final ObjectNode json;
    private final QueueStatsFields fields;

    QueueStats(JsonNode json) {
        JsonNode messages = json.path("messages");
        this.json = messages.isObject() ? ((ObjectNode) messages).deepCopy() : org.cloudsdk.http.Json.object();
        this.fields = Objects.requireNonNull(JsonModels.read(this.json, QueueStatsFields.class), "an object reads");
    }

    /** @return messages under a claim */
    public long claimed() {
        return fields.claimed();
    }

    /** @return messages no one has claimed */
    public long free() {
        return fields.free();
    }

    /** @return every message of the queue */
    public long total() {
        return fields.total();
    }

    /** @return the oldest message, when the queue has any */
    public Optional<Message> oldest() {
        return Optional.ofNullable(fields.oldest()).map(Message::new);
    }

    /** @return the newest message, when the queue has any */
    public Optional<Message> newest() {
        return Optional.ofNullable(fields.newest()).map(Message::new);
    }

    /** @return the statistics as the service sent them (the {@code messages} object, a copy) */
    public ObjectNode json() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return "QueueStats[claimed=" + claimed() + ", free=" + free() + ", total=" + total() + "]";
    }

    /** The oldest or newest message of a queue, as its statistics describe it. */
    public static final class Message {
        private final QueueStatsFields.Summary summary;

        private Message(QueueStatsFields.Summary summary) {
            this.summary = summary;
        }

        /** @return how long ago it was posted */
        public Duration age() {
            return Duration.ofMillis(Math.round(summary.age() * 1000));
        }

        /** @return when it was posted, if said */
        public Optional<Instant> created() {
            return Optional.ofNullable(summary.created());
        }

        /** @return its id, read from its link, if said */
        public Optional<String> id() {
            return Optional.ofNullable(QueueMessage.idFromHref(summary.href()));
        }

        /** @return its link, relative to the API root, if said */
        public @Nullable String href() {
            return summary.href();
        }

        @Override
        public String toString() {
            return "QueueStats.Message[id=" + id().orElse(null) + ", age=" + age() + "]";
        }
    }
}
