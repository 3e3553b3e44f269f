package org.cloudsdk.designate;

/**
 * The {@code status} of a zone, record set or floating IP PTR: {@code PENDING} while Designate
 * pushes a change to its name servers, {@code ACTIVE} once they serve it, {@code ERROR} when they
 * could not be updated. {@link DesignateAction} says which change is under way.
 */
public enum DesignateStatus {
    /** The name servers serve the resource as it is. */
    ACTIVE,
    /** A change is being pushed to the name servers ({@link DesignateAction} says which). */
    PENDING,
    /** The change could not be pushed; waits end with a failure. */
    ERROR,
    /** Deleted (seen only on some listings; a deleted zone usually answers 404). */
    DELETED,
    /** A status of Designate's internal bookkeeping. */
    SUCCESS,
    /** A status of Designate's internal bookkeeping: the name servers do not know the zone. */
    NO_ZONE,
    /** A status this SDK does not know, as a newer server may send. */
    UNKNOWN
}
