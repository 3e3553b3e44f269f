package org.cloudsdk.compute;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cloudsdk.model.JsonModels;
import org.cloudsdk.model.JsonName;
import org.cloudsdk.model.JsonNaming;

import tools.jackson.databind.JsonNode;

/** The fields of a Nova server document that {@link Server} offers typed; read by {@link JsonModels}. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record ServerFields(
        String id,
        String name,
        String status,
        String tenantId,
        String userId,
        Map<String, String> metadata,
        @JsonName("hostId") String hostId,
        JsonNode image,
        JsonNode flavor,
        Instant created,
        Instant updated,
        Map<String, List<ServerAddress>> addresses,
        @JsonName("accessIPv4") String accessIpv4,
        @JsonName("accessIPv6") String accessIpv6,
        Integer progress,
        String keyName,
        @JsonName("adminPass") String adminPass,
        @JsonName("OS-DCF:diskConfig") DiskConfig diskConfig,
        @JsonName("OS-EXT-STS:task_state") String taskState,
        @JsonName("OS-EXT-STS:vm_state") String vmState,
        @JsonName("OS-EXT-STS:power_state") Integer powerState,
        @JsonName("OS-EXT-AZ:availability_zone") String availabilityZone) {

    /** The create call's answer has neither metadata nor addresses: both read as empty, never null. */
    ServerFields {
        metadata = metadata == null ? Map.of() : metadata;
        addresses = addresses == null ? Map.of() : addresses;
    }
}
