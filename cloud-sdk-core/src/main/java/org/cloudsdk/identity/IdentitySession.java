package org.cloudsdk.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.cloudsdk.errors.NotAuthenticatedException;
import org.cloudsdk.http.AuthSession;
import org.jspecify.annotations.Nullable;
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
    private final @Nullable String authEndpoint;
    private final @Nullable String region;
    private final IdentityHttp http;
    private volatile Login login;
    private final AtomicReference<@Nullable Token> current = new AtomicReference<>();
    private final Duration refreshMargin;
    private final Clock clock;
    private final ObservationRegistry observations;
    private final String missingCredentialsHint;
    private final Object lock = new Object();
    private @Nullable Mono<Token> inFlight;

    /** Credentials and scope: replaced together by {@link #authenticateWithToken}. */
    private record Login(@Nullable Credentials credentials, AuthScope scope) {
    }

    /**
     * @param provider the identity provider
     * @param authEndpoint the identity URL, or null when the provider has a default
     * @param region the configured region, or null
     * @param http sends identity requests through the context's transport
     * @param credentials what to authenticate with, or null when none are known (then every use
     *     fails with {@link NotAuthenticatedException} until {@link #authenticateWithToken})
     * @param scope the project (tenant) and domains, or null for an unscoped session
     * @param refreshMargin how long before expiry a token is replaced
     * @param clock the clock expiry is judged by
     * @param observations where {@code cloud.auth} observations go, or null for none
     * @param missingCredentialsHint what to tell a user who set no credentials
     */
    public IdentitySession(IdentityProvider provider, @Nullable String authEndpoint, @Nullable String region,
            IdentityHttp http, @Nullable Credentials credentials, @Nullable AuthScope scope, Duration refreshMargin,
            Clock clock, @Nullable ObservationRegistry observations, String missingCredentialsHint) {
        this.provider = Objects.requireNonNull(provider, "provider must not be null");
        this.authEndpoint = authEndpoint;
        this.region = region;
        this.http = Objects.requireNonNull(http, "http must not be null");
        this.login = new Login(credentials, scope == null ? AuthScope.NONE : scope);
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
    public @Nullable Token currentToken() {
        return current.get();
    }

    /** @return whether credentials (or a token) are known */
    public boolean hasCredentials() {
        return login.credentials() != null;
    }

    /** @return the project (tenant) and domains authentication is scoped to */
    public AuthScope scope() {
        return login.scope();
    }

    /** @return whether a token is held and not expired */
    public boolean isAuthenticated() {
        Token token = current.get();
        return token != null && !token.expiresWithin(Duration.ZERO, clock.instant());
    }

    @Override
    public boolean canReauthenticate() {
        Credentials credentials = login.credentials();
        return credentials != null && !(credentials instanceof Credentials.Token);
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
     * @param scope the tenant it belongs to, or null for none
     * @return the session's new token
     */
    public Mono<Token> authenticateWithToken(String token, @Nullable AuthScope scope) {
        login = new Login(Credentials.token(token), scope == null ? AuthScope.NONE : scope);
        current.set(null);
        return refresh(null, "token");
    }

    @Override
    public Mono<String> token() {
        return Mono.defer(() -> {
            Token token = current.get();
            if (token != null && !token.expiresWithin(refreshMargin, clock.instant())) {
                return Mono.just(token.id());
            }
            if (token != null && !canReauthenticate()) {
                // a caller-given token cannot be refreshed (posting it again after it expired only
                // fails at the identity service): use it until the server says otherwise, which
                // the transport reports as TokenExpiredException
                return Mono.just(token.id());
            }
            return refresh(token == null ? null : token.id(), token == null ? "initial" : "expiring").map(Token::id);
        });
    }

    @Override
    public Mono<String> reauthenticate(String rejectedToken) {
        return refresh(rejectedToken, "rejected").map(Token::id);
    }

    private Mono<Token> refresh(@Nullable String staleTokenId, String reason) {
        return Mono.defer(() -> {
            Login active = login;
            Credentials credentials = active.credentials();
            if (credentials == null) {
                return Mono.error(new NotAuthenticatedException(missingCredentialsHint));
            }
            AuthenticationRequest authRequest = new AuthenticationRequest(authEndpoint, credentials,
                    active.scope(), region, http);
            synchronized (lock) {
                Token now = current.get();
                // reuse a valid token that replaced the stale one, or that another caller's initial
                // authentication obtained after this caller found none
                if (now != null && !now.expiresWithin(refreshMargin, clock.instant())
                        && (staleTokenId != null ? !now.id().equals(staleTokenId) : "initial".equals(reason))) {
                    return Mono.just(now);
                }
                if (inFlight == null) {
                    AtomicReference<Mono<Token>> self = new AtomicReference<>();
                    // the new token is published and the flight ended in one step, before any caller
                    // sees the token: a caller refused with it must start a new flight, not join this one
                    Mono<Token> flight = Mono.fromCallable(() -> authenticateOnce(authRequest, reason))
                            .subscribeOn(Schedulers.boundedElastic())
                            .doOnEach(signal -> {
                                synchronized (lock) {
                                    if (signal.isOnNext()) {
                                        current.set(signal.get());
                                    }
                                    if (inFlight == self.get()) {
                                        inFlight = null;
                                    }
                                }
                            })
                            .doFinally(signal -> {
                                synchronized (lock) {
                                    // also after a cancellation, but never ending a newer flight
                                    if (inFlight == self.get()) {
                                        inFlight = null;
                                    }
                                }
                            })
                            .cache();
                    self.set(flight);
                    inFlight = flight;
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
