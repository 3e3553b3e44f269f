package org.cloudsdk.benchmarks.compute;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cloudsdk.compute.DiskConfig;
import org.cloudsdk.compute.ServerAddress;
import org.cloudsdk.model.JsonName;
import org.cloudsdk.model.JsonNaming;

import tools.jackson.databind.JsonNode;

/**
 * The fields a compute {@code Server} handle reads from its JSON, as the SDK's model toolkit
 * ({@code JsonModels}) binds them: a copy of the compute package's own record, which is not
 * public, component for component, with the same names, types and JSON names.
 *
 * @param id the id
 * @param name the name
 * @param status the status
 * @param tenantId the project
 * @param userId the user
 * @param metadata the metadata
 * @param hostId the host hash
 * @param image the image (id and links)
 * @param flavor the flavor (id and links)
 * @param created when created
 * @param updated when last changed
 * @param addresses the addresses by network
 * @param accessIpv4 the public IPv4 address
 * @param accessIpv6 the public IPv6 address
 * @param progress the build progress
 * @param keyName the key pair
 * @param adminPass the admin password
 * @param diskConfig the disk configuration
 * @param taskState the task state
 * @param vmState the VM state
 * @param powerState the power state
 * @param availabilityZone the availability zone
 */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
public record ServerRecord(
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
}
