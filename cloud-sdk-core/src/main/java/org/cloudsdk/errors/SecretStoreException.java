package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The operating system's keychain could not be read, or holds no secret for the user (used by {@code keyringAuth}).
 */
public class SecretStoreException extends CloudException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public SecretStoreException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
    }

    /**
     * @param message what went wrong
     */
    public SecretStoreException(String message) {
        super(message, ErrorDetails.NONE, null);
    }
}
