package org.cloudsdk.compute;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One network a new server is attached to (pyrax's {@code nics}; Nova's {@code networks}): a
 * network by id, optionally with a fixed address, or an existing port.
 *
 * @param networkId the network's id, or null when attaching a port
 * @param fixedIp the address to give the server on that network, or null for any
 * @param portId the port's id, or null when attaching by network
 */
public record NetworkAttachment(@Nullable String networkId, @Nullable String fixedIp, @Nullable String portId) {

    /** Checks that exactly one of network and port is given. */
    public NetworkAttachment {
        if ((networkId == null) == (portId == null)) {
            throw new IllegalArgumentException("a network attachment needs either networkId or portId, not "
                    + (networkId == null ? "neither" : "both"));
        }
        if (fixedIp != null && networkId == null) {
            throw new IllegalArgumentException("fixedIp needs a networkId; a port brings its own addresses");
        }
    }

    /**
     * @param networkId the network's id (on Rackspace also {@code PUBLIC_NET_ID} / {@code SERVICE_NET_ID})
     * @return an attachment to that network
     */
    public static NetworkAttachment network(String networkId) {
        return new NetworkAttachment(requireText(networkId, "networkId"), null, null);
    }

    /**
     * @param networkId the network's id
     * @param fixedIp the address the server gets on it
     * @return an attachment to that network with that address
     */
    public static NetworkAttachment network(String networkId, String fixedIp) {
        return new NetworkAttachment(requireText(networkId, "networkId"), requireText(fixedIp, "fixedIp"), null);
    }

    /**
     * @param portId an existing port's id
     * @return an attachment of that port
     */
    public static NetworkAttachment port(String portId) {
        return new NetworkAttachment(null, null, requireText(portId, "portId"));
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
