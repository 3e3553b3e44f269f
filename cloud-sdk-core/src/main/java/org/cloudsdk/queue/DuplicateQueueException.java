package org.cloudsdk.queue;

import org.cloudsdk.errors.ConflictException;

/**
 * pyrax's {@code DuplicateQueue}: a queue of that name exists already. The service answers a
 * create of an existing queue with 204 instead of 201, which this exception reports.
 */
public class DuplicateQueueException extends ConflictException {

    private static final long serialVersionUID = 1L;

    /** @param name the queue's name */
    public DuplicateQueueException(String name) {
        super("a queue named '" + name + "' already exists");
    }
}
