package org.cloudsdk.designate;

/**
 * The types of record sets Designate serves. The record data of each is checked before a request
 * ({@link Designate#createRecordSet}); SOA and the zone's own NS record set are managed by
 * Designate and read only.
 */
public enum RecordType {
    /** An IPv4 address: {@code 192.0.2.10}. */
    A,
    /** An IPv6 address: {@code 2001:db8::10}. */
    AAAA,
    /** An alias, a fully qualified name: {@code www.example.org.}; one record per set. */
    CNAME,
    /** A mail exchanger, priority and name: {@code 10 mail.example.org.}. */
    MX,
    /** A name server, a fully qualified name: {@code ns1.example.org.}. */
    NS,
    /** Text: one string without spaces, or double-quoted strings of at most 255 characters each. */
    TXT,
    /** A service, priority, weight, port and target: {@code 10 0 5060 sip.example.org.}. */
    SRV,
    /** A reverse pointer, a fully qualified name: {@code www.example.org.}. */
    PTR,
    /** A certification authority authorization, flags, tag and value: {@code 0 issue letsencrypt.org}. */
    CAA,
    /** An SSH key fingerprint, algorithm, type and hexadecimal fingerprint: {@code 1 2 6467a09c...}. */
    SSHFP,
    /** Sender policy, as TXT's text: {@code "v=spf1 +all"}. */
    SPF,
    /** The zone's start of authority, managed by Designate (read only). */
    SOA,
    /** A type this SDK does not name (NAPTR, CERT, SVCB...), as the server sent it. */
    UNKNOWN;

    /** @return true when a record set of this type may be created or changed through the API */
    public boolean isCreatable() {
        return this != SOA && this != UNKNOWN;
    }
}
