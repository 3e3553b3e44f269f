package org.cloudsdk.it.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.cloudsdk.it.objectstorage.LocalSwift.TestContainer;
import org.cloudsdk.objectstorage.FetchedObject;
import org.cloudsdk.objectstorage.ObjectChunks;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.RangeSpec;
import org.cloudsdk.objectstorage.StorageObject;
import org.cloudsdk.objectstorage.StoreOptions;
import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storing and fetching content on the real Swift: the seed's examples and awkward names. */
class ObjectRoundTripIT {

    private static final String SEED_TEXT = "This is some text containing unicode like é, ü and ˚¬∆ç";

    private final ObjectStorage storage = LocalSwift.storage();

    @Test
    void seedUnicodeTextRoundTripsWholeWithMetaAndInChunks() throws Exception {
        try (TestContainer c = TestContainer.create()) {
            StorageObject obj = storage.storeObject(c.name(), "new_object.txt", SEED_TEXT);

            assertThat(obj.etag()).isEqualTo(Checksums.md5(SEED_TEXT));
            assertThat(obj.totalBytes()).isEqualTo(SEED_TEXT.getBytes(StandardCharsets.UTF_8).length);
            assertThat(obj.fetchAsString()).isEqualTo(SEED_TEXT);

            FetchedObject withMeta = obj.fetch(true);
            assertThat(withMeta.contentAsString()).isEqualTo(SEED_TEXT);
            assertThat(withMeta.metadata()).containsEntry("etag", Checksums.md5(SEED_TEXT))
                    .containsEntry("content-type", "text/plain")
                    .containsEntry("content-length", String.valueOf(obj.bytes()))
                    .containsKeys("last-modified", "x-timestamp", "x-trans-id", "accept-ranges");

            try (ObjectChunks chunks = obj.fetchChunks(12)) {
                List<byte[]> all = chunks.stream().toList();
                assertThat(all).hasSize((int) Math.ceil(obj.bytes() / 12.0));
                assertThat(all.get(0)).hasSize(12);
                assertThat(join(all)).isEqualTo(SEED_TEXT);
            }
        }
    }

    @Test
    void namesWithUnicodeSpacesReservedCharactersAndSlashesRoundTrip() {
        List<String> names = List.of("é ü ˚¬∆ç.txt", "what? #1 100% a+b", "a/b c/d?e#f%g+h", "日本語/ファイル名",
                "trailing space ", "%2F literally");
        try (TestContainer c = TestContainer.create()) {
            for (String name : names) {
                storage.storeObject(c.name(), name, "content of " + name);
            }
            assertThat(storage.listObjectNames(c.name())).containsExactlyInAnyOrderElementsOf(names);
            for (String name : names) {
                assertThat(storage.fetchObjectAsString(c.name(), name)).isEqualTo("content of " + name);
                assertThat(storage.getObject(c.name(), name).name()).isEqualTo(name);
            }
        }
    }

    @Test
    void containerNamesWithUnicodeAndReservedCharactersWork() {
        String name = "it-é ü?#%+ " + org.cloudsdk.util.Names.random(6);
        try {
            assertThat(storage.createContainer(name).name()).isEqualTo(name);
            storage.storeObject(name, "x", "y");
            assertThat(storage.listContainers()).contains(name);
            assertThat(storage.getContainer(name).objectCount()).isEqualTo(1);
        } finally {
            storage.deleteContainer(name, true);
        }
    }

    @Test
    void filesAndStreamsAreStreamedAndVerified(@TempDir Path dir) throws Exception {
        byte[] data = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(data);
        Path file = Files.write(dir.resolve("payload.bin"), data);
        try (TestContainer c = TestContainer.create()) {
            // sent zero-copy, digested by a read of its own
            StorageObject fromFile = storage.uploadFile(c.name(), file);
            assertThat(fromFile.name()).isEqualTo("payload.bin");
            assertThat(fromFile.etag()).isEqualTo(Checksums.md5(data));
            assertThat(fromFile.bytes()).isEqualTo(data.length);
            // read in chunks for a listener, which hears every byte
            java.util.concurrent.atomic.AtomicLong heard = new java.util.concurrent.atomic.AtomicLong();
            StorageObject listened = storage.uploadFile(c.name(), file, "listened.bin",
                    StoreOptions.builder().listener(heard::addAndGet).build());
            assertThat(listened.etag()).isEqualTo(Checksums.md5(data));
            assertThat(heard).hasValue(data.length);
            // a small file goes from memory with its MD5 as ETag
            Path small = Files.write(dir.resolve("small.bin"), java.util.Arrays.copyOf(data, 100_000));
            assertThat(storage.uploadFile(c.name(), small).etag()).isEqualTo(Checksums.md5(Files.readAllBytes(small)));
            assertThat(storage.fetchObject(c.name(), "small.bin")).isEqualTo(Files.readAllBytes(small));

            StorageObject fromStream = storage.storeObject(c.name(), "streamed.bin", new ByteArrayInputStream(data),
                    StoreOptions.defaults());
            assertThat(fromStream.etag()).isEqualTo(Checksums.md5(data));
            assertThat(storage.getObject(c.name(), "streamed.bin").bytes()).isEqualTo(data.length);

            try (InputStream in = storage.openObjectStream(c.name(), "payload.bin")) {
                assertThat(in.readAllBytes()).isEqualTo(data);
            }
            try (InputStream in = storage.openObjectStream(c.name(), "payload.bin", 1000, 10)) {
                assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(data, 1000, 1010));
            }
            assertThat(storage.fetchObject(c.name(), "payload.bin", RangeSpec.lastBytes(5)))
                    .isEqualTo(java.util.Arrays.copyOfRange(data, data.length - 5, data.length));

            // closing a stream early releases the connection: many such streams do not exhaust the pool
            for (int i = 0; i < 100; i++) {
                try (InputStream in = storage.openObjectStream(c.name(), "payload.bin")) {
                    assertThat(in.read()).isEqualTo(data[0] & 0xff);
                }
            }
        }
    }

    @Test
    void downloadRecreatesPseudoFoldersOrFlattens(@TempDir Path dir) throws Exception {
        try (TestContainer c = TestContainer.create()) {
            storage.storeObject(c.name(), "one/two/three.txt", "nested");
            Path nested = c.container().downloadObject("one/two/three.txt", dir, true);
            assertThat(nested).isEqualTo(dir.toAbsolutePath().resolve("one/two/three.txt"));
            assertThat(Files.readString(nested)).isEqualTo("nested");

            Path flat = storage.getObject(c.name(), "one/two/three.txt").download(dir.resolve("one"), false);
            assertThat(flat).isEqualTo(dir.toAbsolutePath().resolve("one/three.txt"));
            try (var files = Files.walk(dir)) {
                assertThat(files.filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
            }
        }
    }

    private static String join(List<byte[]> chunks) {
        StringBuilder text = new StringBuilder();
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        chunks.forEach(all::writeBytes);
        return text.append(all.toString(StandardCharsets.UTF_8)).toString();
    }
}
