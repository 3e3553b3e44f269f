package org.cloudsdk.network;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** A Neutron subnet: an address range of a network, from which its ports take their addresses. */
public final class Subnet extends Resource<Subnet> {

    private final Networks networks;
    private final SubnetFields fields;

    Subnet(Networks networks, JsonNode json) {
        super(json);
        this.networks = Objects.requireNonNull(networks, "networks must not be null");
        this.fields = readFields(SubnetFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its name */
    public @Nullable String name() {
        return fields.name();
    }

    /** @return the network it belongs to */
    public @Nullable String networkId() {
        return fields.networkId();
    }

    /** @return its address range */
    public @Nullable String cidr() {
        return fields.cidr();
    }

    /** @return 4 or 6 */
    public int ipVersion() {
        return fields.ipVersion() == null ? 4 : fields.ipVersion();
    }

    /** @return its gateway's address, or empty when it has none */
    public Optional<String> gatewayIp() {
        return Optional.ofNullable(fields.gatewayIp());
    }

    /** @return whether Neutron serves DHCP on it */
    public boolean enableDhcp() {
        return Boolean.TRUE.equals(fields.enableDhcp());
    }

    /** @return the DNS servers handed to its ports */
    public List<String> dnsNameservers() {
        return fields.dnsNameservers();
    }

    /** @return the project it belongs to, if reported */
    public Optional<String> projectId() {
        return Optional.ofNullable(fields.projectId());
    }

    /** @return its description, if any */
    public Optional<String> description() {
        return Optional.ofNullable(fields.description()).filter(text -> !text.isEmpty());
    }

    /**
     * @param options the fields to change
     * @return the subnet after the change
     */
    public Subnet update(SubnetOptions options) {
        return networks.subnets().update(id(), options);
    }

    /** Deletes the subnet (refused while ports other than DHCP's use it). */
    public void delete() {
        networks.subnets().delete(id());
    }

    @Override
    public CompletableFuture<Subnet> reloadAsync() {
        return networks.subnets().getAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "subnet";
    }

    @Override
    public String toString() {
        return "Subnet[id=" + id() + ", name=" + name() + ", cidr=" + cidr() + "]";
    }
}
