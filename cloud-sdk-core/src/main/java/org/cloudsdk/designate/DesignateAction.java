package org.cloudsdk.designate;

/** The {@code action} under way on a zone, record set or floating IP PTR ({@code NONE} when settled). */
public enum DesignateAction {
    /** Being created. */
    CREATE,
    /** Being changed. */
    UPDATE,
    /** Being deleted. */
    DELETE,
    /** Nothing under way. */
    NONE,
    /** An action this SDK does not know, as a newer server may send. */
    UNKNOWN
}
