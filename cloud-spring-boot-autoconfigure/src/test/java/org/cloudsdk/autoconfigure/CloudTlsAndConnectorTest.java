package org.cloudsdk.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.TlsHandshakeException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.HttpSettings;
import org.cloudsdk.http.Transport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import org.springframework.http.HttpMethod;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * {@code cloud.http.*} TLS and proxy properties, {@code cloud.http.ssl-bundle}, and Spring Boot's
 * reactive connector settings kept when the SDK's WebClient comes from Boot's builder. WireMock's
 * HTTPS port serves a certificate of the test CA in {@code src/test/resources/tls}.
 */
class CloudTlsAndConnectorTest {

    @RegisterExtension
    static final WireMockExtension TLS = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort().bindAddress("127.0.0.1")
                    .keystorePath(file("server.p12").toString()).keystorePassword("serverpass")
                    .keyManagerPassword("serverpass").keystoreType("PKCS12"))
            .build();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CloudAutoConfiguration.class))
            .withSystemProperties("user.home=/nonexistent-home")
            .withPropertyValues("cloud.identity-type=keystone", "cloud.auth-endpoint=https://127.0.0.1:1/v3");

    private final ApplicationContextRunner withBoot = runner.withConfiguration(AutoConfigurations.of(
            SslAutoConfiguration.class, HttpClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
            WebClientAutoConfiguration.class));

    static Path file(String name) {
        try {
            return Path.of(CloudTlsAndConnectorTest.class.getResource("/tls/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unauthenticated GET on the HTTPS port, through the context's own transport. */
    private static String probe(CloudContext cloud) {
        TLS.stubFor(get(urlEqualTo("/probe")).willReturn(aResponse().withStatus(200).withBody("ok")));
        Transport transport = cloud.transport();
        return transport.execute(ApiRequest.builder("identity", "probe", HttpMethod.GET)
                .baseUrl("https://127.0.0.1:" + TLS.getHttpsPort()).path("/probe").authenticated(false).build(),
                null).bodyAsString();
    }

    @Test
    void httpPropertiesBecomeTheTransportsTlsAndProxySettings() {
        runner.withPropertyValues("cloud.http.ca-bundle=" + file("ca.pem"),
                "cloud.http.client-certificate=" + file("client.pem"), "cloud.http.client-key=" + file("client-key.pem"),
                "cloud.http.proxy.host=proxy.corp", "cloud.http.proxy.port=3128", "cloud.http.proxy.username=svc",
                "cloud.http.proxy.password=pw", "cloud.http.proxy.no-proxy=localhost,.internal").run(context -> {
                    HttpSettings http = context.getBean(CloudContext.class).transport().settings();
                    assertThat(http.tls().caBundle()).isEqualTo(file("ca.pem"));
                    assertThat(http.tls().clientKey()).isEqualTo(file("client-key.pem"));
                    assertThat(http.proxy().host()).isEqualTo("proxy.corp");
                    assertThat(http.proxy().port()).isEqualTo(3128);
                    assertThat(http.proxy().username()).isEqualTo("svc");
                    assertThat(http.proxy().bypasses("keystone.internal")).isTrue();
                });
    }

    @Test
    void theCaBundlePropertyMakesThePrivateCaTrustedAndWithoutItTheHandshakeFailsClearly() {
        runner.run(context -> assertThatThrownBy(() -> probe(context.getBean(CloudContext.class)))
                .isInstanceOf(TlsHandshakeException.class).hasMessageContaining("cloud.http.ca-bundle"));
        runner.withPropertyValues("cloud.http.ca-bundle=" + file("ca.pem"))
                .run(context -> assertThat(probe(context.getBean(CloudContext.class))).isEqualTo("ok"));
    }

    @Test
    void badTlsPropertiesFailTheStartNamingThePropertyAndTheFile() {
        runner.withPropertyValues("cloud.http.ca-bundle=/nonexistent/ca.pem").run(context -> assertThat(context)
                .getFailure().rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cloud.http.ca-bundle").hasMessageContaining("/nonexistent/ca.pem does not exist"));
        runner.withPropertyValues("cloud.http.proxy.host=proxy.corp").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageStartingWith("cloud.http.proxy.port: expected the port"));
    }

    @Test
    void anSslBundleNamedInTheCloudPropertiesSecuresTheSdksConnections() {
        withBoot.withPropertyValues("spring.ssl.bundle.pem.private-cloud.truststore.certificate=" + file("ca.pem"),
                "cloud.http.ssl-bundle=private-cloud").run(context -> {
                    CloudContext cloud = context.getBean(CloudContext.class);
                    assertThat(cloud.transport().settings().tls().trustManagerFactory()).isNotNull();
                    assertThat(probe(cloud)).isEqualTo("ok");
                });
        // the same SSL bundle setup without the cloud property: Boot's bundle is not the SDK's trust
        withBoot.withPropertyValues("spring.ssl.bundle.pem.private-cloud.truststore.certificate=" + file("ca.pem"))
                .run(context -> assertThatThrownBy(() -> probe(context.getBean(CloudContext.class)))
                        .isInstanceOf(TlsHandshakeException.class));
    }

    @Test
    void anUnknownOrConflictingSslBundleFailsTheStart() {
        withBoot.withPropertyValues("cloud.http.ssl-bundle=missing").run(context -> assertThat(context).getFailure()
                .hasStackTraceContaining("IllegalArgumentException: cloud.http.ssl-bundle: there is no SSL bundle "
                        + "named 'missing' (define it under spring.ssl.bundle.pem.missing"));
        withBoot.withPropertyValues("spring.ssl.bundle.pem.b.truststore.certificate=" + file("ca.pem"),
                "cloud.http.ssl-bundle=b", "cloud.http.ca-bundle=" + file("ca.pem")).run(context -> assertThat(context)
                        .getFailure().rootCause().hasMessageContaining("cannot be combined with cloud.http.ca-bundle"));
    }

    @Test
    void bootsConnectorSettingsAndCustomizationsAreKeptWithTheSdksTlsOnTop() {
        withBoot.withUserConfiguration(ConnectorSpy.class)
                .withPropertyValues("spring.http.clients.read-timeout=7s", "cloud.http.read-timeout=60s",
                        "cloud.http.ca-bundle=" + file("ca.pem"))
                .run(context -> {
                    assertThat(probe(context.getBean(CloudContext.class))).isEqualTo("ok");
                    ConnectorSpy spy = context.getBean(ConnectorSpy.class);
                    // Boot's read timeout, not cloud.http.read-timeout, as Boot's customizer saw the client
                    assertThat(spy.responseTimeouts).contains(Duration.ofSeconds(7));
                });
        TLS.verify(getRequestedFor(urlEqualTo("/probe")).withHeader("X-Boot-Connector", equalTo("kept")));
    }

    @Test
    void bootSettingsLeftUnsetFallBackToTheCloudHttpProperties() {
        withBoot.withUserConfiguration(ConnectorSpy.class).withPropertyValues("cloud.http.read-timeout=42s")
                .run(context -> {
                    context.getBean(CloudContext.class);
                    assertThat(context.getBean(ConnectorSpy.class).responseTimeouts).contains(Duration.ofSeconds(42));
                });
    }

    @Test
    void bootsDefaultsOfFollowingRedirectsAndCompressingDoNotApplyToTheSdk() {
        TLS.stubFor(get(urlEqualTo("/moved")).willReturn(aResponse().withStatus(302).withHeader("Location", "/probe")));
        withBoot.withPropertyValues("cloud.http.ca-bundle=" + file("ca.pem")).run(context -> {
            Transport transport = context.getBean(CloudContext.class).transport();
            assertThat(transport.execute(ApiRequest.builder("identity", "moved", HttpMethod.GET)
                    .baseUrl("https://127.0.0.1:" + TLS.getHttpsPort()).path("/moved").authenticated(false).build(),
                    null).status()).isEqualTo(302);
        });
        TLS.verify(0, getRequestedFor(urlEqualTo("/probe")));
        TLS.verify(getRequestedFor(urlEqualTo("/moved")).withoutHeader("Accept-Encoding"));
    }

    @Test
    void withoutBootsWebClientBuilderTheSdkUsesItsOwnConnector() {
        runner.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
                ReactiveHttpClientAutoConfiguration.class)).withUserConfiguration(ConnectorSpy.class)
                .withPropertyValues("cloud.http.ca-bundle=" + file("ca.pem")).run(context -> {
                    assertThat(probe(context.getBean(CloudContext.class))).isEqualTo("ok");
                    assertThat(context.getBean(ConnectorSpy.class).responseTimeouts).isEmpty();
                });
    }

    /** A Boot connector customization, as an application would declare one. */
    @Configuration(proxyBeanMethods = false)
    static class ConnectorSpy {
        final List<Duration> responseTimeouts = new CopyOnWriteArrayList<>();

        @Bean
        ClientHttpConnectorBuilderCustomizer<ReactorClientHttpConnectorBuilder> markingCustomizer() {
            return builder -> builder.withHttpClientCustomizer(client -> {
                responseTimeouts.add(client.configuration().responseTimeout());
                return client.headers(headers -> headers.set("X-Boot-Connector", "kept"));
            });
        }
    }
}
