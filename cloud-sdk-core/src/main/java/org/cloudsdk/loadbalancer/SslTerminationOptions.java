package org.cloudsdk.loadbalancer;

import java.util.Optional;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * SSL termination to add to a balancer (pyrax's {@code lb.add_ssl_termination(securePort=,
 * privatekey=, certificate=, intermediateCertificate=, enabled=True, secureTrafficOnly=False)}).
 * Once it is set, only the port and the two switches can change
 * ({@link SslTerminationUpdate}); new certificates need a deletion and a new termination.
 * Immutable; {@code toString()} never shows the private key.
 *
 * <pre>{@code
 * lb.addSslTermination(SslTerminationOptions.builder(443, privateKey, certificate)
 *         .enabled(true).secureTrafficOnly(false).build());
 * }</pre>
 */
public final class SslTerminationOptions {

    private final int securePort;
    private final String privateKey;
    private final String certificate;
    private final @Nullable String intermediateCertificate;
    private final boolean enabled;
    private final boolean secureTrafficOnly;

    private SslTerminationOptions(Builder builder) {
        this.securePort = builder.securePort;
        this.privateKey = builder.privateKey;
        this.certificate = builder.certificate;
        this.intermediateCertificate = builder.intermediateCertificate;
        this.enabled = builder.enabled;
        this.secureTrafficOnly = builder.secureTrafficOnly;
    }

    /**
     * @param securePort the port of the secure shadow server, 1 to 65535, other than the balancer's
     * @param privateKey the certificate's private key, PEM (RSA)
     * @param certificate the certificate, PEM
     * @return a builder, enabled and accepting plain traffic too (pyrax's defaults)
     */
    public static Builder builder(int securePort, String privateKey, String certificate) {
        return new Builder(securePort, privateKey, certificate);
    }

    /** @return the secure port */
    public int securePort() {
        return securePort;
    }

    /** @return the certificate */
    public String certificate() {
        return certificate;
    }

    /** @return the intermediate certificate chain, if given */
    public Optional<String> intermediateCertificate() {
        return Optional.ofNullable(intermediateCertificate);
    }

    /** @return whether SSL traffic is terminated (default true) */
    public boolean enabled() {
        return enabled;
    }

    /** @return whether plain traffic is refused (default false) */
    public boolean secureTrafficOnly() {
        return secureTrafficOnly;
    }

    ObjectNode toJson() {
        ObjectNode ssl = Json.object();
        ssl.put("securePort", securePort);
        // "privatekey" in lower case: the API's own spelling for termination
        ssl.put("privatekey", privateKey);
        ssl.put("certificate", certificate);
        if (intermediateCertificate != null) {
            ssl.put("intermediateCertificate", intermediateCertificate);
        }
        ssl.put("enabled", enabled);
        ssl.put("secureTrafficOnly", secureTrafficOnly);
        return ssl;
    }

    @Override
    public String toString() {
        return "SslTerminationOptions[securePort=" + securePort + ", enabled=" + enabled + ", secureTrafficOnly="
                + secureTrafficOnly + ", intermediateCertificate=" + (intermediateCertificate != null) + "]";
    }

    /** Builds {@link SslTerminationOptions}. */
    public static final class Builder {

        private final int securePort;
        private final String privateKey;
        private final String certificate;
        private @Nullable String intermediateCertificate;
        private boolean enabled = true;
        private boolean secureTrafficOnly;

        private Builder(int securePort, String privateKey, String certificate) {
            this.securePort = LoadBalancerLimits.port(securePort, "securePort");
            this.privateKey = LoadBalancerLimits.text(privateKey, "privateKey");
            this.certificate = LoadBalancerLimits.text(certificate, "certificate");
        }

        /**
         * @param value the intermediate certificate chain, PEM; null for none
         * @return this builder
         */
        public Builder intermediateCertificate(@Nullable String value) {
            this.intermediateCertificate = value == null ? null : LoadBalancerLimits.text(value, "intermediateCertificate");
            return this;
        }

        /**
         * @param value whether SSL traffic is terminated (default true)
         * @return this builder
         */
        public Builder enabled(boolean value) {
            this.enabled = value;
            return this;
        }

        /**
         * @param value whether plain traffic is refused (default false)
         * @return this builder
         */
        public Builder secureTrafficOnly(boolean value) {
            this.secureTrafficOnly = value;
            return this;
        }

        /** @return the options */
        public SslTerminationOptions build() {
            return new SslTerminationOptions(this);
        }
    }
}
