package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The context has not authenticated and has no credentials to do so (pyrax's {@code NotAuthenticated}); the message says what to set.
 */
public class NotAuthenticatedException extends CloudException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public NotAuthenticatedException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
    }

    /**
     * @param message what went wrong
     */
    public NotAuthenticatedException(String message) {
        super(message, ErrorDetails.NONE, null);
    }
}
