package org.cloudsdk.http;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

import org.jspecify.annotations.Nullable;

/**
 * What the transport trusts and presents in TLS handshakes, beyond the JVM's defaults. Immutable;
 * made by {@link #builder()} (or {@link #toBuilder()}).
 *
 * <ul>
 * <li>{@link Builder#caBundle(Path) caBundle}: a PEM file of one or more CA certificates,
 * <em>added</em> to the JVM's default trust (a private cloud's CA next to the public ones).</li>
 * <li>{@link Builder#trustStore(Path, String) trustStore}: a PKCS#12 or JKS key store whose
 * certificates are added to the default trust the same way.</li>
 * <li>{@link Builder#clientCertificate(Path, Path) clientCertificate}: a PEM certificate (chain)
 * and its private key for mutual TLS. The key must be an unencrypted PKCS#8 PEM
 * ({@code -----BEGIN PRIVATE KEY-----}; RSA, EC or EdDSA); PKCS#1
 * ({@code BEGIN RSA PRIVATE KEY}) and encrypted keys are refused with the {@code openssl} command
 * that converts them.</li>
 * <li>{@link Builder#trustManagerFactory(TrustManagerFactory) trustManagerFactory} /
 * {@link Builder#keyManagerFactory(KeyManagerFactory) keyManagerFactory}: ready-made managers
 * (for example from a Spring Boot SSL bundle); a trust manager factory replaces the default trust
 * instead of adding to it, and excludes the file-based settings of the same side.</li>
 * </ul>
 *
 * Files are read, and every problem reported as an {@link IllegalArgumentException} naming the
 * setting and the file, when the transport is built, before any request.
 */
public final class TlsSettings {

    private static final TlsSettings NONE = new Builder().build();

    private final @Nullable Path caBundle;
    private final @Nullable Path trustStore;
    private final @Nullable String trustStorePassword;
    private final @Nullable Path clientCertificate;
    private final @Nullable Path clientKey;
    private final @Nullable TrustManagerFactory trustManagerFactory;
    private final @Nullable KeyManagerFactory keyManagerFactory;
    private final List<String> protocols;
    private final List<String> ciphers;

    private TlsSettings(Builder builder) {
        this.caBundle = builder.caBundle;
        this.trustStore = builder.trustStore;
        this.trustStorePassword = builder.trustStorePassword;
        this.clientCertificate = builder.clientCertificate;
        this.clientKey = builder.clientKey;
        this.trustManagerFactory = builder.trustManagerFactory;
        this.keyManagerFactory = builder.keyManagerFactory;
        this.protocols = builder.protocols;
        this.ciphers = builder.ciphers;
    }

    /** @return settings that add nothing: the JVM's default trust, no client certificate */
    public static TlsSettings none() {
        return NONE;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these values */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.caBundle = caBundle;
        builder.trustStore = trustStore;
        builder.trustStorePassword = trustStorePassword;
        builder.clientCertificate = clientCertificate;
        builder.clientKey = clientKey;
        builder.trustManagerFactory = trustManagerFactory;
        builder.keyManagerFactory = keyManagerFactory;
        builder.protocols = protocols;
        builder.ciphers = ciphers;
        return builder;
    }

    /** @return true when nothing is set, so the JVM's defaults apply unchanged */
    public boolean isDefault() {
        return caBundle == null && trustStore == null && clientCertificate == null && trustManagerFactory == null
                && keyManagerFactory == null && protocols.isEmpty() && ciphers.isEmpty();
    }

    /** @return the PEM file of CA certificates added to the default trust, or null */
    public @Nullable Path caBundle() {
        return caBundle;
    }

    /** @return the PKCS#12 or JKS trust store added to the default trust, or null */
    public @Nullable Path trustStore() {
        return trustStore;
    }

    /** @return the trust store's password, or null */
    public @Nullable String trustStorePassword() {
        return trustStorePassword;
    }

    /** @return the client certificate (PEM), or null */
    public @Nullable Path clientCertificate() {
        return clientCertificate;
    }

    /** @return the client certificate's private key (unencrypted PKCS#8 PEM), or null */
    public @Nullable Path clientKey() {
        return clientKey;
    }

    /** @return a trust manager factory that replaces the default trust, or null */
    public @Nullable TrustManagerFactory trustManagerFactory() {
        return trustManagerFactory;
    }

    /** @return a key manager factory that supplies the client certificate, or null */
    public @Nullable KeyManagerFactory keyManagerFactory() {
        return keyManagerFactory;
    }

    /** @return the TLS protocols to enable (such as {@code TLSv1.3}); empty for the defaults */
    public List<String> protocols() {
        return protocols;
    }

