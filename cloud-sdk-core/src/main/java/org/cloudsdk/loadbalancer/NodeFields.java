package org.cloudsdk.loadbalancer;

import org.cloudsdk.model.JsonModels;
import org.jspecify.annotations.Nullable;

/** The fields of a node document that {@link Node} offers typed; read by {@link JsonModels}. */
record NodeFields(
        String id,
        @Nullable String address,
        @Nullable Integer port,
        @Nullable NodeCondition condition,
        @Nullable String status,
        @Nullable Integer weight,
        @Nullable NodeType type) {
}
