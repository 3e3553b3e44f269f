package org.cloudsdk.designate;

/** How a zone is served: authored in Designate, or transferred from other masters. */
public enum ZoneType {
    /** Designate is the zone's master; its record sets are managed through the API. */
    PRIMARY,
    /** Designate transfers the zone from the masters it lists ({@link Zone#masters()}). */
    SECONDARY,
    /** A catalog zone (RFC 9432) of Designate's own. */
    CATALOG,
    /** A type this SDK does not know, as a newer server may send. */
    UNKNOWN
}
