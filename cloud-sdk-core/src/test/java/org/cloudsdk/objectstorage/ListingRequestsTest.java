package org.cloudsdk.objectstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.NoSuchContainerException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import reactor.test.StepVerifier;

/**
 * Object listings on the paging toolkit: query parameters, Swift's JSON with {@code subdir}
 * entries, and the toolkit's rules: a short page goes on, an empty page or a 204 ends, a marker
 * that does not advance is an error.
 */
class ListingRequestsTest {

    private static final SwiftStub swift = new SwiftStub();
    private static final String PATH = SwiftStub.ACCOUNT + "/my%20objects";
    private static final String PAGE_1 = "[{\"hash\":\"49f68a5c8493ec2c0bf489821c21fc3b\",\"last_modified\":"
            + "\"2026-11-21T13:26:45.704470\",\"bytes\":2,\"name\":\"series_0\",\"content_type\":\"text/plain\"},"
            + "{\"subdir\":\"stuff/\"}]";
    private static final String PAGE_2 = "[{\"hash\":\"x\",\"bytes\":9,\"name\":\"t é?\",\"content_type\":null}]";

    @BeforeEach
    void reset() {
        swift.server.resetAll();
        swift.server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withBody(PAGE_1)));
        swift.server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("marker", equalTo("stuff/"))
                .willReturn(aResponse().withBody(PAGE_2)));
        swift.server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("marker", equalTo("t é?"))
                .willReturn(aResponse().withBody("[]")));
    }

    @AfterAll
    static void stop() {
        swift.close();
    }

    @Test
    void onePageWithEveryParameterAndSubdirsLeftOut() {
        List<StorageObject> objects = swift.storage().getObjects("my objects", ListOptions.builder().limit(4)
                .marker("a b").prefix("p+q").delimiter('/').endMarker("z/1").build());

        assertThat(swift.only().getUrl()).isEqualTo(PATH
                + "?format=json&prefix=p%2Bq&delimiter=%2F&end_marker=z%2F1&limit=4&marker=a%20b");
        assertThat(objects).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("series_0");
            assertThat(o.container()).isEqualTo("my objects");
            assertThat(o.etag()).isEqualTo("49f68a5c8493ec2c0bf489821c21fc3b");
            assertThat(o.bytes()).isEqualTo(2);
            assertThat(o.contentType()).isEqualTo("text/plain");
            assertThat(o.lastModified()).isEqualTo(Instant.parse("2026-11-21T13:26:45.704470Z"));
        });
    }

    @Test
    void defaultIsOnePageOfTenThousand() {
        swift.storage().getObjects("my objects");
        assertThat(swift.only().getUrl()).isEqualTo(PATH + "?format=json&limit=10000");
    }

    @Test
    void fullListingAndTheLazyIteratorFollowMarkersIncludingSubdirsUntilAnEmptyPage() {
        ObjectStorage paged = swift.storage(ObjectStorageSettings.builder().listingPageSize(2).build());

        assertThat(paged.getObjects("my objects", ListOptions.builder().fullListing(true).build()))
                .extracting(StorageObject::name).containsExactly("series_0", "t é?");
        assertThat(swift.requests()).extracting(LoggedRequest::getUrl).containsExactly(
                PATH + "?format=json&limit=2", PATH + "?format=json&limit=2&marker=stuff%2F",
                PATH + "?format=json&limit=2&marker=t%20%C3%A9%3F");
        swift.server.resetRequests();

        ObjectListing lazy = paged.iterateObjects("my objects");
        assertThat(swift.requests()).as("nothing fetched before iterating").isEmpty();
        assertThat(lazy.next().name()).isEqualTo("series_0");
        assertThat(swift.requests()).hasSize(1);
        assertThat(lazy.next().name()).isEqualTo("t é?");
        assertThat(swift.requests()).hasSize(2);
        assertThat(lazy.hasNext()).isFalse();
        assertThat(swift.requests()).as("the short page was not the end: the empty one was").hasSize(3);

        swift.server.resetRequests();
        assertThat(paged.listSubdirs("my objects")).containsExactly("stuff/");
        assertThat(swift.requests().get(0).getUrl()).isEqualTo(PATH + "?format=json&delimiter=%2F&limit=2");
        assertThat(paged.streamObjects("my objects", "s").map(StorageObject::name)).hasSize(2);
    }

    @Test
    void emptyContainerAnswers204() {
        swift.server.stubFor(get(urlPathEqualTo(SwiftStub.ACCOUNT + "/empty")).willReturn(aResponse().withStatus(204)));
        assertThat(swift.storage().getObjects("empty")).isEmpty();
        assertThat(swift.storage().iterateObjects("empty").hasNext()).isFalse();
    }

    @Test
    void aPageCappedBelowTheLimitIsNotTheEndOfAFullListing() {
        // the cluster's container_listing_limit is 2 whatever the client asks for
        stubPage("capped", null, "[{\"name\":\"a\"},{\"name\":\"b\"}]");
        stubPage("capped", "b", "[{\"name\":\"c\"},{\"name\":\"d\"}]");
        stubPage("capped", "d", "[]");

        assertThat(swift.storage().listObjectNames("capped")).containsExactly("a", "b", "c", "d");
        assertThat(swift.storage().getObjects("capped", ListOptions.builder().limit(5).fullListing(true).build()))
                .extracting(StorageObject::name).containsExactly("a", "b", "c", "d");
        assertThat(swift.requests()).extracting(LoggedRequest::getUrl).containsExactly(
                SwiftStub.ACCOUNT + "/capped?format=json&limit=10000",
                SwiftStub.ACCOUNT + "/capped?format=json&limit=10000&marker=b",
                SwiftStub.ACCOUNT + "/capped?format=json&limit=10000&marker=d",
                SwiftStub.ACCOUNT + "/capped?format=json&limit=5",
                SwiftStub.ACCOUNT + "/capped?format=json&limit=5&marker=b",
                SwiftStub.ACCOUNT + "/capped?format=json&limit=5&marker=d");
    }

    @Test
    void theContainersObjectCountEndsAWholeListingWithoutAskingForTheEmptyPage() {
        swift.server.stubFor(get(urlPathEqualTo(SwiftStub.ACCOUNT + "/counted")).withQueryParam("marker", absent())
                .willReturn(aResponse().withHeader("X-Container-Object-Count", "3")
                        .withBody("[{\"name\":\"a\"},{\"name\":\"b/c\"},{\"name\":\"d\"}]")));
        stubPage("counted", "d", "[]");

        assertThat(swift.storage().listObjectNames("counted")).containsExactly("a", "b/c", "d");
        assertThat(count(swift.storage().iterateObjects("counted"))).isEqualTo(3);
        assertThat(swift.requests()).extracting(LoggedRequest::getUrl).containsExactly(
                SwiftStub.ACCOUNT + "/counted?format=json&limit=10000",
                SwiftStub.ACCOUNT + "/counted?format=json&limit=10000");
        swift.server.resetRequests();

        // the count is of the whole container: a prefix listing still ends on its empty page
        swift.server.stubFor(get(urlPathEqualTo(SwiftStub.ACCOUNT + "/counted")).withQueryParam("prefix", equalTo("b"))
                .withQueryParam("marker", absent()).willReturn(aResponse().withHeader("X-Container-Object-Count", "1")
                        .withBody("[{\"name\":\"b/c\"}]")));
        swift.server.stubFor(get(urlPathEqualTo(SwiftStub.ACCOUNT + "/counted")).withQueryParam("prefix", equalTo("b"))
                .withQueryParam("marker", equalTo("b/c")).willReturn(aResponse().withBody("[]")));
        assertThat(count(swift.storage().iterateObjects("counted", "b"))).isEqualTo(1);
        assertThat(swift.requests()).hasSize(2);
    }

    private static long count(ObjectListing listing) {
        long count = 0;
        while (listing.hasNext()) {
            listing.next();
            count++;
        }
        return count;
    }

    @Test
    void anEmptyPageOrA204EndsEveryListing() {
        stubPage("c1", null, "[{\"name\":\"x\"},{\"subdir\":\"y/\"}]");
        stubPage("c1", "y/", "[]");
        swift.server.stubFor(get(urlPathEqualTo(SwiftStub.ACCOUNT + "/c1")).withQueryParam("marker", equalTo("x"))
                .willReturn(aResponse().withStatus(204)));
        ObjectStorage storage = swift.storage();

        assertThat(storage.iterateObjects("c1").stream().map(StorageObject::name)).containsExactly("x");
        assertThat(storage.listSubdirs("c1")).containsExactly("y/");
        assertThat(swift.requests()).extracting(LoggedRequest::getUrl).filteredOn(url -> url.contains("marker="))
                .as("after [x, y/] the listing asks once more, and the empty page ends it")
                .containsExactly(SwiftStub.ACCOUNT + "/c1?format=json&limit=10000&marker=y%2F",
                        SwiftStub.ACCOUNT + "/c1?format=json&delimiter=%2F&limit=10000&marker=y%2F");

        swift.server.resetRequests();
        assertThat(storage.iterateObjects("c1", null).hasNext()).isTrue();
        assertThat(storage.getObjects("c1", ListOptions.builder().marker("x").fullListing(true).build())).isEmpty();
        assertThat(swift.requests()).as("a 204 ends the listing at once").hasSize(2);
    }

    @Test
    void aMarkerThatDoesNotAdvanceIsAnErrorNotAnEndlessLoop() {
        // a broken proxy answers every page with the first one
        swift.server.stubFor(get(urlPathEqualTo(SwiftStub.ACCOUNT + "/loop"))
                .willReturn(aResponse().withBody("[{\"name\":\"a\"},{\"name\":\"b\"}]")));
        ObjectStorage storage = swift.storage();

        assertThatThrownBy(() -> storage.listObjectNames("loop")).isInstanceOf(CloudException.class)
                .hasMessageContaining("list_objects").hasMessageContaining("marker 'b'")
                .hasMessageContaining("instead of looping");
        assertThat(swift.requests()).hasSize(2);
        assertThatThrownBy(() -> storage.iterateObjects("loop").stream().count()).isInstanceOf(CloudException.class)
                .hasMessageContaining("marker 'b'");
        StepVerifier.create(ObjectStorage.of(storage.client()).reactive().listObjects("loop"))
                .expectNextCount(4).expectErrorMessage(
                        "object_store.list_objects: the server sent marker 'b' again after it had already been"
                                + " followed; the listing stopped instead of looping")
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void aMissingContainerIsNoSuchContainerForEveryListing() {
        swift.server.stubFor(get(urlPathEqualTo(SwiftStub.ACCOUNT + "/gone")).willReturn(aResponse().withStatus(404)));
        ObjectStorage storage = swift.storage();

        assertThatThrownBy(() -> storage.getObjects("gone")).isInstanceOf(NoSuchContainerException.class);
        assertThatThrownBy(() -> storage.listObjectNames("gone")).isInstanceOf(NoSuchContainerException.class);
        assertThatThrownBy(() -> storage.iterateObjects("gone").hasNext()).isInstanceOf(NoSuchContainerException.class);
        assertThatThrownBy(() -> storage.listSubdirs("gone")).isInstanceOf(NoSuchContainerException.class);
        assertThatThrownBy(() -> storage.deleteAllObjects("gone")).isInstanceOf(NoSuchContainerException.class);
    }

    @Test
    void aLimitOutOfRangeIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> swift.storage().listContainers(10_001, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit must be 1 to 10000");
        assertThat(swift.requests()).isEmpty();
    }

    private static void stubPage(String container, String marker, String body) {
        swift.server.stubFor(get(urlPathEqualTo(SwiftStub.ACCOUNT + "/" + container))
                .withQueryParam("marker", marker == null ? absent() : equalTo(marker))
                .willReturn(aResponse().withBody(body)));
    }
}
