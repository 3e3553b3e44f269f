package org.cloudsdk.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.cloudsdk.errors.CloudException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The streamed parse of one listing page into entries (the marker of the next page included), and the dates Swift writes in it. */
class ListingPageTest {

    private static final SwiftStub swift = new SwiftStub();

    @AfterAll
    static void stop() {
        swift.close();
    }

    private static List<ListingEntry> parse(String json) {
        return new ListingEntries(swift.storage(), "c").read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void objectsAndPseudoFoldersAreKeptApartAndUnknownFieldsOfAnyShapeAreSkipped() {
        List<ListingEntry> page = parse("""
                [{"subdir": "photos/"},
                 {"hash": "\\"49f68a5c8493ec2c0bf489821c21fc3b\\"", "last_modified": "2026-11-21T13:26:45.704470",
                  "bytes": 9, "name": "é ü?#%+.txt", "content_type": null,
                  "symlink_path": {"nested": [1, {"deep": true}]}, "extra": [1, 2]},
                 {"name": "zero-micros", "bytes": 0, "hash": "d41d8cd98f00b204e9800998ecf8427e",
                  "last_modified": "2026-01-02T03:04:05", "content_type": "text/plain"}]
                """);

        assertThat(page).hasSize(3);
        assertThat(ListingEntry.subdirs(page)).containsExactly("photos/");
        assertThat(page).extracting(ListingEntry::marker).containsExactly("photos/", "é ü?#%+.txt", "zero-micros");
        assertThat(new ListingEntries(swift.storage(), "c").marker(page.get(2))).isEqualTo("zero-micros");
        List<StorageObject> objects = ListingEntry.objects(page);
        assertThat(objects).hasSize(2);
        StorageObject first = objects.get(0);
        assertThat(first.name()).isEqualTo("é ü?#%+.txt");
        assertThat(first.etag()).isEqualTo("49f68a5c8493ec2c0bf489821c21fc3b");
        assertThat(first.bytes()).isEqualTo(9);
        assertThat(first.contentType()).isNull();
        assertThat(first.lastModified()).isEqualTo(Instant.parse("2026-11-21T13:26:45.704470Z"));
        assertThat(objects.get(1).lastModified()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void aPageThatIsNotAnArrayOfObjectsIsAClearError() {
        assertThatThrownBy(() -> parse("{\"name\": \"x\"}")).isInstanceOf(CloudException.class)
                .hasMessageContaining("JSON array of objects");
        assertThatThrownBy(() -> parse("[\"x\"]")).isInstanceOf(CloudException.class)
                .hasMessageContaining("JSON array of objects");
        assertThatThrownBy(() -> parse("[{\"name\": ")).isInstanceOf(CloudException.class)
                .hasMessageContaining("container 'c'").hasMessageContaining("not valid JSON");
    }

    @Test
    void datesOfOtherShapesStillParseAndImpossibleOnesAreNull() {
        assertThat(SwiftValues.date("2026-11-21T13:26:45.7")).isEqualTo(Instant.parse("2026-11-21T13:26:45.700Z"));
        assertThat(SwiftValues.date("2026-02-30T13:26:45.000001")).isNull();
        assertThat(SwiftValues.date("2026-13-01T00:00:00")).isNull();
        assertThat(SwiftValues.date("Wed, 10 Oct 2012 16:06:25 GMT")).isEqualTo(Instant.parse("2012-10-10T16:06:25Z"));
        assertThat(SwiftValues.date("Sat, 21 Nov 2026 09:05:01 GMT")).isEqualTo(Instant.parse("2026-11-21T09:05:01Z"));
        assertThat(SwiftValues.date("Sun, 31 Dec 2023 23:59:59 GMT")).isEqualTo(Instant.parse("2023-12-31T23:59:59Z"));
        // other shapes go to the general parser: a one-digit day, an offset; nonsense is null
        assertThat(SwiftValues.date("Wed, 3 Oct 2012 16:06:25 GMT")).isEqualTo(Instant.parse("2012-10-03T16:06:25Z"));
        assertThat(SwiftValues.date("Wed, 10 Oct 2012 18:06:25 +0200")).isEqualTo(Instant.parse("2012-10-10T16:06:25Z"));
        assertThat(SwiftValues.date("Wed, 10 Xyz 2012 16:06:25 GMT")).isNull();
        assertThat(SwiftValues.date("Fri, 30 Feb 2024 16:06:25 GMT")).isNull();
        assertThat(SwiftValues.date("not a date")).isNull();
    }
}
