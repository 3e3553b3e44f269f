package org.cloudsdk.docs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.http.HttpSettings;
import org.cloudsdk.http.ProxySettings;
import org.cloudsdk.http.RetrySettings;
import org.cloudsdk.http.TlsSettings;

/** The Java blocks of docs/transport.md, compiled against the real API. */
final class TransportGuideExamples {

    private TransportGuideExamples() {
    }

    static CloudContext readTimeout() {
        CloudContext ctx = CloudContext.builder()
                .httpSettings(HttpSettings.defaults().withReadTimeout(Duration.ofMinutes(5))).build();
        return ctx;
    }

    static CloudContext retrySettings() {
        CloudContext ctx = CloudContext.builder()
                .retrySettings(new RetrySettings(3, Duration.ofMillis(200), 2.0, Duration.ofSeconds(1),
                        Duration.ofMillis(50), Duration.ofSeconds(10)))
                .backgroundRetrySettings(new RetrySettings(20, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(10),
                        Duration.ofMillis(500), Duration.ofMinutes(5)))
                .build();
        return ctx;
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
