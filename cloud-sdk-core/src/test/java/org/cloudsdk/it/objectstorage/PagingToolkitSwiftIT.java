package org.cloudsdk.it.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cloudsdk.it.objectstorage.LocalSwift.TestContainer;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.Page;
import org.cloudsdk.paging.PagingScheme;
import org.junit.jupiter.api.Test;

/**
 * The paging toolkit ({@code org.cloudsdk.paging}) on the real Swift: limit + marker, the marker
 * being the last name, pages that end on an empty one, and Swift's answer to an empty listing.
 */
class PagingToolkitSwiftIT {

    private final ObjectStorage storage = LocalSwift.storage();

    private static Listing.Builder<String> names(ObjectStorage storage, String container) {
        return Listing.builder(storage.client(), "list_objects",
                PagingScheme.limitMarker(item -> item.path("name").stringValue(null)).withMaxLimit(10_000),
                item -> item.path("name").asString()).path("/{container}", container).query("format", "json")
                .noContentAsEmpty();
    }

    @Test
    void everyPageOfARealContainerUntilAnEmptyOne() {
        try (TestContainer c = TestContainer.create()) {
            for (String name : List.of("a 1", "b/2", "c+3", "d%4", "é5", "f/6", "g?7")) {
                storage.storeObject(c.name(), name, "x");
            }

            Listing<String> listing = names(storage, c.name()).limit(3).build();
            assertThat(listing).containsExactly("a 1", "b/2", "c+3", "d%4", "f/6", "g?7", "é5");
            assertThat(listing.pages().map(Page::items)).containsExactly(List.of("a 1", "b/2", "c+3"),
                    List.of("d%4", "f/6", "g?7"), List.of("é5"), List.of());
            assertThat(listing.stream().limit(4)).containsExactly("a 1", "b/2", "c+3", "d%4");
            assertThat(listing.flux().collectList().block()).hasSize(7);

            assertThat(names(storage, c.name()).query("prefix", "b/").limit(3).build()).containsExactly("b/2");
            assertThat(names(storage, c.name()).marker("d%4").limit(2).build())
                    .containsExactly("f/6", "g?7", "é5");
        }
    }

    @Test
    void anEmptyContainerIsAnEmptyListing() {
        try (TestContainer c = TestContainer.create()) {
            Listing<String> listing = names(storage, c.name()).limit(2).build();

            assertThat(listing).isEmpty();
            Page<String> first = listing.firstPage();
            assertThat(first.isEmpty()).isTrue();
            assertThat(first.hasNext()).isFalse();
        }
    }
}
