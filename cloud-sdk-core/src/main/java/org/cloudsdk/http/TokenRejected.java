package org.cloudsdk.http;

/** A 401 to an authenticated request: the token it carried, and the failure to report if replay fails. */
final class TokenRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient String token;
    private final transient TransportFailure failure;

    TokenRejected(String token, TransportFailure failure) {
        super(null, null, false, false);
        this.token = token;
        this.failure = failure;
    }

    String token() {
        return token;
    }

    TransportFailure failure() {
        return failure;
    }
}
