package org.cloudsdk.http;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Connection settings of a context's transport: timeouts, the size of the connection pool, TLS
 * verification and trust ({@link TlsSettings}), an HTTP proxy ({@link ProxySettings}), the
 * User-Agent prefix and debug logging.
 *
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout how long to wait for the response (and between response chunks)
 * @param maxConnections the most connections open at once per transport (bounded pool)
 * @param pendingAcquireTimeout how long a call waits for a free pooled connection
 * @param maxIdleTime how long an idle pooled connection is kept
 * @param verifySsl false to skip TLS certificate verification (logged as a warning once)
 * @param customUserAgent put in front of {@code cloud-sdk/<version>} in the User-Agent, or null
 * @param debug log every request and response (secrets redacted)
 * @param tls CA bundle, trust store and client certificate, beyond the JVM's defaults
 * @param proxy the HTTP proxy every connection goes through, or null for none
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, int maxConnections,
        Duration pendingAcquireTimeout, Duration maxIdleTime, boolean verifySsl, @Nullable String customUserAgent,
        boolean debug, TlsSettings tls, @Nullable ProxySettings proxy) {

    /** Validates every value, naming the one that is wrong. */
    public HttpSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(pendingAcquireTimeout, "pendingAcquireTimeout");
        requirePositive(maxIdleTime, "maxIdleTime");
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, was " + maxConnections);
        }
        if (customUserAgent != null && customUserAgent.isBlank()) {
            customUserAgent = null;
        }
        if (tls == null) {
            tls = TlsSettings.none();
        }
    }

    /**
     * Settings without TLS additions or a proxy.
     *
     * @param connectTimeout how long to wait for a TCP connection
     * @param readTimeout how long to wait for the response
     * @param maxConnections the most connections open at once
     * @param pendingAcquireTimeout how long a call waits for a free pooled connection
     * @param maxIdleTime how long an idle pooled connection is kept
     * @param verifySsl false to skip TLS certificate verification
     * @param customUserAgent put in front of the User-Agent, or null
     * @param debug log every request and response
     */
    public HttpSettings(Duration connectTimeout, Duration readTimeout, int maxConnections,
            Duration pendingAcquireTimeout, Duration maxIdleTime, boolean verifySsl, @Nullable String customUserAgent,
            boolean debug) {
        this(connectTimeout, readTimeout, maxConnections, pendingAcquireTimeout, maxIdleTime, verifySsl,
                customUserAgent, debug, TlsSettings.none(), null);
    }

    /**
     * The defaults: 10 s to connect, 60 s to read, 64 connections, 45 s to wait for one, 30 s
     * idle, TLS verified, no custom agent, no debug log.
     *
     * @return the default settings
     */
    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), 64, Duration.ofSeconds(45),
                Duration.ofSeconds(30), true, null, false);
    }

    /** @param value the connect timeout @return a copy with it */
    public HttpSettings withConnectTimeout(Duration value) {
        return new HttpSettings(value, readTimeout, maxConnections, pendingAcquireTimeout, maxIdleTime, verifySsl,
                customUserAgent, debug, tls, proxy);
    }

    /** @param value the read timeout @return a copy with it */
    public HttpSettings withReadTimeout(Duration value) {
        return new HttpSettings(connectTimeout, value, maxConnections, pendingAcquireTimeout, maxIdleTime, verifySsl,
                customUserAgent, debug, tls, proxy);
    }

    /** @param value the pool size @return a copy with it */
    public HttpSettings withMaxConnections(int value) {
        return new HttpSettings(connectTimeout, readTimeout, value, pendingAcquireTimeout, maxIdleTime, verifySsl,
                customUserAgent, debug, tls, proxy);
    }

    /** @param value whether to verify TLS certificates @return a copy with it */
    public HttpSettings withVerifySsl(boolean value) {
        return new HttpSettings(connectTimeout, readTimeout, maxConnections, pendingAcquireTimeout, maxIdleTime, value,
                customUserAgent, debug, tls, proxy);
    }

    /** @param value the custom User-Agent prefix, or null @return a copy with it */
    public HttpSettings withCustomUserAgent(@Nullable String value) {
        return new HttpSettings(connectTimeout, readTimeout, maxConnections, pendingAcquireTimeout, maxIdleTime,
                verifySsl, value, debug, tls, proxy);
    }

    /** @param value whether to log requests and responses @return a copy with it */
    public HttpSettings withDebug(boolean value) {
        return new HttpSettings(connectTimeout, readTimeout, maxConnections, pendingAcquireTimeout, maxIdleTime,
                verifySsl, customUserAgent, value, tls, proxy);
    }

    /** @param value CA bundle, trust store and client certificate; null for none @return a copy with it */
    public HttpSettings withTls(@Nullable TlsSettings value) {
        return new HttpSettings(connectTimeout, readTimeout, maxConnections, pendingAcquireTimeout, maxIdleTime,
                verifySsl, customUserAgent, debug, value == null ? TlsSettings.none() : value, proxy);
    }

    /** @param value the HTTP proxy, or null for none @return a copy with it */
    public HttpSettings withProxy(@Nullable ProxySettings value) {
        return new HttpSettings(connectTimeout, readTimeout, maxConnections, pendingAcquireTimeout, maxIdleTime,
                verifySsl, customUserAgent, debug, tls, value);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
        }
    }
}
