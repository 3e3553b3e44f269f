package org.cloudsdk.objectstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** Object listings: query parameters, paging, Swift's JSON with {@code subdir} entries. */
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
    }

    @AfterAll
    static void stop() {
        swift.close();
    }

    @Test
    void onePageWithEveryParameterAndSubdirsLeftOut() {
        List<StorageObject> objects = swift.storage().getObjects("my objects", ListOptions.defaults().limit(4)
                .marker("a b").prefix("p+q").delimiter('/'));

        assertThat(swift.only().getUrl()).isEqualTo(PATH + "?format=json&limit=4&marker=a%20b&prefix=p%2Bq&delimiter=%2F");
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
    void fullListingAndTheLazyIteratorFollowMarkersIncludingSubdirs() {
        ObjectStorage paged = swift.storage(ObjectStorageSettings.defaults().withListingPageSize(2));

        assertThat(paged.getObjects("my objects", ListOptions.defaults().fullListing(true)))
                .extracting(StorageObject::name).containsExactly("series_0", "t é?");
        assertThat(swift.requests()).extracting(LoggedRequest::getUrl).containsExactly(
                PATH + "?format=json&limit=2", PATH + "?format=json&limit=2&marker=stuff%2F");
        swift.server.resetRequests();

        ObjectListing lazy = paged.iterateObjects("my objects");
        assertThat(swift.requests()).as("nothing fetched before iterating").isEmpty();
        assertThat(lazy.next().name()).isEqualTo("series_0");
        assertThat(swift.requests()).hasSize(1);
        assertThat(lazy.next().name()).isEqualTo("t é?");
        assertThat(lazy.hasNext()).isFalse();
        assertThat(swift.requests()).hasSize(2);

        swift.server.resetRequests();
        assertThat(paged.listSubdirs("my objects")).containsExactly("stuff/");
        assertThat(swift.requests().get(0).getUrl()).isEqualTo(PATH + "?format=json&limit=2&delimiter=%2F");
        assertThat(paged.streamObjects("my objects", "s").map(StorageObject::name)).hasSize(2);
    }

    @Test
    void emptyContainerAnswers204() {
        swift.server.stubFor(get(urlPathEqualTo(SwiftStub.ACCOUNT + "/empty")).willReturn(aResponse().withStatus(204)));
        assertThat(swift.storage().getObjects("empty")).isEmpty();
        assertThat(swift.storage().iterateObjects("empty").hasNext()).isFalse();
    }
}
