package org.cloudsdk.designate;

import java.util.Objects;

/**
 * One name server that serves a zone, from {@code GET /v2/zones/{id}/nameservers}.
 *
 * @param hostname its fully qualified name ({@code ns1.example.com.})
 * @param priority its order among the zone's name servers (lower first)
 */
public record NameServer(String hostname, int priority) {

    /** Checks the hostname. */
    public NameServer {
        Objects.requireNonNull(hostname, "hostname must not be null");
    }
}
