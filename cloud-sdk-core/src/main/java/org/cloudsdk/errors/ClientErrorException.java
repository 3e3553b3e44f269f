package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The server rejected the request with a 4xx status (pyrax's {@code ClientException}).
 */
public class ClientErrorException extends CloudException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public ClientErrorException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
    }

    /**
     * @param message what went wrong
     */
    public ClientErrorException(String message) {
        super(message, ErrorDetails.NONE, null);
    }
}
