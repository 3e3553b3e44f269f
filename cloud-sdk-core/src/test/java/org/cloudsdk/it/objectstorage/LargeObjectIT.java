package org.cloudsdk.it.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.cloudsdk.errors.NoSuchObjectException;
import org.cloudsdk.errors.OperationInterruptedException;
import org.cloudsdk.it.objectstorage.LocalSwift.TestContainer;
import org.cloudsdk.objectstorage.LargeObjectType;
import org.cloudsdk.objectstorage.ObjectMetadataKeys;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.ObjectStorageSettings;
import org.cloudsdk.objectstorage.StorageObject;
import org.cloudsdk.objectstorage.StoreOptions;
import org.cloudsdk.objectstorage.TransferListener;
import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/** Static and dynamic large objects, their cleanup and interrupted uploads on the real Swift. */
class LargeObjectIT {

    private static final int MIB = 1024 * 1024;
    private static final ObjectStorage storage = LocalSwift.storage().withSettings(
            ObjectStorageSettings.builder().segmentThreshold(16 * MIB).segmentSize(8 * MIB).build());

    @TempDir
    static Path dir;
    private static Path file;
    private static String md5;

    @BeforeAll
    static void sixtyFourMebibytes() throws IOException {
        file = dir.resolve("big.bin");
        Random random = new Random(64);
        byte[] chunk = new byte[MIB];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 64; i++) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
        }
        md5 = Checksums.md5(file);
    }

    @AfterAll
    static void removeFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Test
    void fileAboveTheThresholdBecomesAStaticLargeObjectThatDownloadsIdentical() throws IOException {
        try (Segmented c = Segmented.create()) {
            StorageObject stored = storage.uploadFile(c.name(), file);

            HttpHeaders head = head(c.name(), "big.bin");
            assertThat(head.getFirst("X-Static-Large-Object")).isEqualToIgnoringCase("true");
            assertThat(head.getContentLength()).isEqualTo(64L * MIB);
            assertThat(stored.bytes()).isEqualTo(64L * MIB);
            assertThat(stored.etag()).isEqualTo(head.getFirst("Etag").replace("\"", ""));
            assertThat(storage.getObjectMetadata(c.name(), "big.bin"))
                    .containsEntry(ObjectMetadataKeys.CONTENT_MD5, md5)
                    .containsEntry(ObjectMetadataKeys.MTIME,
                            ObjectMetadataKeys.mtimeValue(Files.getLastModifiedTime(file).toInstant()));
            assertThat(storage.listObjectNames(c.segments())).hasSize(8)
                    .allSatisfy(name -> assertThat(name).matches("big\\.bin/slo/\\d+\\.\\d{6}/67108864/8388608/\\d{8}"));

            Path downloaded = storage.downloadObject(c.name(), "big.bin", Files.createTempDirectory(dir, "dl"), false);
            assertThat(Checksums.md5(downloaded)).isEqualTo(md5);
            Files.delete(downloaded);
        }
    }

    @Test
    void deletingAStaticLargeObjectDeletesItsSegments() {
        try (Segmented c = Segmented.create()) {
            storage.uploadFile(c.name(), file);
            assertThat(storage.listObjectNames(c.segments())).hasSize(8);

            storage.deleteObject(c.name(), "big.bin");

            assertThatThrownBy(() -> storage.getObject(c.name(), "big.bin")).isInstanceOf(NoSuchObjectException.class);
            assertThat(storage.listObjectNames(c.segments())).isEmpty();
        }
    }

    @Test
    void replacingALargeObjectDeletesTheOldSegments() {
        try (Segmented c = Segmented.create()) {
            storage.uploadFile(c.name(), file);
            List<String> first = storage.listObjectNames(c.segments());

            storage.uploadFile(c.name(), file);

            List<String> second = storage.listObjectNames(c.segments());
            assertThat(second).hasSize(8).doesNotContainAnyElementsOf(first);
            assertThat(storage.getObjectMetadata(c.name(), "big.bin")).containsEntry(ObjectMetadataKeys.CONTENT_MD5,
                    md5);
        }
    }

    @Test
    void streamWithADeclaredLengthIsSegmentedOneSegmentAtATime() throws IOException {
        try (Segmented c = Segmented.create(); InputStream in = Files.newInputStream(file)) {
            AtomicLong heard = new AtomicLong();
            storage.storeObject(c.name(), "streamed", in, StoreOptions.builder().contentLength(64L * MIB)
                    .listener(heard::addAndGet).build());

            assertThat(heard).hasValue(64L * MIB);
            assertThat(storage.listObjectNames(c.segments())).hasSize(8);
            assertThat(storage.getObjectMetadata(c.name(), "streamed")).containsEntry(ObjectMetadataKeys.CONTENT_MD5,
                    md5);
            try (InputStream back = storage.openObjectStream(c.name(), "streamed")) {
                assertThat(Checksums.md5(back)).isEqualTo(md5);
            }
        }
    }

    @Test
    void dynamicLargeObjectRoundTripAndDelete() throws IOException {
        try (Segmented c = Segmented.create()) {
            storage.uploadFile(c.name(), file, StoreOptions.builder().largeObjectType(LargeObjectType.DYNAMIC).build());

            HttpHeaders head = head(c.name(), "big.bin");
            assertThat(head.getFirst("X-Object-Manifest")).startsWith(c.segments() + "/big.bin%2Fdlo%2F");
            assertThat(head.getFirst("X-Static-Large-Object")).isNull();
            assertThat(storage.getObjectMetadata(c.name(), "big.bin")).containsEntry(ObjectMetadataKeys.CONTENT_MD5,
                    md5);
            try (InputStream back = storage.openObjectStream(c.name(), "big.bin")) {
                assertThat(Checksums.md5(back)).isEqualTo(md5);
            }

            storage.deleteObject(c.name(), "big.bin");
            assertThat(storage.listObjectNames(c.segments())).isEmpty();
        }
    }

    @Test
    void interruptedLargeUploadLeavesNeitherObjectNorSegments() throws InterruptedException {
        try (Segmented c = Segmented.create()) {
            assertThatThrownBy(() -> storage.uploadFile(c.name(), file, StoreOptions.builder()
                    .listener(interruptAfter(Thread.currentThread(), 20L * MIB)).build()))
                    .isInstanceOf(OperationInterruptedException.class);
            assertThat(Thread.interrupted()).as("the interrupt flag was kept").isTrue();

            // the segments stored before the interrupt are deleted in the background
            awaitEmpty(c.segments());
            assertThatThrownBy(() -> storage.getObject(c.name(), "big.bin")).isInstanceOf(NoSuchObjectException.class);
        }
    }

    @Test
    void interruptedSinglePutStoresNothing() throws InterruptedException {
        ObjectStorage single = storage.withSettings(storage.settings().toBuilder()
                .segmentThreshold(256L * MIB).build());
        try (Segmented c = Segmented.create()) {
            assertThatThrownBy(() -> single.uploadFile(c.name(), file, StoreOptions.builder()
                    .listener(interruptAfter(Thread.currentThread(), 8L * MIB)).build()))
                    .isInstanceOf(OperationInterruptedException.class);
            assertThat(Thread.interrupted()).isTrue();

            // give an unfinished PUT time to (wrongly) complete before looking
            Thread.sleep(2000);
            assertThatThrownBy(() -> storage.getObject(c.name(), "big.bin")).isInstanceOf(NoSuchObjectException.class);
            assertThat(storage.listObjectNames(c.name())).isEmpty();
        }
    }

    private static TransferListener interruptAfter(Thread thread, long bytes) {
        AtomicLong sent = new AtomicLong();
        return n -> {
            long before = sent.getAndAdd(n);
            if (before < bytes && before + n >= bytes) {
                thread.interrupt();
            }
        };
    }

    /**
     * Until the container is empty, and still empty after the upload's sweep for segments stored
     * late (two seconds after its first deletion, SegmentedUpload.LATE_SEGMENT_SETTLE): a segment
     * PUT aborted after its last byte can land after the listing was first seen empty.
     */
    private static void awaitEmpty(String container) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        Instant sweptBy = Instant.now().plusSeconds(4);
        while ((Instant.now().isBefore(sweptBy) || !storage.listObjectNames(container).isEmpty())
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(storage.listObjectNames(container)).as("segments left in " + container).isEmpty();
    }

    private static HttpHeaders head(String container, String name) {
        return storage.client().execute(storage.client().request(HttpMethod.HEAD, "get_object")
                .path("/{container}/{object}", container, name)).headers();
    }

    /** A test container and its segment container, both deleted with their objects when closed. */
    private record Segmented(TestContainer container) implements AutoCloseable {

        static Segmented create() {
            return new Segmented(TestContainer.create(storage));
        }

        String name() {
            return container.name();
        }

        String segments() {
            return container.name() + "_segments";
        }

        @Override
        public void close() {
            // TestContainer deletes the segment container too
            container.close();
        }
    }

}
