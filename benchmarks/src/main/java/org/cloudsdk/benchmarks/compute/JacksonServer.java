package org.cloudsdk.benchmarks.compute;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloudsdk.compute.DiskConfig;

import tools.jackson.databind.JsonNode;

/**
 * The same fields as {@link ServerRecord}, bound by a plain Jackson {@code ObjectMapper}: what an
 * application that reads Nova's JSON with data binding would declare.
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
public record JacksonServer(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("status") String status,
        @JsonProperty("tenant_id") String tenantId,
        @JsonProperty("user_id") String userId,
        @JsonProperty("metadata") Map<String, String> metadata,
        @JsonProperty("hostId") String hostId,
        @JsonProperty("image") JsonNode image,
        @JsonProperty("flavor") JsonNode flavor,
        @JsonProperty("created") Instant created,
        @JsonProperty("updated") Instant updated,
        @JsonProperty("addresses") Map<String, List<Address>> addresses,
        @JsonProperty("accessIPv4") String accessIpv4,
        @JsonProperty("accessIPv6") String accessIpv6,
        @JsonProperty("progress") Integer progress,
        @JsonProperty("key_name") String keyName,
        @JsonProperty("adminPass") String adminPass,
        @JsonProperty("OS-DCF:diskConfig") DiskConfig diskConfig,
        @JsonProperty("OS-EXT-STS:task_state") String taskState,
        @JsonProperty("OS-EXT-STS:vm_state") String vmState,
        @JsonProperty("OS-EXT-STS:power_state") Integer powerState,
        @JsonProperty("OS-EXT-AZ:availability_zone") String availabilityZone) {

    /**
     * One address, as {@code org.cloudsdk.compute.ServerAddress}.
     *
     * @param addr the IP address
     * @param version 4 or 6
     * @param type fixed or floating
     * @param macAddress the MAC address
     */
    public record Address(
            @JsonProperty("addr") String addr,
            @JsonProperty("version") int version,
            @JsonProperty("OS-EXT-IPS:type") String type,
            @JsonProperty("OS-EXT-IPS-MAC:mac_addr") String macAddress) {
    }

    /**
     * A page of the listing: {@code {"servers": [...]}}.
     *
     * @param servers the servers
     */
    public record Page(@JsonProperty("servers") List<JacksonServer> servers) {
    }
}
