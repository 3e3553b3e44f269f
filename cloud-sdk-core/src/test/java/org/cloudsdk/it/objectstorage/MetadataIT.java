package org.cloudsdk.it.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cloudsdk.it.objectstorage.LocalSwift.TestContainer;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.StoreOptions;
import org.cloudsdk.util.Names;
import org.junit.jupiter.api.Test;

/** Account, container and object metadata on the real Swift, with the seed's exact keys. */
class MetadataIT {

    private final ObjectStorage storage = LocalSwift.storage();

    @Test
    void containerMetadataGetsThePrefixAsTheSeedShows() {
        try (TestContainer c = TestContainer.create()) {
            assertThat(storage.getContainerMetadata(c.name())).isEmpty();

            Map<String, String> newMeta = new LinkedHashMap<>();
            newMeta.put("X-Account-Meta-City", "Springfield");
            newMeta.put("Famous_Family", "Simpsons");
            storage.setContainerMetadata(c.name(), newMeta, false);

            assertThat(storage.getContainerMetadata(c.name())).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "x-container-meta-x-account-meta-city", "Springfield",
                    "x-container-meta-famous-family", "Simpsons"));

            c.container().setMetadata(Map.of("color", "blue"));
            assertThat(c.container().getMetadata()).hasSize(3).containsEntry("x-container-meta-color", "blue");

            c.container().removeMetadataKey("famous_family");
            assertThat(c.container().getMetadata()).doesNotContainKey("x-container-meta-famous-family").hasSize(2);

            storage.setContainerMetadata(c.name(), Map.of("flower", "lily"), true);
            assertThat(storage.getContainerMetadata(c.name()))
                    .containsExactlyEntriesOf(Map.of("x-container-meta-flower", "lily"));
        }
    }

    @Test
    void objectMetadataMergesByDefaultAndReplacesWithClear() {
        try (TestContainer c = TestContainer.create()) {
            var obj = storage.storeObject(c.name(), "doc.txt", "text",
                    StoreOptions.builder().metadata(Map.of("Owner", "ops")).build());
            assertThat(obj.getMetadata()).containsExactlyEntriesOf(Map.of("x-object-meta-owner", "ops"));

            obj.setMetadata(Map.of("Review_State", "done"));
            assertThat(storage.getObjectMetadata(c.name(), "doc.txt")).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "x-object-meta-owner", "ops", "x-object-meta-review-state", "done"));

            obj.removeMetadataKey("owner");
            assertThat(obj.getMetadata()).containsExactlyEntriesOf(Map.of("x-object-meta-review-state", "done"));

            storage.setObjectMetadata(c.name(), "doc.txt", Map.of("X-Object-Meta-Fresh", "yes"), true);
            assertThat(obj.getMetadata()).containsExactlyEntriesOf(Map.of("x-object-meta-fresh", "yes"));
            assertThat(obj.fetchAsString()).isEqualTo("text");
        }
    }

    @Test
    void accountMetadataIsAddedAndRemoved() {
        String key = "it-" + Names.random(8).toLowerCase();
        storage.setAccountMetadata(Map.of(key, "blue"));
        try {
            assertThat(storage.getAccountMetadata()).containsEntry("x-account-meta-" + key, "blue")
                    .containsKeys("x-account-bytes-used", "x-account-container-count", "x-account-object-count");
        } finally {
            storage.removeAccountMetadataKey(key);
        }
        assertThat(storage.getAccountMetadata()).doesNotContainKey("x-account-meta-" + key);
    }

    @Test
    void deleteInSecondsKeepsTheObjectsMetadata() {
        try (TestContainer c = TestContainer.create()) {
            var obj = c.container().storeObject("keep.txt", "x",
                    StoreOptions.builder().metadata(Map.of("a", "1", "b", "2")).build());
            obj.deleteInSeconds(3600);

            assertThat(obj.getMetadata()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "x-object-meta-a", "1", "x-object-meta-b", "2"));
            assertThat(storage.fetchObject(c.name(), "keep.txt", true).metadata()).containsKey("x-delete-at");

            // changing metadata later keeps the scheduled deletion
            obj.setMetadata(Map.of("c", "3"));
            assertThat(storage.fetchObject(c.name(), "keep.txt", true).metadata()).containsKey("x-delete-at")
                    .containsEntry("x-object-meta-c", "3").containsEntry("x-object-meta-a", "1");
        }
    }
}
