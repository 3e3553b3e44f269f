package org.cloudsdk.objectstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.cloudsdk.errors.OperationInterruptedException;
import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** The progress listener, the mtime metadata and interrupted uploads, at the request level. */
class UploadProgressTest {

    private static final SwiftStub swift = new SwiftStub();
    private final ObjectStorage storage = swift.storage();

    @TempDir
    Path dir;

    @BeforeEach
    void reset() {
        swift.server.resetAll();
    }

    @AfterAll
    static void stop() {
        swift.close();
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static void acceptPut(byte[] content) {
        swift.server.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(201)
                .withHeader("Etag", Checksums.md5(content))));
    }

    @Test
    void listenerHearsEveryByteOfAFileInChunks() throws IOException {
        byte[] content = random(1_000_000);
        Path file = Files.write(dir.resolve("data.bin"), content);
        acceptPut(content);
        List<Long> calls = new CopyOnWriteArrayList<>();

        storage.storeObject("c", "data.bin", file, StoreOptions.builder().listener(calls::add).build());

        assertThat(calls.stream().mapToLong(Long::longValue).sum()).isEqualTo(content.length);
        assertThat(calls).as("one call per chunk, none larger than the buffer").hasSizeGreaterThan(1)
                .allSatisfy(n -> assertThat(n).isBetween(1L, 64L * 1024));
        assertThat(swift.only().getBody()).isEqualTo(content);
    }

    @Test
    void listenerHearsBytesInMemoryAndStreamsToo() {
        byte[] content = random(200_000);
        acceptPut(content);
        AtomicLong fromBytes = new AtomicLong();
        AtomicLong fromStream = new AtomicLong();

        storage.storeObject("c", "a", content, StoreOptions.builder().listener(fromBytes::addAndGet).build());
        storage.storeObject("c", "b", new ByteArrayInputStream(content), StoreOptions.builder()
                .listener(fromStream::addAndGet).build());

        assertThat(fromBytes).hasValue(content.length);
        assertThat(fromStream).hasValue(content.length);
        assertThat(swift.requests()).allSatisfy(put -> assertThat(put.getBody()).isEqualTo(content));
        assertThat(swift.requests().get(0).getHeader("ETag")).as("content in memory still sends its MD5")
                .isEqualTo(Checksums.md5(content));
    }

    @Test
    void retriedUploadTakesBackTheBytesOfTheFailedAttempt() throws IOException {
        byte[] content = random(300_000);
        Path file = Files.write(dir.resolve("retried.bin"), content);
        swift.server.stubFor(put(anyUrl()).inScenario("retry").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        swift.server.stubFor(put(anyUrl()).inScenario("retry").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(201).withHeader("Etag", Checksums.md5(content))));
        List<Long> calls = new CopyOnWriteArrayList<>();

        storage.storeObject("c", "retried.bin", file, StoreOptions.builder().listener(calls::add).build());

        assertThat(swift.requests()).hasSize(2);
        assertThat(calls).contains(-(long) content.length);
        assertThat(calls.stream().mapToLong(Long::longValue).sum()).isEqualTo(content.length);
    }

    @Test
    void fileUploadStoresTheFilesModificationTime() throws IOException {
        byte[] content = random(10);
        Path file = Files.write(dir.resolve("dated.txt"), content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2023-11-14T22:13:20.123456Z")));
        acceptPut(content);

        storage.uploadFile("c", file);
        storage.uploadFile("c", file, StoreOptions.builder().mtime(Instant.ofEpochSecond(1_600_000_000, 500_000_000))
                .metadata(Map.of("mtime", "overridden")).build());
        storage.storeObject("c", "no-file", content, StoreOptions.defaults());

        List<LoggedRequest> puts = swift.requests();
        assertThat(puts.get(0).getHeader("X-Object-Meta-Mtime")).isEqualTo("1700000000.123456");
        assertThat(puts.get(1).getHeader("X-Object-Meta-Mtime")).isEqualTo("1600000000.500000");
        assertThat(puts.get(1).getHeaders().getHeader("X-Object-Meta-Mtime").values()).hasSize(1);
        assertThat(puts.get(2).containsHeader("X-Object-Meta-Mtime")).isFalse();
    }

    @Test
    void mtimeValuesOfOtherToolsAreRead() {
        assertThat(ObjectMetadataKeys.parseMtime("1700000000.123456")).isEqualTo(Instant.parse("2023-11-14T22:13:20.123456Z"));
        assertThat(ObjectMetadataKeys.parseMtime("1700000000.123456789"))
                .isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 123_456_789));
        assertThat(ObjectMetadataKeys.parseMtime("1700000000")).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(ObjectMetadataKeys.parseMtime("soon")).isNull();
        assertThat(ObjectMetadataKeys.parseMtime(null)).isNull();
        assertThat(ObjectMetadataKeys.mtimeValue(Instant.ofEpochSecond(5, 1))).isEqualTo("5.000000");
    }

    @Test
    void interruptingTheUploadingThreadAbortsTheRequestMidBody() throws IOException {
        byte[] content = random(32 * 1024 * 1024);
        Path file = Files.write(dir.resolve("big.bin"), content);
        // the server never answers before the body is complete; the listener interrupts well before
        swift.server.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(201).withFixedDelay(30_000)));
        Thread uploader = Thread.currentThread();
        AtomicLong sent = new AtomicLong();
        try {
            assertThatThrownBy(() -> storage.storeObject("c", "big.bin", file, StoreOptions.builder()
                    .listener(bytes -> {
                        long before = sent.getAndAdd(bytes);
                        // once: chunks already handed over may still be reported after the cancel
                        if (before < 1024 * 1024 && before + bytes >= 1024 * 1024) {
                            uploader.interrupt();
                        }
                    }).build())).isInstanceOf(OperationInterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt flag is kept").isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(sent.get()).as("stopped long before the end").isLessThan(content.length);
    }
}
