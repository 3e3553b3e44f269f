package org.cloudsdk.queue;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** The fields of a Zaqar subscription that {@link QueueSubscription} offers typed. */
record SubscriptionFields(@Nullable String id, @Nullable String subscriber, int ttl, double age,
        @Nullable String source, @Nullable JsonNode options, @Nullable Boolean confirmed) {
}
