package org.cloudsdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.cloudsdk.errors.ConnectionFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpMethod;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** Proxy settings: parsing, the standard variables, no_proxy matching, and requests sent through a proxy. */
class ProxySettingsTest {

    /** Plays the proxy: a request in absolute form for an unresolvable host can only arrive here through it. */
    @RegisterExtension
    static final WireMockExtension PROXY = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final String UNREACHABLE = "http://cloud.example.invalid:5000";

    private static ApiRequest probe() {
        return ApiRequest.builder("identity", "probe", HttpMethod.GET).baseUrl(UNREACHABLE).path("/v3/probe")
                .authenticated(false).build();
    }

    @Test
    void parsesHostPortAndUrlsWithCredentials() {
        ProxySettings plain = ProxySettings.parse("proxy.example.com:3128");
        assertThat(plain.host()).isEqualTo("proxy.example.com");
        assertThat(plain.port()).isEqualTo(3128);
        assertThat(plain.username()).isNull();

        ProxySettings withUser = ProxySettings.parse("http://svc%40corp:p%3Ass@10.0.0.1:8080/");
        assertThat(withUser.host()).isEqualTo("10.0.0.1");
        assertThat(withUser.username()).isEqualTo("svc@corp");
        assertThat(withUser.password()).isEqualTo("p:ss");
        assertThat(withUser.toString()).doesNotContain("p:ss").contains("password=******");

        assertThat(ProxySettings.parse("http://proxy").port()).isEqualTo(80);
    }

    @Test
    void refusesWhatIsNoHttpProxyNamingTheSettingWithoutEchoingCredentials() {
        assertThatThrownBy(() -> ProxySettings.builderOf("CLOUD_PROXY", "https://user:secret@proxy:443"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("CLOUD_PROXY: only http:// proxies are supported")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> ProxySettings.builderOf("proxy", " "))
                .hasMessageStartingWith("proxy: expected host:port");
        assertThatThrownBy(() -> ProxySettings.builder("proxy", 0)).hasMessage("proxy port: expected 1-65535 but got 0");
        assertThatThrownBy(() -> ProxySettings.builder("proxy", 80).noProxy(List.of("10.0.0.0/8")))
                .hasMessageContaining("CIDR ranges and URLs are not supported");
    }

    @Test
    void noProxyMatchesHostsDomainsAndSubdomainsIgnoringCaseAndPorts() {
        ProxySettings proxy = ProxySettings.builder("proxy", 3128)
                .noProxy(ProxySettings.splitList("localhost, .internal.example.com,*.corp, 10.1.2.3:5000  Keystone"))
                .build();
        assertThat(proxy.bypasses("localhost")).isTrue();
        assertThat(proxy.bypasses("internal.example.com")).isTrue();
        assertThat(proxy.bypasses("swift.internal.example.com")).isTrue();
        assertThat(proxy.bypasses("a.b.CORP")).isTrue();
        assertThat(proxy.bypasses("10.1.2.3")).isTrue();
        assertThat(proxy.bypasses("keystone")).isTrue();
        assertThat(proxy.bypasses("example.com")).isFalse();
        assertThat(proxy.bypasses("notinternal.example.com")).isFalse();
        assertThat(proxy.bypasses("10.1.2.30")).isFalse();
        assertThat(ProxySettings.builder("proxy", 1).noProxy(List.of("*")).build().bypasses("anything")).isTrue();
    }

    @Test
    void theStandardVariablesPreferHttpsProxyAndReadNoProxy() {
        ProxySettings proxy = ProxySettings.fromEnvironment(Map.of("HTTP_PROXY", "http://plain:1",
                "https_proxy", "http://secure:2", "NO_PROXY", "localhost,127.0.0.1"));
        assertThat(proxy.host()).isEqualTo("secure");
        assertThat(proxy.noProxy()).containsExactly("localhost", "127.0.0.1");
        assertThat(ProxySettings.fromEnvironment(Map.of("http_proxy", "plain:3")).host()).isEqualTo("plain");
        assertThat(ProxySettings.fromEnvironment(Map.of("PATH", "/bin"))).isNull();
        assertThatThrownBy(() -> ProxySettings.fromEnvironment(Map.of("HTTPS_PROXY", "socks5://s:1")))
                .hasMessageStartingWith("HTTPS_PROXY: only http:// proxies are supported");
    }

    @Test
    void requestsAreTunnelledThroughTheProxyWhichAloneSeesTheCredentials() {
        PROXY.stubFor(get(urlEqualTo("/v3/probe")).willReturn(aResponse().withStatus(200).withBody("via proxy")));
        ProxySettings proxy = ProxySettings.builder("127.0.0.1", PROXY.getPort()).credentials("alice", "s3cret").build();
        try (Transport transport = Transport.builder().retrySettings(RetrySettings.none())
                .httpSettings(HttpSettings.defaults().withProxy(proxy)).build()) {
            assertThat(transport.execute(probe(), null).bodyAsString()).isEqualTo("via proxy");
        }
        // WireMock answers the CONNECT and serves the tunnelled request itself
        PROXY.verify(1, getRequestedFor(urlEqualTo("/v3/probe"))
                .withHeader("Host", equalTo("cloud.example.invalid:5000"))
                .withoutHeader("Proxy-Authorization"));
    }

    @Test
    void theConnectRequestCarriesTheProxyCredentials() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<List<String>> connect = CompletableFuture.supplyAsync(() -> {
                try (Socket socket = server.accept()) {
                    BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                            StandardCharsets.ISO_8859_1));
                    List<String> lines = new ArrayList<>();
                    for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                        lines.add(line);
                    }
                    socket.getOutputStream().write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n"
                            .getBytes(StandardCharsets.ISO_8859_1));
                    return lines;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            ProxySettings proxy = ProxySettings.builder("127.0.0.1", server.getLocalPort())
                    .credentials("alice", "s3cret").build();
            try (Transport transport = Transport.builder().retrySettings(RetrySettings.none())
                    .httpSettings(HttpSettings.defaults().withProxy(proxy)).build()) {
                assertThatThrownBy(() -> transport.execute(probe(), null))
                        .isInstanceOf(ConnectionFailedException.class);
            }
            assertThat(connect.get(10, TimeUnit.SECONDS))
                    .contains("CONNECT cloud.example.invalid:5000 HTTP/1.1")
                    // basic alice:s3cret
                    .contains("proxy-authorization: Basic YWxpY2U6czNjcmV0");
        }
    }

    @Test
    void aNoProxyHostIsReachedDirectly() {
        PROXY.stubFor(get(urlEqualTo("/v3/probe")).willReturn(aResponse().withStatus(200)));
        ProxySettings proxy = ProxySettings.builder("127.0.0.1", PROXY.getPort())
                .noProxy(List.of(".example.invalid")).build();
        try (Transport transport = Transport.builder().retrySettings(RetrySettings.none())
                .httpSettings(HttpSettings.defaults().withProxy(proxy)).build()) {
            // direct: the host does not resolve
            assertThatThrownBy(() -> transport.execute(probe(), null)).isInstanceOf(ConnectionFailedException.class);
        }
        PROXY.verify(0, getRequestedFor(urlEqualTo("/v3/probe")));
    }
}
