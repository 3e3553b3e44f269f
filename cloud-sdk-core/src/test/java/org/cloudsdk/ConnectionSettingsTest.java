package org.cloudsdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.cloudsdk.config.CloudConfiguration;
import org.cloudsdk.config.PyraxConfigFile;
import org.cloudsdk.http.HttpSettings;
import org.cloudsdk.http.ProxySettings;
import org.cloudsdk.http.TlsSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS and proxy settings reach the context's transport from each source: code, variables, the pyrax file, clouds.yaml. */
class ConnectionSettingsTest {

    @TempDir
    Path dir;

    private static Path tls(String name) {
        try {
            return Path.of(ConnectionSettingsTest.class.getResource("/tls/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CloudContextBuilder isolated(Map<String, String> env) {
        return CloudContext.builder().configuration(CloudConfiguration.of(null, env)).environmentVariables(env)
                .identityType("keystone").authEndpoint("https://keystone.test:5000/v3");
    }

    private static HttpSettings httpOf(CloudContextBuilder builder) {
        try (CloudContext ctx = builder.build()) {
            return ctx.transport().settings();
        }
    }

    @Test
    void codeSetsTrustClientCertificateAndProxy() {
        HttpSettings http = httpOf(isolated(Map.of()).caBundle(tls("ca.pem"))
                .trustStore(tls("truststore.p12"), "storepass")
                .clientCertificate(tls("client.pem"), tls("client-key.pem"))
                .proxy("proxy.corp:3128").proxyCredentials("svc", "pw").noProxy("localhost, .internal"));

        assertThat(http.tls().caBundle()).isEqualTo(tls("ca.pem"));
        assertThat(http.tls().trustStore()).isEqualTo(tls("truststore.p12"));
        assertThat(http.tls().trustStorePassword()).isEqualTo("storepass");
        assertThat(http.tls().clientKey()).isEqualTo(tls("client-key.pem"));
        assertThat(http.proxy()).isEqualTo(ProxySettings.builder("proxy.corp", 3128).credentials("svc", "pw")
                .noProxy(java.util.List.of("localhost", ".internal")).build());
    }

    @Test
    void environmentVariablesSetThem() {
        Map<String, String> env = Map.of("CLOUD_CA_BUNDLE", tls("ca.pem").toString(),
                "CLOUD_CLIENT_CERT", tls("client.pem").toString(), "CLOUD_CLIENT_KEY", tls("client-key.pem").toString(),
                "CLOUD_PROXY", "http://proxy.corp:8080");
        HttpSettings http = httpOf(isolated(env));
        assertThat(http.tls().caBundle()).isEqualTo(tls("ca.pem"));
        assertThat(http.tls().clientCertificate()).isEqualTo(tls("client.pem"));
        assertThat(http.proxy().host()).isEqualTo("proxy.corp");
    }

    @Test
    void thePyraxFileSetsThemPerEnvironment() {
        PyraxConfigFile file = PyraxConfigFile.parse("[default]\nca_bundle = " + tls("ca.pem") + "\n[lab]\n"
                + "cacert = " + tls("two-cas.pem") + "\nproxy = 10.0.0.1:3128\nno_proxy = keystone.lab\n", "pyrax.cfg");
        CloudConfiguration configuration = CloudConfiguration.of(file, Map.of());
        HttpSettings lab = httpOf(isolated(Map.of()).configuration(configuration).environment("lab"));
        assertThat(lab.tls().caBundle()).isEqualTo(tls("two-cas.pem"));
        assertThat(lab.proxy().bypasses("keystone.lab")).isTrue();
        assertThat(httpOf(isolated(Map.of()).configuration(configuration)).tls().caBundle()).isEqualTo(tls("ca.pem"));
    }

    @Test
    void cloudsYamlCacertCertAndKeyReachTheTransport() throws Exception {
        Path clouds = dir.resolve("clouds.yaml");
        Files.writeString(clouds, "clouds:\n  private:\n    auth:\n      auth_url: https://keystone.test:5000/v3\n"
                + "    cacert: " + tls("ca.pem") + "\n    cert: " + tls("client.pem") + "\n    key: "
                + tls("client-key.pem") + "\n");
        Map<String, String> env = Map.of("OS_CLIENT_CONFIG_FILE", clouds.toString());
        HttpSettings http = httpOf(CloudContext.builder().configuration(CloudConfiguration.of(null, Map.of()))
                .environmentVariables(env).cloud("private"));
        assertThat(http.tls().caBundle()).isEqualTo(tls("ca.pem"));
        assertThat(http.tls().clientCertificate()).isEqualTo(tls("client.pem"));
        assertThat(http.tls().clientKey()).isEqualTo(tls("client-key.pem"));
    }

    @Test
    void theEnvironmentsProxyVariablesApplyOnlyWhenAskedFor() {
        Map<String, String> env = Map.of("HTTPS_PROXY", "http://proxy.corp:3128", "NO_PROXY", "localhost");
        assertThat(httpOf(isolated(env)).proxy()).isNull();

        HttpSettings http = httpOf(isolated(env).useEnvironmentProxy(true));
        assertThat(http.proxy().host()).isEqualTo("proxy.corp");
        assertThat(http.proxy().noProxy()).containsExactly("localhost");

        Map<String, String> withOptIn = Map.of("HTTPS_PROXY", "http://proxy.corp:3128",
                "CLOUD_USE_ENVIRONMENT_PROXY", "true", "CLOUD_NO_PROXY", "keystone.test");
        assertThat(httpOf(isolated(withOptIn)).proxy().noProxy()).containsExactly("keystone.test");
        // an explicit proxy wins over the environment's
        assertThat(httpOf(isolated(env).useEnvironmentProxy(true).proxy("other:1")).proxy().host()).isEqualTo("other");
    }

    @Test
    void codeSettingsInHttpSettingsAreKeptUnlessASettingOverridesThem() {
        HttpSettings start = HttpSettings.defaults().withTls(TlsSettings.builder().caBundle(tls("ca.pem")).build())
                .withProxy(ProxySettings.parse("proxy.corp:3128"));
        HttpSettings kept = httpOf(isolated(Map.of()).httpSettings(start));
        assertThat(kept.tls().caBundle()).isEqualTo(tls("ca.pem"));
        assertThat(kept.proxy().host()).isEqualTo("proxy.corp");

        HttpSettings overridden = httpOf(isolated(Map.of()).httpSettings(start).caBundle(tls("two-cas.pem")));
        assertThat(overridden.tls().caBundle()).isEqualTo(tls("two-cas.pem"));
    }

    @Test
    void badValuesFailTheBuildNamingTheSettingAndTheFile() {
        Path missing = dir.resolve("missing-ca.pem");
        assertThatThrownBy(() -> isolated(Map.of("CLOUD_CA_BUNDLE", missing.toString())).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CLOUD_CA_BUNDLE")
                .hasMessageContaining("the file " + missing + " does not exist");
        assertThatThrownBy(() -> isolated(Map.of()).clientCertificate(tls("client.pem"), null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("clientKey: the client certificate");
        assertThatThrownBy(() -> isolated(Map.of()).trustStore(tls("truststore.jks"), "nope").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the password is wrong");
        assertThatThrownBy(() -> isolated(Map.of()).proxy("socks5://proxy:1080").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("proxy / CLOUD_PROXY / cloud.http.proxy.host: only http:// proxies");
    }
}
