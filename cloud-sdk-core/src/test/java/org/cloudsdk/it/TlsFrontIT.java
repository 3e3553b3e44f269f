package org.cloudsdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cloudsdk.CloudContext;
import org.cloudsdk.CloudContextBuilder;
import org.cloudsdk.config.CloudConfiguration;
import org.cloudsdk.errors.TlsHandshakeException;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.identity.EndpointInterface;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.util.Names;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

/**
 * The SDK against real TLS: stunnel fronts (a CA and certificates made on the machine by
 * {@code scripts/tls-front.sh}) before the local Keystone and Swift, one without and one with a
 * client certificate required, and tinyproxy on loopback.
 *
 * <p>Keystone's catalog hands out the plain-http Swift URL, and nothing is registered in Keystone
 * for these tests (other tests expect one region): Swift is reached over TLS by giving an
 * {@link ObjectStorage} a {@link ServiceClient} on the catalog's path at the TLS front's port,
 * through the context's own transport and session.
 */
class TlsFrontIT {

    @BeforeAll
    static void fronts() {
        TlsFront.start();
    }

    private static CloudContextBuilder demoVia(String keystoneUrl) {
        return LocalCloud.demo().authEndpoint(keystoneUrl);
    }

    /** The demo project's object storage on the catalog's path, at a TLS front's port. */
    private static ObjectStorage swiftOverTls(CloudContext ctx, String port) {
        String catalogUrl = ctx.endpoint("object_store", null, EndpointInterface.PUBLIC).url();
        String tlsUrl = "https://127.0.0.1:" + port + URI.create(catalogUrl).getRawPath();
        return ObjectStorage.of(new ServiceClient(ctx.transport(), ctx.session(), "object_store",
                ctx.defaultRegion(), "public", () -> Mono.just(tlsUrl)));
    }

    private static void roundTrip(ObjectStorage storage) {
        String container = "it-tls-" + Names.random(10);
        storage.createContainer(container);
        try {
            storage.storeObject(container, "hello.txt", "over TLS");
            assertThat(storage.fetchObject(container, "hello.txt", false).contentAsString()).isEqualTo("over TLS");
        } finally {
            storage.deleteContainer(container, true);
        }
    }

    @Test
    void theTlsFrontIsRefusedByDefaultNamingTheHostAndTheSettingThatAddsItsCa() {
        try (CloudContext ctx = demoVia(TlsFront.get("keystone.tls.url")).build()) {
            assertThatThrownBy(ctx::authenticate)
                    .isInstanceOfSatisfying(TlsHandshakeException.class, e -> assertThat(e.host())
                            .isEqualTo(URI.create(TlsFront.get("keystone.tls.url")).getAuthority()))
                    .hasMessageContaining("is not trusted")
                    .hasMessageContaining("CLOUD_CA_BUNDLE / clouds.yaml cacert / cloud.http.ca-bundle")
                    .hasMessageNotContaining("attempts");
        }
    }

    @Test
    void withTheCaBundleKeystoneAndASwiftRoundTripWorkOverTls() {
        try (CloudContext ctx = demoVia(TlsFront.get("keystone.tls.url")).caBundle(TlsFront.path("ca.bundle"))
                .build()) {
            ctx.authenticate();
            assertThat(ctx.authToken()).isNotBlank();
            roundTrip(swiftOverTls(ctx, TlsFront.get("swift.tls.port")));
        }
    }

    @Test
    void theCaBundleSetByTheEnvironmentVariableWorksToo() {
        Map<String, String> env = Map.of("CLOUD_CA_BUNDLE", TlsFront.get("ca.bundle"));
        try (CloudContext ctx = demoVia(TlsFront.get("keystone.tls.url")).configuration(CloudConfiguration.of(null, env))
                .environmentVariables(env).build()) {
            assertThat(ctx.authenticate().isAuthenticated()).isTrue();
        }
    }

    @Test
    void anUnrelatedCaDoesNotMakeTheFrontTrusted() {
        try (CloudContext ctx = demoVia(TlsFront.get("keystone.tls.url")).caBundle(TlsFront.path("other.ca.bundle"))
                .build()) {
            assertThatThrownBy(ctx::authenticate).isInstanceOf(TlsHandshakeException.class);
        }
    }

    @Test
    void theMutualTlsFrontRefusesAClientWithoutCertificateNamingTheSetting() {
        try (CloudContext ctx = demoVia(TlsFront.get("keystone.mtls.url")).caBundle(TlsFront.path("ca.bundle"))
                .build()) {
            assertThatThrownBy(ctx::authenticate)
                    .isInstanceOfSatisfying(TlsHandshakeException.class, e -> assertThat(e.host())
                            .isEqualTo(URI.create(TlsFront.get("keystone.mtls.url")).getAuthority()))
                    .hasMessageContaining("client_cert / CLOUD_CLIENT_CERT / clouds.yaml cert");
        }
    }

