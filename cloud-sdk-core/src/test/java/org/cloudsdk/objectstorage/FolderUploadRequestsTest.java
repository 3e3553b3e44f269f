package org.cloudsdk.objectstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cloudsdk.errors.ForbiddenException;
import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.util.UriUtils;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** pyrax's upload_folder: the requests, the ignore rule, progress, failures, cancel, the registry. */
class FolderUploadRequestsTest {

    private static final SwiftStub swift = new SwiftStub();
    private static final String CONTAINER = SwiftStub.ACCOUNT + "/software";

    @TempDir
    Path root;

    private Path folder;

    @BeforeEach
    void reset() throws IOException {
        swift.server.resetAll();
        swift.server.stubFor(head(urlPathEqualTo(CONTAINER)).willReturn(aResponse().withStatus(204)));
        folder = Files.createDirectories(root.resolve("cool_project"));
    }

    @AfterAll
    static void stop() {
        swift.close();
    }

    @Test
    void storesEveryFileUnderItsRelativeNameAndIgnoresTheSameFilesInTheTotal() throws IOException {
        file("setup.py", "print('setup')");
        file("pkg/module.py", "x = 1");
        file("pkg/sub/data.bin", "0123456789");
        file("pkg/module.pyc", "compiled, ignored");
        file("tmp_cache/junk", "ignored folder");
        file("pkg/tmpfile", "ignored by name");

        FolderUpload upload = swift.storage().uploadFolder(folder, FolderUploadOptions.builder().container("software")
                .ignore("*.pyc", "tmp*").contentType("text/x-python").contentEncoding("identity")
                .ttl(Duration.ofHours(1)).parallelism(3).build());
        FolderUploadResult result = upload.await();

        assertThat(upload.totalFiles()).isEqualTo(3);
        assertThat(upload.totalBytes()).isEqualTo(14 + 5 + 10);
        List<LoggedRequest> puts = puts();
        assertThat(puts).extracting(LoggedRequest::getUrl).containsExactlyInAnyOrder(CONTAINER + "/setup.py",
                CONTAINER + "/pkg%2Fmodule.py", CONTAINER + "/pkg%2Fsub%2Fdata.bin");
        assertThat(puts).extracting(r -> (long) r.getBody().length).as("the total counts exactly what is sent")
                .containsExactlyInAnyOrder(14L, 5L, 10L);
        assertThat(puts).allSatisfy(put -> {
            assertThat(put.getHeader("Content-Type")).startsWith("text/x-python");
            assertThat(put.getHeader("Content-Encoding")).isEqualTo("identity");
            assertThat(put.getHeader("X-Delete-After")).isEqualTo("3600");
        });
        assertThat(result.failures()).isEmpty();
        assertThat(result.succeeded()).isTrue();
        assertThat(result.container()).isEqualTo("software");
        assertThat(result.filesUploaded()).isEqualTo(3);
        assertThat(result.bytesUploaded()).isEqualTo(upload.totalBytes());
        assertThat(upload.uploadedBytes()).isEqualTo(upload.totalBytes());
        assertThat(result.cancelled()).isFalse();
    }

    @Test
    void theContainerIsNamedAfterTheFolderAndCreatedWhenMissing() throws IOException {
        file("a.txt", "a");
        String path = SwiftStub.ACCOUNT + "/cool_project";
        swift.server.stubFor(head(urlPathEqualTo(path)).inScenario("create").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(404)).willSetStateTo("created"));
        swift.server.stubFor(head(urlPathEqualTo(path)).inScenario("create").whenScenarioStateIs("created")
                .willReturn(aResponse().withStatus(204)));
        swift.server.stubFor(put(urlPathEqualTo(path)).willReturn(aResponse().withStatus(201)));
        swift.server.stubFor(put(urlPathEqualTo(path + "/a.txt")).willReturn(stored("a")));

        FolderUploadResult result = swift.storage().uploadFolder(folder).await();

