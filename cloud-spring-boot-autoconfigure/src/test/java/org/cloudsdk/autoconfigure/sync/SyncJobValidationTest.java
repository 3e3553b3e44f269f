package org.cloudsdk.autoconfigure.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** Binding of cloud.sync.jobs and the checks that fail the start on an invalid job. */
class SyncJobValidationTest {

    @RegisterExtension
    static final WireMockExtension server = SyncFixtures.server();

    @TempDir
    Path folder;

    private ApplicationContextRunner runner() {
        return SyncFixtures.runner(server);
    }

    @Test
    void bindsEveryJobPropertyWithDurationsAndCron() {
        runner().withPropertyValues("cloud.sync.jobs.photos.folder=" + folder,
                "cloud.sync.jobs.photos.container=photos", "cloud.sync.jobs.photos.prefix=/backup",
                "cloud.sync.jobs.photos.include-hidden=true", "cloud.sync.jobs.photos.ignore-timestamps=true",
                "cloud.sync.jobs.photos.ignore=*.tmp,cache", "cloud.sync.jobs.photos.delete=true",
                "cloud.sync.jobs.photos.parallelism=3", "cloud.sync.jobs.photos.region=region-a.geo-1",
                "cloud.sync.jobs.photos.cron=0 0/15 * * * *", "cloud.sync.jobs.nightly.folder=" + folder,
                "cloud.sync.jobs.nightly.container=nightly", "cloud.sync.jobs.nightly.fixed-delay=90s",
                "cloud.sync.jobs.nightly.initial-delay=2m", "cloud.sync.jobs.nightly.environment=default",
                "cloud.sync.jobs.off.enabled=false", "cloud.sync.shutdown-timeout=5s").run(context -> {
                    assertThat(context).hasNotFailed();
                    CloudSyncJobs jobs = context.getBean(CloudSyncJobs.class);
                    assertThat(jobs.jobs()).containsOnlyKeys("photos", "nightly");
                    SyncJobDefinition photos = jobs.job("photos").orElseThrow().definition();
                    assertThat(photos.folder()).isEqualTo(folder.toAbsolutePath());
                    assertThat(photos.container()).isEqualTo("photos");
                    assertThat(photos.options().prefix()).isEqualTo("backup/");
                    assertThat(photos.options().includeHidden()).isTrue();
                    assertThat(photos.options().ignoreTimestamps()).isTrue();
                    assertThat(photos.options().ignore()).containsExactly("*.tmp", "cache");
                    assertThat(photos.options().delete()).isTrue();
                    assertThat(photos.options().parallelism()).isEqualTo(3);
                    assertThat(photos.region()).isEqualTo("region-a.geo-1");
                    assertThat(photos.environment()).isNull();
                    assertThat(photos.schedule()).isEqualTo(new SyncSchedule("0 0/15 * * * *", null, Duration.ZERO));
                    assertThat(photos.schedule().describe()).isEqualTo("cron 0 0/15 * * * *");
                    SyncJobDefinition nightly = jobs.job("nightly").orElseThrow().definition();
                    assertThat(nightly.schedule()).isEqualTo(new SyncSchedule(null, Duration.ofSeconds(90),
                            Duration.ofMinutes(2)));
                    assertThat(nightly.schedule().describe()).isEqualTo("fixed-delay 90s, initial-delay 120s");
                    assertThat(nightly.environment()).isEqualTo("default");
                    assertThat(nightly.options().delete()).isFalse();
                    assertThat(nightly.options().includeHidden()).isFalse();
                    assertThat(context.getBean(CloudSyncProperties.class).getShutdownTimeout())
                            .isEqualTo(Duration.ofSeconds(5));
                    assertThat(server.getAllServeEvents()).as("no network at startup").isEmpty();
                });
    }

