package org.cloudsdk.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.cloudsdk.errors.NotAuthenticatedException;
import org.cloudsdk.http.AuthSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The authenticated state of one context: the current token and how to get a new one. Only one
 * authentication runs at a time: every caller that needs a token while one is under way waits for
 * that one (single flight), and a caller reporting a token that was already replaced gets the new
 * one without another authentication. A token within the refresh margin of its expiry is replaced
 * before use.
 *
 * <p>Thread-safe. Records a {@code cloud.auth} observation per authentication.
 */
public final class IdentitySession implements AuthSession {

    private static final Logger LOG = LoggerFactory.getLogger(IdentitySession.class);
    private static final String OBSERVATION = "cloud.auth";

    private final IdentityProvider provider;
    private final AtomicReference<AuthenticationRequest> request;
    private final AtomicReference<Token> current = new AtomicReference<>();
    private final Duration refreshMargin;
    private final Clock clock;
    private final ObservationRegistry observations;
    private final String missingCredentialsHint;
    private final Object lock = new Object();
    private Mono<Token> inFlight;

    /**
     * @param provider the identity provider
     * @param request what to authenticate with; its credentials may be null when none are known yet
     *     (then every use fails with {@link NotAuthenticatedException})
     * @param refreshMargin how long before expiry a token is replaced
     * @param clock the clock expiry is judged by
     * @param observations where {@code cloud.auth} observations go
     * @param missingCredentialsHint what to tell a user who set no credentials
     */
    public IdentitySession(IdentityProvider provider, AuthenticationRequest request, Duration refreshMargin,
            Clock clock, ObservationRegistry observations, String missingCredentialsHint) {
        this.provider = Objects.requireNonNull(provider, "provider must not be null");
        this.request = new AtomicReference<>(request);
        this.refreshMargin = Objects.requireNonNull(refreshMargin, "refreshMargin must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.observations = observations == null ? ObservationRegistry.NOOP : observations;
        this.missingCredentialsHint = missingCredentialsHint;
    }

    /** @return the provider */
    public IdentityProvider provider() {
        return provider;
    }

    /** @return the current token, or null before the first authentication */
    public Token currentToken() {
        return current.get();
    }

    /** @return whether credentials (or a token) are known */
    public boolean hasCredentials() {
        return request.get() != null;
    }

    /** @return whether a token is held and not expired */
    public boolean isAuthenticated() {
        Token token = current.get();
        return token != null && !token.expiresWithin(Duration.ZERO, clock.instant());
    }

    @Override
    public boolean canReauthenticate() {
        AuthenticationRequest r = request.get();
        return r != null && !(r.credentials() instanceof Credentials.Token);
    }

    /**
     * Authenticates now, even when a valid token is held (joining one already under way).
     *
     * @return the new token
     */
    public Mono<Token> authenticate() {
        return refresh(null, "explicit");
    }

    /**
     * Replaces the credentials with a token the caller obtained elsewhere (pyrax's
     * {@code auth_with_token}) and authenticates with it, which also fetches the catalog.
     *
     * @param token the token
     * @param scope the tenant it belongs to
     * @return the session's new token
     */
    public Mono<Token> authenticateWithToken(String token, AuthScope scope) {
        AuthenticationRequest base = request.get();
        if (base == null) {
            throw new IllegalStateException("the session has no identity settings to authenticate with");
        }
        request.set(base.with(Credentials.token(token), scope));
        current.set(null);
        return refresh(null, "token");
    }

    /**
     * Sets the request when the session was created without credentials.
     *
     * @param newRequest what to authenticate with
     */
    public void setRequest(AuthenticationRequest newRequest) {
        request.set(Objects.requireNonNull(newRequest, "request must not be null"));
        current.set(null);
    }

    /** @return the request, or null when no credentials are known */
    public AuthenticationRequest request() {
        return request.get();
    }

    @Override
    public Mono<String> token() {
        return Mono.defer(() -> {
            Token token = current.get();
            if (token != null && !token.expiresWithin(refreshMargin, clock.instant())) {
                return Mono.just(token.id());
            }
            if (token != null && !canReauthenticate() && !token.expiresWithin(Duration.ZERO, clock.instant())) {
                // a caller-given token cannot be refreshed: use it until the server says otherwise
                return Mono.just(token.id());
            }
            return refresh(token == null ? null : token.id(), token == null ? "initial" : "expiring").map(Token::id);
        });
    }

    @Override
    public Mono<String> reauthenticate(String rejectedToken) {
        return refresh(rejectedToken, "rejected").map(Token::id);
    }

    private Mono<Token> refresh(String staleTokenId, String reason) {
        return Mono.defer(() -> {
            AuthenticationRequest authRequest = request.get();
            if (authRequest == null) {
                return Mono.error(new NotAuthenticatedException(missingCredentialsHint));
            }
            synchronized (lock) {
                Token now = current.get();
                if (staleTokenId != null && now != null && !now.id().equals(staleTokenId)
                        && !now.expiresWithin(refreshMargin, clock.instant())) {
                    return Mono.just(now);
                }
                if (inFlight == null) {
                    inFlight = Mono.fromCallable(() -> authenticateOnce(authRequest, reason))
                            .subscribeOn(Schedulers.boundedElastic())
                            .doOnNext(current::set)
                            .doFinally(signal -> {
                                synchronized (lock) {
                                    inFlight = null;
                                }
                            })
                            .cache();
                }
                return inFlight;
            }
        });
    }

    private Token authenticateOnce(AuthenticationRequest authRequest, String reason) {
        Observation observation = Observation.createNotStarted(OBSERVATION, observations)
                .lowCardinalityKeyValue(KeyValue.of("identity", provider.name()))
                .lowCardinalityKeyValue(KeyValue.of("reason", reason))
                .start();
        try {
            Token token = provider.authenticate(authRequest);
            observation.lowCardinalityKeyValue("outcome", "SUCCESS");
            LOG.debug("authenticated with {} identity ({}): {}", provider.name(), reason, token);
            return token;
        } catch (RuntimeException e) {
            observation.lowCardinalityKeyValue("outcome", "FAILURE");
            observation.error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }
}
