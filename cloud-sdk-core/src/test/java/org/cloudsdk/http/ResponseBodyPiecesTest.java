package org.cloudsdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.NettyDataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.BodyExtractors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import io.netty.buffer.PooledByteBufAllocator;
import reactor.core.publisher.Mono;

/**
 * A streamed body reaches the reader in the pieces the socket delivered, not cut into the HTTP
 * decoder's default 8 KiB chunks (a 1 GiB download would otherwise pass 131,072 buffers through
 * every operator, digest update and file write), in buffers of the pooled allocator.
 */
class ResponseBodyPiecesTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    @Test
    void aLargeBodyArrivesIntactInPiecesLargerThanEightKibibytes() {
        byte[] content = new byte[4 << 20];
        new Random(11).nextBytes(content);
        TestCloud.stubKeystoneV3(cloud);
        cloud.stubFor(get(urlPathEqualTo("/compute/v2.1/blob")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream").withBody(content)));
        List<Integer> pieces = new ArrayList<>();
        List<Object> allocators = new ArrayList<>();
        ByteArrayOutputStream received = new ByteArrayOutputStream();

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            ServiceClient compute = ctx.client("compute", "RegionOne");
            compute.execute(compute.request(HttpMethod.GET, "download").path("/blob"),
                    response -> response.body(BodyExtractors.toDataBuffers())
                            .doOnNext(buffer -> {
                                pieces.add(buffer.readableByteCount());
                                allocators.add(((NettyDataBuffer) buffer).getNativeBuffer().alloc());
                                byte[] bytes = new byte[buffer.readableByteCount()];
                                buffer.read(bytes);
                                received.writeBytes(bytes);
                                DataBufferUtils.release(buffer);
                            })
                            .then(Mono.just(true)));
        }

        assertThat(received.toByteArray()).isEqualTo(content);
        // how much each read returns depends on timing; no piece at all above 8 KiB means they were cut
        assertThat(pieces.stream().mapToInt(Integer::intValue).max().orElse(0)).isGreaterThan(8192);
        assertThat(allocators).isNotEmpty().allSatisfy(alloc -> assertThat(alloc).isSameAs(PooledByteBufAllocator.DEFAULT));
    }
}
