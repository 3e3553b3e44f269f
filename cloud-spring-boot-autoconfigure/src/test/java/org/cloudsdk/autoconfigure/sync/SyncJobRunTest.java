package org.cloudsdk.autoconfigure.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.cloudsdk.autoconfigure.sync.SyncJobResult.Outcome;
import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;

/** Runs of a sync job against WireMock: results, retries, observations and meters. */
class SyncJobRunTest {

    @RegisterExtension
    static final WireMockExtension server = SyncFixtures.server();

    @TempDir
    Path folder;

    private ApplicationContextRunner runner() throws Exception {
        return SyncFixtures.runner(server).withPropertyValues(SyncFixtures.photosJob(SyncFixtures.twoFiles(folder)));
    }

    @Test
    void aRunUploadsTheFolderAndRecordsAnObservationAndMeters() throws Exception {
        SyncFixtures.stubKeystone(server);
        SyncFixtures.stubEmptyContainerStoring(server);
        TestObservationRegistry observations = TestObservationRegistry.create();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        runner().withBean(ObservationRegistry.class, () -> observations)
                .withBean(MeterRegistry.class, () -> meters).run(context -> {
                    SyncJobResult result = job(context).runIfIdle(CloudSyncJobs.MANUAL).orElseThrow();

                    assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
                    assertThat(result.uploaded()).isEqualTo(2);
                    assertThat(result.bytesUploaded()).isEqualTo(SyncFixtures.ALPHA.length()
                            + SyncFixtures.BRAVO.length());
                    assertThat(result.attempts()).isEqualTo(1);
                    assertThat(result.trigger()).isEqualTo("manual");
                    assertThat(job(context).lastResult()).contains(result);
                    server.verify(1, getRequestedFor(urlPathEqualTo(SyncFixtures.CONTAINER_PATH)));
                    server.verify(1, putRequestedFor(urlPathEqualTo(SyncFixtures.CONTAINER_PATH + "/a.txt")));
                    server.verify(1, putRequestedFor(urlPathEqualTo(SyncFixtures.CONTAINER_PATH + "/b.txt")));

                    assertThat(observations).hasObservationWithNameEqualTo("cloud.sync").that()
                            .hasLowCardinalityKeyValue("job", "photos").hasLowCardinalityKeyValue("outcome", "success")
                            .hasLowCardinalityKeyValue("trigger", "manual").hasBeenStarted().hasBeenStopped();
                    assertThat(meters.get("cloud.sync.files").tags("job", "photos", "result", "uploaded").counter()
                            .count()).isEqualTo(2.0);
                    assertThat(meters.get("cloud.sync.bytes").tag("job", "photos").summary().totalAmount())
                            .isEqualTo(result.bytesUploaded());
                    assertThat(meters.find("cloud.sync.files").tags("result", "failed").counter()).isNotNull()
                            .satisfies(counter -> assertThat(counter.count()).isZero());

                    // the second run finds both files identical
                    server.stubFor(get(urlPathEqualTo(SyncFixtures.CONTAINER_PATH)).willReturn(aResponse()
                            .withHeader("Content-Type", "application/json").withBody(listing())));
                    // a listing ends on an empty page, not on a short one
                    server.stubFor(get(urlPathEqualTo(SyncFixtures.CONTAINER_PATH)).withQueryParam("marker",
                            equalTo("b.txt")).willReturn(aResponse().withStatus(204)));
                    SyncJobResult second = job(context).runIfIdle(CloudSyncJobs.SCHEDULED).orElseThrow();
                    assertThat(second.uploaded()).isZero();
                    assertThat(second.skipped()).isEqualTo(2);
                    assertThat(meters.get("cloud.sync.files").tags("job", "photos", "result", "skipped").counter()
                            .count()).isEqualTo(2.0);
                });
    }

    @Test
    void aRunsFilesAreSentOnTheApplicationsTransferExecutor() throws Exception {
        SyncFixtures.stubKeystone(server);
        SyncFixtures.stubEmptyContainerStoring(server);
        AtomicInteger submitted = new AtomicInteger();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newCachedThreadPool(runnable -> new Thread(runnable, "app-transfer"));
        Executor executor = command -> {
            submitted.incrementAndGet();
            pool.execute(() -> {
                threads.add(Thread.currentThread().getName());
                command.run();
            });
        };
        try {
            runner().withBean("cloudTransferExecutor", Executor.class, () -> executor).run(context -> {
                SyncJobResult result = job(context).runIfIdle(CloudSyncJobs.MANUAL).orElseThrow();

                assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
                assertThat(result.uploaded()).isEqualTo(2);
                assertThat(submitted.get()).isPositive();
                assertThat(threads).containsExactly("app-transfer");
                assertThat(submitted.get()).as("one worker each for the listing, the hashing and the uploads")
                        .isLessThanOrEqualTo(3);
            });
            assertThat(pool.isShutdown()).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedRunIsRetriedPerTheBackgroundRetryPolicy() throws Exception {
        SyncFixtures.stubKeystone(server);
        SyncFixtures.stubStores(server);
        // the transport tries the listing twice (background max-attempts=2), so the first run attempt fails
        String scenario = "listing";
        server.stubFor(get(urlPathEqualTo(SyncFixtures.CONTAINER_PATH)).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503))
                .willSetStateTo("second"));
        server.stubFor(get(urlPathEqualTo(SyncFixtures.CONTAINER_PATH)).inScenario(scenario)
                .whenScenarioStateIs("second").willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        server.stubFor(get(urlPathEqualTo(SyncFixtures.CONTAINER_PATH)).inScenario(scenario)
                .whenScenarioStateIs("up").willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("[]")));
        // the interactive policy's single attempt would fail both runs: the job runs on the background one
        runner().withPropertyValues("cloud.retry.background.max-attempts=2", "cloud.retry.max-attempts=1").run(context -> {
            SyncJobResult result = job(context).runIfIdle(CloudSyncJobs.MANUAL).orElseThrow();
            assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(result.attempts()).isEqualTo(2);
            assertThat(result.uploaded()).isEqualTo(2);
            server.verify(3, getRequestedFor(urlPathEqualTo(SyncFixtures.CONTAINER_PATH)));
        });
    }

