package org.cloudsdk.octavia;

import org.cloudsdk.http.Microversion;
import org.jspecify.annotations.Nullable;

/** What a listener accepts on its port. */
public enum ListenerProtocol {
    /** HTTP, with layer 7 policies and header insertion. */
    HTTP,
    /** HTTPS passed through to the members (no termination). */
    HTTPS,
    /** TCP. */
    TCP,
    /** UDP. */
    UDP,
    /** HTTPS terminated on the load balancer (certificates from Barbican); pyrax's SSL termination. */
    TERMINATED_HTTPS,
    /** SCTP (API 2.23 and later). */
    SCTP,
    /** A Prometheus metrics endpoint of the load balancer itself (API 2.25 and later). */
    PROMETHEUS,
    /** A value this SDK does not know. */
    UNKNOWN;

    @Nullable Microversion since() {
        return switch (this) {
            case SCTP -> OctaviaEnums.version("2.23");
            case PROMETHEUS -> OctaviaEnums.version("2.25");
            default -> null;
        };
    }
}
