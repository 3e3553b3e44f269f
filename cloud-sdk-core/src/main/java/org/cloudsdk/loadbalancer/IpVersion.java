package org.cloudsdk.loadbalancer;

/** The version of a virtual IP's address. */
public enum IpVersion {
    /** IPv4. */
    IPV4,
    /** IPv6. */
    IPV6,
    /** A version this SDK does not know (never sent). */
    UNKNOWN;
}
