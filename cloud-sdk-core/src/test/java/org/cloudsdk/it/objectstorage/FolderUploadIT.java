package org.cloudsdk.it.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.cloudsdk.it.objectstorage.LocalSwift.TestContainer;
import org.cloudsdk.objectstorage.FolderUpload;
import org.cloudsdk.objectstorage.FolderUploadOptions;
import org.cloudsdk.objectstorage.FolderUploadResult;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.StorageObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pyrax's upload_folder on the real Swift: names and contents, progress as it goes, cancel. */
class FolderUploadIT {

    private static final int MIB = 1024 * 1024;

    private final ObjectStorage storage = LocalSwift.storage();

    @TempDir
    Path folder;

    @Test
    void uploadsANestedTreeUnderRelativeNamesLeavingOutIgnoredFiles() throws IOException {
        write("README.md", "# readme");
        write("src/app/main.py", "print('hi')");
        write("src/app/main.pyc", "compiled");
        write("src/lib/deep/util.py", "def util(): pass");
        write("tmp_build/out.o", "object code");
        write("docs/tmpnotes.txt", "scratch");
        write("docs/guide é.txt", "unicode name");

        try (TestContainer c = TestContainer.create()) {
            FolderUpload upload = storage.uploadFolder(folder, FolderUploadOptions.builder().container(c.name())
                    .ignore("*.pyc", "tmp*").parallelism(3).build());
            FolderUploadResult result = upload.await();

            assertThat(result.succeeded()).isTrue();
            assertThat(result.filesUploaded()).isEqualTo(4);
            assertThat(upload.totalBytes()).isEqualTo(8 + 11 + 16 + 12);
            assertThat(result.bytesUploaded()).isEqualTo(upload.totalBytes());
            assertThat(storage.listObjectNames(c.name())).containsExactlyInAnyOrder("README.md",
                    "src/app/main.py", "src/lib/deep/util.py", "docs/guide é.txt");
            assertThat(storage.fetchObjectAsString(c.name(), "src/lib/deep/util.py")).isEqualTo("def util(): pass");
            assertThat(storage.fetchObjectAsString(c.name(), "docs/guide é.txt")).isEqualTo("unicode name");
        }
    }

    @Test
    void getUploadedGrowsWhileTheFilesGoUp() throws Exception {
        Random random = new Random(40);
        byte[] content = new byte[MIB];
        for (int i = 0; i < 40; i++) {
            random.nextBytes(content);
            Files.write(folder.resolve(String.format("part-%02d.bin", i)), content);
        }

        try (TestContainer c = TestContainer.create()) {
            FolderUpload upload = storage.uploadFolder(folder, FolderUploadOptions.builder().container(c.name())
                    .parallelism(2).build());
            List<Long> samples = new ArrayList<>();
            while (!upload.isDone()) {
                samples.add(storage.getUploaded(upload.key()));
                Thread.sleep(20);
            }
            FolderUploadResult result = upload.await();

            assertThat(upload.totalBytes()).isEqualTo(40L * MIB);
            assertThat(result.filesUploaded()).isEqualTo(40);
            List<Long> inFlight = samples.stream().filter(s -> s > 0 && s < 40L * MIB).distinct().toList();
            assertThat(inFlight).as("distinct progress values seen while running").hasSizeGreaterThan(3);
            assertThat(inFlight).isSorted();
            assertThat(upload.uploadedBytes()).isEqualTo(40L * MIB);
        }
    }

    @Test
    void aCancelledUploadLeavesNoPartialObject() throws Exception {
        // 200 MiB, sparse: instant to create, and still 200 MiB to send (below the segment threshold,
        // so one PUT is aborted mid-body)
        Path big = folder.resolve("a-big.bin");
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(200L * MIB);
        }
        long small = 0;
        for (int i = 0; i < 20; i++) {
            small += Files.writeString(folder.resolve("b-small-" + i + ".txt"), "small file " + i).toFile().length();
        }

        try (TestContainer c = TestContainer.create()) {
            FolderUpload upload = storage.uploadFolder(folder, FolderUploadOptions.builder().container(c.name())
                    .parallelism(2).build());
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (upload.uploadedBytes() < small + 20L * MIB && !upload.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(upload.isDone()).as("the big file is still being sent").isFalse();

            assertThat(storage.cancelFolderUpload(upload.key())).isTrue();
            FolderUploadResult result = upload.await(Duration.ofSeconds(30)).orElseThrow();

            assertThat(result.cancelled()).isTrue();
            assertThat(result.failures()).isEmpty();
            // a small file whose body was wholly sent before the cancel may still be stored by the
            // server a moment later: wait until the listing settles, then look
            Map<String, Long> stored = settledListing(c.name());
            assertThat(stored).doesNotContainKey("a-big.bin");
            assertThat(stored).allSatisfy((name, bytes) -> assertThat(bytes).as(name)
                    .isEqualTo(folder.resolve(name).toFile().length()));
        } finally {
            Files.deleteIfExists(big);
        }
    }

    private Map<String, Long> settledListing(String container) throws InterruptedException {
        Map<String, Long> previous = null;
        int stableRounds = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (stableRounds < 4 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            Map<String, Long> now = storage.getObjects(container).stream()
                    .collect(Collectors.toMap(StorageObject::name, StorageObject::bytes));
            stableRounds = now.equals(previous) ? stableRounds + 1 : 0;
            previous = now;
        }
        return previous;
    }

    private void write(String relative, String content) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
