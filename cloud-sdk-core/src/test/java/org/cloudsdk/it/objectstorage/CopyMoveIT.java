package org.cloudsdk.it.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.cloudsdk.errors.NoSuchObjectException;
import org.cloudsdk.it.objectstorage.LocalSwift.TestContainer;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.StorageObject;
import org.cloudsdk.objectstorage.StoreOptions;
import org.junit.jupiter.api.Test;

/** Server-side copy and move on the real Swift. */
class CopyMoveIT {

    private final ObjectStorage storage = LocalSwift.storage();

    @Test
    void copyKeepsTheOriginalAndMoveRemovesIt() {
        try (TestContainer from = TestContainer.create(); TestContainer to = TestContainer.create()) {
            String name = "dir/é ü?#%+.txt";
            StorageObject original = storage.storeObject(from.name(), name, "payload",
                    StoreOptions.builder().metadata(Map.of("kept", "yes")).build());

            StorageObject copy = storage.copyObject(from.name(), name, to.name(), null);
            assertThat(copy.name()).isEqualTo(name);
            assertThat(copy.container()).isEqualTo(to.name());
            assertThat(copy.etag()).isEqualTo(original.etag());
            assertThat(copy.getMetadata()).containsEntry("x-object-meta-kept", "yes");
            assertThat(original.reload().etag()).isEqualTo(original.etag());

            StorageObject renamed = original.copy(from.name(), "renamed copy");
            assertThat(renamed.fetchAsString()).isEqualTo("payload");

            StorageObject moved = storage.moveObject(from.name(), "renamed copy", to.name(), "moved/here");
            assertThat(moved.fetchAsString()).isEqualTo("payload");
            assertThatThrownBy(() -> storage.getObject(from.name(), "renamed copy"))
                    .isInstanceOf(NoSuchObjectException.class);

            assertThatThrownBy(() -> storage.copyObject(from.name(), "missing", to.name(), null))
                    .isInstanceOf(NoSuchObjectException.class);
            assertThatThrownBy(() -> original.move(from.name(), name)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
