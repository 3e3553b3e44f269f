package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 409: the request conflicts with the resource's current state.
 */
public class ConflictException extends ClientErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public ConflictException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
    }

    /**
     * @param message what went wrong
     */
    public ConflictException(String message) {
        super(message, ErrorDetails.NONE, null);
    }
}
