package org.cloudsdk.loadbalancer;

import java.util.List;
import java.util.Map;

import org.cloudsdk.model.JsonModels;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A balancer's SSL termination as the API describes it (pyrax's {@code lb.get_ssl_termination()}):
 * the secure port, whether it is on, whether only secure traffic is accepted, and the
 * certificates. The private key is never shown by the API.
 *
 * @param securePort the port of the secure shadow server, such as 443
 * @param enabled whether SSL traffic is terminated
 * @param secureTrafficOnly whether plain traffic is refused
 * @param certificate the certificate, PEM
 * @param intermediateCertificate the intermediate certificate chain, PEM, if any
 * @param cipherProfile the cipher profile, such as {@code default}, if shown
 * @param securityProtocols TLS versions and whether each is ENABLED or DISABLED (TLS_10, TLS_11)
 */
public record SslTermination(
        @Nullable Integer securePort,
        @Nullable Boolean enabled,
        @Nullable Boolean secureTrafficOnly,
        @Nullable String certificate,
        @Nullable String intermediateCertificate,
        @Nullable String cipherProfile,
        Map<String, String> securityProtocols) {

    /** Absent protocols read as empty. */
    public SslTermination {
        securityProtocols = securityProtocols == null ? Map.of() : Map.copyOf(securityProtocols);
    }

    static SslTermination fromJson(JsonNode json) {
        Fields fields = JsonModels.read(json, Fields.class);
        if (fields == null) {
            return new SslTermination(null, null, null, null, null, null, Map.of());
        }
        Map<String, String> protocols = new java.util.LinkedHashMap<>();
        fields.securityProtocols().forEach(protocol -> {
            if (protocol.securityProtocolName() != null && protocol.securityProtocolStatus() != null) {
                protocols.put(protocol.securityProtocolName(), protocol.securityProtocolStatus());
            }
        });
        return new SslTermination(fields.securePort(), fields.enabled(), fields.secureTrafficOnly(), fields.certificate(),
                fields.intermediateCertificate(), fields.cipherProfile(), protocols);
    }

    /** The {@code sslTermination} document. */
    record Fields(@Nullable Integer securePort, @Nullable Boolean enabled, @Nullable Boolean secureTrafficOnly,
            @Nullable String certificate, @Nullable String intermediateCertificate, @Nullable String cipherProfile,
            List<Protocol> securityProtocols) {

        Fields {
            securityProtocols = securityProtocols == null ? List.of() : securityProtocols;
        }
    }

    /** One of {@code securityProtocols}. */
    record Protocol(@Nullable String securityProtocolName, @Nullable String securityProtocolStatus) {
    }
}
