package org.cloudsdk.octavia;

import org.jspecify.annotations.Nullable;

/** What Octavia observes of an object ({@code operating_status}), from its health monitors. */
public enum OperatingStatus {
    /** Operating normally; every member is healthy. */
    ONLINE,
    /** A member not accepting new connections. */
    DRAINING,
    /** Administratively disabled, or not yet seen by the health manager. */
    OFFLINE,
    /** One or more of its children are in ERROR. */
    DEGRADED,
    /** Failed its health checks, or every member of a pool is in ERROR. */
    ERROR,
    /** No health monitor watches it. */
    NO_MONITOR,
    /** A value this SDK does not know. */
    UNKNOWN;

    static OperatingStatus of(@Nullable Object value) {
        return OctaviaEnums.parse(OperatingStatus.class, value);
    }
}
