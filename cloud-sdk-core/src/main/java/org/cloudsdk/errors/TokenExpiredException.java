package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The token given to {@code authWithToken} was refused (expired or revoked). The context holds no credentials, so it cannot re-authenticate by itself: obtain a new token and call {@code authWithToken} again, as pyrax documents.
 */
public class TokenExpiredException extends NotAuthenticatedException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public TokenExpiredException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
    }

    /**
     * @param message what went wrong
     */
    public TokenExpiredException(String message) {
        super(message, ErrorDetails.NONE, null);
    }
}
