package org.cloudsdk.network;

import java.util.List;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of a Neutron subnet that {@link Subnet} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record SubnetFields(
        String id,
        @Nullable String name,
        @Nullable String networkId,
        @Nullable String cidr,
        @Nullable Integer ipVersion,
        @Nullable String gatewayIp,
        @Nullable Boolean enableDhcp,
        List<String> dnsNameservers,
        @Nullable String projectId,
        @Nullable String description) {

    SubnetFields {
        dnsNameservers = dnsNameservers == null ? List.of() : dnsNameservers;
    }
}
