package org.cloudsdk.dns;

/**
 * The record types Rackspace Cloud DNS supports, as the chapter lists them, and what each one's
 * rules are: whether it carries a priority (MX and SRV must, the others must not) and whether its
 * data is an IP address (A: IPv4, AAAA: IPv6, PTR: either).
 */
public enum RecordType {

    /** An IPv4 address. */
    A,
    /** An IPv6 address. */
    AAAA,
    /** An alias of another name. */
    CNAME,
    /** A mail server, with a priority. */
    MX,
    /** A name server of the domain; a domain keeps at least one. */
    NS,
    /** Text. */
    TXT,
    /** A service location ({@code weight port target}), with a priority. */
    SRV,
    /** Reverse DNS: the name of an IP address. */
    PTR,
    /** A type this SDK does not know, as a newer service may answer. */
    UNKNOWN;

    /** @return whether records of this type must have a priority (and others must not) */
    public boolean hasPriority() {
        return this == MX || this == SRV;
    }

    /** @return whether this type's data must be an IP address */
    public boolean hasAddressData() {
        return this == A || this == AAAA || this == PTR;
    }
}
