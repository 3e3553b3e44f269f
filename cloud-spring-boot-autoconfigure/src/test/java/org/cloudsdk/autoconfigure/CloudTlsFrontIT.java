package org.cloudsdk.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.TlsHandshakeException;
import org.cloudsdk.it.LocalCloud;
import org.cloudsdk.it.TlsFront;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ClientHttpConnectorBuilderCustomizer;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The starter against the real TLS fronts of {@code scripts/tls-front.sh} before the local
 * Keystone: a Spring Boot SSL bundle named in {@code cloud.http.ssl-bundle} (trust, and the client
 * certificate for the mutual-TLS front), over Boot's own connector.
 */
class CloudTlsFrontIT {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HttpClientAutoConfiguration.class,
                    ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
                    CloudAutoConfiguration.class))
            .withSystemProperties("user.home=/nonexistent-home")
            .withUserConfiguration(ConnectorSpy.class)
            .withPropertyValues("cloud.identity-type=keystone", "cloud.region=" + LocalCloud.get("region"),
                    "cloud.username=" + LocalCloud.get("demo.username"),
                    "cloud.password=" + LocalCloud.get("demo.password"),
                    "cloud.tenant-name=" + LocalCloud.get("demo.project"),
                    "cloud.user-domain-name=" + LocalCloud.get("user.domain"),
                    "cloud.project-domain-name=" + LocalCloud.get("project.domain"));

    @BeforeAll
    static void fronts() {
        TlsFront.start();
    }

    @Test
    void anSslBundleWithTheFrontsCaAuthenticatesOverBootsConnector() {
        runner.withPropertyValues("cloud.auth-endpoint=" + TlsFront.get("keystone.tls.url"),
                "spring.ssl.bundle.pem.front.truststore.certificate=file:" + TlsFront.get("ca.bundle"),
                "cloud.http.ssl-bundle=front").run(context -> {
                    assertThat(context.getBean(CloudContext.class).authenticate().isAuthenticated()).isTrue();
                    assertThat(context.getBean(ConnectorSpy.class).clients).isNotEmpty();
                });
    }

    @Test
    void withoutTheBundleTheFrontIsRefusedNamingTheProperty() {
        runner.withPropertyValues("cloud.auth-endpoint=" + TlsFront.get("keystone.tls.url")).run(context ->
                assertThatThrownBy(() -> context.getBean(CloudContext.class).authenticate())
                        .isInstanceOf(TlsHandshakeException.class).hasMessageContaining("cloud.http.ca-bundle"));
    }

    @Test
    void anSslBundleWithAClientCertificatePassesTheMutualTlsFront() {
        runner.withPropertyValues("cloud.auth-endpoint=" + TlsFront.get("keystone.mtls.url"),
                "spring.ssl.bundle.pem.mutual.truststore.certificate=file:" + TlsFront.get("ca.bundle"),
                "spring.ssl.bundle.pem.mutual.keystore.certificate=file:" + TlsFront.get("client.cert"),
                "spring.ssl.bundle.pem.mutual.keystore.private-key=file:" + TlsFront.get("client.key"),
                "cloud.http.ssl-bundle=mutual").run(context ->
                        assertThat(context.getBean(CloudContext.class).authenticate().isAuthenticated()).isTrue());
    }

    /** Records that Boot's connector builder made the SDK's client. */
    @Configuration(proxyBeanMethods = false)
    static class ConnectorSpy {
        final List<Object> clients = new CopyOnWriteArrayList<>();

        @Bean
        ClientHttpConnectorBuilderCustomizer<ReactorClientHttpConnectorBuilder> spyingCustomizer() {
            return builder -> builder.withHttpClientCustomizer(client -> {
                clients.add(client);
                return client;
            });
        }
    }
}