    @Test
    void aMissingContainerFailsTheRunWithoutRetries() throws Exception {
        SyncFixtures.stubKeystone(server);
        server.stubFor(get(urlPathEqualTo(SyncFixtures.CONTAINER_PATH)).willReturn(aResponse().withStatus(404)));
        TestObservationRegistry observations = TestObservationRegistry.create();
        runner().withBean(ObservationRegistry.class, () -> observations).run(context -> {
            SyncJobResult result = job(context).runIfIdle(CloudSyncJobs.MANUAL).orElseThrow();
            assertThat(result.outcome()).isEqualTo(Outcome.FAILURE);
            assertThat(result.attempts()).isEqualTo(1);
            assertThat(result.error()).contains("NoSuchContainerException").contains("photos");
            assertThat(observations).hasObservationWithNameEqualTo("cloud.sync").that()
                    .hasLowCardinalityKeyValue("outcome", "failure").assertThatError().isNotNull();
            assertThat(job(context).isRunning()).isFalse();
        });
    }

    @Test
    void createContainerCreatesAMissingContainer() throws Exception {
        SyncFixtures.stubKeystone(server);
        SyncFixtures.stubStores(server);
        String scenario = "container";
        server.stubFor(get(urlPathEqualTo(SyncFixtures.CONTAINER_PATH)).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(404)));
        server.stubFor(put(urlPathEqualTo(SyncFixtures.CONTAINER_PATH)).inScenario(scenario)
                .willReturn(aResponse().withStatus(201)).willSetStateTo("created"));
        server.stubFor(head(urlPathEqualTo(SyncFixtures.CONTAINER_PATH)).inScenario(scenario)
                .whenScenarioStateIs("created").willReturn(aResponse().withStatus(204)));
        server.stubFor(get(urlPathEqualTo(SyncFixtures.CONTAINER_PATH)).inScenario(scenario)
                .whenScenarioStateIs("created").willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("[]")));
        runner().withPropertyValues("cloud.sync.jobs.photos.create-container=true").run(context -> {
            SyncJobResult result = job(context).runIfIdle(CloudSyncJobs.MANUAL).orElseThrow();
            assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(result.uploaded()).isEqualTo(2);
            server.verify(1, putRequestedFor(urlPathEqualTo(SyncFixtures.CONTAINER_PATH)));
        });
    }

    @Test
    void perFileFailuresMakeAPartialRun() throws Exception {
        SyncFixtures.stubKeystone(server);
        SyncFixtures.stubEmptyContainerStoring(server);
        server.stubFor(put(urlPathEqualTo(SyncFixtures.CONTAINER_PATH + "/b.txt")).willReturn(aResponse()
                .withStatus(403)));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        runner().withBean(MeterRegistry.class, () -> meters).run(context -> {
            SyncJobResult result = job(context).runIfIdle(CloudSyncJobs.MANUAL).orElseThrow();
            assertThat(result.outcome()).isEqualTo(Outcome.PARTIAL);
            assertThat(result.uploaded()).isEqualTo(1);
            assertThat(result.failed()).isEqualTo(1);
            assertThat(result.failures()).singleElement().asString().startsWith("b.txt: ");
            assertThat(result.attempts()).as("per-file failures are not retried as a run").isEqualTo(1);
            assertThat(meters.get("cloud.sync.files").tags("job", "photos", "result", "failed").counter().count())
                    .isEqualTo(1.0);
        });
    }

    private static String listing() {
        return "[" + entry("a.txt", SyncFixtures.ALPHA) + "," + entry("b.txt", SyncFixtures.BRAVO) + "]";
    }

    private static String entry(String name, String content) {
        return "{\"name\":\"" + name + "\",\"hash\":\"" + Checksums.md5(content)
                + "\",\"bytes\":" + content.length() + ",\"content_type\":\"text/plain\","
                + "\"last_modified\":\"2099-01-01T00:00:00.000000\"}";
    }

    static SyncJob job(AssertableApplicationContext context) {
        return context.getBean(CloudSyncJobs.class).job("photos").orElseThrow();
    }
}
