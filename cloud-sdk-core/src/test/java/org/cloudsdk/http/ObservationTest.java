package org.cloudsdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.cloudsdk.errors.AuthenticationFailedException;
import org.cloudsdk.errors.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;

/** {@code cloud.client.requests} and {@code cloud.auth} observations and their bounded tags. */
class ObservationTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static final String SERVER_ID = "srv-7781-private-id";

    private static List<Observation.Context> contexts(TestObservationRegistry registry, String name) {
        AtomicReference<List<Observation.Context>> found = new AtomicReference<>();
        TestObservationRegistryAssert.assertThat(registry).hasHandledContextsThatSatisfy(
                contexts -> found.set(contexts.stream().filter(c -> name.equals(c.getName())).toList()));
        return found.get();
    }

    private static void assertBounded(Observation.Context context) {
        for (KeyValue keyValue : context.getAllKeyValues()) {
            assertThat(keyValue.getValue()).as(keyValue.getKey())
                    .doesNotContain("http:")
                    .doesNotContain("127.0.0.1")
                    .doesNotContain("/")
                    .doesNotContain(SERVER_ID)
                    .doesNotContain(TestCloud.V3_TOKEN);
        }
        assertThat(String.valueOf(context.getContextualName())).doesNotContain(SERVER_ID).doesNotContain("127.0.0.1");
    }

    @Test
    void getRecordsARequestObservationWithLowCardinalityTags() {
        TestCloud.stubKeystoneV3(cloud);
        cloud.stubFor(get(urlPathEqualTo("/compute/v2.1/servers/" + SERVER_ID)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"server\": {}}")));
        TestObservationRegistry registry = TestObservationRegistry.create();

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).observationRegistry(registry).build()) {
            ctx.client("compute", "RegionOne").get("/servers/{id}", SERVER_ID);
        }

        TestObservationRegistryAssert.assertThat(registry)
                .hasNumberOfObservationsWithNameEqualTo("cloud.client.requests", 2)
                .hasNumberOfObservationsWithNameEqualTo("cloud.auth", 1)
                .hasAnObservation(observation -> observation.hasNameEqualTo("cloud.client.requests")
                        .hasContextualNameEqualTo("compute get")
                        .hasLowCardinalityKeyValue("service", "compute")
                        .hasLowCardinalityKeyValue("operation", "get")
                        .hasLowCardinalityKeyValue("method", "GET")
                        .hasLowCardinalityKeyValue("status", "200")
                        .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                        .hasLowCardinalityKeyValue("region", "RegionOne")
                        .doesNotHaveError())
                .hasAnObservation(observation -> observation.hasNameEqualTo("cloud.client.requests")
                        .hasLowCardinalityKeyValue("service", "identity")
                        .hasLowCardinalityKeyValue("operation", "authenticate")
                        .hasLowCardinalityKeyValue("method", "POST")
                        .hasLowCardinalityKeyValue("status", "201")
                        .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                        .hasLowCardinalityKeyValue("region", "none"))
                .hasAnObservation(observation -> observation.hasNameEqualTo("cloud.auth")
                        .hasLowCardinalityKeyValue("identity", "v3")
                        .hasLowCardinalityKeyValue("reason", "initial")
                        .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                        .doesNotHaveError());
        List<Observation.Context> requests = contexts(registry, "cloud.client.requests");
        assertThat(requests).hasSize(2);
        requests.forEach(ObservationTest::assertBounded);
        contexts(registry, "cloud.auth").forEach(ObservationTest::assertBounded);
        requests.forEach(context -> assertThat(context.getHighCardinalityKeyValues()).isEmpty());
    }

    @Test
    void failedRequestRecordsStatusOutcomeAndError() {
        TestCloud.stubKeystoneV3(cloud);
        cloud.stubFor(get(urlPathEqualTo("/compute/v2.1/servers/" + SERVER_ID)).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"itemNotFound\": {\"message\": \"Instance could not be found.\", \"code\": 404}}")));
        TestObservationRegistry registry = TestObservationRegistry.create();

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).observationRegistry(registry).build()) {
            catchThrowableOfType(NotFoundException.class,
                    () -> ctx.client("compute", "RegionOne").get("/servers/{id}", SERVER_ID));
        }

        TestObservationRegistryAssert.assertThat(registry)
                .hasAnObservation(observation -> observation.hasNameEqualTo("cloud.client.requests")
                        .hasLowCardinalityKeyValue("service", "compute")
                        .hasLowCardinalityKeyValue("status", "404")
                        .hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
                        .hasError());
        contexts(registry, "cloud.client.requests").forEach(ObservationTest::assertBounded);
    }

    @Test
    void refusedAuthenticationRecordsAFailedAuthObservation() {
        cloud.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(TestCloud.UNAUTHORIZED_BODY)));
        TestObservationRegistry registry = TestObservationRegistry.create();

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).observationRegistry(registry).build()) {
            catchThrowableOfType(AuthenticationFailedException.class, ctx::authenticate);
        }

        TestObservationRegistryAssert.assertThat(registry)
                .hasNumberOfObservationsWithNameEqualTo("cloud.auth", 1)
                .hasAnObservation(observation -> observation.hasNameEqualTo("cloud.auth")
                        .hasLowCardinalityKeyValue("identity", "v3")
                        .hasLowCardinalityKeyValue("reason", "explicit")
                        .hasLowCardinalityKeyValue("outcome", "FAILURE")
                        .hasError())
                .hasAnObservation(observation -> observation.hasNameEqualTo("cloud.client.requests")
                        .hasLowCardinalityKeyValue("service", "identity")
                        .hasLowCardinalityKeyValue("status", "401")
                        .hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR"));
        contexts(registry, "cloud.auth").forEach(ObservationTest::assertBounded);
    }
}