    @Test
    void withTheClientCertificateTheMutualTlsFrontsAcceptTheSdk() {
        try (CloudContext ctx = demoVia(TlsFront.get("keystone.mtls.url")).caBundle(TlsFront.path("ca.bundle"))
                .clientCertificate(TlsFront.path("client.cert"), TlsFront.path("client.key")).build()) {
            ctx.authenticate();
            roundTrip(swiftOverTls(ctx, TlsFront.get("swift.mtls.port")));
        }
    }

    @Test
    void aCloudsYamlWithCacertCertAndKeyReachesTheMutualTlsFront() throws IOException {
        Path clouds = Files.createTempFile("clouds", ".yaml");
        try {
            Files.writeString(clouds, String.join("\n", "clouds:", "  mtls:", "    auth:",
                    "      auth_url: " + TlsFront.get("keystone.mtls.url"),
                    "      username: " + LocalCloud.get("demo.username"),
                    "      password: " + LocalCloud.get("demo.password"),
                    "      project_name: " + LocalCloud.get("demo.project"),
                    "      user_domain_name: " + LocalCloud.get("user.domain"),
                    "      project_domain_name: " + LocalCloud.get("project.domain"),
                    "    region_name: " + LocalCloud.get("region"),
                    "    cacert: " + TlsFront.get("ca.bundle"),
                    "    cert: " + TlsFront.get("client.cert"),
                    "    key: " + TlsFront.get("client.key"), ""));
            try (CloudContext ctx = CloudContext.builder()
                    .configuration(CloudConfiguration.of(null, Map.of()))
                    .environmentVariables(Map.of("OS_CLIENT_CONFIG_FILE", clouds.toString())).cloud("mtls").build()) {
                assertThat(ctx.authenticate().isAuthenticated()).isTrue();
            }
        } finally {
            Files.deleteIfExists(clouds);
        }
    }

    @Test
    void throughTinyproxyBothTlsAndPlainRequestsAreForwardedAndLogged() throws IOException {
        Path proxyLog = TlsFront.path("proxy.log");
        long before = Files.size(proxyLog);
        String proxy = TlsFront.get("proxy.host") + ":" + TlsFront.get("proxy.port");
        String container = "it-proxy-" + Names.random(10);

        try (CloudContext ctx = demoVia(TlsFront.get("keystone.tls.url")).caBundle(TlsFront.path("ca.bundle"))
                .proxy(proxy).build()) {
            ctx.authenticate();
        }
        // plain http through the proxy: the catalog's own Swift URL
        try (CloudContext ctx = LocalCloud.demo().proxy(proxy).build()) {
            ObjectStorage storage = ctx.objectStorage();
            storage.createContainer(container);
            storage.deleteContainer(container, true);
        }

        // Reactor Netty tunnels plain http through the proxy with CONNECT too
        List<String> forwarded = newLines(proxyLog, before).stream().filter(line -> line.contains("Request ("))
                .toList();
        URI tlsKeystone = URI.create(TlsFront.get("keystone.tls.url"));
        URI swift = URI.create(LocalCloud.get("swift.public.url"));
        assertThat(forwarded).anySatisfy(line -> assertThat(line).contains("CONNECT " + tlsKeystone.getAuthority()));
        assertThat(forwarded).anySatisfy(line -> assertThat(line).contains("CONNECT " + swift.getAuthority()));
    }

    @Test
    void theStandardProxyVariablesAreUsedWhenTheUserOptsIn() throws IOException {
        Path proxyLog = TlsFront.path("proxy.log");
        long before = Files.size(proxyLog);
        Map<String, String> env = Map.of("HTTPS_PROXY", "http://" + TlsFront.get("proxy.host") + ":"
                + TlsFront.get("proxy.port"), "CLOUD_USE_ENVIRONMENT_PROXY", "true");
        try (CloudContext ctx = demoVia(TlsFront.get("keystone.tls.url")).caBundle(TlsFront.path("ca.bundle"))
                .configuration(CloudConfiguration.of(null, env)).environmentVariables(env).build()) {
            ctx.authenticate();
        }
        URI tlsKeystone = URI.create(TlsFront.get("keystone.tls.url"));
        assertThat(newLines(proxyLog, before))
                .anySatisfy(line -> assertThat(line).contains("CONNECT " + tlsKeystone.getAuthority()));
    }

    @Test
    void noProxyHostsAreReachedDirectly() throws IOException {
        Path proxyLog = TlsFront.path("proxy.log");
        long before = Files.size(proxyLog);
        try (CloudContext ctx = demoVia(TlsFront.get("keystone.tls.url")).caBundle(TlsFront.path("ca.bundle"))
                .proxy(TlsFront.get("proxy.host") + ":" + TlsFront.get("proxy.port")).noProxy("127.0.0.1").build()) {
            ctx.authenticate();
        }
        URI tlsKeystone = URI.create(TlsFront.get("keystone.tls.url"));
        assertThat(newLines(proxyLog, before)).noneSatisfy(line -> assertThat(line)
                .contains("CONNECT " + tlsKeystone.getAuthority()));
    }

    /** The proxy's log lines written since {@code offset}; tinyproxy writes each line whole. */
    private static List<String> newLines(Path log, long offset) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return List.of(new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8).split("\n"));
    }
}
