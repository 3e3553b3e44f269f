package org.cloudsdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.cloudsdk.TestCloud;
import org.cloudsdk.errors.ConnectionFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.BodyExtractors;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A failure of this machine while a body is sent or read is the call's outcome at once, as raised,
 * after one request; a failure of the network while a reader reads is still retried.
 */
class TransportLocalFailureTest {

    @RegisterExtension
    static WireMockExtension server = TestCloud.server();

    private final Transport transport = Transport.builder().retrySettings(TestCloud.fastRetries()).build();

    @AfterEach
    void close() {
        transport.close();
    }

    private ApiRequest.Builder request(HttpMethod method, String operation) {
        return ApiRequest.builder("object_store", operation, method)
                .baseUrl(TestCloud.baseUrl(server) + "/v1/AUTH_demo")
                .path("/{container}/{object}", "c", "big.bin")
                .authenticated(false);
    }

    @Test
    void aReaderThatFailsEndsTheCallWithItsOwnErrorAfterOneRequest() {
        server.stubFor(get(urlPathEqualTo("/v1/AUTH_demo/c/big.bin"))
                .willReturn(aResponse().withStatus(200).withBody(new byte[512 * 1024])));
        IllegalStateException broken = new IllegalStateException("the consumer of big.bin broke");
        AtomicInteger reads = new AtomicInteger();
        ResponseReader<Long> reader = response -> response.body(BodyExtractors.toDataBuffers())
                .map(buffer -> {
                    DataBufferUtils.release(buffer);
                    if (reads.incrementAndGet() == 1) {
                        throw broken;
                    }
                    return 1L;
                }).count();

        Throwable thrown = catchThrowable(() -> transport.execute(request(HttpMethod.GET, "download_object").build(),
                null, reader));

        assertThat(thrown).isSameAs(broken);
        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/AUTH_demo/c/big.bin")));
    }

    @Test
    void aNetworkFailureWhileAReaderReadsIsStillRetried() {
        server.stubFor(get(urlPathEqualTo("/v1/AUTH_demo/c/big.bin"))
                .willReturn(aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        // a reader that wraps what the body emits still leaves the failure the network's
        ResponseReader<Long> reader = response -> response.body(BodyExtractors.toDataBuffers())
                .doOnNext(DataBufferUtils::release).count()
                .onErrorMap(e -> new IllegalStateException("reading big.bin failed", e));

        Throwable thrown = catchThrowable(() -> transport.execute(request(HttpMethod.GET, "download_object").build(),
                null, reader));

        assertThat(thrown).isInstanceOf(ConnectionFailedException.class).hasMessageContaining("after 4 attempts");
        server.verify(4, getRequestedFor(urlPathEqualTo("/v1/AUTH_demo/c/big.bin")));
    }

    @Test
    void aRequestBodyWhoseSourceFailsIsSentOnceAndItsErrorReported() {
        server.stubFor(put(urlPathEqualTo("/v1/AUTH_demo/c/big.bin")).willReturn(aResponse().withStatus(201)));
        IllegalStateException listenerFailure = new IllegalStateException("the progress listener of big.bin threw");
        AtomicInteger sends = new AtomicInteger();
        RequestBody body = RequestBody.stream(() -> {
            sends.incrementAndGet();
            DataBuffer first = DefaultDataBufferFactory.sharedInstance.wrap("first chunk".getBytes(StandardCharsets.UTF_8));
            return Flux.concat(Mono.just(first), Mono.error(listenerFailure));
        }, "application/octet-stream", 1000, true);

        Throwable thrown = catchThrowable(() -> transport.execute(request(HttpMethod.PUT, "store_object").body(body)
                .build(), null));

        assertThat(thrown).isSameAs(listenerFailure);
        assertThat(sends).hasValue(1);
        assertThat(server.findAll(putRequestedFor(urlPathEqualTo("/v1/AUTH_demo/c/big.bin")))).hasSizeLessThanOrEqualTo(1);
    }
}
