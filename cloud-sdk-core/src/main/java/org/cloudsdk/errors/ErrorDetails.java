package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * What is known about a failed call: the HTTP status (0 when no response arrived), the service and
 * operation that failed, the server's request id and the message the server gave.
 *
 * @param status the HTTP status code, or 0 when the call never got a response
 * @param service the service name (for example {@code object_store} or {@code identity}), or null
 * @param operation the SDK operation (for example {@code authenticate}), or null
 * @param requestId the server's request id ({@code x-openstack-request-id}, {@code x-trans-id},
 *     {@code x-compute-request-id}), or null
 * @param serverMessage the message parsed from the server's error body, or null
 */
public record ErrorDetails(int status, @Nullable String service, @Nullable String operation, @Nullable String requestId,
        @Nullable String serverMessage) {

    /** Details of a failure that did not come from a call. */
    public static final ErrorDetails NONE = new ErrorDetails(0, null, null, null, null);

    /**
     * Details for a failure that happened before or instead of an HTTP response.
     *
     * @param service the service name
     * @param operation the operation name
     * @return details without status, request id or server message
     */
    public static ErrorDetails of(String service, String operation) {
        return new ErrorDetails(0, service, operation, null, null);
    }
}
