package org.cloudsdk.objectstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.cloudsdk.errors.CloudException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Temp-URL keys and signatures, HMAC-SHA1 or HMAC-SHA256 as the cluster's /info allows. */
class TempUrlTest {

    private static final SwiftStub swift = new SwiftStub();

    @BeforeEach
    void reset() {
        swift.server.resetAll();
        swift.server.stubFor(head(anyUrl()).willReturn(aResponse().withStatus(204)
                .withHeader("X-Account-Meta-Temp-Url-Key", "k3y")));
    }

    @AfterAll
    static void stop() {
        swift.close();
    }

    @Test
    void signsWithSha1WhenInfoIsUnavailableAndReadsTheKeyOnce() throws Exception {
        swift.server.stubFor(get(urlEqualTo("/info")).willReturn(aResponse().withStatus(404)));
        ObjectStorage storage = swift.storage();

        URI url = storage.getTempUrl("my c", "photo é.jpg", 60, "get");
        long expires = Long.parseLong(url.getQuery().replaceAll(".*temp_url_expires=", ""));

        assertThat(expires).isBetween(Instant.now().getEpochSecond() + 55, Instant.now().getEpochSecond() + 61);
        assertThat(url.getRawPath()).isEqualTo(SwiftStub.ACCOUNT + "/my%20c/photo%20%C3%A9.jpg");
        assertThat(url.toString()).startsWith(swift.accountUrl() + "/my%20c/photo%20%C3%A9.jpg?temp_url_sig="
                + hmac("HmacSHA1", "GET\n" + expires + "\n" + SwiftStub.ACCOUNT + "/my c/photo é.jpg"));

        storage.getTempUrl("my c", "other", 60, "PUT");
        assertThat(swift.requests()).extracting(r -> r.getMethod().getName() + " " + r.getUrl())
                .containsExactly("HEAD " + SwiftStub.ACCOUNT, "GET /info");
        assertThat(swift.requests().get(1).containsHeader("X-Auth-Token")).isFalse();
    }

    @Test
    void signsWithSha256WhenInfoAllowsIt() throws Exception {
        swift.server.stubFor(get(urlEqualTo("/info")).willReturn(aResponse().withBody(
                "{\"tempurl\": {\"methods\": [\"GET\", \"PUT\"], \"allowed_digests\": [\"sha1\", \"sha256\"]}}")));
        URI url = swift.storage().getTempUrl("c", "a/b", java.time.Duration.ofMinutes(5), "PUT");
        long expires = Long.parseLong(url.getQuery().replaceAll(".*temp_url_expires=", ""));
        assertThat(url.getQuery()).startsWith("temp_url_sig="
                + hmac("HmacSHA256", "PUT\n" + expires + "\n" + SwiftStub.ACCOUNT + "/c/a/b"));
        assertThat(url.getRawPath()).endsWith("/c/a/b");
    }

    @Test
    void keysAreSetGeneratedAndCachedAndBadInputIsRefused() {
        swift.server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(204)));
        ObjectStorage storage = swift.storage();

        String generated = storage.setTempUrlKey();
        assertThat(generated).matches("[0-9a-f]{32}");
        assertThat(swift.only().getHeader("X-Account-Meta-Temp-Url-Key")).isEqualTo(generated);
        assertThat(storage.getTempUrlKey()).isEqualTo(generated);
        assertThat(swift.requests()).hasSize(1);

        assertThatThrownBy(() -> storage.getTempUrl("c", "o", 0, "GET")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> storage.getTempUrl("c", "o", 10, "PATCH")).hasMessageContaining("method must be");

        swift.server.stubFor(head(anyUrl()).willReturn(aResponse().withStatus(204)));
        assertThatThrownBy(() -> swift.storage().getTempUrl("c", "o", 10, "GET")).isInstanceOf(CloudException.class)
                .hasMessageContaining("setTempUrlKey");
    }

    private static String hmac(String algorithm, String text) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec("k3y".getBytes(StandardCharsets.UTF_8), algorithm));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
