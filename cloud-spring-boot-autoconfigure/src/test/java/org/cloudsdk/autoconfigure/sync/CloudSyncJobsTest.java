package org.cloudsdk.autoconfigure.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cloudsdk.autoconfigure.sync.SyncJobResult.Outcome;
import org.cloudsdk.objectstorage.SyncEvent;
import org.cloudsdk.objectstorage.SyncListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** Scheduling of the sync jobs: runs on schedule, never overlapping, stopped cleanly on shutdown. */
class CloudSyncJobsTest {

    @RegisterExtension
    static final WireMockExtension server = SyncFixtures.server();

    @TempDir
    Path folder;

    @Test
    void aFixedDelayJobRunsOnItsSchedule() throws Exception {
        SyncFixtures.stubKeystone(server);
        SyncFixtures.stubEmptyContainerStoring(server);
        SyncFixtures.runner(server).withPropertyValues("cloud.sync.jobs.photos.folder=" + SyncFixtures.twoFiles(folder),
                "cloud.sync.jobs.photos.container=photos", "cloud.sync.jobs.photos.fixed-delay=200ms").run(context -> {
                    CloudSyncJobs jobs = context.getBean(CloudSyncJobs.class);
                    SyncJob job = jobs.job("photos").orElseThrow();
                    await().atMost(Duration.ofSeconds(20)).until(() -> job.lastResult().isPresent());
                    assertThat(job.lastResult().orElseThrow().trigger()).isEqualTo("scheduled");
                    assertThat(job.lastResult().orElseThrow().outcome()).isEqualTo(Outcome.SUCCESS);
                    assertThat(jobs.isRunning()).isTrue();
                    assertThat(jobs.nextRun("photos")).isPresent();
                });
    }

    @Test
    void aJobNeverOverlapsItself() throws Exception {
        SyncFixtures.stubKeystone(server);
        SyncFixtures.stubEmptyContainerStoring(server);
        BlockingMetrics blocking = new BlockingMetrics();
        SyncFixtures.runner(server).withPropertyValues(SyncFixtures.photosJob(SyncFixtures.twoFiles(folder)))
                .withBean(SyncJobMetrics.class, () -> blocking).run(context -> {
                    CloudSyncJobs jobs = context.getBean(CloudSyncJobs.class);
                    SyncJob job = jobs.job("photos").orElseThrow();
                    assertThat(jobs.trigger("photos")).isTrue();
                    assertThat(blocking.entered.await(20, TimeUnit.SECONDS)).as("first run under way").isTrue();

                    assertThat(job.isRunning()).isTrue();
                    assertThat(jobs.trigger("photos")).as("manual trigger while running").isFalse();
                    assertThat(job.runIfIdle(CloudSyncJobs.SCHEDULED)).as("scheduled run while running").isEmpty();

                    blocking.release.countDown();
                    await().atMost(Duration.ofSeconds(20)).until(() -> job.lastResult().isPresent());
                    assertThat(job.lastResult().orElseThrow().outcome()).isEqualTo(Outcome.SUCCESS);
                    assertThat(job.isRunning()).isFalse();
                    assertThat(job.runIfIdle(CloudSyncJobs.MANUAL)).as("idle again").isPresent();
                });
    }

    @Test
    void shutdownWaitsThenInterruptsARunningSync() throws Exception {
        SyncFixtures.stubKeystone(server);
        SyncFixtures.stubEmptyContainerStoring(server);
        BlockingMetrics blocking = new BlockingMetrics();
        SyncFixtures.runner(server).withPropertyValues(SyncFixtures.photosJob(SyncFixtures.twoFiles(folder)))
                .withPropertyValues("cloud.sync.shutdown-timeout=300ms")
                .withBean(SyncJobMetrics.class, () -> blocking).run(context -> {
                    CloudSyncJobs jobs = context.getBean(CloudSyncJobs.class);
                    SyncJob job = jobs.job("photos").orElseThrow();
                    assertThat(jobs.trigger("photos")).isTrue();
                    assertThat(blocking.entered.await(20, TimeUnit.SECONDS)).isTrue();

                    long start = System.nanoTime();
                    context.close();
                    Duration took = Duration.ofNanos(System.nanoTime() - start);

                    assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(300)).isLessThan(Duration.ofSeconds(10));
                    assertThat(jobs.isRunning()).isFalse();
                    SyncJobResult result = job.lastResult().orElseThrow();
                    assertThat(result.outcome()).isEqualTo(Outcome.FAILURE);
                    assertThat(result.error()).containsIgnoringCase("interrupted");
                    assertThat(result.attempts()).as("an interrupted run is not retried").isEqualTo(1);
                    assertThat(jobs.trigger("photos")).as("no runs after shutdown").isFalse();
                });
    }

    @Test
    void aRunThatEndsWithinTheShutdownTimeoutFinishes() throws Exception {
        SyncFixtures.stubKeystone(server);
        SyncFixtures.stubEmptyContainerStoring(server);
        BlockingMetrics blocking = new BlockingMetrics();
        SyncFixtures.runner(server).withPropertyValues(SyncFixtures.photosJob(SyncFixtures.twoFiles(folder)))
                .withBean(SyncJobMetrics.class, () -> blocking).run(context -> {
                    CloudSyncJobs jobs = context.getBean(CloudSyncJobs.class);
                    SyncJob job = jobs.job("photos").orElseThrow();
                    assertThat(jobs.trigger("photos")).isTrue();
                    assertThat(blocking.entered.await(20, TimeUnit.SECONDS)).isTrue();
                    Thread releaser = new Thread(() -> {
                        sleep(300);
                        blocking.release.countDown();
                    });
                    releaser.start();
                    context.close();
                    releaser.join();
                    assertThat(job.lastResult().orElseThrow().outcome()).isEqualTo(Outcome.SUCCESS);
                    assertThat(job.lastResult().orElseThrow().uploaded()).isEqualTo(2);
                });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /** Holds every uploaded file's report until released (or interrupted). */
    static final class BlockingMetrics implements SyncJobMetrics {

        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public SyncListener listener(String job) {
            return new SyncListener() {
                @Override
                public void fileSynced(SyncEvent event) {
                    entered.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
        }
    }
}
