package org.cloudsdk.http;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.OperationInterruptedException;
import org.cloudsdk.errors.TokenExpiredException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ZeroCopyHttpOutputMessage;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.netty.channel.ChannelOption;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.ReadTimeoutHandler;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.transport.ProxyProvider;
import reactor.util.retry.Retry;

/**
 * The one transport: every HTTP call of a context goes through here. One WebClient on Reactor
 * Netty with a bounded connection pool; on each call the token is injected, a 401 causes one
 * re-authentication shared by every caller that saw it and one replay, transient failures of
 * idempotent requests are retried with exponential backoff and jitter (honouring
 * {@code Retry-After}), errors become typed exceptions, an observation is recorded and, when
 * asked, the exchange is logged with every secret redacted.
 *
 * <p>Only the network's failures are retried. A failure of this machine while a body is sent or
 * read (the request body's file or listener, the response's reader writing to a full disk) is
 * the call's outcome at once, as it was raised: sending the request again would only fail again
 * after moving the whole body once more.
 *
 * <p>Thread-safe; one instance serves a whole context. {@link #close()} releases its connections
 * and, when it was the last open transport, stops the SDK's event-loop threads ({@link EventLoops}).
 */
public final class Transport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
    private static final int MAX_ERROR_BODY = 64 * 1024;
    /**
     * The request attribute WebClient's own {@code http.client.requests} observation takes the URI
     * template from (Spring sets it in {@code uri(String, Map)}; the transport expands the template
     * itself and passes the URI, so it sets the attribute): with Spring Boot's WebClient.Builder
     * the {@code uri} tag stays the template, bounded, instead of every object's path.
     */
    private static final String WEB_CLIENT_URI_TEMPLATE = WebClient.class.getName() + ".uriTemplate";
    private static final String READ_TIMEOUT_HANDLER = "cloudsdk.readTimeout";
    private static final int FALLBACK_CHUNK = 64 * 1024;
    /** How long {@link #close()} waits for the connections to close and the loops to stop. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final WebClient webClient;
    /** The transport's own connection pool; null when a {@link ConnectorFactory} made the connector. */
    private final @Nullable ConnectionProvider pool;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final HttpSettings settings;
    private final RetryPolicies retryPolicies;
    private final ObservationRegistry observations;
    private final AtomicBoolean debug;
    private final String userAgent;
    private final int maxBufferedBytes;

    private Transport(Builder builder) {
        this.settings = builder.settings;
        this.retryPolicies = builder.retryPolicies.build();
        this.observations = builder.observations;
        this.debug = new AtomicBoolean(settings.debug());
        this.userAgent = SdkVersion.userAgent(settings.customUserAgent());
        this.maxBufferedBytes = builder.maxBufferedBytes;
        // files are read here, so a bad CA bundle or key fails the build, before any request
        SslContext ssl = TlsContexts.create(settings.tls(), settings.verifySsl());
        if (!settings.verifySsl()) {
            LOG.warn("TLS certificate verification is OFF for this context (verify_ssl=false): "
                    + "connections can be intercepted. Use it only against test clouds.");
        }
        UnaryOperator<HttpClient> ownPart = http -> configure(http, settings, ssl);
        WebClient.Builder base = builder.webClientBuilder != null ? builder.webClientBuilder.clone()
                : WebClient.builder().exchangeStrategies(ByteCodecs.INSTANCE);
        if (builder.connectorFactory != null) {
            // the connector (its pool, loops and timeouts) belongs to whoever supplied it
            this.pool = null;
            this.webClient = base.clientConnector(builder.connectorFactory.create(ownPart)).build();
            return;
        }
        this.pool = ConnectionProvider.builder("cloud-sdk")
                .maxConnections(settings.maxConnections())
                .pendingAcquireTimeout(settings.pendingAcquireTimeout())
                .maxIdleTime(settings.maxIdleTime())
                .evictInBackground(Duration.ofSeconds(30))
                .build();
        HttpClient http = ownPart.apply(HttpClient.create(pool)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                        settings.connectTimeout().toMillis()))
                .responseTimeout(settings.readTimeout()));
        // acquired last: nothing after it throws, so every acquire is paired with close()'s release
        SdkEventLoopGroup loops = EventLoops.SHARED.acquire();
        HttpClient onLoops = http.runOn(loops.resources());
        // through a proxy, names are the proxy's to resolve: a pass-through group of the loops' own,
        // not Reactor Netty's shared one, which would listen to the loops' termination after close()
        this.webClient = base.clientConnector(new ReactorClientHttpConnector(onLoops.resolver(
                onLoops.configuration().hasProxy() ? loops.passThroughResolver() : loops.resolver()))).build();
    }

    /**
     * What the transport needs of every Reactor Netty client it uses, its own or one built by a
     * {@link ConnectorFactory}: bodies read in large pooled buffers ({@link ReceiveBuffers}), a read
     * timeout between body chunks, its TLS trust and client certificate (when set), and its proxy
     * (when set).
     */
    private static HttpClient configure(HttpClient http, HttpSettings settings, @Nullable SslContext ssl) {
        HttpClient configured = ReceiveBuffers.apply(http)
                // bodies byte for byte: an object stored gzip-encoded must not be unpacked on the way
                // (its MD5 is the ETag's); Spring Boot's connector defaults turn compression on
                .compress(false)
                // a 3xx is an answer for the caller; following it would also carry the token elsewhere
                .followRedirect(false)
                // responseTimeout ends at the headers; a body that stalls mid-way needs its own limit
                .doOnResponse((response, connection) -> connection.addHandlerLast(READ_TIMEOUT_HANDLER,
                        new ReadTimeoutHandler(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)));
        if (ssl != null) {
            configured = configured.secure(spec -> spec.sslContext(ssl));
        }
        ProxySettings proxy = settings.proxy();
        if (proxy != null) {
            configured = configured.proxy(spec -> {
                ProxyProvider.Builder address = spec.type(ProxyProvider.Proxy.HTTP).host(proxy.host()).port(proxy.port())
                        .nonProxyHostsPredicate(target -> target instanceof InetSocketAddress inet
                                && proxy.bypasses(inet.getHostString()));
                if (proxy.username() != null) {
                    address.username(proxy.username()).password(user -> proxy.password());
                }
            });
        }
        return configured;
    }

    /** @return a builder with default settings */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the connection settings */
    public HttpSettings settings() {
        return settings;
    }

    /** @return the retry policies, one per {@link Workload} */
    public RetryPolicies retryPolicies() {
        return retryPolicies;
    }

    /** @return the User-Agent header sent with every request */
    public String userAgent() {
        return userAgent;
    }

    /** @return whether every request and response is logged (pyrax's {@code http_debug}) */
    public boolean httpDebug() {
        return debug.get();
    }

    /**
     * Turns the debug log of requests and responses on or off at run time (pyrax's
     * {@code set_http_debug}). Secrets are always redacted.
     *
     * @param enabled whether to log
     */
    public void setHttpDebug(boolean enabled) {
        debug.set(enabled);
    }

    /**
     * Sends a request and reads the whole response into memory.
     *
     * @param request the request
     * @param session the session whose token is sent, or null for unauthenticated calls
     * @return the response, emitted once
     */
    public Mono<ApiResponse> exchange(ApiRequest request, @Nullable AuthSession session) {
        return call(request, session, null);
    }

    /**
     * Sends a request and hands a 2xx response to a reader, for bodies that are streamed.
     *
     * @param request the request
     * @param session the session whose token is sent, or null for unauthenticated calls
     * @param reader reads the response; must consume or release the body
     * @param <T> the value type
     * @return the value, emitted once
     */
    public <T> Mono<T> exchange(ApiRequest request, @Nullable AuthSession session, ResponseReader<T> reader) {
        return call(request, session, Objects.requireNonNull(reader, "reader must not be null"));
    }

    /**
     * Blocking form of {@link #exchange(ApiRequest, AuthSession)}.
     *
     * @param request the request
     * @param session the session, or null
     * @return the response
     * @throws CloudException on any failure
     * @throws IllegalStateException when called on a non-blocking (event loop) thread
     */
    public ApiResponse execute(ApiRequest request, @Nullable AuthSession session) {
        return blockValue(exchange(request, session));
    }

    /**
     * Blocking form of {@link #exchange(ApiRequest, AuthSession, ResponseReader)}.
     *
     * @param request the request
     * @param session the session, or null
     * @param reader reads the response
     * @param <T> the value type
     * @return the value; null when the reader gives none (a {@code Mono<Void>})
     */
    public <T> @Nullable T execute(ApiRequest request, @Nullable AuthSession session, ResponseReader<T> reader) {
        return block(exchange(request, session, reader));
    }

    /**
     * Waits for a publisher of this SDK, refusing to do so on an event-loop thread where waiting
     * would stall every other connection.
     *
     * @param mono the work
     * @param <T> its value type
     * @return its value; null when it completes without one (a {@code Mono<Void>})
     * @throws OperationInterruptedException when the waiting thread is interrupted: the work is
     *     cancelled (a request is aborted, mid-body if need be) and the interrupt flag is set again
     */
    public static <T> @Nullable T block(Mono<T> mono) {
        if (Schedulers.isInNonBlockingThread()) {
            throw new IllegalStateException("a blocking cloud-sdk call was made on the non-blocking thread "
                    + Thread.currentThread().getName() + "; use the reactive API (or publishOn a bounded elastic "
                    + "scheduler) from reactive code");
        }
        try {
            return mono.block();
        } catch (RuntimeException e) {
            if (!(Exceptions.unwrap(e) instanceof InterruptedException interrupted)) {
                throw e;
            }
            // block() has already cancelled the work (aborting a request mid-body); keep the flag for the caller
            Thread.currentThread().interrupt();
            throw new OperationInterruptedException("interrupted while waiting for a cloud-sdk call on thread "
                    + Thread.currentThread().getName() + "; the call was cancelled", interrupted);
        }
    }

    /**
     * {@link #block} for work that always ends with a value or an error, never empty: a response,
     * a page, an endpoint URL.
     *
     * @param mono the work
     * @param <T> its value type
     * @return its value
     * @throws IllegalStateException when it completed without a value after all
     * @throws OperationInterruptedException as {@link #block} does
     */
    public static <T> T blockValue(Mono<T> mono) {
        T value = block(mono);
        if (value == null) {
            throw new IllegalStateException("a cloud-sdk call that always gives a value completed without one");
        }
        return value;
    }

    /**
     * Closes the connections and, when no other transport is open, stops the event loops; waits
     * for both (at most a few seconds) unless called on an event-loop thread, where it only starts
     * them. Calls in flight fail. Closing twice does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true) || pool == null) {
            return;
        }
        // the loops stop once the connections on them are closed; started here, finished even if
        // the caller stops waiting (an interrupt, the time limit)
        CompletableFuture<Void> closing = pool.disposeLater().onErrorResume(e -> Mono.empty())
                .then(EventLoops.SHARED.release())
                .doOnError(e -> LOG.debug("stopping the event loops failed", e))
                .toFuture();
        if (Schedulers.isInNonBlockingThread()) {
            return;
        }
        try {
            closing.get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("closing the transport did not finish within {}", CLOSE_WAIT, e);
        }
    }

    private <T> Mono<T> call(ApiRequest request, @Nullable AuthSession session, @Nullable ResponseReader<T> reader) {
        return Mono.defer(() -> {
            CallState state = new CallState(retryPolicies.forWorkload(request.workload()));
            RequestObservation observation = RequestObservation.start(observations, request);
            Mono<T> once = Mono.defer(() -> attempt(request, session, reader, state));
            return once
                    .retryWhen(retry(request, state))
                    .onErrorMap(TransportFailure.class, failure -> failure.toException(state.attempts.get()))
                    .doOnSuccess(value -> observation.success(state.lastStatus))
                    .doOnError(observation::failure)
                    .doOnCancel(observation::cancelled)
                    .contextWrite(context -> context.put(ObservationThreadLocalAccessor.KEY,
                            observation.observation()));
        });
    }

    private <T> Mono<T> attempt(ApiRequest request, @Nullable AuthSession session, @Nullable ResponseReader<T> reader,
            CallState state) {
        if (!request.authenticated() || session == null) {
            // no token is sent, so none can be rejected
            return send(request, "", false, reader, state);
        }
        return session.token().flatMap(value -> send(request, value, true, reader, state))
                .onErrorResume(TokenRejected.class, rejected -> {
                    if (!session.canReauthenticate()) {
                        return Mono.error(new TokenExpiredException("the token given to authWithToken was refused by "
                                + request.service() + " (" + request.operation() + ": HTTP 401): it has expired or "
                                + "been revoked, and this context holds no credentials to re-authenticate; obtain a "
                                + "new token and call authWithToken again",
                                rejected.failure().toException(state.attempts.get()).details(), null));
                    }
                    if (!request.body().replayable()) {
                        return Mono.error(rejected.failure());
                    }
                    return session.reauthenticate(rejected.token())
                            .flatMap(fresh -> send(request, fresh, true, reader, state))
                            .onErrorMap(TokenRejected.class, TokenRejected::failure);
                });
    }

    private <T> Mono<T> send(ApiRequest request, String token, boolean withToken, @Nullable ResponseReader<T> reader,
            CallState state) {
        UriTemplates.Expanded expanded = UriTemplates.of(request);
        URI uri = expanded.toUri();
        Map<String, List<String>> headers = headers(request, token, withToken);
        boolean log = debug.get() || request.debug();
        if (log) {
            WireLog.request(request, uri, headers);
        }
        state.attempts.incrementAndGet();
        long started = System.nanoTime();
        WebClient.RequestBodySpec spec = webClient.method(request.method())
                .uri(uri)
                .attribute(WEB_CLIENT_URI_TEMPLATE, expanded.template())
                .headers(h -> headers.forEach(h::put));
        WebClient.RequestHeadersSpec<?> ready = withBody(spec, request.body(), state.failures);
        Mono<T> exchanged = ready.exchangeToMono(response -> {
            int status = response.statusCode().value();
            state.lastStatus = status;
            HttpHeaders responseHeaders = response.headers().asHttpHeaders();
            if (status < 400) {
                if (reader == null) {
                    return readAll(response, maxBufferedBytes).map(body -> {
                        if (log) {
                            WireLog.response(request, uri, status, responseHeaders, body, elapsed(started));
                        }
                        @SuppressWarnings("unchecked")
                        T result = (T) new ApiResponse(status, HttpHeaders.readOnlyHttpHeaders(responseHeaders), body);
                        return result;
                    }).onErrorMap(error -> !(error instanceof CloudException),
                            // a body over the limit comes back as long on every attempt
                            error -> TransportFailure.connection(request, error,
                                    request.idempotent() && !(error instanceof DataBufferLimitException)));
                }
                if (log) {
                    WireLog.response(request, uri, status, responseHeaders, null, elapsed(started));
                }
                return reader.read(state.failures.tapBody(response)).doOnError(state.failures::fromReader);
            }
            return readAll(response, MAX_ERROR_BODY)
                    .onErrorResume(DataBufferLimitException.class, tooLong -> Mono.just(new byte[0]))
                    .flatMap(body -> {
                        if (log) {
                            WireLog.response(request, uri, status, responseHeaders, body, elapsed(started));
                        }
                        if (status == 404 && reader == null && request.method() == HttpMethod.DELETE
                                && state.attempts.get() > 1) {
                            // an earlier attempt got no answer, yet did its work: the resource is gone,
                            // which is what the caller asked for
                            @SuppressWarnings("unchecked")
                            T gone = (T) new ApiResponse(status, HttpHeaders.readOnlyHttpHeaders(responseHeaders), body);
                            return Mono.just(gone);
                        }
                        TransportFailure failure = TransportFailure.http(request, status, responseHeaders, body);
                        if (status == 401 && withToken) {
                            return Mono.error(new TokenRejected(token, failure));
                        }
                        return Mono.error(failure);
                    });
        }).onErrorMap(error -> !(error instanceof TransportFailure || error instanceof TokenRejected
                || error instanceof CloudException), error -> {
                    Throwable local = state.failures.localCause(error);
                    if (local != null) {
                        // as raised (WebClient wraps a request body's error): not retried, not "no response"
                        return local;
                    }
                    if (log) {
                        WireLog.failure(request, uri, error, elapsed(started));
                    }
                    return TlsFailures.isHandshakeFailure(error) ? TransportFailure.tlsHandshake(request, error)
                            : TransportFailure.connection(request, error, true);
                });
        return alongside(exchanged, request.body());
    }

    /**
     * Runs a file body's companion work (its digest) at the same time as the exchange: the
     * exchange's value waits for it, a failure of either cancels the other.
     */
    private static <T> Mono<T> alongside(Mono<T> exchanged, RequestBody body) {
        if (!(body instanceof RequestBody.FileRegion region) || region.whileSending() == null) {
            return exchanged;
        }
        return Mono.zip(exchanged, region.whileSending().get().thenReturn(Boolean.TRUE), (value, done) -> value);
    }

    private Map<String, List<String>> headers(ApiRequest request, String token, boolean withToken) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put(HttpHeaders.USER_AGENT, List.of(userAgent));
        RequestBody body = request.body();
        if (body.contentType() != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, List.of(body.contentType()));
        }
        if (body.contentLength() >= 0 && !(body instanceof RequestBody.Empty)) {
            headers.put(HttpHeaders.CONTENT_LENGTH, List.of(Long.toString(body.contentLength())));
        }
        headers.put(HttpHeaders.ACCEPT, List.of("application/json, */*;q=0.5"));
        headers.putAll(request.headers());
        if (withToken) {
            headers.put("X-Auth-Token", List.of(token));
        }
        return headers;
    }

    /** The body's own errors (reading its file or stream, its listener) are this machine's, never the network's. */
    private static WebClient.RequestHeadersSpec<?> withBody(WebClient.RequestBodySpec spec, RequestBody body,
            LocalFailures failures) {
        if (body instanceof RequestBody.Bytes bytes) {
            return spec.body(BodyInserters.fromValue(bytes.content()));
        }
        if (body instanceof RequestBody.Stream stream) {
            return spec.body(BodyInserters.fromDataBuffers(stream.source().get().doOnError(failures::local)));
        }
        if (body instanceof RequestBody.FileRegion region) {
            return spec.body((message, context) -> message instanceof ZeroCopyHttpOutputMessage zeroCopy
                    ? zeroCopy.writeWith(region.file(), region.position(), region.contentLength())
                    : message.writeWith(region.chunks(message.bufferFactory(), FALLBACK_CHUNK)
                            .doOnError(failures::local)));
        }
        return spec;
    }

    private static Mono<byte[]> readAll(ClientResponse response, int limit) {
        return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), limit)
                .map(Transport::toBytes)
                .defaultIfEmpty(new byte[0]);
    }

    private static byte[] toBytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    private static Retry retry(ApiRequest request, CallState state) {
        return Retry.from(signals -> signals.concatMap(signal -> {
            Throwable failure = signal.failure();
            if (!(failure instanceof TransportFailure transportFailure) || !transportFailure.isTransient()
                    || !request.idempotent() || !request.body().replayable()
                    || !state.policy.shouldRetry(transportFailure.toException(state.attempts.get()))) {
                return Mono.error(failure);
            }
            long backOff = state.backOff.nextBackOff();
            if (backOff == BackOffExecution.STOP) {
                return Mono.error(failure);
            }
            Duration wait = Duration.ofMillis(backOff);
            Duration retryAfter = transportFailure.retryAfter();
            if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
                wait = retryAfter;
            }
            Duration budget = state.policy.getTimeout();
            if (budget != null && !budget.isZero() && elapsed(state.started).plus(wait).compareTo(budget) > 0) {
                return Mono.error(failure);
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("{}.{} attempt {} failed ({}), retrying in {} ms", request.service(), request.operation(),
                        state.attempts.get(), transportFailure.status() == 0 ? "no response"
                                : "HTTP " + transportFailure.status(), wait.toMillis());
            }
            return Mono.delay(wait).thenReturn(signal.totalRetries());
        }));
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** The state of one call across its attempts. */
    private static final class CallState {
        final AtomicInteger attempts = new AtomicInteger();
        final RetryPolicy policy;
        final BackOffExecution backOff;
        final LocalFailures failures = new LocalFailures();
        final long started = System.nanoTime();
        volatile int lastStatus;

        CallState(RetryPolicy policy) {
            this.policy = policy;
            this.backOff = policy.getBackOff().start();
        }
    }

    /** Builds a {@link Transport}. */
    public static final class Builder {
        private HttpSettings settings = HttpSettings.defaults();
        private RetryPolicies.Builder retryPolicies = RetryPolicies.builder();
        private ObservationRegistry observations = ObservationRegistry.NOOP;
        private WebClient.@Nullable Builder webClientBuilder;
        private int maxBufferedBytes = 64 * 1024 * 1024;
        private @Nullable ConnectorFactory connectorFactory;

        private Builder() {
        }

        /**
         * @param value builds the connector instead of the transport (for example from Spring
         *     Boot's connector builder, so its timeouts and customizations are kept); the
         *     transport's pool size, idle time and timeouts then do not apply, its TLS, proxy and
         *     body read timeout still do. Null for the transport's own connector
         * @return this builder
         */
        public Builder connectorFactory(@Nullable ConnectorFactory value) {
            this.connectorFactory = value;
            return this;
        }

        /** @param value connection settings @return this builder */
        public Builder httpSettings(HttpSettings value) {
            this.settings = Objects.requireNonNull(value, "httpSettings must not be null");
            return this;
        }

        /**
         * @param value the retry policies of interactive calls and background work (default
         *     {@link RetryPolicies#defaults()})
         * @return this builder
         */
        public Builder retryPolicies(RetryPolicies value) {
            this.retryPolicies = Objects.requireNonNull(value, "retryPolicies must not be null").toBuilder();
            return this;
        }

        /** @param value the retry settings of interactive calls @return this builder */
        public Builder retrySettings(RetrySettings value) {
            this.retryPolicies.interactive(Objects.requireNonNull(value, "retrySettings must not be null"));
            return this;
        }

        /** @param value the retry settings of background work @return this builder */
        public Builder backgroundRetrySettings(RetrySettings value) {
            this.retryPolicies.background(Objects.requireNonNull(value, "backgroundRetrySettings must not be null"));
            return this;
        }

        /** @param value where {@code cloud.client.requests} observations go; null for none @return this builder */
        public Builder observationRegistry(@Nullable ObservationRegistry value) {
            this.observations = value == null ? ObservationRegistry.NOOP : value;
            return this;
        }

        /**
         * @param value a WebClient builder to start from (for example Spring Boot's, so its own
         *     {@code http.client.requests} observation applies); it is cloned, not changed. Null
         *     for the transport's own
         * @return this builder
         */
        public Builder webClientBuilder(WebClient.@Nullable Builder value) {
            this.webClientBuilder = value;
            return this;
        }

        /** @param value the largest body read whole into memory, in bytes @return this builder */
        public Builder maxBufferedBytes(int value) {
            if (value < 1024) {
                throw new IllegalArgumentException("maxBufferedBytes must be at least 1024, was " + value);
            }
            this.maxBufferedBytes = value;
            return this;
        }

        /** @return the transport */
        public Transport build() {
            return new Transport(this);
        }
    }
}