    @Test
    void createFolderCreatesAMissingFolderAtStart() {
        Path outbox = folder.resolve("app/outbox");
        runner().withPropertyValues("cloud.sync.jobs.outbox.folder=" + outbox, "cloud.sync.jobs.outbox.container=c",
                "cloud.sync.jobs.outbox.fixed-delay=1h", "cloud.sync.jobs.outbox.initial-delay=1h",
                "cloud.sync.jobs.outbox.create-folder=true").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(outbox).isDirectory();
                });
    }

    @Test
    void noFolder() {
        assertFailsNaming("cloud.sync.jobs.photos.folder: must be set", "cloud.sync.jobs.photos.container=photos",
                "cloud.sync.jobs.photos.fixed-delay=1m");
    }

    @Test
    void missingFolder() {
        Path missing = folder.resolve("nowhere");
        assertFailsNaming("cloud.sync.jobs.photos.folder: " + missing + " does not exist",
                "cloud.sync.jobs.photos.folder=" + missing, "cloud.sync.jobs.photos.container=photos",
                "cloud.sync.jobs.photos.fixed-delay=1m");
    }

    @Test
    void folderThatIsAFile() throws Exception {
        Path file = Files.writeString(folder.resolve("file.txt"), "x");
        assertFailsNaming("cloud.sync.jobs.photos.folder: " + file + " is not a folder",
                "cloud.sync.jobs.photos.folder=" + file, "cloud.sync.jobs.photos.container=photos",
                "cloud.sync.jobs.photos.fixed-delay=1m");
    }

    @Test
    void noContainer() {
        assertFailsNaming("cloud.sync.jobs.photos.container: must be set", "cloud.sync.jobs.photos.folder=" + folder,
                "cloud.sync.jobs.photos.fixed-delay=1m");
    }

    @Test
    void bothCronAndFixedDelay() {
        assertFailsNaming("cloud.sync.jobs.photos.cron: set either cron or fixed-delay, not both",
                "cloud.sync.jobs.photos.folder=" + folder, "cloud.sync.jobs.photos.container=photos",
                "cloud.sync.jobs.photos.fixed-delay=1m", "cloud.sync.jobs.photos.cron=0 0 * * * *");
    }

    @Test
    void neitherCronNorFixedDelay() {
        assertFailsNaming("cloud.sync.jobs.photos.cron: set cron or fixed-delay",
                "cloud.sync.jobs.photos.folder=" + folder, "cloud.sync.jobs.photos.container=photos");
    }

    @Test
    void badCron() {
        assertFailsNaming("cloud.sync.jobs.photos.cron: 'every day' is not a cron expression",
                "cloud.sync.jobs.photos.folder=" + folder, "cloud.sync.jobs.photos.container=photos",
                "cloud.sync.jobs.photos.cron=every day");
    }

    @Test
    void initialDelayWithCron() {
        assertFailsNaming("cloud.sync.jobs.photos.initial-delay: applies to fixed-delay only",
                "cloud.sync.jobs.photos.folder=" + folder, "cloud.sync.jobs.photos.container=photos",
                "cloud.sync.jobs.photos.cron=0 0 * * * *", "cloud.sync.jobs.photos.initial-delay=10s");
    }

    @Test
    void nonPositiveFixedDelay() {
        assertFailsNaming("cloud.sync.jobs.photos.fixed-delay: must be positive",
                "cloud.sync.jobs.photos.folder=" + folder, "cloud.sync.jobs.photos.container=photos",
                "cloud.sync.jobs.photos.fixed-delay=0s");
    }

    @Test
    void unknownEnvironment() {
        assertFailsNaming("cloud.sync.jobs.photos.environment: unknown environment 'prod'",
                "cloud.sync.jobs.photos.folder=" + folder, "cloud.sync.jobs.photos.container=photos",
                "cloud.sync.jobs.photos.fixed-delay=1m", "cloud.sync.jobs.photos.environment=prod");
    }

    @Test
    void badParallelism() {
        assertFailsNaming("cloud.sync.jobs.photos.parallelism: parallelism must be 1 to",
                "cloud.sync.jobs.photos.folder=" + folder, "cloud.sync.jobs.photos.container=photos",
                "cloud.sync.jobs.photos.fixed-delay=1m", "cloud.sync.jobs.photos.parallelism=0");
    }

    @Test
    void objectStorageDisabled() {
        assertFailsNaming("cloud.sync.jobs.photos.container: object storage is disabled",
                "cloud.sync.jobs.photos.folder=" + folder, "cloud.sync.jobs.photos.container=photos",
                "cloud.sync.jobs.photos.fixed-delay=1m", "cloud.services.object_store.enabled=false");
    }

    @Test
    void aDisabledJobIsNotChecked() {
        runner().withPropertyValues("cloud.sync.jobs.photos.enabled=false", "cloud.sync.jobs.photos.cron=nonsense")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(CloudSyncJobs.class).jobs()).isEmpty();
                });
    }

    @Test
    void theFailureAnalysisNamesTheJobAndProperty() {
        InvalidSyncJobException failure = new InvalidSyncJobException("photos", "cron", "bad");
        FailureAnalysis analysis = new InvalidSyncJobFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("'photos'").contains("cloud.sync.jobs.photos.cron: bad");
        assertThat(analysis.getAction()).contains("Fix cloud.sync.jobs.photos.cron")
                .contains("cloud.sync.jobs.photos.enabled=false");
    }

    private void assertFailsNaming(String message, String... properties) {
        runner().withPropertyValues(properties).run(context -> {
            assertThat(context).hasFailed();
            Throwable invalid = context.getStartupFailure();
            while (invalid != null && !(invalid instanceof InvalidSyncJobException)) {
                invalid = invalid.getCause();
            }
            assertThat(invalid).as("InvalidSyncJobException in " + context.getStartupFailure()).isNotNull()
                    .hasMessageStartingWith(message);
        });
    }
}
