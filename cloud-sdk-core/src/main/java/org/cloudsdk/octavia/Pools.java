package org.cloudsdk.octavia;

import java.util.List;
import java.util.Objects;

import org.cloudsdk.http.Microversion;
import org.cloudsdk.paging.Listing;

import reactor.core.publisher.Mono;

/**
 * Octavia's pools ({@code /v2/lbaas/pools}): {@code octavia.pools()}. A pool belongs to a load
 * balancer; made for a listener, it is that listener's default pool.
 */
public final class Pools {

    private static final Object[] NO_PARENTS = {};
    private static final Microversion TLS_ENABLED = Microversion.parse("2.8");

    private final OctaviaCollection<Pool> collection;

    Pools(Octavia octavia) {
        this.collection = new OctaviaCollection<>(octavia, "/lbaas/pools", "pool", "pools", "Pool",
                (client, parents, json) -> new Pool(client, json));
    }

    /** @return every pool of the project */
    public List<Pool> list() {
        return list(OctaviaListOptions.defaults());
    }

    /**
     * @param options filters ({@code loadbalancer_id}, {@code protocol}, {@code name}...), tags and paging
     * @return the matching pools
     */
    public List<Pool> list(OctaviaListOptions options) {
        return collection.list(options);
    }

    /** @param options filters and paging @return the lazy listing */
    public Listing<Pool> listing(OctaviaListOptions options) {
        return collection.listing(options);
    }

    /**
     * @param poolId its id
     * @return a fresh snapshot
     * @throws org.cloudsdk.errors.NotFoundException when there is none
     */
    public Pool get(String poolId) {
        return collection.get(NO_PARENTS, poolId);
    }

    Mono<Pool> getAsync(String poolId) {
        return collection.getAsync(NO_PARENTS, poolId);
    }

    /**
     * Creates a listener's default pool.
     *
     * @param listenerId the listener
     * @param protocol how it talks to its members ({@code PROXYV2} needs API 2.22, {@code SCTP} 2.23)
     * @param algorithm how it spreads connections ({@code SOURCE_IP_PORT} needs API 2.13)
     * @param options the optional fields
     * @return the new pool
     */
    public Pool createForListener(String listenerId, PoolProtocol protocol, LbAlgorithm algorithm,
            PoolOptions options) {
        return create("listener_id", OctaviaChecks.uuid(listenerId, "listenerId"), protocol, algorithm, options);
    }

    /**
     * Creates a pool of a load balancer that no listener uses by default (for L7 policies).
     *
     * @param loadBalancerId the load balancer
     * @param protocol how it talks to its members
     * @param algorithm how it spreads connections
     * @param options the optional fields
     * @return the new pool
     */
    public Pool createForLoadBalancer(String loadBalancerId, PoolProtocol protocol, LbAlgorithm algorithm,
            PoolOptions options) {
        return create("loadbalancer_id", OctaviaChecks.uuid(loadBalancerId, "loadBalancerId"), protocol, algorithm,
                options);
    }

    private Pool create(String parentField, String parentId, PoolProtocol protocol, LbAlgorithm algorithm,
            PoolOptions options) {
        Objects.requireNonNull(protocol, "protocol must not be null");
        Objects.requireNonNull(algorithm, "algorithm must not be null");
        Objects.requireNonNull(options, "options must not be null");
        if (options.lbAlgorithm().isPresent()) {
            throw new IllegalArgumentException("the options' lbAlgorithm is for updates; a create takes the algorithm"
                    + " as a parameter");
        }
        if (options.clearsSessionPersistence()) {
            throw new IllegalArgumentException("noSessionPersistence() is for updates: a new pool has none unless"
                    + " one is given");
        }
        options.sessionPersistence().ifPresent(persistence -> {
            if (persistence.needsVersion22() && protocol != PoolProtocol.UDP && protocol != PoolProtocol.SCTP) {
                throw new IllegalArgumentException("persistenceTimeout and persistenceGranularity apply to UDP and"
                        + " SCTP pools only, not " + protocol);
            }
        });
        RequestFields fields = options.requestFields().put(parentField, parentId).put("protocol", protocol)
                .put("lb_algorithm", algorithm).need(protocol.since(), "protocol " + protocol)
                .need(algorithm.since(), "lb_algorithm " + algorithm);
        if (options.fields().containsKey("tls_enabled")) {
            fields.need(TLS_ENABLED, "tls_enabled");
        }
        return collection.create(NO_PARENTS, fields);
    }

    /**
     * @param poolId its id
     * @param options the fields to change; unset ones are left as they are
     * @return the pool as the update answered it
     */
    public Pool update(String poolId, PoolOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        RequestFields fields = options.requestFields();
        if (options.fields().containsKey("tls_enabled")) {
            fields.need(TLS_ENABLED, "tls_enabled");
        }
        return collection.update(NO_PARENTS, poolId, fields);
    }

    /** @param poolId the pool to delete, with its members and health monitor */
    public void delete(String poolId) {
        collection.delete(NO_PARENTS, poolId);
    }
}
