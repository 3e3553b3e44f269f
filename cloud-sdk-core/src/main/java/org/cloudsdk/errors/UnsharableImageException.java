package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The image cannot be shared (pyrax's {@code UnsharableImage}): Glance answered 403 to adding a
 * member, as it does for a public image or one the caller does not own.
 */
public class UnsharableImageException extends ForbiddenException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public UnsharableImageException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
    }
}
