package org.cloudsdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpMethod;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import reactor.core.publisher.Mono;

/** File bodies: the exact region goes out, and the work run alongside gates the response. */
class FileBodyTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    @TempDir
    Path dir;

    @Test
    void theRegionIsSentWithItsLengthAndTheCompanionFinishesBeforeTheResponseIsHandedOn() throws Exception {
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        Path file = Files.write(dir.resolve("data.bin"), content);
        TestCloud.stubKeystoneV3(cloud);
        cloud.stubFor(put(urlPathEqualTo("/compute/v2.1/region")).willReturn(aResponse().withStatus(201)));
        AtomicInteger attempts = new AtomicInteger();
        AtomicLong companionDoneAt = new AtomicLong();

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            ServiceClient compute = ctx.client("compute", "RegionOne");
            ApiResponse response = compute.execute(compute.request(HttpMethod.PUT, "upload").path("/region")
                    .body(RequestBody.file(file, 1_000, 250_000, "application/octet-stream", () -> {
                        attempts.incrementAndGet();
                        // slower than the exchange: the response must still wait for it
                        return Mono.delay(java.time.Duration.ofMillis(300))
                                .doOnNext(tick -> companionDoneAt.set(System.nanoTime())).then();
                    })));
            long handedOnAt = System.nanoTime();

            assertThat(response.status()).isEqualTo(201);
            assertThat(attempts).hasValue(1);
            assertThat(companionDoneAt.get()).isPositive().isLessThanOrEqualTo(handedOnAt);
        }
        LoggedRequest sent = cloud.findAll(putRequestedFor(urlPathEqualTo("/compute/v2.1/region"))).get(0);
        assertThat(sent.getHeader("Content-Length")).isEqualTo("250000");
        assertThat(sent.getHeader("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(sent.getBody()).isEqualTo(Arrays.copyOfRange(content, 1_000, 251_000));
    }

    @Test
    void aFailingCompanionFailsTheCallAsItself() throws Exception {
        Path file = Files.writeString(dir.resolve("small.txt"), "hello");
        TestCloud.stubKeystoneV3(cloud);
        cloud.stubFor(put(urlPathEqualTo("/compute/v2.1/upload")).willReturn(aResponse().withStatus(201)));

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            ServiceClient compute = ctx.client("compute", "RegionOne");
            assertThatThrownBy(() -> compute.execute(compute.request(HttpMethod.PUT, "upload").path("/upload")
                    .body(RequestBody.file(file, 0, 5, "text/plain",
                            () -> Mono.error(new IllegalStateException("digest broke"))))))
                    .isInstanceOf(IllegalStateException.class).hasMessage("digest broke");
        }
    }

    @Test
    void aNegativeRegionIsRefusedNamingTheValues() {
        assertThatThrownBy(() -> RequestBody.file(dir.resolve("x"), -1, 5, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position and contentLength")
                .hasMessageContaining("-1");
    }
}
