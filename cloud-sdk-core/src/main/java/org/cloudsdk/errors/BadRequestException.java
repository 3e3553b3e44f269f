package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 400: the server found the request malformed or invalid.
 */
public class BadRequestException extends ClientErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public BadRequestException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
    }

    /**
     * @param message what went wrong
     */
    public BadRequestException(String message) {
        super(message, ErrorDetails.NONE, null);
    }
}
