package org.cloudsdk.loadbalancer;

import java.time.Instant;
import java.util.Map;

import org.cloudsdk.model.JsonModels;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a {@code loadBalancer} document that {@link LoadBalancer} offers typed; read by
 * {@link JsonModels}. Nodes and virtual IPs are read into handles of their own.
 */
record LoadBalancerFields(
        String id,
        @Nullable String name,
        @Nullable String status,
        @Nullable String protocol,
        @Nullable Integer port,
        @Nullable String algorithm,
        @Nullable Integer timeout,
        @Nullable Boolean halfClosed,
        @Nullable Boolean httpsRedirect,
        @Nullable Integer nodeCount,
        @Nullable Stamp created,
        @Nullable Stamp updated,
        @Nullable Cluster cluster,
        Map<String, String> sourceAddresses,
        @Nullable Persistence sessionPersistence,
        @Nullable Switch connectionLogging,
        @Nullable Switch contentCaching) {

    /** A listing's entries have no source addresses: they read as empty, never null. */
    LoadBalancerFields {
        sourceAddresses = sourceAddresses == null ? Map.of() : sourceAddresses;
    }

    /** Rackspace wraps its timestamps: {@code "created": {"time": "2010-11-30T03:23:42Z"}}. */
    record Stamp(@Nullable Instant time) {
    }

    /** {@code "cluster": {"name": "c1.dfw1"}}. */
    record Cluster(@Nullable String name) {
    }

    /** {@code "sessionPersistence": {"persistenceType": "HTTP_COOKIE"}}. */
    record Persistence(@Nullable PersistenceType persistenceType) {
    }

    /** {@code "connectionLogging": {"enabled": false}} and the like. */
    record Switch(@Nullable Boolean enabled) {
    }
}
