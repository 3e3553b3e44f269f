package org.cloudsdk.it.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.cloudsdk.it.objectstorage.LocalSwift.TestContainer;
import org.cloudsdk.objectstorage.ListOptions;
import org.cloudsdk.objectstorage.ObjectListing;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.ObjectStorageSettings;
import org.cloudsdk.objectstorage.StorageObject;
import org.junit.jupiter.api.Test;

/** The seed's {@code my_objects} listing example on the real Swift. */
class ListingIT {

    private final ObjectStorage storage = LocalSwift.storage();

    @Test
    void seedListingExample() {
        try (TestContainer c = TestContainer.create()) {
            for (int i = 0; i < 5; i++) {
                storage.storeObject(c.name(), "series_" + i, "some text");
            }
            for (char ch = 'a'; ch < 'a' + 5; ch++) {
                c.container().storeObject("stuff/" + String.valueOf(ch).repeat(4), "some text");
            }

            assertThat(names(c.container().getObjects())).containsExactly("series_0", "series_1", "series_2",
                    "series_3", "series_4", "stuff/aaaa", "stuff/bbbb", "stuff/cccc", "stuff/dddd", "stuff/eeee");

            List<List<String>> pages = new ArrayList<>();
            List<StorageObject> page = c.container().getObjects(ListOptions.builder().limit(4).build());
            pages.add(names(page));
            while (!page.isEmpty()) {
                page = c.container().getObjects(ListOptions.builder().limit(4).marker(page.get(page.size() - 1).name()).build());
                pages.add(names(page));
            }
            assertThat(pages).containsExactly(List.of("series_0", "series_1", "series_2", "series_3"),
                    List.of("series_4", "stuff/aaaa", "stuff/bbbb", "stuff/cccc"), List.of("stuff/dddd", "stuff/eeee"),
                    List.of());

            assertThat(names(c.container().getObjects(ListOptions.builder().prefix("stuff").build())))
                    .containsExactly("stuff/aaaa", "stuff/bbbb", "stuff/cccc", "stuff/dddd", "stuff/eeee");
            assertThat(names(c.container().getObjects(ListOptions.builder().delimiter('/').build())))
                    .containsExactly("series_0", "series_1", "series_2", "series_3", "series_4");
            assertThat(c.container().listSubdirs()).containsExactly("stuff/");
            assertThat(names(c.container().getObjects(ListOptions.builder().marker("series_0")
                    .endMarker("series_3").build()))).containsExactly("series_1", "series_2");

            // pages of 3 followed for you, and lazily
            ObjectStorage smallPages = storage.withSettings(
            ObjectStorageSettings.builder().listingPageSize(3).build());
            assertThat(smallPages.listObjectNames(c.name())).hasSize(10);
            ObjectListing lazy = smallPages.iterateObjects(c.name(), "stuff/");
            assertThat(lazy.stream().map(StorageObject::name)).containsExactly("stuff/aaaa", "stuff/bbbb",
                    "stuff/cccc", "stuff/dddd", "stuff/eeee");
            assertThat(smallPages.listSubdirs(c.name(), null, '/')).containsExactly("stuff/");

            // the account's listing catches up with container counts asynchronously; the container's HEAD is exact
            assertThat(storage.listContainersInfo()).anySatisfy(info -> {
                assertThat(info.name()).isEqualTo(c.name());
                assertThat(info.count()).isBetween(0L, 10L);
            });
            assertThat(c.container().reload().objectCount()).isEqualTo(10);
            assertThat(c.container().reload().totalBytes()).isEqualTo(90);
            assertThat(storage.getAllContainers()).anySatisfy(cont -> assertThat(cont.toString())
                    .isEqualTo("<Container '" + c.name() + "'>"));
        }
    }

    private static List<String> names(List<StorageObject> objects) {
        return objects.stream().map(StorageObject::name).toList();
    }
}
