package org.cloudsdk.network;

/**
 * Which networking API a {@link Networks} client speaks, as the service catalog says: the same
 * pyrax-shaped operations ({@code list}, {@code create(label, cidr)}, {@code delete},
 * {@code getServerNetworks}) work on both.
 */
public enum NetworkApiType {

    /**
     * Rackspace Cloud Networks: the {@code os-networksv2} extension of the compute endpoint, as
     * pyrax reached it (its catalog listed no network service), or of a {@code rax:network}
     * endpoint. Networks have a label and one CIDR; the {@code public} and {@code private}
     * pseudo-networks are listed too.
     */
    CLOUD_NETWORKS,

    /**
     * OpenStack Neutron (v2.0 API, catalog type {@code network}): a network's address range is
     * its subnet's, and subnets, ports, security groups, routers and floating IPs are there too.
     */
    NEUTRON
}
