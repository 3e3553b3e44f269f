package org.cloudsdk.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.NoMoreResultsException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.http.ServiceClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Limit + marker (Cinder, Nova, Swift, Cloud Load Balancers): the marker is the last item's key. */
class LimitMarkerListingTest {

    private static final PagingStub stub = new PagingStub();
    private static final String PATH = "/v3/p1/volumes/detail";
    private static final Function<JsonNode, String> ID = item -> item.path("id").asString();

    private final ServiceClient client = stub.client("volume", "/v3/p1");

    @BeforeEach
    void reset() {
        stub.reset();
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    static String page(String... ids) {
        return Arrays.stream(ids).map(id -> "{\"id\":\"" + id + "\",\"name\":\"vol-" + id + "\"}")
                .collect(Collectors.joining(",", "{\"volumes\":[", "]}"));
    }

    private Listing.Builder<String> volumes() {
        return Listing.builder(client, "list_volumes", PagingScheme.limitMarker().withMaxLimit(1000), ID)
                .path("/volumes/detail").items("volumes").query("status", "available");
    }

    @Test
    void fullPagesThenAnEmptyPageEndTheListing() {
        stub.page(PATH + "?status=available&limit=2", page("a", "b"));
        stub.page(PATH + "?status=available&limit=2&marker=b", page("c", "d"));
        stub.page(PATH + "?status=available&limit=2&marker=d", page());

        assertThat(volumes().limit(2).build()).containsExactly("a", "b", "c", "d");
        assertThat(stub.urls()).containsExactly(PATH + "?status=available&limit=2",
                PATH + "?status=available&limit=2&marker=b", PATH + "?status=available&limit=2&marker=d");
    }

    @Test
    void aShortPageIsNotTheEnd() {
        // the cluster caps pages at 2 whatever the limit asked
        stub.page(PATH + "?status=available&limit=3", page("a", "b"));
        stub.page(PATH + "?status=available&limit=3&marker=b", page("c"));
        stub.page(PATH + "?status=available&limit=3&marker=c", page());

        assertThat(volumes().limit(3).build().stream().toList()).containsExactly("a", "b", "c");
        assertThat(stub.urls()).hasSize(3);
    }

    @Test
    void withoutALimitTheServersPageSizeIsUsedAndAStartMarkerIsSent() {
        stub.page(PATH + "?status=available&marker=a%20b", page("c"));
        stub.page(PATH + "?status=available&marker=c", page());

        assertThat(volumes().marker("a b").build()).containsExactly("c");
        assertThat(stub.urls()).containsExactly(PATH + "?status=available&marker=a%20b",
                PATH + "?status=available&marker=c");
    }

    @Test
    void aPageIsFetchedOnlyWhenIterationReachesIt() {
        stub.page(PATH + "?status=available&limit=2", page("a", "b"));
        stub.page(PATH + "?status=available&limit=2&marker=b", page("c"));
        stub.page(PATH + "?status=available&limit=2&marker=c", page());

        Listing<String> listing = volumes().limit(2).build();
        Iterator<String> items = listing.iterator();
        assertThat(stub.urls()).as("nothing fetched before iterating").isEmpty();
        assertThat(items.next()).isEqualTo("a");
        assertThat(items.next()).isEqualTo("b");
        assertThat(stub.urls()).as("page 2 not fetched before iteration reaches it").hasSize(1);
        assertThat(items.next()).isEqualTo("c");
        assertThat(stub.urls()).hasSize(2);
        assertThat(items.hasNext()).isFalse();
        assertThat(stub.urls()).hasSize(3);
    }

    @Test
    void aStreamLimitedToSomeItemsFetchesNoFurtherPage() {
        stub.page(PATH + "?status=available&limit=2", page("a", "b"));
        stub.page(PATH + "?status=available&limit=2&marker=b", page("c", "d"));
        stub.page(PATH + "?status=available&limit=2&marker=d", page("e", "f"));

        assertThat(volumes().limit(2).build().stream().limit(3).toList()).containsExactly("a", "b", "c");
        assertThat(stub.urls()).containsExactly(PATH + "?status=available&limit=2",
                PATH + "?status=available&limit=2&marker=b");
    }

    @Test
    void eachIterationStartsFromTheFirstPage() {
        stub.page(PATH + "?status=available&limit=2", page("a"));
        stub.page(PATH + "?status=available&limit=2&marker=a", page());
        Listing<String> listing = volumes().limit(2).build();

        assertThat(listing.stream().toList()).containsExactly("a");
        assertThat(listing.stream().toList()).containsExactly("a");
        assertThat(stub.urls()).hasSize(4);
    }

    @Test
    void aMarkerSentBackAgainIsAnErrorNotALoop() {
        // a server that ignores the marker answers the first page again
        stub.page(PATH + "?status=available&limit=2", page("a", "b"));
        stub.page(PATH + "?status=available&limit=2&marker=b", page("a", "b"));

        Iterator<String> items = volumes().limit(2).build().iterator();
        assertThat(items.next()).isEqualTo("a");
        assertThat(items.next()).isEqualTo("b");
        assertThat(items.next()).isEqualTo("a");
        assertThat(items.next()).isEqualTo("b");
        assertThatThrownBy(items::hasNext).isExactlyInstanceOf(CloudException.class)
                .hasMessageContaining("volume.list_volumes").hasMessageContaining("marker 'b'")
                .hasMessageContaining("instead of looping");
        assertThat(stub.urls()).hasSize(2);
    }

    @Test
    void theMarkerCanBeReadByAGivenFunctionAndTheBodyCanBeTheArray() {
        stub.page("/v1/AUTH_t/photos?format=json&limit=2", "[{\"name\":\"x y\"},{\"subdir\":\"z/\",\"name\":\"z/\"}]");
        stub.page("/v1/AUTH_t/photos?format=json&limit=2&marker=z%2F", "[]");
        Listing<String> names = Listing.builder(stub.client("object_store", "/v1/AUTH_t"), "list_objects",
                PagingScheme.limitMarker(item -> item.path("name").stringValue(null)),
                item -> item.path("name").asString()).path("/{container}", "photos").query("format", "json").limit(2)
                .build();

        assertThat(names).containsExactly("x y", "z/");
        assertThat(stub.urls()).hasSize(2);
    }

    @Test
    void numericIdsAreMarkers() {
        stub.page("/v1.0/123/loadbalancers?limit=1", "{\"loadBalancers\":[{\"id\":71}]}");
        stub.page("/v1.0/123/loadbalancers?limit=1&marker=71", "{\"loadBalancers\":[]}");
        Listing<Long> balancers = Listing.builder(stub.client("rax:load-balancer", "/v1.0/123"),
                "list_load_balancers", PagingScheme.limitMarker(), item -> item.path("id").asLong())
                .path("/loadbalancers").items("loadBalancers").limit(1).build();

        assertThat(balancers).containsExactly(71L);
    }

    @Test
    void pagingValuesAreCheckedBeforeAnyRequest() {
        assertThatThrownBy(() -> volumes().limit(0).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be 1 to 1000, was 0");
        assertThatThrownBy(() -> volumes().limit(1001).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be 1 to 1000, was 1001");
        assertThatThrownBy(() -> volumes().offset(10).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset applies only to the limitOffset paging scheme");
        assertThatThrownBy(() -> volumes().query("marker", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use marker(...)");
        assertThatThrownBy(() -> volumes().path("/volumes/{id}/snapshots").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 1 variables but 0 values");
        assertThat(stub.urls()).isEmpty();
    }

    @Test
    void notFoundIsAnErrorUnlessTheListingReadsItAsEmpty() {
        stub.status(PATH + "?status=available&limit=2", 404);

        assertThatThrownBy(() -> volumes().limit(2).build().stream().toList()).isInstanceOf(NotFoundException.class);
        assertThat(volumes().limit(2).notFoundAsEmpty().build()).isEmpty();
        assertThat(stub.urls()).hasSize(2);
    }

    @Test
    void noContentIsAnErrorUnlessTheListingReadsItAsEmpty() {
        stub.page(PATH + "?status=available&limit=2", page("a", "b"));
        stub.status(PATH + "?status=available&limit=2&marker=b", 204);

        assertThatThrownBy(() -> volumes().limit(2).build().stream().toList()).isExactlyInstanceOf(
                CloudException.class).hasMessageContaining("answered HTTP 204 without a body");
        assertThat(volumes().limit(2).noContentAsEmpty().build()).containsExactly("a", "b");
    }

    @Test
    void pagesCanBeWalkedExplicitly() {
        stub.page(PATH + "?status=available&limit=2", page("a", "b"));
        stub.page(PATH + "?status=available&limit=2&marker=b", page("c"));
        stub.page(PATH + "?status=available&limit=2&marker=c", page());

        Page<String> first = volumes().limit(2).build().firstPage();
        assertThat(first.items()).containsExactly("a", "b");
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();
        assertThatThrownBy(first::previousPage).isInstanceOf(NoMoreResultsException.class)
                .hasMessage("there is no previous page in the volume.list_volumes listing");
        Page<String> second = first.nextPage();
        assertThat(second.items()).containsExactly("c");
        Page<String> last = second.nextPage();
        assertThat(last.isEmpty()).isTrue();
        assertThat(last.hasNext()).isFalse();
        NoMoreResultsException none = org.junit.jupiter.api.Assertions.assertThrows(NoMoreResultsException.class,
                last::nextPage);
        assertThat(none.service()).isEqualTo("volume");
        assertThat(none.operation()).isEqualTo("list_volumes");
        assertThat(stub.urls()).hasSize(3);
    }

    @Test
    void pagesAreStreamedLazily() {
        stub.page(PATH + "?status=available&limit=2", page("a", "b"));
        stub.page(PATH + "?status=available&limit=2&marker=b", page("c"));
        stub.page(PATH + "?status=available&limit=2&marker=c", page());

        List<Page<String>> pages = volumes().limit(2).build().pages().toList();
        assertThat(pages).extracting(Page::items).containsExactly(List.of("a", "b"), List.of("c"), List.of());
        assertThat(volumes().limit(2).build().pages().findFirst()).get().extracting(Page::items)
                .isEqualTo(List.of("a", "b"));
        assertThat(stub.urls()).hasSize(4);
    }

    @Test
    void aResponseWithoutTheItemsIsAnError() {
        stub.page(PATH + "?status=available&limit=2", "{\"servers\":[]}");

        assertThatThrownBy(() -> volumes().limit(2).build().iterator().hasNext()).isInstanceOf(CloudException.class)
                .hasMessageContaining("expected a JSON array in 'volumes'");
    }
}
