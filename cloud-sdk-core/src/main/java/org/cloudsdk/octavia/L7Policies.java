package org.cloudsdk.octavia;

import java.util.List;
import java.util.Objects;

import org.cloudsdk.paging.Listing;

import reactor.core.publisher.Mono;

/** Octavia's L7 policies ({@code /v2/lbaas/l7policies}): {@code octavia.l7Policies()}. */
public final class L7Policies {

    private static final Object[] NO_PARENTS = {};

    private final OctaviaCollection<L7Policy> collection;

    L7Policies(Octavia octavia) {
        this.collection = new OctaviaCollection<>(octavia, "/lbaas/l7policies", "l7policy", "l7policies", "L7Policy",
                (client, parents, json) -> new L7Policy(client, json));
    }

    /** @return every L7 policy of the project */
    public List<L7Policy> list() {
        return list(OctaviaListOptions.defaults());
    }

    /**
     * @param options filters ({@code listener_id}, {@code action}...), tags and paging
     * @return the matching policies
     */
    public List<L7Policy> list(OctaviaListOptions options) {
        return collection.list(options);
    }

    /** @param options filters and paging @return the lazy listing */
    public Listing<L7Policy> listing(OctaviaListOptions options) {
        return collection.listing(options);
    }

    /**
     * @param l7PolicyId its id
     * @return a fresh snapshot
     * @throws org.cloudsdk.errors.NotFoundException when there is none
     */
    public L7Policy get(String l7PolicyId) {
        return collection.get(NO_PARENTS, l7PolicyId);
    }

    Mono<L7Policy> getAsync(String l7PolicyId) {
        return collection.getAsync(NO_PARENTS, l7PolicyId);
    }

    /**
     * @param listenerId the listener (HTTP or TERMINATED_HTTPS)
     * @param action what to do with matching requests
     * @param options the action's target (pool, URL or prefix), position...
     * @return the new policy
     * @throws IllegalArgumentException when the action lacks its target or has another's
     */
    public L7Policy create(String listenerId, L7PolicyAction action, L7PolicyOptions options) {
        String listener = OctaviaChecks.uuid(listenerId, "listenerId");
        Objects.requireNonNull(action, "action must not be null");
        Objects.requireNonNull(options, "options must not be null");
        if (options.action().isPresent()) {
            throw new IllegalArgumentException("the options' action is for updates; a create takes it as a parameter");
        }
        OctaviaEnums.wire(action);
        options.checkFor(action);
        return collection.create(NO_PARENTS, options.requestFields().put("listener_id", listener)
                .put("action", action));
    }

    /**
     * @param l7PolicyId its id
     * @param options the fields to change; a new action is checked against the targets given with it
     * @return the policy as the update answered it
     */
    public L7Policy update(String l7PolicyId, L7PolicyOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        options.action().ifPresent(options::checkFor);
        return collection.update(NO_PARENTS, l7PolicyId, options.requestFields());
    }

    /** @param l7PolicyId the policy to delete, with its rules */
    public void delete(String l7PolicyId) {
        collection.delete(NO_PARENTS, l7PolicyId);
    }
}
