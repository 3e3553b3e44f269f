package org.cloudsdk.queue;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** The fields of a queue that {@link Queue} offers typed. */
record QueueFields(String name, @Nullable String href, @Nullable JsonNode metadata) {
}
