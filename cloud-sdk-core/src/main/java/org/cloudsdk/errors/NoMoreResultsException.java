package org.cloudsdk.errors;

/**
 * There is no further page in the asked direction (pyrax's {@code NoMoreResults}): raised by an
 * explicit {@code nextPage()} on the last page of a listing or {@code previousPage()} on the
 * first, as pyrax's {@code list_next_page} / {@code list_previous_page} do.
 */
public class NoMoreResultsException extends CloudException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message which listing has no further page, and in which direction
     * @param details the service and operation of the listing
     */
    public NoMoreResultsException(String message, ErrorDetails details) {
        super(message, details, null);
    }

    /**
     * @param message which listing has no further page, and in which direction
     */
    public NoMoreResultsException(String message) {
        super(message, ErrorDetails.NONE, null);
    }
}
