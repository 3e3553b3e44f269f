package org.cloudsdk.wait;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.cloudsdk.docs.WaitingGuideExamples.Server;
import org.cloudsdk.http.RetrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;

/**
 * Waits whose polls are real HTTP GETs through {@code ServiceClient} (the handle of
 * {@code docs/waiting.md}, {@link Server}): the asynchronous reload
 * path a compute handle will take, the transport's 404 and 429 mapping, and a deadline that
 * bounds a poll the server does not answer.
 */
class WaiterHttpTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static final String SERVER_PATH = "/compute/v2.1/servers/srv-42";
    private static final WaitOptions FAST = WaitOptions.forBuild().toBuilder().interval(Duration.ofMillis(5)).build();

    private final TestObservationRegistry observations = TestObservationRegistry.create();
    private CloudContext ctx;
    private final Waiter waiter = Waiter.builder().build();

    @BeforeEach
    void connect() {
        TestCloud.stubKeystoneV3(cloud);
        ctx = TestCloud.keystoneV3(cloud).retrySettings(RetrySettings.none()).observationRegistry(observations).build();
    }

    @AfterEach
    void close() {
        waiter.close();
        ctx.close();
    }

    private Server building() {
        return new Server(ctx.client("compute", "RegionOne"), "srv-42",
                tools.jackson.databind.json.JsonMapper.shared().createObjectNode().put("status", "BUILD"));
    }

    private static String server(String status, int progress) {
        return "{\"server\": {\"id\": \"srv-42\", \"name\": \"web1\", \"status\": \"" + status + "\", \"progress\": "
                + progress + ", \"OS-EXT-STS:task_state\": null}}";
    }

    private static void step(String from, String to, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder
            response) {
        cloud.stubFor(get(urlPathEqualTo(SERVER_PATH)).inScenario("build").whenScenarioStateIs(from)
                .willReturn(response).willSetStateTo(to));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Test
    void waitForBuildPollsNovaUntilActive() {
        step(STARTED, "second", ok(server("BUILD", 10)));
        step("second", "third", ok(server("BUILD", 60)));
        step("third", "done", ok(server("ACTIVE", 100)));

        Server active = waiter.waitForBuild(building(), FAST);

        assertThat(active.attribute("status")).contains("ACTIVE");
        assertThat(active.attribute("progress")).contains(100);
        assertThat(active.attribute("OS-EXT-STS:task_state")).isEmpty();
        cloud.verify(3, getRequestedFor(urlPathEqualTo(SERVER_PATH))
                .withHeader("X-Auth-Token", equalTo(TestCloud.V3_TOKEN)));
    }

    @Test
    void aBuildThatErrsEndsTheWaitWithTheServersDocument() {
        step(STARTED, "error", ok(server("BUILD", 10)));
        step("error", "error", ok(server("ERROR", 0)));

        ResourceFailedException failed = catchThrowableOfType(ResourceFailedException.class,
                () -> waiter.waitForBuild(building(), FAST));

        assertThat(failed.lastSnapshot(Server.class).json().path("name").asString()).isEqualTo("web1");
        cloud.verify(2, getRequestedFor(urlPathEqualTo(SERVER_PATH)));
    }

    @Test
    void aDeletedServersNotFoundEndsAWaitForItsDeletion() {
        step(STARTED, "gone", ok(server("ACTIVE", 100)));
        step("gone", "gone", aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"itemNotFound\": {\"message\": \"Instance srv-42 could not be found.\", \"code\": 404}}"));

        Server last = waiter.waitUntil(building(), "status", List.of("DELETED"),
                FAST.toBuilder().notFound(NotFoundPolicy.SUCCEED).build());

        assertThat(last.attribute("status")).contains("ACTIVE");
        cloud.verify(2, getRequestedFor(urlPathEqualTo(SERVER_PATH)));
    }

    @Test
    void retryAfterOfA429DelaysTheNextPoll() {
        step(STARTED, "cooled", aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withBody("{\"overLimit\": {\"code\": 429, \"message\": \"Over limit\"}}"));
        step("cooled", "cooled", ok(server("ACTIVE", 100)));
        try (RecordingScheduler scheduler = new RecordingScheduler();
                Waiter recorded = Waiter.builder().scheduler(scheduler).build()) {
            Server active = recorded.waitForBuild(building(), FAST);

            assertThat(active.attribute("status")).contains("ACTIVE");
            assertThat(scheduler.delays).containsExactly(Duration.ofSeconds(1));
            cloud.verify(2, getRequestedFor(urlPathEqualTo(SERVER_PATH)));
        }
    }

    @Test
    void theDeadlineBoundsAPollTheServerDoesNotAnswer() {
        cloud.stubFor(get(urlPathEqualTo(SERVER_PATH)).willReturn(ok(server("BUILD", 10)).withFixedDelay(10_000)));
        // the token first, so that the deadline falls on the GET however slow this machine is
        ctx.authenticate();

        WaitTimeoutException timeout = catchThrowableOfType(WaitTimeoutException.class, () -> waiter.waitForBuild(
                building(), FAST.toBuilder().deadline(Duration.ofMillis(1500)).build()));

        assertThat(timeout.reason()).isEqualTo(WaitTimeoutException.Reason.DEADLINE);
        assertThat(timeout.polls()).isZero();
        assertThat(timeout.lastValue()).as("the starting snapshot's").contains("BUILD");
        cloud.verify(1, getRequestedFor(urlPathEqualTo(SERVER_PATH)));
        // the transport reports the GET as cancelled: the deadline aborted the request
        TestObservationRegistryAssert.assertThat(observations).hasAnObservation(observation -> observation
                .hasNameEqualTo("cloud.client.requests")
                .hasLowCardinalityKeyValue("operation", "getServer")
                .hasLowCardinalityKeyValue("status", "CANCELLED"));
    }
}
