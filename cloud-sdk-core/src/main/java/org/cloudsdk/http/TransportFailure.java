package org.cloudsdk.http;

import java.time.Duration;
import java.util.Objects;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ConnectionFailedException;
import org.cloudsdk.errors.ErrorDetails;
import org.cloudsdk.errors.TlsHandshakeException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * A failed attempt, kept raw inside the transport until the retry loop is done with it, so that
 * the typed exception thrown at the end can say how many attempts were made.
 */
final class TransportFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ApiRequest request;
    private final int status;
    private final transient HttpHeaders headers;
    private final transient byte[] body;
    private final boolean transientFailure;
    private final transient @Nullable Duration retryAfter;

    private TransportFailure(ApiRequest request, int status, HttpHeaders headers, byte[] body,
            @Nullable Throwable cause, boolean transientFailure, @Nullable Duration retryAfter) {
        super(null, cause, false, false);
        this.request = request;
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.transientFailure = transientFailure;
        this.retryAfter = retryAfter;
    }

    static TransportFailure http(ApiRequest request, int status, HttpHeaders headers, byte[] body) {
        boolean retryable = status == 408 || status == 429 || status == 500 || status == 502 || status == 503
                || status == 504;
        return new TransportFailure(request, status, headers, body, null, retryable, ErrorMapper.retryAfter(headers));
    }

    static TransportFailure connection(ApiRequest request, Throwable cause, boolean retryable) {
        return new TransportFailure(request, 0, HttpHeaders.EMPTY, new byte[0], cause, retryable, null);
    }

    /** A failed TLS handshake: final, so never retried. */
    static TransportFailure tlsHandshake(ApiRequest request, Throwable cause) {
        return new TransportFailure(request, -1, HttpHeaders.EMPTY, new byte[0], cause, false, null);
    }

    int status() {
        return status;
    }

    boolean isTransient() {
        return transientFailure;
    }

    @Nullable Duration retryAfter() {
        return retryAfter;
    }

    CloudException toException(int attempts) {
        if (status > 0) {
            return ErrorMapper.toException(request, status, headers, body, attempts);
        }
        // connection and handshake failures are made with their cause
        Throwable cause = Objects.requireNonNull(getCause(), "cause");
        if (status == -1) {
            return new TlsHandshakeException(request.operation() + " on " + request.service() + " failed: "
                    + TlsFailures.describe(request.baseUrl(), cause), TlsFailures.hostOf(request.baseUrl()),
                    ErrorDetails.of(request.service(), request.operation()), cause);
        }
        StringBuilder message = new StringBuilder(request.operation()).append(" on ").append(request.service());
        if (request.region() != null) {
            message.append(" (region ").append(request.region()).append(')');
        }
        message.append(" failed: no response from ").append(Redactor.url(request.baseUrl())).append(": ")
                .append(describe(cause));
        if (attempts > 1) {
            message.append(" (after ").append(attempts).append(" attempts)");
        }
        return new ConnectionFailedException(message.toString(),
                ErrorDetails.of(request.service(), request.operation()), cause);
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage();
        String name = root.getClass().getSimpleName();
        return text == null || text.isBlank() ? name : name + ": " + text;
    }
}
