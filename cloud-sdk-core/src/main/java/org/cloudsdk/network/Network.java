package org.cloudsdk.network;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.compute.NetworkAttachment;
import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A network (pyrax's {@code CloudNetwork}): an isolated network of the project, or on Rackspace
 * one of the {@code public} and {@code private} pseudo-networks. Cloud Networks calls its name a
 * label; {@link #label()} and {@link #name()} are the same. Its {@link #cidr()} is the network's
 * own on Cloud Networks and its first subnet's on Neutron (read with it).
 *
 * <p>An immutable snapshot carrying its client: {@link #delete()}, {@link #getServerNetworks()}
 * and {@link #reload()} (a pseudo-network reloads as itself, as pyrax's {@code get()} skipped
 * them). Every field of the response is kept ({@link #attribute(String)}, {@link #json()}).
 */
public final class Network extends Resource<Network> {

    private final Networks networks;
    private final NetworkApiType api;
    private final NetworkFields fields;
    private final List<String> subnetCidrs;

    Network(Networks networks, NetworkApiType api, JsonNode json, List<String> subnetCidrs) {
        super(json);
        this.networks = Objects.requireNonNull(networks, "networks must not be null");
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.fields = readFields(NetworkFields.class);
        this.subnetCidrs = List.copyOf(subnetCidrs);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return the network's label: Cloud Networks' {@code label}, Neutron's {@code name} */
    public @Nullable String label() {
        return fields.label() != null ? fields.label() : fields.name();
    }

    /** @return the same as {@link #label()}: pyrax aliases the two */
    public @Nullable String name() {
        return label();
    }

    /**
     * @return its address range, such as {@code 192.168.0.0/24}: on Neutron its first subnet's;
     *     empty for a pseudo-network or a Neutron network without a subnet
     */
    public Optional<String> cidr() {
        if (fields.cidr() != null) {
            return Optional.of(fields.cidr());
        }
        return subnetCidrs.stream().findFirst();
    }

    /** @return the address ranges of all its subnets (Neutron), or its one CIDR (Cloud Networks) */
    public List<String> cidrs() {
        return fields.cidr() != null ? List.of(fields.cidr()) : subnetCidrs;
    }

    /** @return the ids of its subnets (Neutron; empty on Cloud Networks) */
    public List<String> subnetIds() {
        return fields.subnets();
    }

    /** @return pyrax's {@code is_isolated}: false for the {@code public} and {@code private} pseudo-networks */
    public boolean isIsolated() {
        return !Networks.PSEUDO_NETWORKS.contains(id());
    }

    /** @return Neutron's status ({@code ACTIVE}, {@code DOWN}, {@code BUILD}, {@code ERROR}), if reported */
    public Optional<String> status() {
        return Optional.ofNullable(fields.status());
    }

    /** @return whether every project may use it (Neutron), if reported */
    public Optional<Boolean> shared() {
        return Optional.ofNullable(fields.shared());
    }

    /** @return whether it is an external network, the source of floating IPs (Neutron's {@code router:external}) */
    public boolean isExternal() {
        return Boolean.TRUE.equals(fields.external());
    }

    /** @return whether it is administratively up (Neutron), if reported */
    public Optional<Boolean> adminStateUp() {
        return Optional.ofNullable(fields.adminStateUp());
    }

    /** @return the project it belongs to (Neutron), if reported */
    public Optional<String> projectId() {
        return Optional.ofNullable(fields.projectId() != null ? fields.projectId() : fields.tenantId());
    }

    /** @return its description (Neutron), if any */
    public Optional<String> description() {
        return Optional.ofNullable(fields.description()).filter(text -> !text.isEmpty());
    }

    /** @return its MTU (Neutron), if reported */
    public Optional<Integer> mtu() {
        return Optional.ofNullable(fields.mtu());
    }

    /** @return the API this snapshot came from */
    public NetworkApiType apiType() {
        return api;
    }

    /** @return the client this snapshot came from */
    public Networks networks() {
        return networks;
    }

    /**
     * pyrax's {@code network.delete()}.
     *
     * @throws org.cloudsdk.errors.NetworkInUseException when servers are attached to it
     */
    public void delete() {
        networks.delete(id());
    }

    /** @return pyrax's {@code network.get_server_networks()}: the attachment of a new server to this network only */
    public List<NetworkAttachment> getServerNetworks() {
        return getServerNetworks(false, false);
    }

    /**
     * pyrax's {@code network.get_server_networks(public=..., private=...)}: the {@code networks}
     * of {@link org.cloudsdk.compute.ServerCreateOptions.Builder#networks(List)} that attach a new
     * server to this network and, on Rackspace, to the public Internet and to ServiceNet.
     *
     * @param includePublic also attach the {@code public} pseudo-network (Rackspace only)
     * @param includePrivate also attach the {@code private} ServiceNet pseudo-network (Rackspace only)
     * @return the attachments, this network first
     * @throws IllegalArgumentException when a pseudo-network is asked for on Neutron, which has none
     */
    public List<NetworkAttachment> getServerNetworks(boolean includePublic, boolean includePrivate) {
        return Networks.serverNetworks(api, id(), includePublic, includePrivate);
    }

    @Override
    public CompletableFuture<Network> reloadAsync() {
        if (!isIsolated()) {
            return CompletableFuture.completedFuture(this);
        }
        return networks.getAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "network";
    }

    /** @return pyrax's {@code <CloudNetwork cidr=..., id=..., label=...>}, in Java's style */
    @Override
    public String toString() {
        return "Network[id=" + id() + ", label=" + label() + cidr().map(value -> ", cidr=" + value).orElse("") + "]";
    }
}
