package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The container does not exist (pyrax's {@code NoSuchContainer}): a 404 on a container operation,
 * or on storing an object into a container that is missing.
 */
public class NoSuchContainerException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    private final String container;

    /**
     * @param container the container's name
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public NoSuchContainerException(String container, String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
        this.container = container;
    }

    /** @return the name of the missing container */
    public String container() {
        return container;
    }
}
