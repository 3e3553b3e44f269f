package org.cloudsdk.loadbalancer;

import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * A virtual IP asked for (pyrax's {@code clb.VirtualIP(type="PUBLIC")}): a new address of a type
 * and IP version, or the id of another balancer's virtual IP to share. Immutable.
 *
 * <pre>{@code
 * VirtualIpSpec vip = VirtualIpSpec.publicIp();
 * VirtualIpSpec internal = VirtualIpSpec.servicenet();
 * VirtualIpSpec v6 = VirtualIpSpec.of(VirtualIpType.PUBLIC, IpVersion.IPV6);
 * VirtualIpSpec shared = VirtualIpSpec.shared("1893");
 * }</pre>
 */
public final class VirtualIpSpec {

    private final @Nullable VirtualIpType type;
    private final @Nullable IpVersion ipVersion;
    private final @Nullable String sharedId;

    private VirtualIpSpec(@Nullable VirtualIpType type, @Nullable IpVersion ipVersion, @Nullable String sharedId) {
        this.type = type;
        this.ipVersion = ipVersion;
        this.sharedId = sharedId;
    }

    /** @return a new public IPv4 address, pyrax's default */
    public static VirtualIpSpec publicIp() {
        return of(VirtualIpType.PUBLIC, IpVersion.IPV4);
    }

    /** @return a new ServiceNet IPv4 address */
    public static VirtualIpSpec servicenet() {
        return of(VirtualIpType.SERVICENET, IpVersion.IPV4);
    }

    /**
     * @param type PUBLIC or SERVICENET
     * @param ipVersion IPV4 or IPV6
     * @return a new address of that type and version
     */
    public static VirtualIpSpec of(VirtualIpType type, IpVersion ipVersion) {
        return new VirtualIpSpec(LoadBalancerLimits.known(type, "type"), LoadBalancerLimits.known(ipVersion, "ipVersion"),
                null);
    }

    /**
     * @param virtualIpId the id of a virtual IP of another balancer of the account, to share
     *     (the two balancers must differ in port or protocol)
     * @return the shared address
     */
    public static VirtualIpSpec shared(String virtualIpId) {
        return new VirtualIpSpec(null, null, LoadBalancerLimits.id(virtualIpId, "virtualIpId"));
    }

    /** @return the type of a new address; empty for a shared one */
    public Optional<VirtualIpType> type() {
        return Optional.ofNullable(type);
    }

    /** @return the IP version of a new address; empty for a shared one */
    public Optional<IpVersion> ipVersion() {
        return Optional.ofNullable(ipVersion);
    }

    /** @return the id of the shared virtual IP; empty for a new address */
    public Optional<String> sharedId() {
        return Optional.ofNullable(sharedId);
    }

    ObjectNode toJson() {
        ObjectNode vip = Json.object();
        if (sharedId != null) {
            vip.put("id", Long.parseLong(sharedId));
        } else {
            vip.put("type", Objects.requireNonNull(type).name());
            vip.put("ipVersion", Objects.requireNonNull(ipVersion).name());
        }
        return vip;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof VirtualIpSpec that && type == that.type && ipVersion == that.ipVersion
                && Objects.equals(sharedId, that.sharedId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, ipVersion, sharedId);
    }

    @Override
    public String toString() {
        return sharedId != null ? "VirtualIpSpec[shared=" + sharedId + "]"
                : "VirtualIpSpec[type=" + type + ", ipVersion=" + ipVersion + "]";
    }
}
