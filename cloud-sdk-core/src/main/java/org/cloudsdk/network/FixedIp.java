package org.cloudsdk.network;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * One address of a port: the subnet it is on and the address.
 *
 * @param subnetId the subnet
 * @param ipAddress the address
 */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
public record FixedIp(@Nullable String subnetId, @Nullable String ipAddress) {
}
