package org.cloudsdk.octavia;

import org.cloudsdk.http.Microversion;
import org.jspecify.annotations.Nullable;

/** How a pool spreads connections over its members ({@code lb_algorithm}). */
public enum LbAlgorithm {
    /** Each member in turn, by weight. */
    ROUND_ROBIN,
    /** The member with the fewest active connections. */
    LEAST_CONNECTIONS,
    /** A hash of the client's address: one client, one member. */
    SOURCE_IP,
    /** A hash of the client's address and port (API 2.13 and later). */
    SOURCE_IP_PORT,
    /** A value this SDK does not know. */
    UNKNOWN;

    @Nullable Microversion since() {
        return this == SOURCE_IP_PORT ? OctaviaEnums.version("2.13") : null;
    }
}
