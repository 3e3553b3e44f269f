package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * A volume snapshot cannot be deleted in its current state: pyrax's {@code SnapshotNotAvailable}.
 * A snapshot must be {@code available} or {@code error} to be deleted, and only one snapshot of a
 * volume is deleted at a time. Thrown before any request when the snapshot handle shows another
 * status, or with the server's answer (400 or 409) as its details and cause.
 */
public class SnapshotNotAvailableException extends ClientErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public SnapshotNotAvailableException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
    }

    /**
     * @param message what went wrong, found before any request
     */
    public SnapshotNotAvailableException(String message) {
        super(message, ErrorDetails.NONE, null);
    }
}
