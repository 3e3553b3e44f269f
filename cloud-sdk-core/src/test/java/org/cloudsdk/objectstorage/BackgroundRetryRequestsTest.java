package org.cloudsdk.objectstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.cloudsdk.errors.ServerErrorException;
import org.cloudsdk.http.RetryPolicies;
import org.cloudsdk.http.RetrySettings;
import org.cloudsdk.http.Transport;
import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which work gets which retry policy: with no retries for interactive calls and a few for
 * background work, a store that meets two 503s fails, while a folder sync and a folder upload of
 * the same file ride through them and store it.
 */
class BackgroundRetryRequestsTest {

    private static final SwiftStub swift = new SwiftStub();
    private static final String OBJECT = SwiftStub.ACCOUNT + "/c/a.txt";

    private final Transport transport = Transport.builder().retryPolicies(RetryPolicies.builder()
            .interactive(RetrySettings.none())
            .background(new RetrySettings(5, Duration.ofMillis(5), 2.0, Duration.ofMillis(20), Duration.ZERO,
                    Duration.ofSeconds(10)))
            .build()).build();
    private final ObjectStorage storage = swift.storage(transport, ObjectStorageSettings.defaults());

    @TempDir
    Path folder;

    @BeforeEach
    void setUp() throws IOException {
        swift.server.resetAll();
        Files.writeString(folder.resolve("a.txt"), "content of a");
        swift.server.stubFor(get(urlPathEqualTo(SwiftStub.ACCOUNT + "/c")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));
        swift.server.stubFor(put(urlEqualTo(OBJECT)).inScenario("outage").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("still down"));
        swift.server.stubFor(put(urlEqualTo(OBJECT)).inScenario("outage").whenScenarioStateIs("still down")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        swift.server.stubFor(put(urlEqualTo(OBJECT)).inScenario("outage").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(201).withHeader("Etag", Checksums.md5("content of a"))));
    }

    @AfterEach
    void closeTransport() {
        transport.close();
    }

    @AfterAll
    static void stop() {
        swift.close();
    }

    @Test
    void anInteractiveStoreFailsOnTheFirst503() {
        Throwable thrown = catchThrowable(() -> storage.uploadFile("c", folder.resolve("a.txt")));

        assertThat(thrown).isInstanceOf(ServerErrorException.class);
        swift.server.verify(1, putRequestedFor(urlEqualTo(OBJECT)));
    }

    @Test
    void aFolderSyncRetriesThroughTheOutageAndUploadsTheFile() {
        SyncResult result = storage.syncFolderToContainer(folder, "c", SyncOptions.defaults());

        assertThat(result.failed()).isEmpty();
        assertThat(result.uploaded()).isEqualTo(1);
        swift.server.verify(3, putRequestedFor(urlEqualTo(OBJECT)));
    }

    @Test
    void aFolderUploadRetriesThroughTheOutageAndUploadsTheFile() {
        swift.server.stubFor(head(urlEqualTo(SwiftStub.ACCOUNT + "/c"))
                .willReturn(aResponse().withStatus(204)));
        swift.server.stubFor(put(urlEqualTo(SwiftStub.ACCOUNT + "/c")).willReturn(aResponse().withStatus(202)));

        FolderUploadResult result = storage.uploadFolder(folder, FolderUploadOptions.builder().container("c").build()).await();

        assertThat(result.succeeded()).isTrue();
        assertThat(result.filesUploaded()).isEqualTo(1);
        swift.server.verify(3, putRequestedFor(urlEqualTo(OBJECT)));
    }
}
