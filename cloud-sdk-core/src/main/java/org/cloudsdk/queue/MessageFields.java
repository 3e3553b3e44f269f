package org.cloudsdk.queue;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** The fields of a queued message that {@link QueueMessage} offers typed. */
record MessageFields(@Nullable String id, @Nullable String href, int ttl, double age, @Nullable JsonNode body) {
}
