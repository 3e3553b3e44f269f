package org.cloudsdk.autoconfigure;

import java.time.Duration;

import org.cloudsdk.http.HttpSettings;

/**
 * {@code cloud.http.*}: timeouts and connection pool of the transport, the core's
 * {@link HttpSettings}. TLS verification, the User-Agent prefix and debug logging are
 * {@code cloud.verify-ssl}, {@code cloud.user-agent} and {@code cloud.debug}.
 */
public class CloudHttpProperties {

    /** How long to wait for a TCP connection. */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** How long to wait for a response, and between the chunks of its body. */
    private Duration readTimeout = Duration.ofSeconds(60);

    /** Most connections open at once per context. */
    private int maxConnections = 64;

    /** How long a call waits for a free pooled connection. */
    private Duration pendingAcquireTimeout = Duration.ofSeconds(45);

    /** How long an idle pooled connection is kept. */
    private Duration maxIdleTime = Duration.ofSeconds(30);

    /** @return how long to wait for a TCP connection */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /** @param connectTimeout how long to wait for a TCP connection */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** @return how long to wait for a response */
    public Duration getReadTimeout() {
        return readTimeout;
    }

    /** @param readTimeout how long to wait for a response */
    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    /** @return the most connections open at once per context */
    public int getMaxConnections() {
        return maxConnections;
    }

    /** @param maxConnections the most connections open at once per context */
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    /** @return how long a call waits for a free pooled connection */
    public Duration getPendingAcquireTimeout() {
        return pendingAcquireTimeout;
    }

    /** @param pendingAcquireTimeout how long a call waits for a free pooled connection */
    public void setPendingAcquireTimeout(Duration pendingAcquireTimeout) {
        this.pendingAcquireTimeout = pendingAcquireTimeout;
    }

    /** @return how long an idle pooled connection is kept */
    public Duration getMaxIdleTime() {
        return maxIdleTime;
    }

    /** @param maxIdleTime how long an idle pooled connection is kept */
    public void setMaxIdleTime(Duration maxIdleTime) {
        this.maxIdleTime = maxIdleTime;
    }

    /**
     * @return these values as the core's settings (TLS, agent and debug at their defaults; the
     *     context builder applies the {@code cloud.*} values)
     * @throws IllegalArgumentException naming a value that is not positive
     */
    public HttpSettings toHttpSettings() {
        HttpSettings defaults = HttpSettings.defaults();
        return new HttpSettings(connectTimeout, readTimeout, maxConnections, pendingAcquireTimeout, maxIdleTime,
                defaults.verifySsl(), defaults.customUserAgent(), defaults.debug());
    }
}
