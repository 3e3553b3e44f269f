package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 413 or 429: a rate limit or an absolute limit was exceeded (pyrax's {@code OverLimit}). See {@link #retryAfterSeconds()} when the server said when to come back.
 */
public class OverLimitException extends ClientErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public OverLimitException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
        this.retryAfterSeconds = -1;
    }

    private final long retryAfterSeconds;

    /**
     * @param message what went wrong
     */
    public OverLimitException(String message) {
        super(message, ErrorDetails.NONE, null);
        this.retryAfterSeconds = -1;
    }

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param retryAfterSeconds the server's {@code Retry-After}, in seconds, or -1 when absent
     */
    public OverLimitException(String message, ErrorDetails details, long retryAfterSeconds) {
        super(message, details, null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** @return the server's {@code Retry-After} in seconds, or -1 when it gave none */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
