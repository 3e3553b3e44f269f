package org.cloudsdk.autoconfigure.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.cloudsdk.autoconfigure.sync.CloudSyncEndpoint.JobDescriptor;
import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** The cloudsync actuator endpoint: only with the actuator and when exposed; lists and triggers jobs. */
class CloudSyncEndpointTest {

    @RegisterExtension
    static final WireMockExtension server = SyncFixtures.server();

    @TempDir
    Path folder;

    private ApplicationContextRunner runner() throws Exception {
        return SyncFixtures.runner(server)
                .withConfiguration(AutoConfigurations.of(CloudSyncEndpointAutoConfiguration.class))
                .withPropertyValues(SyncFixtures.photosJob(SyncFixtures.twoFiles(folder)));
    }

    @Test
    void presentWhenExposed() throws Exception {
        runner().withPropertyValues("management.endpoints.web.exposure.include=cloudsync")
                .run(context -> assertThat(context).hasSingleBean(CloudSyncEndpoint.class));
    }

    @Test
    void absentWhenNotExposed() throws Exception {
        runner().run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(CloudSyncEndpoint.class)
                .hasSingleBean(CloudSyncJobs.class));
    }

    @Test
    void absentWithoutTheActuator() throws Exception {
        runner().withPropertyValues("management.endpoints.web.exposure.include=cloudsync")
                .withClassLoader(new FilteredClassLoader(Endpoint.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(CloudSyncEndpoint.class)
                        .hasSingleBean(CloudSyncJobs.class));
    }

    @Test
    void listsTheJobsWithTheirScheduleAndLastResultAndTriggersARun() throws Exception {
        SyncFixtures.stubKeystone(server);
        SyncFixtures.stubEmptyContainerStoring(server);
        runner().withPropertyValues("management.endpoints.web.exposure.include=cloudsync",
                "cloud.sync.jobs.photos.prefix=pics").run(context -> {
                    CloudSyncEndpoint endpoint = context.getBean(CloudSyncEndpoint.class);
                    @SuppressWarnings("unchecked")
                    Map<String, JobDescriptor> listed = (Map<String, JobDescriptor>) endpoint.jobs().get("jobs");
                    JobDescriptor photos = listed.get("photos");
                    assertThat(photos.schedule()).isEqualTo("fixed-delay 3600s, initial-delay 3600s");
                    assertThat(photos.container()).isEqualTo("photos");
                    assertThat(photos.prefix()).isEqualTo("pics/");
                    assertThat(photos.folder()).isEqualTo(folder.toAbsolutePath().toString());
                    assertThat(photos.running()).isFalse();
                    assertThat(photos.nextRun()).isNotNull();
                    assertThat(photos.lastResult()).isNull();
                    assertThat(server.getAllServeEvents()).isEmpty();

                    stubPrefixed();
                    CloudSyncEndpoint.TriggerResponse triggered = endpoint.trigger("photos");
                    assertThat(triggered.started()).isTrue();
                    await().atMost(Duration.ofSeconds(20)).until(() -> endpoint.job("photos").lastResult() != null);
                    CloudSyncEndpoint.ResultDescriptor last = endpoint.job("photos").lastResult();
                    assertThat(last.outcome()).isEqualTo("success");
                    assertThat(last.trigger()).isEqualTo("manual");
                    assertThat(last.uploaded()).isEqualTo(2);
                    assertThat(last.started()).isNotBlank();

                    assertThat(endpoint.job("nope")).isNull();
                    assertThatThrownBy(() -> endpoint.trigger("nope")).isInstanceOf(InvalidEndpointRequestException.class)
                            .hasMessageContaining("nope");
                });
    }

    private static void stubPrefixed() {
        SyncFixtures.stubEmptyListing(server);
        for (String[] file : new String[][] { { "a.txt", SyncFixtures.ALPHA }, { "b.txt", SyncFixtures.BRAVO } }) {
            server.stubFor(put(urlPathMatching(SyncFixtures.CONTAINER_PATH + "/pics(/|%2F)"
                    + file[0].replace(".", "\\."))).willReturn(aResponse().withStatus(201)
                            .withHeader("Etag", Checksums.md5(file[1]))));
        }
    }
}
