package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The storage object does not exist (pyrax's {@code NoSuchObject}): a 404 on an object operation.
 * Swift answers the same 404 when the container itself is missing.
 */
public class NoSuchObjectException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    private final String container;
    private final String object;

    /**
     * @param container the container's name
     * @param object the object's name
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public NoSuchObjectException(String container, String object, String message, ErrorDetails details,
            @Nullable Throwable cause) {
        super(message, details, cause);
        this.container = container;
        this.object = object;
    }

    /** @return the name of the container that was searched */
    public String container() {
        return container;
    }

    /** @return the name of the missing object */
    public String object() {
        return object;
    }
}
