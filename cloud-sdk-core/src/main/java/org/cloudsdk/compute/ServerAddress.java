package org.cloudsdk.compute;

import org.cloudsdk.model.JsonName;
import org.jspecify.annotations.Nullable;

/**
 * One address of a server on one network, as Nova lists it under {@code addresses}.
 *
 * @param addr the IP address
 * @param version 4 or 6
 * @param type {@code fixed} or {@code floating} (Nova's {@code OS-EXT-IPS:type}), or null
 * @param macAddress the port's MAC address ({@code OS-EXT-IPS-MAC:mac_addr}), or null
 */
public record ServerAddress(
        String addr,
        int version,
        @JsonName("OS-EXT-IPS:type") @Nullable String type,
        @JsonName("OS-EXT-IPS-MAC:mac_addr") @Nullable String macAddress) {
}
