package org.cloudsdk.loadbalancer;

import org.cloudsdk.model.JsonModels;
import org.jspecify.annotations.Nullable;

/** The fields of a virtual IP document that {@link VirtualIp} offers typed; read by {@link JsonModels}. */
record VirtualIpFields(
        String id,
        @Nullable String address,
        @Nullable VirtualIpType type,
        @Nullable IpVersion ipVersion) {
}
