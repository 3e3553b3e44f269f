package org.cloudsdk.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.http.ServiceClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Listings whose pages an {@link ItemsReader} reads from the body (Swift's object listings): the
 * marker comes from the reader's last item, and the toolkit's rules hold as for JSON trees.
 */
class ItemsReaderListingTest {

    private static final PagingStub stub = new PagingStub();
    private static final String PATH = "/v1/AUTH_a/c";

    /** Reads {"name":..} and {"subdir":..} entries; the marker is whichever the last one had. */
    private static final ItemsReader<String> ENTRIES = new ItemsReader<>() {
        private final Pattern entry = Pattern.compile("\"(name|subdir)\":\"([^\"]*)\"");

        @Override
        public List<String> read(byte[] body) {
            List<String> items = new ArrayList<>();
            Matcher m = entry.matcher(new String(body, StandardCharsets.UTF_8));
            while (m.find()) {
                items.add(m.group(2));
            }
            return items;
        }

        @Override
        public String marker(String last) {
            return last;
        }
    };

    private final ServiceClient client = stub.client("object_store", "/v1/AUTH_a");

    @BeforeEach
    void reset() {
        stub.reset();
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    private Listing.Builder<String> entries() {
        return Listing.builder(client, "list_objects", PagingScheme.limitMarker().withMaxLimit(10_000), ENTRIES)
                .path("/{container}", "c").query("format", "json").noContentAsEmpty();
    }

    @Test
    void theMarkerIsTheReadersAndAShortPageIsNotTheEnd() {
        stub.page(PATH + "?format=json&limit=3", "[{\"name\":\"a\"},{\"subdir\":\"b/\"}]");
        stub.page(PATH + "?format=json&limit=3&marker=b%2F", "[{\"name\":\"c\"}]");
        stub.page(PATH + "?format=json&limit=3&marker=c", "[]");

        assertThat(entries().limit(3).build()).containsExactly("a", "b/", "c");
        assertThat(stub.urls()).containsExactly(PATH + "?format=json&limit=3", PATH + "?format=json&limit=3&marker=b%2F",
                PATH + "?format=json&limit=3&marker=c");
    }

    @Test
    void a204EndsTheListingAndARepeatedMarkerIsAnError() {
        stub.page(PATH + "?format=json&limit=2", "[{\"name\":\"a\"},{\"name\":\"b\"}]");
        stub.status(PATH + "?format=json&limit=2&marker=b", 204);
        assertThat(entries().limit(2).build().flux().collectList().block()).containsExactly("a", "b");

        stub.reset();
        stub.page(PATH + "?format=json&limit=2", "[{\"name\":\"a\"},{\"name\":\"b\"}]");
        stub.page(PATH + "?format=json&limit=2&marker=b", "[{\"name\":\"a\"},{\"name\":\"b\"}]");
        assertThatThrownBy(() -> entries().limit(2).build().stream().toList()).isInstanceOf(CloudException.class)
                .hasMessageContaining("marker 'b' again");
        assertThat(stub.urls()).hasSize(2);
    }

    private void pageWithCount(String url, String json, String count) {
        stub.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(url)).willReturn(
                        com.github.tomakehurst.wiremock.client.WireMock.okJson(json)
                                .withHeader("X-Container-Object-Count", count)));
    }

    @Test
    void theCollectionsCountEndsAListingFromTheBeginningWithoutTheEmptyPage() {
        pageWithCount(PATH + "?format=json&limit=2", "[{\"name\":\"a\"},{\"name\":\"b\"}]", "3");
        pageWithCount(PATH + "?format=json&limit=2&marker=b", "[{\"name\":\"c\"}]", "3");

        assertThat(entries().limit(2).endAtCountHeader("X-Container-Object-Count").build()).containsExactly("a", "b",
                "c");
        assertThat(stub.urls()).containsExactly(PATH + "?format=json&limit=2", PATH + "?format=json&limit=2&marker=b");
    }

    @Test
    void aCountThatIsMissingUnreadableOrNotOfTheWholeListingEndsNothing() {
        // a cluster capping pages below the limit: the short page is not the end, the count is not reached
        pageWithCount(PATH + "?format=json&limit=5", "[{\"name\":\"a\"},{\"name\":\"b\"}]", "3");
        pageWithCount(PATH + "?format=json&limit=5&marker=b", "[{\"name\":\"c\"}]", "three");
        stub.page(PATH + "?format=json&limit=5&marker=c", "[]");
        assertThat(entries().limit(5).endAtCountHeader("X-Container-Object-Count").build()).containsExactly("a", "b",
                "c");
        assertThat(stub.urls()).hasSize(3);

        // started at a marker, the items before it are unknown: the count is ignored
        stub.reset();
        pageWithCount(PATH + "?format=json&limit=5&marker=a", "[{\"name\":\"b\"}]", "1");
        stub.page(PATH + "?format=json&limit=5&marker=b", "[]");
        assertThat(entries().limit(5).marker("a").endAtCountHeader("X-Container-Object-Count").build())
                .containsExactly("b");
        assertThat(stub.urls()).hasSize(2);
    }

    @Test
    void aLastItemWithoutAMarkerIsAnError() {
        stub.page(PATH + "?format=json", "[{\"name\":\"\"}]");

        assertThatThrownBy(() -> entries().build().firstPage()).isInstanceOf(CloudException.class)
                .hasMessageContaining("no marker");
    }

    @Test
    void onlyTopLevelArraysPagedByLimitAndMarker() {
        assertThatThrownBy(() -> Listing.builder(client, "list_objects", PagingScheme.nextLink(), ENTRIES).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit + marker");
        assertThatThrownBy(() -> entries().items("objects").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'objects'");
        assertThatThrownBy(() -> entries().limit(10_001).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit must be 1 to 10000");
        assertThat(stub.urls()).isEmpty();
    }
}
