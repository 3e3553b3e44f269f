package org.cloudsdk.octavia;

import org.cloudsdk.http.Microversion;
import org.jspecify.annotations.Nullable;

/** How a pool talks to its members. */
public enum PoolProtocol {
    /** HTTP. */
    HTTP,
    /** HTTPS. */
    HTTPS,
    /** TCP with the PROXY protocol header (version 1). */
    PROXY,
    /** TCP with the PROXY protocol header, version 2 (API 2.22 and later). */
    PROXYV2,
    /** TCP. */
    TCP,
    /** UDP. */
    UDP,
    /** SCTP (API 2.23 and later). */
    SCTP,
    /** A value this SDK does not know. */
    UNKNOWN;

    @Nullable Microversion since() {
        return switch (this) {
            case PROXYV2 -> OctaviaEnums.version("2.22");
            case SCTP -> OctaviaEnums.version("2.23");
            default -> null;
        };
    }
}
