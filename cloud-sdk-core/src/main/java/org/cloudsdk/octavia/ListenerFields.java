package org.cloudsdk.octavia;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of an Octavia listener that {@link Listener} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record ListenerFields(
        String id,
        @Nullable String description,
        @Nullable ListenerProtocol protocol,
        int protocolPort,
        @Nullable Integer connectionLimit,
        @Nullable String defaultPoolId,
        List<IdRef> loadbalancers,
        List<IdRef> l7policies,
        Map<String, String> insertHeaders,
        @Nullable Long timeoutClientData,
        @Nullable Long timeoutMemberConnect,
        @Nullable Long timeoutMemberData,
        @Nullable Long timeoutTcpInspect,
        @Nullable List<String> allowedCidrs,
        @Nullable String defaultTlsContainerRef,
        List<String> sniContainerRefs,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {

    ListenerFields {
        loadbalancers = loadbalancers == null ? List.of() : loadbalancers;
        l7policies = l7policies == null ? List.of() : l7policies;
        insertHeaders = insertHeaders == null ? Map.of() : insertHeaders;
        sniContainerRefs = sniContainerRefs == null ? List.of() : sniContainerRefs;
    }
}
