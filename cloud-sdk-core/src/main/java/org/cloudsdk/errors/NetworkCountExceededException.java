package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The project already has as many networks as it may (pyrax's {@code NetworkCountExceeded}):
 * Rackspace allows 10 isolated networks per region unless a support ticket raises it; Neutron
 * refuses a network or subnet beyond the project's quota.
 */
public class NetworkCountExceededException extends ClientErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, with the limit
     * @param details status, service, operation, request id, server message
     * @param cause the server's answer
     */
    public NetworkCountExceededException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
    }
}
