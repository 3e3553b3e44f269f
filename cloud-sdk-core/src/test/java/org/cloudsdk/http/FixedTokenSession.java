package org.cloudsdk.http;

import reactor.core.publisher.Mono;

/**
 * The session of the WireMock request tests of every service package: it always gives the same
 * token and never authenticates, so a test's requests carry a token it can assert and nothing
 * but the service's own requests reach the stub.
 */
public final class FixedTokenSession implements AuthSession {

    private final String token;

    /** @param token the token every request carries */
    public FixedTokenSession(String token) {
        this.token = token;
    }

    @Override
    public Mono<String> token() {
        return Mono.just(token);
    }

    @Override
    public Mono<String> reauthenticate(String rejectedToken) {
        return Mono.just(token);
    }

    @Override
    public boolean canReauthenticate() {
        return false;
    }
}
