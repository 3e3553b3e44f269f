package org.cloudsdk.http;

import reactor.core.publisher.Mono;

/**
 * What the transport needs from an authenticated session: a valid token for the next request, and
 * a way to replace a token the server rejected. Implementations share one re-authentication among
 * every caller that saw the same rejected token (single flight).
 */
public interface AuthSession {

    /**
     * @return a token to send, authenticating first when there is none yet or it is about to
     *     expire
     */
    Mono<String> token();

    /**
     * Replaces a token the server answered 401 to. When another caller already replaced it, the
     * new token is returned without a second authentication.
     *
     * @param rejectedToken the token that was refused
     * @return the token to replay the request with
     */
    Mono<String> reauthenticate(String rejectedToken);

    /**
     * @return false when the session holds no credentials (a token given by the caller), so a
     *     rejected token cannot be replaced
     */
    boolean canReauthenticate();
}
