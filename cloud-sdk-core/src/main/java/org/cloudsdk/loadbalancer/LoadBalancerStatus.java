package org.cloudsdk.loadbalancer;

/** The status of a load balancer; it accepts changes only when {@link #ACTIVE}. */
public enum LoadBalancerStatus {
    /** Ready: it accepts changes. */
    ACTIVE,
    /** Being built after its creation. */
    BUILD,
    /** Its creation is queued. */
    PENDING_CREATE,
    /** A change is being applied: it refuses further changes (422) until it is ACTIVE again. */
    PENDING_UPDATE,
    /** Being deleted. */
    PENDING_DELETE,
    /** Deleted (listed with {@code status=DELETED} only); immutable and irrecoverable. */
    DELETED,
    /** Failed: it will not become ACTIVE by itself. */
    ERROR,
    /** Suspended by Rackspace: it refuses changes. */
    SUSPENDED,
    /** A status this SDK does not know. */
    UNKNOWN;
}
