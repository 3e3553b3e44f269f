package org.cloudsdk.queue;

import org.cloudsdk.errors.CloudException;

/**
 * pyrax's {@code QueueClientIDNotDefined}: a message or claim call was made by a client without a
 * client id. Raised before any request; set one with {@link Queues#withClientId(java.util.UUID)},
 * the {@code queue_client_id} setting or the {@code CLOUD_QUEUES_ID} variable.
 */
public class QueueClientIdNotDefinedException extends CloudException {

    private static final long serialVersionUID = 1L;

    /** @param operation the call that needed the id */
    public QueueClientIdNotDefinedException(String operation) {
        super(operation + " needs a queue client id (a canonical UUID): set it with Queues.withClientId(UUID), the"
                + " queue_client_id setting or the CLOUD_QUEUES_ID environment variable");
    }
}
