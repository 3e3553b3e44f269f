package org.cloudsdk.network;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of a Neutron floating IP that {@link FloatingIp} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record FloatingIpFields(
        String id,
        @Nullable String floatingIpAddress,
        @Nullable String floatingNetworkId,
        @Nullable String portId,
        @Nullable String fixedIpAddress,
        @Nullable String routerId,
        @Nullable String status,
        @Nullable String projectId,
        @Nullable String description) {
}
