package org.cloudsdk.octavia;

import org.cloudsdk.http.Microversion;
import org.cloudsdk.model.JsonName;
import org.jspecify.annotations.Nullable;

/** How a health monitor probes the members of its pool. */
public enum HealthMonitorType {
    /** An HTTP request; {@code httpMethod}, {@code urlPath} and {@code expectedCodes} apply. */
    HTTP,
    /** An HTTPS request; {@code httpMethod}, {@code urlPath} and {@code expectedCodes} apply. */
    HTTPS,
    /** An ICMP echo. */
    PING,
    /** A TCP connection. */
    TCP,
    /** A TLS handshake. */
    @JsonName("TLS-HELLO") TLS_HELLO,
    /** A UDP datagram, for UDP pools. */
    @JsonName("UDP-CONNECT") UDP_CONNECT,
    /** An SCTP INIT (API 2.23 and later). */
    SCTP,
    /** A value this SDK does not know. */
    UNKNOWN;

    /** @return the value Octavia writes, such as {@code TLS-HELLO} */
    public String value() {
        return name().replace('_', '-');
    }

    boolean isHttp() {
        return this == HTTP || this == HTTPS;
    }

    @Nullable Microversion since() {
        return this == SCTP ? OctaviaEnums.version("2.23") : null;
    }
}
