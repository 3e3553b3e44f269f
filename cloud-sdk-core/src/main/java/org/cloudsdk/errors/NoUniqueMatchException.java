package org.cloudsdk.errors;

/**
 * A find by name matched several resources (pyrax's {@code NoUniqueMatch}): names are not unique
 * in OpenStack, ids are.
 */
public class NoUniqueMatchException extends CloudException {

    private static final long serialVersionUID = 1L;

    /** @param message which name matched how many resources */
    public NoUniqueMatchException(String message) {
        super(message);
    }
}
