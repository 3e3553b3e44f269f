package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * Auto Scale refused to delete a scaling group that still has servers (its
 * {@code GroupNotEmptyError}, HTTP 403). Set the group's minimum and maximum entities to 0 and
 * wait for the servers to go, or delete it with {@code force}.
 */
public class ScalingGroupNotEmptyException extends ForbiddenException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public ScalingGroupNotEmptyException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
    }
}
