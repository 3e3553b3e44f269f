package org.cloudsdk.loadbalancer;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A virtual IP of a balancer as the API last described it (pyrax's {@code VirtualIP} of
 * {@code lb.virtual_ips}): an immutable snapshot carrying its balancer's id. Its id is what
 * {@link VirtualIpSpec#shared(String)} takes to share the address with a new balancer.
 */
public final class VirtualIp extends Resource<VirtualIp> {

    private final CloudLoadBalancers balancers;
    private final String loadBalancerId;
    private final VirtualIpFields fields;

    VirtualIp(CloudLoadBalancers balancers, String loadBalancerId, JsonNode json) {
        super(json);
        this.balancers = Objects.requireNonNull(balancers, "balancers must not be null");
        this.loadBalancerId = Objects.requireNonNull(loadBalancerId, "loadBalancerId must not be null");
        this.fields = readFields(VirtualIpFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return the id of the balancer it belongs to */
    public String loadBalancerId() {
        return loadBalancerId;
    }

    /** @return the address */
    public @Nullable String address() {
        return fields.address();
    }

    /** @return PUBLIC or SERVICENET */
    public VirtualIpType type() {
        return fields.type() == null ? VirtualIpType.UNKNOWN : fields.type();
    }

    /** @return IPV4 or IPV6 */
    public IpVersion ipVersion() {
        return fields.ipVersion() == null ? IpVersion.UNKNOWN : fields.ipVersion();
    }

    /** @return the client this snapshot came from */
    public CloudLoadBalancers loadBalancers() {
        return balancers;
    }

    /** A reload reads the balancer's virtual IPs: the API has no read of one. */
    @Override
    public CompletableFuture<VirtualIp> reloadAsync() {
        return balancers.getVirtualIpAsync(loadBalancerId, id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "loadbalancer_virtual_ip";
    }

    /**
     * pyrax's {@code vip.delete()}: removes it from its balancer (a balancer keeps at least one:
     * the server refuses to delete the last) and waits for the balancer to be ACTIVE.
     */
    public void delete() {
        balancers.deleteVirtualIp(loadBalancerId, id());
    }

    @Override
    public String toString() {
        return "VirtualIp[id=" + id() + ", type=" + type() + ", address=" + address() + ", ipVersion=" + ipVersion() + "]";
    }
}
