package org.cloudsdk.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.cloudsdk.errors.CloudException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** The reactive twin: pages asked for on demand only. */
class ListingFluxTest {

    private static final PagingStub stub = new PagingStub();
    private static final String PATH = "/v3/p1/volumes/detail";

    @BeforeEach
    void reset() {
        stub.reset();
        stub.page(PATH + "?limit=2", LimitMarkerListingTest.page("a", "b"));
        stub.page(PATH + "?limit=2&marker=b", LimitMarkerListingTest.page("c", "d"));
        stub.page(PATH + "?limit=2&marker=d", LimitMarkerListingTest.page());
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    private static Listing<String> volumes() {
        return Listing.builder(stub.client("volume", "/v3/p1"), "list_volumes", PagingScheme.limitMarker(),
                item -> item.path("id").asString()).path("/volumes/detail").items("volumes").limit(2).build();
    }

    @Test
    void everyItemOfEveryPage() {
        Flux<String> items = volumes().flux();
        assertThat(stub.urls()).as("nothing fetched before subscribing").isEmpty();

        assertThat(items.collectList().block()).containsExactly("a", "b", "c", "d");
        assertThat(stub.urls()).hasSize(3);
    }

    @Test
    void takingSomeItemsFetchesNoFurtherPage() {
        assertThat(volumes().flux().take(3).collectList().block()).containsExactly("a", "b", "c");
        assertThat(stub.urls()).containsExactly(PATH + "?limit=2", PATH + "?limit=2&marker=b");
    }

    @Test
    void aPageIsAskedForOnlyWhenDemandReachesIt() {
        StepVerifier.create(volumes().flux(), 0)
                .then(() -> assertThat(stub.urls()).isEmpty())
                .thenRequest(2).expectNext("a", "b")
                .then(() -> assertThat(stub.urls()).hasSize(1))
                .thenRequest(1).expectNext("c")
                .then(() -> assertThat(stub.urls()).hasSize(2))
                .thenCancel().verify();
    }

    @Test
    void aRepeatedMarkerEndsTheFluxWithAnError() {
        stub.page(PATH + "?limit=2&marker=b", LimitMarkerListingTest.page("a", "b"));

        // limited, so that a listing that did loop fails the test instead of hanging it
        assertThatThrownBy(() -> volumes().flux().take(100).collectList().block())
                .isInstanceOf(CloudException.class).hasMessageContaining("marker 'b'");
        assertThat(stub.urls()).hasSize(2);
    }

    @Test
    void firstPageAsyncThenNextPageAsync() {
        List<String> second = volumes().firstPageAsync().flatMap(Page::nextPageAsync).map(Page::items).block();

        assertThat(second).containsExactly("c", "d");
        assertThat(stub.urls()).hasSize(2);
    }
}
