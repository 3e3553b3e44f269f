package org.cloudsdk.docs;

import java.nio.file.Path;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.http.HttpSettings;
import org.cloudsdk.http.ProxySettings;
import org.cloudsdk.http.TlsSettings;

/** The Java blocks of docs/transport.md, compiled against the real API. */
final class TransportGuideExamples {

    private TransportGuideExamples() {
    }

    static CloudContext tlsAndProxy(String proxyPassword) {
        HttpSettings http = HttpSettings.defaults()
                .withTls(TlsSettings.builder()
                        .caBundle(Path.of("/etc/ssl/private-cloud-ca.pem"))
                        .clientCertificate(Path.of("/etc/ssl/me.pem"), Path.of("/etc/ssl/me-key.pem"))
                        .build())
                .withProxy(ProxySettings.builder("proxy.corp", 3128)
                        .credentials("svc-cloud", proxyPassword)
                        .noProxy(List.of("localhost", ".internal.corp"))
                        .build());
        CloudContext ctx = CloudContext.builder().httpSettings(http).build();
        return ctx;
    }
}
