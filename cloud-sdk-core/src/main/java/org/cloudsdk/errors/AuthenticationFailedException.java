package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 401: the credentials or token were refused by the identity service or by a service. The message never holds a secret.
 */
public class AuthenticationFailedException extends ClientErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public AuthenticationFailedException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
    }

    /**
     * @param message what went wrong
     */
    public AuthenticationFailedException(String message) {
        super(message, ErrorDetails.NONE, null);
    }
}
