package org.cloudsdk.errors;

/**
 * A microversion was asked for that the server, or this SDK's client of the service, does not
 * support, or the two have none in common. Raised before the request that would have used it; the
 * message gives both ranges.
 */
public class UnsupportedMicroversionException extends CloudException {

    private static final long serialVersionUID = 1L;

    /**
     * @param service the service
     * @param message the full message, with both ranges
     */
    public UnsupportedMicroversionException(String service, String message) {
        super(message, ErrorDetails.of(service, "microversion"), null);
    }
}
