package org.cloudsdk.queue;

import org.jspecify.annotations.Nullable;

/** The fields of a claim that {@link QueueClaim} offers typed. */
record ClaimFields(@Nullable String id, @Nullable String href, int ttl, @Nullable Integer grace, double age) {
}
