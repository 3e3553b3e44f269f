package org.cloudsdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.cloudsdk.errors.TlsHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.http.HttpMethod;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * TLS trust and client certificates against WireMock's HTTPS port, which serves a certificate of
 * the test CA in {@code src/test/resources/tls} (one server without, one with client
 * certificates required).
 */
class TlsTrustTest {

    @RegisterExtension
    static final WireMockExtension TLS = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort().bindAddress("127.0.0.1")
                    .keystorePath(file("server.p12").toString()).keystorePassword("serverpass")
                    .keyManagerPassword("serverpass").keystoreType("PKCS12"))
            .build();

    @RegisterExtension
    static final WireMockExtension MUTUAL = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort().bindAddress("127.0.0.1")
                    .keystorePath(file("server.p12").toString()).keystorePassword("serverpass")
                    .keyManagerPassword("serverpass").keystoreType("PKCS12")
                    .needClientAuth(true).trustStorePath(file("truststore.p12").toString())
                    .trustStorePassword("storepass").trustStoreType("PKCS12"))
            .build();

    static Path file(String name) {
        try {
            return Path.of(TlsTrustTest.class.getResource("/tls/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiRequest probe(WireMockExtension server) {
        server.stubFor(get(urlEqualTo("/probe")).willReturn(aResponse().withStatus(200).withBody("ok")));
        return ApiRequest.builder("identity", "probe", HttpMethod.GET)
                .baseUrl("https://127.0.0.1:" + server.getHttpsPort()).path("/probe").authenticated(false).build();
    }

    private static Transport transport(TlsSettings tls) {
        return Transport.builder().httpSettings(HttpSettings.defaults().withTls(tls)).build();
    }

    @Test
    void anUntrustedCertificateFailsOnceNamingTheHostAndTheSettingThatAddsItsCa() {
        AtomicInteger consulted = new AtomicInteger();
        RetryPolicy countingPolicy = RetryPolicy.builder().maxRetries(5).delay(Duration.ofMillis(10))
                .predicate(failure -> consulted.incrementAndGet() > 0).build();
        try (Transport transport = Transport.builder()
                .retryPolicies(RetryPolicies.builder().interactive(countingPolicy).build()).build()) {
            assertThatThrownBy(() -> transport.execute(probe(TLS), null))
                    .isInstanceOfSatisfying(TlsHandshakeException.class, e -> assertThat(e.host())
                            .isEqualTo("127.0.0.1:" + TLS.getHttpsPort()))
                    .hasMessageContaining("probe on identity failed: the TLS certificate of 127.0.0.1:"
                            + TLS.getHttpsPort() + " is not trusted")
                    .hasMessageContaining("ca_bundle / CLOUD_CA_BUNDLE / clouds.yaml cacert / cloud.http.ca-bundle")
                    .hasMessageNotContaining("attempts");
        }
        // a trust failure is final: the retry policy is never even asked
        assertThat(consulted).hasValue(0);
        TLS.verify(0, getRequestedFor(urlEqualTo("/probe")));
    }

    @Test
    void aCaBundleIsAddedToTheDefaultTrust() {
        try (Transport transport = transport(TlsSettings.builder().caBundle(file("ca.pem")).build())) {
            assertThat(transport.execute(probe(TLS), null).bodyAsString()).isEqualTo("ok");
        }
    }

    @Test
    void aBundleOfSeveralCertificatesTrustsEachOfThem() {
        try (Transport transport = transport(TlsSettings.builder().caBundle(file("two-cas.pem")).build())) {
            assertThat(transport.execute(probe(TLS), null).status()).isEqualTo(200);
        }
        assertThat(TlsContexts.readCertificates(file("two-cas.pem"), "caBundle")).hasSize(2);
    }

    @Test
    void theJvmsOwnCasStayTrustedNextToTheBundle() throws Exception {
        TlsSettings tls = TlsSettings.builder().caBundle(file("ca.pem")).build();
        List<X509Certificate> added = TlsContexts.readCertificates(file("ca.pem"), "caBundle");
        javax.net.ssl.TrustManagerFactory defaults = javax.net.ssl.TrustManagerFactory
                .getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        defaults.init((java.security.KeyStore) null);
        X509Certificate[] jvm = ((javax.net.ssl.X509TrustManager) defaults.getTrustManagers()[0]).getAcceptedIssuers();
        assertThat(jvm).isNotEmpty();

        X509Certificate[] extended = ((javax.net.ssl.X509TrustManager) TlsContexts.extendedTrust(tls)
                .getTrustManagers()[0]).getAcceptedIssuers();

        assertThat(extended).hasSize(jvm.length + 1).contains(jvm).contains(added.get(0));
    }

    @Test
    void aCaBundleOfAnotherCaDoesNotMakeTheServerTrusted() {
        try (Transport transport = transport(TlsSettings.builder().caBundle(file("other-ca.pem")).build())) {
            assertThatThrownBy(() -> transport.execute(probe(TLS), null)).isInstanceOf(TlsHandshakeException.class)
                    .hasMessageContaining("is not trusted");
        }
    }

    @Test
    void pkcs12AndJksTrustStoresWithTheirPasswordsAreAddedToTheTrust() {
        for (String store : List.of("truststore.p12", "truststore.jks")) {
            try (Transport transport = transport(TlsSettings.builder().trustStore(file(store), "storepass").build())) {
                assertThat(transport.execute(probe(TLS), null).status()).as(store).isEqualTo(200);
            }
        }
    }

    @Test
    void aServerThatRequiresAClientCertificateRefusesNoneAndTheMessageNamesTheSetting() {
        try (Transport transport = transport(TlsSettings.builder().caBundle(file("ca.pem")).build())) {
            assertThatThrownBy(() -> transport.execute(probe(MUTUAL), null))
                    .isInstanceOf(TlsHandshakeException.class)
                    .hasMessageContaining("127.0.0.1:" + MUTUAL.getHttpsPort())
                    .hasMessageContaining("client_cert / CLOUD_CLIENT_CERT / clouds.yaml cert");
        }
        MUTUAL.verify(0, getRequestedFor(urlEqualTo("/probe")));
    }

    @Test
    void aClientCertificateWithItsPkcs8KeyIsPresented() {
        TlsSettings tls = TlsSettings.builder().caBundle(file("ca.pem"))
                .clientCertificate(file("client.pem"), file("client-key.pem")).build();
        try (Transport transport = transport(tls)) {
            assertThat(transport.execute(probe(MUTUAL), null).bodyAsString()).isEqualTo("ok");
        }
        MUTUAL.verify(1, getRequestedFor(urlEqualTo("/probe")));
    }

    @Test
    void badFilesFailWhenTheTransportIsBuiltNamingTheSettingAndTheFile() {
        Path missing = Path.of("/nonexistent/ca.pem");
        assertThatThrownBy(() -> transport(TlsSettings.builder().caBundle(missing).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("caBundle / ca_bundle / CLOUD_CA_BUNDLE")
                .hasMessageContaining("the file " + missing + " does not exist");
        assertThatThrownBy(() -> transport(TlsSettings.builder().caBundle(file("garbage.pem")).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the file " + file("garbage.pem") + " holds no PEM certificate");
        assertThatThrownBy(() -> transport(TlsSettings.builder().trustStore(file("truststore.p12"), "wrong").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("trustStore / trust_store")
                .hasMessageContaining(file("truststore.p12") + " cannot be read: the password is wrong");
        assertThatThrownBy(() -> transport(TlsSettings.builder().trustStore(file("ca.pem"), "storepass").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a PKCS#12 or JKS key store");
        assertThatThrownBy(() -> transport(TlsSettings.builder()
                .clientCertificate(file("client.pem"), file("client-key-pkcs1.pem")).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("clientKey / client_key")
                .hasMessageContaining("'RSA PRIVATE KEY'")
                .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt");
        assertThatThrownBy(() -> transport(TlsSettings.builder()
                .clientCertificate(file("client.pem"), file("client-key-encrypted.pem")).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ENCRYPTED PRIVATE KEY'");
        assertThatThrownBy(() -> transport(TlsSettings.builder()
                .clientCertificate(file("ca.pem"), file("client-key.pem")).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not belong to the certificate");
        assertThatThrownBy(() -> TlsSettings.builder().clientCertificate(file("client.pem"), null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("clientKey: the client certificate");
    }

    @Test
    void verifySslFalseStillWinsOverACaBundle() {
        HttpSettings settings = HttpSettings.defaults().withVerifySsl(false)
                .withTls(TlsSettings.builder().caBundle(file("other-ca.pem")).build());
        try (Transport transport = Transport.builder().httpSettings(settings).build()) {
            assertThat(transport.execute(probe(TLS), null).status()).isEqualTo(200);
        }
    }

    @Test
    void settingsPrintNoPassword() {
        TlsSettings tls = TlsSettings.builder().trustStore(file("truststore.p12"), "storepass").build();
        assertThat(tls.toString()).doesNotContain("storepass").contains("trustStorePassword=******");
    }
}
