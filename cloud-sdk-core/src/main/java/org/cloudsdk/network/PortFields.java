package org.cloudsdk.network;

import java.util.List;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of a Neutron port that {@link Port} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record PortFields(
        String id,
        @Nullable String name,
        @Nullable String networkId,
        @Nullable String deviceId,
        @Nullable String deviceOwner,
        @Nullable String status,
        @Nullable String macAddress,
        List<FixedIp> fixedIps,
        List<String> securityGroups,
        @Nullable Boolean adminStateUp,
        @Nullable String projectId,
        @Nullable String description) {

    PortFields {
        fixedIps = fixedIps == null ? List.of() : fixedIps;
        securityGroups = securityGroups == null ? List.of() : securityGroups;
    }
}