    /** @return the cipher suites to enable; empty for the defaults */
    public List<String> ciphers() {
        return ciphers;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TlsSettings that && Objects.equals(caBundle, that.caBundle)
                && Objects.equals(trustStore, that.trustStore)
                && Objects.equals(trustStorePassword, that.trustStorePassword)
                && Objects.equals(clientCertificate, that.clientCertificate) && Objects.equals(clientKey, that.clientKey)
                && trustManagerFactory == that.trustManagerFactory && keyManagerFactory == that.keyManagerFactory
                && protocols.equals(that.protocols) && ciphers.equals(that.ciphers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caBundle, trustStore, clientCertificate, clientKey, protocols, ciphers);
    }

    @Override
    public String toString() {
        return "TlsSettings[caBundle=" + caBundle + ", trustStore=" + trustStore
                + (trustStorePassword == null ? "" : ", trustStorePassword=******") + ", clientCertificate="
                + clientCertificate + ", clientKey=" + clientKey
                + (trustManagerFactory == null ? "" : ", trustManagerFactory=" + trustManagerFactory.getAlgorithm())
                + (keyManagerFactory == null ? "" : ", keyManagerFactory=" + keyManagerFactory.getAlgorithm())
                + (protocols.isEmpty() ? "" : ", protocols=" + protocols)
                + (ciphers.isEmpty() ? "" : ", ciphers=" + ciphers) + "]";
    }

    /** Builds {@link TlsSettings}; not thread-safe. */
    public static final class Builder {
        private @Nullable Path caBundle;
        private @Nullable Path trustStore;
        private @Nullable String trustStorePassword;
        private @Nullable Path clientCertificate;
        private @Nullable Path clientKey;
        private @Nullable TrustManagerFactory trustManagerFactory;
        private @Nullable KeyManagerFactory keyManagerFactory;
        private List<String> protocols = List.of();
        private List<String> ciphers = List.of();

        private Builder() {
        }

        /**
         * @param value a PEM file of one or more CA certificates, added to the default trust; null
         *     for none
         * @return this builder
         */
        public Builder caBundle(@Nullable Path value) {
            this.caBundle = value;
            return this;
        }

        /**
         * @param value a PKCS#12 or JKS key store whose certificates are added to the default
         *     trust; null for none
         * @param password its password, or null when it has none
         * @return this builder
         */
        public Builder trustStore(@Nullable Path value, @Nullable String password) {
            this.trustStore = value;
            this.trustStorePassword = password;
            return this;
        }

        /**
         * @param certificate the client certificate, PEM (the chain may follow it); null for none
         * @param key its private key, unencrypted PKCS#8 PEM; null with no certificate
         * @return this builder
         */
        public Builder clientCertificate(@Nullable Path certificate, @Nullable Path key) {
            this.clientCertificate = certificate;
            this.clientKey = key;
            return this;
        }

        /** @param value trust managers that replace the default trust, or null @return this builder */
        public Builder trustManagerFactory(@Nullable TrustManagerFactory value) {
            this.trustManagerFactory = value;
            return this;
        }

        /** @param value key managers holding the client certificate, or null @return this builder */
        public Builder keyManagerFactory(@Nullable KeyManagerFactory value) {
            this.keyManagerFactory = value;
            return this;
        }

        /** @param value TLS protocols to enable, or null/empty for the defaults @return this builder */
        public Builder protocols(@Nullable List<String> value) {
            this.protocols = value == null ? List.of() : List.copyOf(value);
            return this;
        }

        /** @param value cipher suites to enable, or null/empty for the defaults @return this builder */
        public Builder ciphers(@Nullable List<String> value) {
            this.ciphers = value == null ? List.of() : List.copyOf(value);
            return this;
        }

        /**
         * @return the settings
         * @throws IllegalArgumentException when a certificate is given without its key (or the
         *     reverse), or ready-made managers are combined with files for the same side
         */
        public TlsSettings build() {
            if ((clientCertificate == null) != (clientKey == null)) {
                throw new IllegalArgumentException(clientCertificate == null
                        ? "clientCertificate: a client key (" + clientKey + ") was given without its certificate"
                        : "clientKey: the client certificate " + clientCertificate + " was given without its key");
            }
            if (trustManagerFactory != null && (caBundle != null || trustStore != null)) {
                throw new IllegalArgumentException("trustManagerFactory: it replaces the trust, so it cannot be "
                        + "combined with caBundle or trustStore");
            }
            if (keyManagerFactory != null && clientCertificate != null) {
                throw new IllegalArgumentException("keyManagerFactory: it supplies the client certificate, so it "
                        + "cannot be combined with clientCertificate/clientKey");
            }
            return new TlsSettings(this);
        }
    }
}
