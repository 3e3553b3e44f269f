package org.cloudsdk.it.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.cloudsdk.it.objectstorage.LocalSwift.TestContainer;
import org.cloudsdk.objectstorage.ObjectMetadataKeys;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.ObjectStorageSettings;
import org.cloudsdk.objectstorage.StorageObject;
import org.cloudsdk.objectstorage.SyncOptions;
import org.cloudsdk.objectstorage.SyncResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pyrax's sync_folder_to_container on the real Swift. */
class FolderSyncIT {

    private static final int MIB = 1024 * 1024;
    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

    private final ObjectStorage storage = LocalSwift.storage();

    @TempDir
    Path folder;

    @Test
    void aSecondSyncOfAnUnchangedFolderUploadsNothing() throws IOException {
        for (int i = 0; i < 60; i++) {
            write("dir-" + (i % 4) + "/file-" + i + ".txt", "content of file " + i);
        }
        write(".git/config", "hidden");

        try (TestContainer c = TestContainer.create()) {
            SyncResult first = storage.syncFolderToContainer(folder, c.name());
            assertThat(first.uploaded()).isEqualTo(60);
            assertThat(first.failed()).isEmpty();
            Map<String, Instant> written = lastModified(c.name());
            assertThat(written).hasSize(60).doesNotContainKey(".git/config");

            SyncResult second = storage.syncFolderToContainer(folder, c.name());

            assertThat(second.uploaded()).isZero();
            assertThat(second.skippedIdentical()).isEqualTo(60);
            assertThat(second.bytesUploaded()).isZero();
            assertThat(lastModified(c.name())).as("no object was written again").isEqualTo(written);
        }
    }

    @Test
    void aChangedFileIsUploadedAndAnOlderOneOnlyWhenTimestampsAreIgnored() throws IOException {
        write("a.txt", "alpha");
        write("b.txt", "beta");
        write("c.txt", "gamma");

        try (TestContainer c = TestContainer.create()) {
            storage.syncFolderToContainer(folder, c.name());
            write("a.txt", "alpha, edited");
            // b.txt changes too, but its time says it is older than the remote copy
            write("b.txt", "BETA");
            Files.setLastModifiedTime(folder.resolve("b.txt"), FileTime.from(LONG_AGO));

            SyncResult timestamps = storage.syncFolderToContainer(folder, c.name());

            assertThat(timestamps.uploaded()).isEqualTo(1);
            assertThat(timestamps.skippedOlder()).isEqualTo(1);
            assertThat(timestamps.skippedIdentical()).isEqualTo(1);
            assertThat(storage.fetchObjectAsString(c.name(), "a.txt")).isEqualTo("alpha, edited");
            assertThat(storage.fetchObjectAsString(c.name(), "b.txt")).isEqualTo("beta");

            SyncResult ignoring = storage.syncFolderToContainer(folder, c.name(), SyncOptions.builder()
                    .ignoreTimestamps(true).build());

            assertThat(ignoring.uploaded()).isEqualTo(1);
            assertThat(ignoring.skippedIdentical()).isEqualTo(2);
            assertThat(storage.fetchObjectAsString(c.name(), "b.txt")).isEqualTo("BETA");
            assertThat(storage.getObjectMetadata(c.name(), "b.txt")).containsEntry(ObjectMetadataKeys.MTIME,
                    ObjectMetadataKeys.mtimeValue(LONG_AGO));
        }
    }

    @Test
    void deleteRemovesExtrasUnderThePrefixOnly() throws IOException {
        write("keep.txt", "keep");
        write("sub/keep2.txt", "keep too");
        write("notes.tmp", "ignored locally");

        try (TestContainer c = TestContainer.create()) {
            storage.storeObject(c.name(), "backup/extra.txt", "no local file");
            storage.storeObject(c.name(), "backup/sub/extra2.txt", "no local file either");
            storage.storeObject(c.name(), "backup/remote.tmp", "ignored name: kept");
            storage.storeObject(c.name(), "elsewhere/file.txt", "outside the prefix");

            SyncResult result = storage.syncFolderToContainer(folder, c.name(), false, false, "backup",
                    List.of("*.tmp"), true);

            assertThat(result.uploaded()).isEqualTo(2);
            assertThat(result.deleted()).isEqualTo(2);
            assertThat(result.failed()).isEmpty();
            assertThat(storage.listObjectNames(c.name())).containsExactlyInAnyOrder("backup/keep.txt",
                    "backup/sub/keep2.txt", "backup/remote.tmp", "elsewhere/file.txt");
        }
    }

    @Test
    void aSegmentedFileIsRecognisedAsUnchangedByItsRecordedMd5() throws IOException {
        ObjectStorage segmenting = storage.withSettings(ObjectStorageSettings.builder()
                .segmentThreshold(MIB).segmentSize(MIB).build());
        Random random = new Random(3);
        byte[] chunk = new byte[MIB];
        try (OutputStream out = Files.newOutputStream(folder.resolve("large.bin"))) {
            for (int i = 0; i < 3; i++) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
        }
        write("small.txt", "small");

        try (TestContainer c = TestContainer.create(segmenting)) {
            SyncResult first = segmenting.syncFolderToContainer(folder, c.name());
            assertThat(first.uploaded()).isEqualTo(2);
            assertThat(first.failed()).isEmpty();

            SyncResult second = segmenting.syncFolderToContainer(folder, c.name());

            assertThat(second.uploaded()).isZero();
            assertThat(second.skippedIdentical()).isEqualTo(2);
        }
    }

    private Map<String, Instant> lastModified(String container) {
        return storage.getObjects(container).stream()
                .collect(Collectors.toMap(StorageObject::name, StorageObject::lastModified));
    }

    private void write(String relative, String content) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
