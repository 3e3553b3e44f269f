package org.cloudsdk.octavia;

import java.time.Instant;
import java.util.List;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of an Octavia load balancer that {@link LoadBalancer} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record LoadBalancerFields(
        String id,
        @Nullable String description,
        @Nullable String vipAddress,
        @Nullable String vipPortId,
        @Nullable String vipSubnetId,
        @Nullable String vipNetworkId,
        @Nullable String vipQosPolicyId,
        @Nullable String provider,
        @Nullable String flavorId,
        @Nullable String availabilityZone,
        List<IdRef> listeners,
        List<IdRef> pools,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {

    LoadBalancerFields {
        listeners = listeners == null ? List.of() : listeners;
        pools = pools == null ? List.of() : pools;
    }
}
