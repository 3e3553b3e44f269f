package org.cloudsdk.errors;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A network cannot be deleted while servers use it (pyrax's {@code NetworkInUse}). Rackspace's
 * Cloud Networks answers such a delete with 403; on Neutron the SDK finds the servers' ports
 * before sending the delete, and Neutron's own 409 ({@code NetworkInUse}, for ports the SDK does
 * not count as servers') arrives as this exception too. Delete the servers first: an isolated
 * network cannot be detached from a server.
 */
public class NetworkInUseException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final List<String> serverIds;

    /**
     * @param message what went wrong
     * @param details status, service, operation, request id, server message
     * @param cause the server's answer, or null when the SDK found the servers itself
     */
    public NetworkInUseException(String message, ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
        this.serverIds = List.of();
    }

    /**
     * @param message what went wrong
     * @param details the service and operation
     * @param serverIds the servers found on the network
     */
    public NetworkInUseException(String message, ErrorDetails details, List<String> serverIds) {
        super(message, details, null);
        this.serverIds = List.copyOf(serverIds);
    }

    /** @return the ids of the servers found on the network, when the SDK looked (Neutron); else empty */
    public List<String> serverIds() {
        return serverIds;
    }
}
