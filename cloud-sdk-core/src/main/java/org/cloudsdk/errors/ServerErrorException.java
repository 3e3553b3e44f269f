package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 5xx: the service failed to process the request, after the transport's retries for idempotent requests.
 */
public class ServerErrorException extends CloudException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public ServerErrorException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
    }

    /**
     * @param message what went wrong
     */
    public ServerErrorException(String message) {
        super(message, ErrorDetails.NONE, null);
    }
}
