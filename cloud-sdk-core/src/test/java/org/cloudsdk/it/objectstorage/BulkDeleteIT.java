package org.cloudsdk.it.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.NoSuchContainerException;
import org.cloudsdk.it.objectstorage.LocalSwift.TestContainer;
import org.cloudsdk.objectstorage.BulkDeleteHandle;
import org.cloudsdk.objectstorage.BulkDeleteResult;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.ObjectStorageSettings;
import org.cloudsdk.util.Names;
import org.junit.jupiter.api.Test;

/** Bulk deletion and container deletion on the real Swift. */
class BulkDeleteIT {

    private final ObjectStorage storage = LocalSwift.storage();

    @Test
    void bulkDeletesFifteenHundredObjectsInBatchesOfFiveHundred() throws Exception {
        ObjectStorage batched = storage.withSettings(
            ObjectStorageSettings.builder().bulkDeleteBatchSize(500).build());
        try (TestContainer c = TestContainer.create(batched)) {
            List<String> names = IntStream.range(0, 1500).mapToObj(i -> String.format("bulk/é %04d?", i)).toList();
            storeAll(c.name(), names);
            assertThat(batched.getContainer(c.name()).objectCount()).isEqualTo(1500);

            List<String> withMissing = new ArrayList<>(names);
            withMissing.add("never-stored");
            BulkDeleteResult result = batched.bulkDelete(c.name(), withMissing);

            assertThat(result.deleted()).isEqualTo(1500);
            assertThat(result.notFound()).isEqualTo(1);
            assertThat(result.status()).isEqualTo("200 OK");
            assertThat(result.errors()).isEmpty();
            assertThat(batched.getObjects(c.name())).isEmpty();
        }
    }

    @Test
    void asyncBulkDeleteReportsWhenDone() throws Exception {
        try (TestContainer c = TestContainer.create()) {
            storeAll(c.name(), List.of("a", "b", "c/d"));
            BulkDeleteHandle handle = storage.bulkDeleteAsync(c.name(), List.of("a", "b", "c/d"));
            BulkDeleteResult result = handle.future().get(30, TimeUnit.SECONDS);

            assertThat(handle.completed()).isTrue();
            assertThat(handle.results()).isEqualTo(result);
            assertThat(result.deleted()).isEqualTo(3);
        }
    }

    @Test
    void nonEmptyContainerIsRefusedUnlessItsObjectsAreDeletedToo() {
        String name = "it-" + Names.random(12);
        storage.createContainer(name);
        storage.storeObject(name, "left-behind", "x");

        assertThatThrownBy(() -> storage.deleteContainer(name, false)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("is not empty").hasMessageContaining("deleteContainer(name, true)");
        assertThat(storage.getContainer(name).objectCount()).isEqualTo(1);

        storage.deleteContainer(name, true);
        assertThatThrownBy(() -> storage.getContainer(name)).isInstanceOf(NoSuchContainerException.class);
    }

    private void storeAll(String container, List<String> names) throws Exception {
        // Swift here stores about 70 objects a second per connection: spread the work, bounded
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String name : names) {
                done.add(pool.submit(() -> storage.storeObject(container, name, "x")));
            }
            for (Future<?> each : done) {
                each.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
