package org.cloudsdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.cloudsdk.TestCloud;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.errors.ConnectionFailedException;
import org.cloudsdk.errors.OverLimitException;
import org.cloudsdk.errors.ServerErrorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpMethod;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import reactor.core.publisher.Flux;

/** Which failures the transport retries, how often, how long it waits, and what it reports. */
class TransportRetryTest {

    @RegisterExtension
    static WireMockExtension server = TestCloud.server();

    private static final String SERVICE_UNAVAILABLE = "{\"error\":{\"message\":\"Service Unavailable: the compute "
            + "API is in maintenance\",\"code\":503}}";

    private final Transport transport = Transport.builder().retrySettings(TestCloud.fastRetries()).build();

    @AfterEach
    void close() {
        transport.close();
    }

    private ApiRequest.Builder request(HttpMethod method, String operation, String path, Object... variables) {
        return ApiRequest.builder("compute", operation, method)
                .region("RegionOne")
                .baseUrl(TestCloud.baseUrl(server) + "/compute/v2.1")
                .path(path, variables)
                .authenticated(false);
    }

    @Test
    void tooManyRequestsWaitsForRetryAfterThenSucceeds() {
        server.stubFor(get(urlPathEqualTo("/compute/v2.1/servers")).inScenario("limit").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"overLimit\":{\"code\":429,\"message\":\"Over limit\"}}"))
                .willSetStateTo("cooled down"));
        server.stubFor(get(urlPathEqualTo("/compute/v2.1/servers")).inScenario("limit").whenScenarioStateIs("cooled down")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"servers\":[]}")));

        long started = System.nanoTime();
        ApiResponse response = transport.execute(request(HttpMethod.GET, "listServers", "/servers").build(), null);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("servers").isArray()).isTrue();
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        server.verify(2, getRequestedFor(urlPathEqualTo("/compute/v2.1/servers")));
    }

    @Test
    void retryAfterBeyondTheTimeBudgetEndsTheCallAtOnce() {
        server.stubFor(get(urlPathEqualTo("/compute/v2.1/servers")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "3600").withBody("{\"overLimit\":{\"message\":\"Over limit\"}}")));

        long started = System.nanoTime();
        OverLimitException limited = catchThrowableOfType(OverLimitException.class,
                () -> transport.execute(request(HttpMethod.GET, "listServers", "/servers").build(), null));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.retryAfterSeconds()).isEqualTo(3600);
        assertThat(limited.serverMessage()).isEqualTo("Over limit");
        server.verify(1, getRequestedFor(urlPathEqualTo("/compute/v2.1/servers")));
    }

    @Test
    void transientFailureThenSuccessIsRetried() {
        server.stubFor(get(urlPathEqualTo("/compute/v2.1/flavors")).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
        server.stubFor(get(urlPathEqualTo("/compute/v2.1/flavors")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withBody("{\"flavors\":[]}")));

        ApiResponse response = transport.execute(request(HttpMethod.GET, "listFlavors", "/flavors").build(), null);

        assertThat(response.status()).isEqualTo(200);
        server.verify(2, getRequestedFor(urlPathEqualTo("/compute/v2.1/flavors")));
    }

    @Test
    void aDeleteWhoseRetryFindsTheResourceGoneHasDoneItsWork() {
        server.stubFor(delete(urlPathEqualTo("/compute/v2.1/servers/s1")).inScenario("lost answer")
                .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("deleted"));
        server.stubFor(delete(urlPathEqualTo("/compute/v2.1/servers/s1")).inScenario("lost answer")
                .whenScenarioStateIs("deleted").willReturn(aResponse().withStatus(404)));

        ApiResponse response = transport.execute(request(HttpMethod.DELETE, "deleteServer", "/servers/s1").build(), null);

        assertThat(response.status()).isEqualTo(404);
        server.verify(2, deleteRequestedFor(urlPathEqualTo("/compute/v2.1/servers/s1")));
    }

    @Test
    void aDeleteOfWhatNeverExistedIsStillNotFound() {
        server.stubFor(delete(urlPathEqualTo("/compute/v2.1/servers/s2")).willReturn(aResponse().withStatus(404)));

        assertThat(catchThrowableOfType(NotFoundException.class, () -> transport.execute(
                request(HttpMethod.DELETE, "deleteServer", "/servers/s2").build(), null))).isNotNull();
        server.verify(1, deleteRequestedFor(urlPathEqualTo("/compute/v2.1/servers/s2")));
    }

    @Test
    void postIsNotRetried() {
        server.stubFor(any(urlPathEqualTo("/compute/v2.1/servers")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json").withBody(SERVICE_UNAVAILABLE)));

        ServerErrorException failure = catchThrowableOfType(ServerErrorException.class, () -> transport.execute(
                request(HttpMethod.POST, "createServer", "/servers").jsonBody("{\"server\":{\"name\":\"web1\"}}")
                        .build(), null));

        assertThat(failure.status()).isEqualTo(503);
        assertThat(failure.getMessage()).doesNotContain("attempts");
        server.verify(1, postRequestedFor(urlPathEqualTo("/compute/v2.1/servers")));
    }

    @Test
    void getFailingEveryTimeStopsAfterMaxAttemptsWithRequestIdAndServerMessage() {
        server.stubFor(get(urlPathEqualTo("/compute/v2.1/servers/abc")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-openstack-request-id", "req-5e1c0d4a-9f7b")
                .withBody(SERVICE_UNAVAILABLE)));

        ServerErrorException failure = catchThrowableOfType(ServerErrorException.class, () -> transport.execute(
                request(HttpMethod.GET, "getServer", "/servers/{id}", "abc").build(), null));

        server.verify(4, getRequestedFor(urlPathEqualTo("/compute/v2.1/servers/abc")));
        assertThat(failure.status()).isEqualTo(503);
        assertThat(failure.requestId()).isEqualTo("req-5e1c0d4a-9f7b");
        assertThat(failure.serverMessage()).isEqualTo("Service Unavailable: the compute API is in maintenance");
        assertThat(failure.service()).isEqualTo("compute");
        assertThat(failure.operation()).isEqualTo("getServer");
        assertThat(failure.getMessage())
                .contains("getServer on compute (region RegionOne) failed: HTTP 503 Service Unavailable")
                .contains("after 4 attempts")
                .contains("req-5e1c0d4a-9f7b")
                .contains("the compute API is in maintenance");
    }

    @Test
    void swiftTransIdIsTheRequestIdToo() {
        server.stubFor(get(urlPathEqualTo("/compute/v2.1/objects")).willReturn(aResponse().withStatus(500)
                .withHeader("x-trans-id", "tx4b0d5e8c1f2a4c3e9-0065a1b2c3")
                .withHeader("Content-Type", "text/plain")
                .withBody("Internal Server Error")));

        ServerErrorException failure = catchThrowableOfType(ServerErrorException.class,
                () -> transport.execute(request(HttpMethod.GET, "listObjects", "/objects").build(), null));

        server.verify(4, getRequestedFor(urlPathEqualTo("/compute/v2.1/objects")));
        assertThat(failure.requestId()).isEqualTo("tx4b0d5e8c1f2a4c3e9-0065a1b2c3");
        assertThat(failure.getMessage()).contains("after 4 attempts").contains("tx4b0d5e8c1f2a4c3e9-0065a1b2c3");
    }

    @Test
    void streamedBodyThatCannotBeReplayedIsNotRetried() {
        server.stubFor(any(urlPathEqualTo("/compute/v2.1/blob")).willReturn(aResponse().withStatus(503)
                .withBody(SERVICE_UNAVAILABLE)));
        AtomicInteger opened = new AtomicInteger();
        byte[] content = "one-shot stream".getBytes(StandardCharsets.UTF_8);
        RequestBody once = RequestBody.stream(() -> {
            opened.incrementAndGet();
            DataBuffer buffer = DefaultDataBufferFactory.sharedInstance.wrap(content);
            return Flux.just(buffer);
        }, "application/octet-stream", content.length, false);

        ServerErrorException failure = catchThrowableOfType(ServerErrorException.class,
                () -> transport.execute(request(HttpMethod.PUT, "upload", "/blob").body(once).build(), null));

        assertThat(failure.status()).isEqualTo(503);
        assertThat(opened).hasValue(1);
        server.verify(1, putRequestedFor(urlPathEqualTo("/compute/v2.1/blob")));
    }

    @Test
    void replayableStreamedPutIsRetried() {
        server.stubFor(any(urlPathEqualTo("/compute/v2.1/blob")).willReturn(aResponse().withStatus(503)));
        AtomicInteger opened = new AtomicInteger();
        byte[] content = "replayable".getBytes(StandardCharsets.UTF_8);
        RequestBody replayable = RequestBody.stream(() -> {
            opened.incrementAndGet();
            return Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(content));
        }, "application/octet-stream", content.length, true);

        catchThrowableOfType(ServerErrorException.class,
                () -> transport.execute(request(HttpMethod.PUT, "upload", "/blob").body(replayable).build(), null));

        assertThat(opened).hasValue(4);
        server.verify(4, putRequestedFor(urlPathEqualTo("/compute/v2.1/blob")));
    }

    @Test
    void noRetriesWhenRetrySettingsSayNone() {
        server.stubFor(get(urlPathEqualTo("/compute/v2.1/servers")).willReturn(aResponse().withStatus(503)));

        try (Transport single = Transport.builder().retrySettings(RetrySettings.none()).build()) {
            catchThrowableOfType(ServerErrorException.class,
                    () -> single.execute(request(HttpMethod.GET, "listServers", "/servers").build(), null));
        }

        server.verify(1, getRequestedFor(urlPathEqualTo("/compute/v2.1/servers")));
    }

    @Test
    void connectionRefusedIsConnectionFailed() {
        int port = TestCloud.closedPort();
        ApiRequest request = ApiRequest.builder("compute", "listServers", HttpMethod.GET)
                .baseUrl("http://127.0.0.1:" + port + "/compute/v2.1").path("/servers").authenticated(false).build();

        ConnectionFailedException failure = catchThrowableOfType(ConnectionFailedException.class,
                () -> transport.execute(request, null));

        assertThat(failure.status()).isZero();
        assertThat(failure.service()).isEqualTo("compute");
        assertThat(failure.getMessage()).contains("listServers on compute failed: no response from http://127.0.0.1:"
                + port + "/compute/v2.1").contains("after 4 attempts");
        server.verify(0, anyRequestedFor(anyUrl()));
    }
}
