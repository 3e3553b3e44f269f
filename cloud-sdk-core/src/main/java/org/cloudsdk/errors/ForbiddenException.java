package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 403: the authenticated user may not perform this operation.
 */
public class ForbiddenException extends ClientErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public ForbiddenException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
    }

    /**
     * @param message what went wrong
     */
    public ForbiddenException(String message) {
        super(message, ErrorDetails.NONE, null);
    }
}
