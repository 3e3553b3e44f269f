package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * A volume cannot do what was asked in its current state: pyrax's {@code VolumeNotAvailable}.
 * Cinder refuses to delete a volume that is attached or has snapshots, and to snapshot an attached
 * volume without {@code force}; a request conflicting with one in progress is refused too. Thrown
 * with the server's answer (400 or 409) as its details and cause.
 */
public class VolumeNotAvailableException extends ClientErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public VolumeNotAvailableException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
    }

    /**
     * @param message what went wrong, found before any request
     */
    public VolumeNotAvailableException(String message) {
        super(message, ErrorDetails.NONE, null);
    }
}