        assertThat(result.container()).isEqualTo("cool_project");
        assertThat(swift.requests()).extracting(r -> r.getMethod() + " " + r.getUrl()).containsExactly(
                "HEAD " + path, "PUT " + path, "HEAD " + path, "PUT " + path + "/a.txt");
    }

    @Test
    void failuresAreCollectedPerFileAndTheOtherFilesAreStored() throws IOException {
        file("ok-1.txt", "one");
        file("refused.txt", "two");
        file("ok-2.txt", "three");
        swift.server.stubFor(put(urlPathEqualTo(CONTAINER + "/refused.txt")).willReturn(aResponse().withStatus(403)
                .withBody("not allowed")));

        FolderUploadResult result = swift.storage().uploadFolder(folder, "software").await();

        assertThat(result.filesUploaded()).isEqualTo(2);
        assertThat(result.bytesUploaded()).isEqualTo(3 + 5);
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.name()).isEqualTo("refused.txt");
            assertThat(failure.cause()).isInstanceOf(ForbiddenException.class);
            assertThat(failure.reason()).isNotBlank();
        });
        assertThat(result.succeeded()).isFalse();
    }

    @Test
    void aContainerThatCannotBeCreatedFailsTheAwait() throws IOException {
        file("a.txt", "a");
        String path = SwiftStub.ACCOUNT + "/cool_project";
        swift.server.stubFor(head(urlPathEqualTo(path)).willReturn(aResponse().withStatus(404)));
        swift.server.stubFor(put(urlPathEqualTo(path)).willReturn(aResponse().withStatus(403)));

        FolderUpload upload = swift.storage().uploadFolder(folder);

        assertThatThrownBy(upload::await).isInstanceOf(ForbiddenException.class);
        assertThat(puts()).extracting(LoggedRequest::getUrl).containsExactly(path);
    }

    @Test
    void theRegistryBelongsToTheClientAndForgetsAnAwaitedUpload() throws IOException {
        file("a.txt", "a");
        ObjectStorage storage = swift.storage();
        ObjectStorage other = swift.storage();

        FolderUpload upload = storage.uploadFolder(folder, "software");
        String key = upload.key();
        assertThat(storage.getFolderUpload(key)).containsSame(upload);
        assertThat(other.getFolderUpload(key)).as("no global registry").isEmpty();
        assertThat(upload.future().join().filesUploaded()).isEqualTo(1);
        assertThat(storage.getUploaded(key)).isEqualTo(1);
        assertThat(storage.cancelFolderUpload(key)).as("already finished").isFalse();

        upload.await();

        assertThat(storage.getFolderUpload(key)).isEmpty();
        assertThatThrownBy(() -> storage.getUploaded(key)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(key);
        assertThat(storage.cancelFolderUpload("no-such-key")).isFalse();
    }

    @Test
    void aFinishedUploadNobodyAwaitedLeavesTheRegistryAfterTheRetention() throws IOException {
        file("a.txt", "a");
        MutableClock clock = new MutableClock();
        FolderUploadRegistry registry = new FolderUploadRegistry(Duration.ofMinutes(10), clock);

        FolderUpload upload = FolderUpload.start(swift.storage(), folder, FolderUploadOptions.builder().container("software").build(),
                registry);
        upload.future().join();
        clock.now = clock.now.plus(Duration.ofMinutes(9));
        assertThat(registry.find(upload.key())).containsSame(upload);

        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(registry.find(upload.key())).isEmpty();
        assertThat(registry.size()).isZero();
    }

    @Test
    void cancelStopsTheRunningFileAndStartsNoOther() throws Exception {
        for (int i = 0; i < 5; i++) {
            file("f" + i + ".bin", "content " + i);
        }
        // every PUT hangs: the first one is in flight when cancel comes
        swift.server.stubFor(put(urlPathEqualTo(CONTAINER + "/f0.bin")).willReturn(stored("content 0")
                .withFixedDelay(30_000)));
        ObjectStorage storage = swift.storage();

        FolderUpload upload = storage.uploadFolder(folder, FolderUploadOptions.builder().container("software")
                .parallelism(1).build());
        waitForRequests(2);
        assertThat(storage.cancelFolderUpload(upload.key())).isTrue();

        FolderUploadResult result = upload.await(Duration.ofSeconds(10)).orElseThrow();
        assertThat(result.cancelled()).isTrue();
        assertThat(result.filesUploaded()).isZero();
        assertThat(result.failures()).as("an aborted file is not a failure").isEmpty();
        assertThat(puts()).extracting(LoggedRequest::getUrl).containsExactly(CONTAINER + "/f0.bin");
        assertThat(upload.uploadedBytes()).isZero();
        assertThat(upload.cancel()).isFalse();
    }

    @Test
    void awaitWithATimeoutReturnsEmptyWhileRunning() throws Exception {
        file("slow.bin", "slow");
        swift.server.stubFor(put(urlPathEqualTo(CONTAINER + "/slow.bin")).willReturn(stored("slow")
                .withFixedDelay(30_000)));

        FolderUpload upload = swift.storage().uploadFolder(folder, "software");

        assertThat(upload.await(Duration.ofMillis(50))).isEmpty();
        assertThat(upload.isDone()).isFalse();
        upload.cancel();
        assertThat(upload.future().get(10, TimeUnit.SECONDS).cancelled()).isTrue();
    }

    @Test
    void badArgumentsFailBeforeAnyRequest() throws IOException {
        Path file = file("plain.txt", "x");
        ObjectStorage storage = swift.storage();

        assertThatThrownBy(() -> storage.uploadFolder(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("existing directory");
        assertThatThrownBy(() -> FolderUploadOptions.builder().parallelism(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parallelism");
        assertThatThrownBy(() -> FolderUploadOptions.builder().ignore("").build()).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> FolderUploadOptions.builder().container("a/b").build()).isInstanceOf(IllegalArgumentException.class);
        assertThat(swift.requests()).isEmpty();
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        volatile Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private Path file(String relative, String content) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        // the SDK sends a '/' inside an object name as %2F, which Swift reads as '/'
        swift.server.stubFor(put(urlEqualTo(CONTAINER + "/" + UriUtils.encodePathSegment(relative,
                StandardCharsets.UTF_8))).willReturn(stored(content)));
        return file;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder stored(String content) {
        return aResponse().withStatus(201).withHeader("ETag", Checksums.md5(content));
    }

    private static List<LoggedRequest> puts() {
        return swift.requests().stream().filter(r -> r.getMethod().getName().equals("PUT")).toList();
    }

    private static void waitForRequests(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (swift.requests().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(swift.requests()).hasSizeGreaterThanOrEqualTo(count);
    }
}
