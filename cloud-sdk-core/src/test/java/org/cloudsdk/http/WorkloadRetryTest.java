package org.cloudsdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.cloudsdk.TestCloud;
import org.cloudsdk.errors.ConnectionFailedException;
import org.cloudsdk.errors.ServerErrorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpMethod;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import reactor.core.publisher.Mono;

/**
 * One retry policy per kind of work: an interactive call gives up after its few attempts, the
 * same request made as background work keeps going through the outage and succeeds. Small
 * settings keep the test fast; the defaults' proof against a real outage is FolderSyncOutageIT.
 */
class WorkloadRetryTest {

    @RegisterExtension
    static WireMockExtension server = TestCloud.server();

    private static final RetrySettings INTERACTIVE = new RetrySettings(3, Duration.ofMillis(10), 2.0,
            Duration.ofMillis(20), Duration.ZERO, Duration.ofSeconds(5));
    /** Generous, so that a slow start of the late server on a loaded machine never decides the outcome. */
    private static final RetrySettings BACKGROUND = new RetrySettings(300, Duration.ofMillis(20), 2.0,
            Duration.ofMillis(200), Duration.ofMillis(10), Duration.ofSeconds(60));

    private final Transport transport = Transport.builder()
            .retryPolicies(RetryPolicies.builder().interactive(INTERACTIVE).background(BACKGROUND).build()).build();

    @AfterEach
    void close() {
        transport.close();
    }

    private static ApiRequest request(String baseUrl, Workload workload) {
        return ApiRequest.builder("object_store", "list_container_objects", HttpMethod.GET)
                .baseUrl(baseUrl).path("/v1/AUTH_demo/{container}", "c").authenticated(false)
                .workload(workload).build();
    }

    private static void failTimesThenSucceed(int failures) {
        server.resetAll();
        String state = STARTED;
        for (int i = 1; i <= failures; i++) {
            String next = "failed " + i;
            server.stubFor(get(urlPathEqualTo("/v1/AUTH_demo/c")).inScenario("outage").whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>"))
                    .willSetStateTo(next));
            state = next;
        }
        server.stubFor(get(urlPathEqualTo("/v1/AUTH_demo/c")).inScenario("outage").whenScenarioStateIs(state)
                .willReturn(aResponse().withStatus(200).withBody("[]")));
    }

    @Test
    void anInteractiveCallGivesUpAfterItsAttempts() {
        failTimesThenSucceed(8);

        Throwable thrown = catchThrowable(() -> transport.execute(request(TestCloud.baseUrl(server),
                Workload.INTERACTIVE), null));

        assertThat(thrown).isInstanceOf(ServerErrorException.class);
        server.verify(3, getRequestedFor(urlPathEqualTo("/v1/AUTH_demo/c")));
    }

    @Test
    void theSameCallAsBackgroundWorkKeepsTryingThroughTheFailuresAndSucceeds() {
        failTimesThenSucceed(8);

        ApiResponse response = transport.execute(request(TestCloud.baseUrl(server), Workload.BACKGROUND), null);

        assertThat(response.status()).isEqualTo(200);
        server.verify(9, getRequestedFor(urlPathEqualTo("/v1/AUTH_demo/c")));
    }

    @Test
    void backgroundWorkRidesThroughAServerThatRefusesConnectionsUntilItStarts() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String down = "http://127.0.0.1:" + port;
        // nothing listens yet: the interactive call fails fast
        Throwable interactive = catchThrowable(() -> transport.execute(request(down, Workload.INTERACTIVE), null));
        assertThat(interactive).isInstanceOf(ConnectionFailedException.class).hasMessageContaining("after 3 attempts");

        WireMockServer late = new WireMockServer(options().port(port).bindAddress("127.0.0.1"));
        late.stubFor(get(urlPathEqualTo("/v1/AUTH_demo/c")).willReturn(aResponse().withStatus(200).withBody("[]")));
        CompletableFuture<Void> started = CompletableFuture.runAsync(late::start,
                CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
        try {
            ApiResponse response = Transport.block(Mono.defer(() -> transport.exchange(request(down,
                    Workload.BACKGROUND), null)));
            assertThat(response.status()).isEqualTo(200);
            late.verify(1, getRequestedFor(urlPathEqualTo("/v1/AUTH_demo/c")));
        } finally {
            started.join();
            late.stop();
        }
    }

    @Test
    void aClientForBackgroundWorkMarksItsRequestsAndSharesItsDebugSwitch() throws IOException {
        ServiceClient interactive = new ServiceClient(transport, new StaticToken(), "object_store", "RegionOne",
                "public", () -> Mono.just("http://127.0.0.1:1/v1/AUTH_demo"));
        ServiceClient background = interactive.forWorkload(Workload.BACKGROUND);

        interactive.setHttpLogDebug(true);

        assertThat(interactive.request(HttpMethod.GET, "x").baseUrl("http://h").build().workload())
                .isEqualTo(Workload.INTERACTIVE);
        assertThat(background.request(HttpMethod.GET, "x").baseUrl("http://h").build().workload())
                .isEqualTo(Workload.BACKGROUND);
        assertThat(background.httpLogDebug()).isTrue();
        assertThat(background.forWorkload(Workload.BACKGROUND)).isSameAs(background);
        assertThat(transport.retryPolicies().forWorkload(Workload.BACKGROUND))
                .isSameAs(transport.retryPolicies().background());
    }

    @Test
    void theDefaultsFailInteractiveCallsWithinSecondsAndGiveBackgroundWorkMoreThanTwentySeconds() {
        RetrySettings interactive = RetrySettings.defaults();
        RetrySettings background = RetrySettings.backgroundDefaults();

        assertThat(totalDelay(interactive)).isLessThan(Duration.ofSeconds(3));
        assertThat(totalDelay(background)).isGreaterThanOrEqualTo(Duration.ofSeconds(20));
        assertThat(background.maxElapsed()).isGreaterThan(totalDelay(background));
    }

    /** The sum of the delays between all attempts, jitter aside. */
    private static Duration totalDelay(RetrySettings settings) {
        double delay = settings.initialInterval().toMillis();
        long total = 0;
        for (int retry = 1; retry < settings.maxAttempts(); retry++) {
            total += (long) Math.min(delay, settings.maxInterval().toMillis());
            delay *= settings.multiplier();
        }
        return Duration.ofMillis(total);
    }

    /** A session for requests that send no token. */
    private static final class StaticToken implements AuthSession {
        @Override
        public Mono<String> token() {
            return Mono.just("t");
        }

        @Override
        public boolean canReauthenticate() {
            return false;
        }

        @Override
        public Mono<String> reauthenticate(String rejectedToken) {
            return Mono.just("t");
        }
    }
}
