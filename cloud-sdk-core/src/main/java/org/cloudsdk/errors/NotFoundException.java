package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 404: the resource does not exist.
 */
public class NotFoundException extends ClientErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public NotFoundException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
    }

    /**
     * @param message what went wrong
     */
    public NotFoundException(String message) {
        super(message, ErrorDetails.NONE, null);
    }
}
