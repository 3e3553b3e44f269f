package org.cloudsdk.octavia;

import java.util.List;
import java.util.Objects;

import org.cloudsdk.http.Json;
import org.cloudsdk.http.Transport;
import org.cloudsdk.paging.Listing;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The members of Octavia's pools ({@code /v2/lbaas/pools/{pool_id}/members}):
 * {@code octavia.members()}; pyrax's nodes of Cloud Load Balancers. A change of a member puts its
 * load balancer in {@code PENDING_UPDATE} until it is applied.
 */
public final class Members {

    private final Octavia octavia;
    private final OctaviaCollection<Member> collection;

    Members(Octavia octavia) {
        this.octavia = octavia;
        this.collection = new OctaviaCollection<>(octavia, "/lbaas/pools/{pool}/members", "member", "members", "Member",
                (client, parents, json) -> new Member(client, String.valueOf(parents[0]), json));
    }

    /**
     * @param poolId the pool
     * @return its members
     */
    public List<Member> list(String poolId) {
        return list(poolId, OctaviaListOptions.defaults());
    }

    /**
     * @param poolId the pool
     * @param options filters ({@code address}, {@code operating_status}...), tags and paging
     * @return the matching members
     */
    public List<Member> list(String poolId, OctaviaListOptions options) {
        return collection.list(options, parent(poolId));
    }

    /**
     * @param poolId the pool
     * @param options filters and paging
     * @return the lazy listing
     */
    public Listing<Member> listing(String poolId, OctaviaListOptions options) {
        return collection.listing(options, parent(poolId));
    }

    /**
     * @param poolId the pool
     * @param memberId the member
     * @return a fresh snapshot
     * @throws org.cloudsdk.errors.NotFoundException when there is none
     */
    public Member get(String poolId, String memberId) {
        return collection.get(new Object[] {parent(poolId)}, memberId);
    }

    Mono<Member> getAsync(String poolId, String memberId) {
        return collection.getAsync(new Object[] {parent(poolId)}, memberId);
    }

    /**
     * pyrax's {@code lb.add_nodes([node])}, one member.
     *
     * @param poolId the pool
     * @param address the member's IP address
     * @param protocolPort the port it listens on, 1 to 65535
     * @param options weight, backup, subnet, monitor address and port...
     * @return the new member ({@code PENDING_CREATE})
     */
    public Member create(String poolId, String address, int protocolPort, MemberOptions options) {
        String pool = parent(poolId);
        MemberSpec spec = MemberSpec.of(address, protocolPort, options);
        return collection.create(new Object[] {pool}, spec.requestFields());
    }

    /**
     * @param poolId the pool
     * @param memberId the member
     * @param options the fields to change; unset ones are left as they are
     * @return the member as the update answered it
     * @throws IllegalArgumentException when the options change the subnet (fixed at creation)
     */
    public Member update(String poolId, String memberId, MemberOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        return collection.update(new Object[] {parent(poolId)}, memberId, options.updateFields());
    }

    /**
     * @param poolId the pool
     * @param memberId the member to delete
     */
    public void delete(String poolId, String memberId) {
        collection.delete(new Object[] {parent(poolId)}, memberId);
    }

    /**
     * Octavia's batch member update ({@code PUT .../members}): the pool ends up with exactly these
     * members; those not listed are deleted, those listed (matched by address and port) are
     * updated or created. Returns once Octavia accepted it (202); wait on the pool's load balancer.
     *
     * @param poolId the pool
     * @param members the members it should have (an empty list removes them all)
     */
    public void replaceAll(String poolId, List<MemberSpec> members) {
        batch(poolId, members, false);
    }

    /**
     * The batch update with {@code additive_only=true} (API 2.11): the listed members are created
     * or updated, the others are kept.
     *
     * @param poolId the pool
     * @param members the members to create or update
     */
    public void addOrUpdateAll(String poolId, List<MemberSpec> members) {
        batch(poolId, members, true);
    }

    private void batch(String poolId, List<MemberSpec> members, boolean additiveOnly) {
        String pool = parent(poolId);
        Objects.requireNonNull(members, "members must not be null");
        ArrayNode array = Json.array();
        List<RequestFields> all = members.stream().map(member -> Objects.requireNonNull(member,
                "members must not contain null").requestFields()).toList();
        all.forEach(fields -> array.add(fields.node()));
        ObjectNode body = Json.object();
        body.set("members", array);
        OctaviaApi api = octavia.api();
        Mono<Void> versions = Flux.fromIterable(all).concatMap(fields -> fields.check(api.versions())).then()
                .then(additiveOnly ? api.versions().require(OctaviaVersions.ADDITIVE_MEMBERS, "additive_only")
                        : Mono.empty());
        Transport.block(versions.then(api.change(HttpMethod.PUT, "replaceMembers", "/lbaas/pools/{pool}/members",
                new Object[] {pool}, body, request -> additiveOnly ? request.query("additive_only", "true") : request))
                .then());
    }

    private static String parent(String poolId) {
        return OctaviaChecks.text(poolId, "poolId");
    }
}
