package org.cloudsdk.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.cloudsdk.http.HttpSettings;
import org.cloudsdk.http.ProxySettings;
import org.cloudsdk.http.TlsSettings;
import org.jspecify.annotations.Nullable;

/**
 * {@code cloud.http.*}: timeouts and connection pool of the transport, its TLS trust and client
 * certificate, and its HTTP proxy: the core's {@link HttpSettings}. TLS verification, the
 * User-Agent prefix and debug logging are {@code cloud.verify-ssl}, {@code cloud.user-agent} and
 * {@code cloud.debug}.
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

    /** PEM file of one or more CA certificates added to the JVM's default trust (a private cloud's CA). */
    private @Nullable Path caBundle;

    /** PKCS#12 or JKS trust store whose certificates are added to the JVM's default trust. */
    private @Nullable Path trustStore;

    /** Password of the trust store. */
    private @Nullable String trustStorePassword;

    /** Client certificate (PEM) for mutual TLS. */
    private @Nullable Path clientCertificate;

    /** Private key of the client certificate: unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY"). */
    private @Nullable Path clientKey;

    /**
     * Name of a Spring Boot SSL bundle (spring.ssl.bundle.*) used for the SDK's connections instead of
     * the ca-bundle, trust-store and client-certificate properties; its trust replaces the JVM's.
     */
    private @Nullable String sslBundle;

    /** Whether to use the HTTPS_PROXY / HTTP_PROXY / NO_PROXY environment variables when no proxy is set. */
    private boolean useEnvironmentProxy;

    /** HTTP proxy for every connection of the SDK. */
    private final Proxy proxy = new Proxy();

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

    /** @return the PEM file of CA certificates added to the default trust */
    public @Nullable Path getCaBundle() {
        return caBundle;
    }

    /** @param caBundle the PEM file of CA certificates added to the default trust */
    public void setCaBundle(@Nullable Path caBundle) {
        this.caBundle = caBundle;
    }

    /** @return the trust store added to the default trust */
    public @Nullable Path getTrustStore() {
        return trustStore;
    }

    /** @param trustStore the trust store added to the default trust */
    public void setTrustStore(@Nullable Path trustStore) {
        this.trustStore = trustStore;
    }

    /** @return the trust store's password */
    public @Nullable String getTrustStorePassword() {
        return trustStorePassword;
    }

    /** @param trustStorePassword the trust store's password */
    public void setTrustStorePassword(@Nullable String trustStorePassword) {
        this.trustStorePassword = trustStorePassword;
    }

    /** @return the client certificate (PEM) */
    public @Nullable Path getClientCertificate() {
        return clientCertificate;
    }

    /** @param clientCertificate the client certificate (PEM) */
    public void setClientCertificate(@Nullable Path clientCertificate) {
        this.clientCertificate = clientCertificate;
    }

    /** @return the client certificate's private key (PKCS#8 PEM) */
    public @Nullable Path getClientKey() {
        return clientKey;
    }

    /** @param clientKey the client certificate's private key (PKCS#8 PEM) */
    public void setClientKey(@Nullable Path clientKey) {
        this.clientKey = clientKey;
    }

    /** @return the name of the Spring Boot SSL bundle for the SDK's connections, or null */
    public @Nullable String getSslBundle() {
        return sslBundle;
    }

    /** @param sslBundle the name of the Spring Boot SSL bundle for the SDK's connections */
    public void setSslBundle(@Nullable String sslBundle) {
        this.sslBundle = sslBundle;
    }

    /** @return whether the standard proxy environment variables are used */
    public boolean isUseEnvironmentProxy() {
        return useEnvironmentProxy;
    }

    /** @param useEnvironmentProxy whether the standard proxy environment variables are used */
    public void setUseEnvironmentProxy(boolean useEnvironmentProxy) {
        this.useEnvironmentProxy = useEnvironmentProxy;
    }

    /** @return the HTTP proxy */
    public Proxy getProxy() {
        return proxy;
    }

    /**
     * @return these values as the core's settings (verification, agent and debug at their
     *     defaults; the context builder applies the {@code cloud.*} values)
     * @throws IllegalArgumentException naming a value that is not positive, a client certificate
     *     without its key, or a proxy without its port
     */
    public HttpSettings toHttpSettings() {
        HttpSettings defaults = HttpSettings.defaults();
        TlsSettings tls = TlsSettings.builder().caBundle(caBundle).trustStore(trustStore, trustStorePassword)
                .clientCertificate(clientCertificate, clientKey).build();
        return new HttpSettings(connectTimeout, readTimeout, maxConnections, pendingAcquireTimeout, maxIdleTime,
                defaults.verifySsl(), defaults.customUserAgent(), defaults.debug(), tls, proxy.toProxySettings());
    }

    /** {@code cloud.http.proxy.*}: an HTTP proxy; HTTPS requests go through it with CONNECT. */
    public static class Proxy {

        /** Host name or IP address of the HTTP proxy; none when unset. */
        private @Nullable String host;

        /** Port of the HTTP proxy. */
        private @Nullable Integer port;

        /** User for the proxy's basic authentication. */
        private @Nullable String username;

        /** Password for the proxy's basic authentication. */
        private @Nullable String password;

        /** Hosts reached without the proxy: names, domains (.example.com) or IP addresses; * for all. */
        private List<String> noProxy = new ArrayList<>();

        /** @return the proxy's host */
        public @Nullable String getHost() {
            return host;
        }

        /** @param host the proxy's host */
        public void setHost(@Nullable String host) {
            this.host = host;
        }

        /** @return the proxy's port */
        public @Nullable Integer getPort() {
            return port;
        }

        /** @param port the proxy's port */
        public void setPort(@Nullable Integer port) {
            this.port = port;
        }

        /** @return the user for the proxy's basic authentication */
        public @Nullable String getUsername() {
            return username;
        }

        /** @param username the user for the proxy's basic authentication */
        public void setUsername(@Nullable String username) {
            this.username = username;
        }

        /** @return the password for the proxy's basic authentication */
        public @Nullable String getPassword() {
            return password;
        }

        /** @param password the password for the proxy's basic authentication */
        public void setPassword(@Nullable String password) {
            this.password = password;
        }

        /** @return the hosts reached without the proxy */
        public List<String> getNoProxy() {
            return noProxy;
        }

        /** @param noProxy the hosts reached without the proxy */
        public void setNoProxy(List<String> noProxy) {
            this.noProxy = noProxy;
        }

        /**
         * @return the proxy, or null when no host is set
         * @throws IllegalArgumentException when the host has no port
         */
        @Nullable ProxySettings toProxySettings() {
            if (host == null || host.isBlank()) {
                return null;
            }
            if (port == null) {
                throw new IllegalArgumentException("cloud.http.proxy.port: expected the port of the proxy "
                        + host + " but it is not set");
            }
            return ProxySettings.builder(host, port).credentials(username, password).noProxy(noProxy).build();
        }
    }
}
