package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The caller is not a member of the image whose member status was to change (pyrax's
 * {@code InvalidImageMember}): Glance answered 404 (no member request for that image) or, since
 * it checks the caller first, 403 (the image's owner answering in its member's place). The
 * status of {@link #details()} says which.
 */
public class InvalidImageMemberException extends ClientErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public InvalidImageMemberException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
    }
}
