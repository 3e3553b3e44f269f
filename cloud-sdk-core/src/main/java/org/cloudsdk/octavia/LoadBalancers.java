package org.cloudsdk.octavia;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.errors.NoUniqueMatchException;
import org.cloudsdk.http.Transport;
import org.cloudsdk.paging.Listing;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;

/**
 * Octavia's load balancers ({@code /v2/lbaas/loadbalancers}): {@code octavia.loadBalancers()}.
 * Creates, updates and deletes return at once while Octavia applies them: wait with
 * {@link LoadBalancer#waitForActive()} and {@link LoadBalancer#waitForDeleted()}.
 */
public final class LoadBalancers {

    private static final Object[] NO_PARENTS = {};

    private final Octavia octavia;
    private final OctaviaCollection<LoadBalancer> collection;

    LoadBalancers(Octavia octavia) {
        this.octavia = octavia;
        this.collection = new OctaviaCollection<>(octavia, "/lbaas/loadbalancers", "loadbalancer", "loadbalancers",
                "LoadBalancer", (client, parents, json) -> new LoadBalancer(client, json));
    }

    /** @return every load balancer of the project, page after page */
    public List<LoadBalancer> list() {
        return list(OctaviaListOptions.defaults());
    }

    /**
     * @param options filters ({@code name}, {@code vip_subnet_id}, {@code provisioning_status}...),
     *     tags, page size and marker
     * @return the matching load balancers
     */
    public List<LoadBalancer> list(OctaviaListOptions options) {
        return collection.list(options);
    }

    /**
     * The lazy form of {@link #list(OctaviaListOptions)}: pages are fetched as iteration reaches
     * them, following {@code loadbalancers_links}.
     *
     * @param options filters and paging
     * @return the listing
     */
    public Listing<LoadBalancer> listing(OctaviaListOptions options) {
        return collection.listing(options);
    }

    /**
     * @param loadBalancerId its id
     * @return a fresh snapshot
     * @throws org.cloudsdk.errors.NotFoundException when there is none
     */
    public LoadBalancer get(String loadBalancerId) {
        return collection.get(NO_PARENTS, loadBalancerId);
    }

    Mono<LoadBalancer> getAsync(String loadBalancerId) {
        return collection.getAsync(NO_PARENTS, loadBalancerId);
    }

    /**
     * @param name a name
     * @return the load balancer of exactly that name, or empty
     * @throws NoUniqueMatchException when several have it
     */
    public Optional<LoadBalancer> find(String name) {
        OctaviaChecks.text(name, "name");
        List<LoadBalancer> found = list(OctaviaListOptions.builder().filter("name", name).build()).stream()
                .filter(lb -> lb.name().equals(name)).toList();
        if (found.size() > 1) {
            throw new NoUniqueMatchException("octavia: " + found.size() + " load balancers are named '" + name
                    + "'; use an id");
        }
        return found.stream().findFirst();
    }

    /**
     * Creates a load balancer; it is {@code PENDING_CREATE} until its amphorae are up.
     *
     * @param vip where its virtual IP goes: a subnet, a network or a port
     * @param options name, description, flavor, provider, availability zone, tags...
     * @return the new load balancer, with its VIP address
     * @throws org.cloudsdk.errors.UnsupportedMicroversionException when an option needs a newer
     *     API than the endpoint serves (tags 2.5, flavor 2.6, availability zone 2.14)
     */
    public LoadBalancer create(Vip vip, LoadBalancerOptions options) {
        Objects.requireNonNull(vip, "vip must not be null");
        Objects.requireNonNull(options, "options must not be null");
        RequestFields fields = options.createFields();
        vip.addTo(fields);
        return collection.create(NO_PARENTS, fields);
    }

    /**
     * @param loadBalancerId its id
     * @param options the fields to change; unset ones are left as they are
     * @return the balancer as the update answered it ({@code PENDING_UPDATE})
     * @throws IllegalArgumentException when the options change a field fixed at creation
     */
    public LoadBalancer update(String loadBalancerId, LoadBalancerOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        return collection.update(NO_PARENTS, loadBalancerId, options.updateFields());
    }

    /**
     * Deletes a load balancer without listeners or pools.
     *
     * @param loadBalancerId its id
     */
    public void delete(String loadBalancerId) {
        delete(loadBalancerId, false);
    }

    /**
     * @param loadBalancerId its id
     * @param cascade true to delete its listeners, pools, members, monitors and policies with it
     */
    public void delete(String loadBalancerId, boolean cascade) {
        collection.delete(NO_PARENTS, loadBalancerId, request -> cascade ? request.query("cascade", "true") : request);
    }

    /**
     * Fails a load balancer over to new amphorae ({@code PUT .../failover}); it goes
     * {@code PENDING_UPDATE}, then {@code ACTIVE}. Octavia's default policy lets administrators
     * only.
     *
     * @param loadBalancerId its id
     */
    public void failover(String loadBalancerId) {
        String id = OctaviaChecks.text(loadBalancerId, "loadBalancerId");
        Transport.block(octavia.api().change(HttpMethod.PUT, "failoverLoadBalancer",
                "/lbaas/loadbalancers/{id}/failover", new Object[] {id}, null).then());
    }

    /**
     * @param loadBalancerId its id
     * @return its traffic counters
     */
    public LoadBalancerStats stats(String loadBalancerId) {
        return new LoadBalancerStats(collection.readSub("getLoadBalancerStats", NO_PARENTS, loadBalancerId, "stats")
                .path("stats"));
    }

    /**
     * @param loadBalancerId its id
     * @return the statuses of it and of everything under it
     */
    public StatusTree status(String loadBalancerId) {
        return new StatusTree(collection.readSub("getLoadBalancerStatus", NO_PARENTS, loadBalancerId, "status"));
    }

    /**
     * Waits until a load balancer is {@code ACTIVE} again, after a change of it or of a child.
     *
     * @param loadBalancerId its id
     * @return the ACTIVE snapshot
     */
    public LoadBalancer waitForActive(String loadBalancerId) {
        return get(loadBalancerId).waitForActive();
    }
}
