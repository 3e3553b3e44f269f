package org.cloudsdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cloudsdk.CapturedLog;
import org.cloudsdk.errors.ConnectionFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpMethod;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** {@code verify_ssl}: WireMock's HTTPS port has a self-signed certificate. */
class VerifySslTest {

    @RegisterExtension
    static final WireMockExtension TLS = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort().bindAddress("127.0.0.1"))
            .build();

    private static ApiRequest probe() {
        return ApiRequest.builder("compute", "probe", HttpMethod.GET)
                .baseUrl("https://127.0.0.1:" + TLS.getHttpsPort()).path("/probe").authenticated(false).build();
    }

    @Test
    void certificatesAreVerifiedByDefault() {
        TLS.stubFor(get(urlEqualTo("/probe")).willReturn(aResponse().withStatus(200).withBody("ok")));
        try (Transport transport = Transport.builder().retrySettings(RetrySettings.none()).build()) {
            assertThatThrownBy(() -> transport.execute(probe(), null))
                    .isInstanceOf(ConnectionFailedException.class)
                    .hasMessageContaining("probe on compute");
        }
        TLS.verify(0, getRequestedFor(urlEqualTo("/probe")));
    }

    @Test
    void verifySslFalseAcceptsASelfSignedCertificateAndWarnsOnce() {
        TLS.stubFor(get(urlEqualTo("/probe")).willReturn(aResponse().withStatus(200).withBody("ok")));
        try (CapturedLog log = CapturedLog.of(Transport.class.getName());
                Transport transport = Transport.builder()
                        .httpSettings(HttpSettings.defaults().withVerifySsl(false)).build()) {
            assertThat(transport.execute(probe(), null).bodyAsString()).isEqualTo("ok");
            assertThat(transport.execute(probe(), null).status()).isEqualTo(200);

            assertThat(log.messages()).filteredOn(m -> m.contains("verify_ssl=false")).hasSize(1);
        }
    }
}
