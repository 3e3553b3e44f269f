package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The image is not shared with the project whose member status was to change (pyrax's
 * {@code InvalidImageMember}): Glance answered 404 to the update, as it does when the caller is
 * the image's owner rather than its member.
 */
public class InvalidImageMemberException extends NotFoundException {

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
