package org.cloudsdk.errors;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The service catalog has no endpoint for the requested service, region and interface (pyrax's
 * {@code NoEndpointForService}). The message names what was asked and what the catalog offers.
 */
public class NoEndpointForServiceException extends CloudException {

    private static final long serialVersionUID = 1L;

    private final String requestedService;
    private final @Nullable String requestedRegion;
    private final String requestedInterface;
    private final transient List<String> available;

    /**
     * @param service the service asked for
     * @param region the region asked for, or null when any region would do
     * @param endpointInterface the interface asked for (public, internal, admin)
     * @param available what the catalog offers for that service, as "region/interface" strings
     *     (or the services it offers when the service itself is absent)
     * @param message the full message
     */
    public NoEndpointForServiceException(String service, @Nullable String region, String endpointInterface,
            List<String> available, String message) {
        super(message, ErrorDetails.of(service, "endpoint"), null);
        this.requestedService = service;
        this.requestedRegion = region;
        this.requestedInterface = endpointInterface;
        this.available = List.copyOf(available);
    }

    /** @return the service that was asked for */
    public String requestedService() {
        return requestedService;
    }

    /** @return the region that was asked for, or null */
    public @Nullable String requestedRegion() {
        return requestedRegion;
    }

    /** @return the interface that was asked for */
    public String requestedInterface() {
        return requestedInterface;
    }

    /** @return what the catalog offers instead */
    public List<String> available() {
        return available;
    }
}
