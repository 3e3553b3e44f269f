package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The root of every failure the SDK reports: each carries the HTTP status (0 when there was no
 * response), the service and operation, the server's request id and the server's own message, so
 * that a log line or a support ticket has what it needs.
 */
public class CloudException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorDetails details;

    /**
     * A failure that did not come from an HTTP call.
     *
     * @param message what went wrong
     */
    public CloudException(String message) {
        this(message, ErrorDetails.NONE, null);
    }

    /**
     * A failure that did not come from an HTTP call, with its cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public CloudException(String message, Throwable cause) {
        this(message, ErrorDetails.NONE, cause);
    }

    /**
     * A failure with full details.
     *
     * @param message what went wrong
     * @param details status, service, operation, request id, server message; null for none
     * @param cause the underlying failure, or null
     */
    public CloudException(String message, @Nullable ErrorDetails details, @Nullable Throwable cause) {
        super(message, cause);
        this.details = details == null ? ErrorDetails.NONE : details;
    }

    /** @return the details of this failure, never null */
    public ErrorDetails details() {
        return details;
    }

    /** @return the HTTP status code, or 0 when no response arrived */
    public int status() {
        return details.status();
    }

    /** @return the service that failed, or null */
    public @Nullable String service() {
        return details.service();
    }

    /** @return the operation that failed, or null */
    public @Nullable String operation() {
        return details.operation();
    }

    /** @return the server's request id, or null */
    public @Nullable String requestId() {
        return details.requestId();
    }

    /** @return the message the server gave, or null */
    public @Nullable String serverMessage() {
        return details.serverMessage();
    }
}
