package org.cloudsdk.octavia;

import java.time.Instant;
import java.util.List;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of an Octavia pool that {@link Pool} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record PoolFields(
        String id,
        @Nullable String description,
        @Nullable PoolProtocol protocol,
        @Nullable LbAlgorithm lbAlgorithm,
        @Nullable String healthmonitorId,
        List<IdRef> loadbalancers,
        List<IdRef> listeners,
        List<IdRef> members,
        @Nullable Boolean tlsEnabled,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {

    PoolFields {
        loadbalancers = loadbalancers == null ? List.of() : loadbalancers;
        listeners = listeners == null ? List.of() : listeners;
        members = members == null ? List.of() : members;
    }
}
