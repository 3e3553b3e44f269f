package org.cloudsdk.loadbalancer;

/** Where a virtual IP is routable. */
public enum VirtualIpType {
    /** On the public Internet. */
    PUBLIC,
    /** On Rackspace's private ServiceNet only, within the region. */
    SERVICENET,
    /** A type this SDK does not know (never sent). */
    UNKNOWN;
}
