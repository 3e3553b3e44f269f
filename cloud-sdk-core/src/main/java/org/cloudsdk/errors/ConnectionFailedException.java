package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * No HTTP response arrived: the connection was refused, reset or timed out, after the transport's retries for idempotent requests.
 */
public class ConnectionFailedException extends CloudException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public ConnectionFailedException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
    }

    /**
     * @param message what went wrong
     */
    public ConnectionFailedException(String message) {
        super(message, ErrorDetails.NONE, null);
    }
}
