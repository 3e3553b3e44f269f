package org.cloudsdk.compute;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cloudsdk.model.JsonModels;
import org.cloudsdk.model.JsonName;
import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** The fields of a Nova server document that {@link Server} offers typed; read by {@link JsonModels}. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record ServerFields(
        String id,
        @Nullable String name,
        @Nullable String status,
        @Nullable String tenantId,
        @Nullable String userId,
        Map<String, String> metadata,
        @JsonName("hostId") @Nullable String hostId,
        @Nullable JsonNode image,
        @Nullable JsonNode flavor,
        @Nullable Instant created,
        @Nullable Instant updated,
        Map<String, List<ServerAddress>> addresses,
        @JsonName("accessIPv4") @Nullable String accessIpv4,
        @JsonName("accessIPv6") @Nullable String accessIpv6,
        @Nullable Integer progress,
        @Nullable String keyName,
        @JsonName("adminPass") @Nullable String adminPass,
        @JsonName("OS-DCF:diskConfig") @Nullable DiskConfig diskConfig,
        @JsonName("OS-EXT-STS:task_state") @Nullable String taskState,
        @JsonName("OS-EXT-STS:vm_state") @Nullable String vmState,
        @JsonName("OS-EXT-STS:power_state") @Nullable Integer powerState,
        @JsonName("OS-EXT-AZ:availability_zone") @Nullable String availabilityZone) {

    /** The create call's answer has neither metadata nor addresses: both read as empty, never null. */
    ServerFields {
        metadata = metadata == null ? Map.of() : metadata;
        addresses = addresses == null ? Map.of() : addresses;
    }
}
