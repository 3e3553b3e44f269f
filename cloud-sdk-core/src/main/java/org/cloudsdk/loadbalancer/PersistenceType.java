package org.cloudsdk.loadbalancer;

/** How session persistence sends a client back to the same node. */
public enum PersistenceType {
    /** An HTTP cookie inserted by the balancer (HTTP balancers only). */
    HTTP_COOKIE,
    /** The client's source address (HTTPS pass-through and non-HTTP balancers only). */
    SOURCE_IP,
    /** A type this SDK does not know (never sent). */
    UNKNOWN;
}
