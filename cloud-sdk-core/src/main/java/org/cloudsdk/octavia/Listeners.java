package org.cloudsdk.octavia;

import java.util.List;
import java.util.Objects;

import org.cloudsdk.paging.Listing;

import reactor.core.publisher.Mono;

/**
 * Octavia's listeners ({@code /v2/lbaas/listeners}): {@code octavia.listeners()}. A change of a
 * listener puts its load balancer in {@code PENDING_UPDATE} until it is applied.
 */
public final class Listeners {

    private static final Object[] NO_PARENTS = {};

    private final OctaviaCollection<Listener> collection;

    Listeners(Octavia octavia) {
        this.collection = new OctaviaCollection<>(octavia, "/lbaas/listeners", "listener", "listeners", "Listener",
                (client, parents, json) -> new Listener(client, json));
    }

    /** @return every listener of the project */
    public List<Listener> list() {
        return list(OctaviaListOptions.defaults());
    }

    /**
     * @param options filters ({@code loadbalancer_id}, {@code protocol}, {@code name}...), tags and paging
     * @return the matching listeners
     */
    public List<Listener> list(OctaviaListOptions options) {
        return collection.list(options);
    }

    /** @param options filters and paging @return the lazy listing */
    public Listing<Listener> listing(OctaviaListOptions options) {
        return collection.listing(options);
    }

    /**
     * @param listenerId its id
     * @return a fresh snapshot
     * @throws org.cloudsdk.errors.NotFoundException when there is none
     */
    public Listener get(String listenerId) {
        return collection.get(NO_PARENTS, listenerId);
    }

    Mono<Listener> getAsync(String listenerId) {
        return collection.getAsync(NO_PARENTS, listenerId);
    }

    /**
     * @param loadBalancerId the load balancer it listens on
     * @param protocol what it accepts ({@code SCTP} needs API 2.23, {@code PROMETHEUS} 2.25)
     * @param protocolPort its port, 1 to 65535
     * @param options the optional fields
     * @return the new listener ({@code PENDING_CREATE})
     * @throws IllegalArgumentException when the port is out of range, or a
     *     {@code TERMINATED_HTTPS} listener has no certificate
     */
    public Listener create(String loadBalancerId, ListenerProtocol protocol, int protocolPort,
            ListenerOptions options) {
        String lb = OctaviaChecks.uuid(loadBalancerId, "loadBalancerId");
        Objects.requireNonNull(protocol, "protocol must not be null");
        OctaviaChecks.port(protocolPort, "protocolPort");
        Objects.requireNonNull(options, "options must not be null");
        if (options.clearsDefaultPool()) {
            throw new IllegalArgumentException("noDefaultPool() is for updates: a new listener has no default pool"
                    + " unless one is given");
        }
        if (protocol == ListenerProtocol.TERMINATED_HTTPS && !options.fields().containsKey("default_tls_container_ref")
                && !options.fields().containsKey("sni_container_refs")) {
            throw new IllegalArgumentException("a TERMINATED_HTTPS listener needs defaultTlsContainerRef (or"
                    + " sniContainerRefs): the certificate it serves");
        }
        RequestFields fields = options.requestFields().put("loadbalancer_id", lb).put("protocol", protocol)
                .put("protocol_port", protocolPort).need(protocol.since(), "protocol " + protocol);
        return collection.create(NO_PARENTS, fields);
    }

    /**
     * @param listenerId its id
     * @param options the fields to change; unset ones are left as they are
     * @return the listener as the update answered it
     */
    public Listener update(String listenerId, ListenerOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        return collection.update(NO_PARENTS, listenerId, options.requestFields());
    }

    /** @param listenerId the listener to delete */
    public void delete(String listenerId) {
        collection.delete(NO_PARENTS, listenerId);
    }

    /**
     * @param listenerId its id
     * @return its traffic counters
     */
    public LoadBalancerStats stats(String listenerId) {
        return new LoadBalancerStats(collection.readSub("getListenerStats", NO_PARENTS, listenerId, "stats")
                .path("stats"));
    }
}
