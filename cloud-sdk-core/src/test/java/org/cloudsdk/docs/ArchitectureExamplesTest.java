package org.cloudsdk.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.PagingStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the paging examples of {@code docs/architecture.md} against WireMock. */
class ArchitectureExamplesTest {

    private final PagingStub stub = new PagingStub();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private final ArchitectureExamples examples = new ArchitectureExamples();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void aServiceListingFollowsNextLinksAndStopsWhereTheCallerStops() {
        String path = "/v3/p1/volumes/detail";
        stub.page(path + "?status=available&limit=2", "{\"volumes\":[{\"id\":\"v1\",\"name\":\"one\"},{\"id\":\"v2\","
                + "\"name\":\"two\"}],\"volumes_links\":[{\"rel\":\"next\",\"href\":\"http://cinder:8776" + path
                + "?limit=2&status=available&marker=v2\"}]}");
        stub.page(path + "?limit=2&status=available&marker=v2", "{\"volumes\":[{\"id\":\"v3\",\"name\":\"three\"}],"
                + "\"volumes_links\":[{\"rel\":\"next\",\"href\":\"http://cinder:8776" + path
                + "?limit=2&status=available&marker=v3\"}]}");
        stub.page(path + "?limit=2&status=available&marker=v3", "{\"volumes\":[]}");

        Listing<ArchitectureExamples.Volume> volumes = examples.listVolumes(stub.client("volumev3", "/v3/p1"),
                "available", 2, null);
        assertThat(stub.urls()).as("declaring a listing sends nothing").isEmpty();

        assertThat(examples.useAListing(volumes, out)).containsExactly("v1", "v2", "v3");
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("one\ntwo\nthree\n".replace("\n",
                System.lineSeparator()));
        // the loop reads all three pages; the stream stops after its third item, before the empty page
        assertThat(stub.urls()).containsExactly(path + "?status=available&limit=2",
                path + "?limit=2&status=available&marker=v2", path + "?limit=2&status=available&marker=v3",
                path + "?status=available&limit=2", path + "?limit=2&status=available&marker=v2");
    }

    @Test
    void explicitPagesGoBothWaysAndEndWithNoMoreResults() {
        String path = "/v1.0/123456/domains";
        stub.page(path + "?limit=10&offset=20", "{\"domains\":[{\"name\":\"c.com\"}],\"totalEntries\":31}");
        stub.page(path + "?limit=10&offset=10", "{\"domains\":[{\"name\":\"b.com\"}],\"totalEntries\":31}");
        stub.page(path + "?limit=10&offset=30", "{\"domains\":[{\"name\":\"d.com\"}],\"totalEntries\":31}");

        examples.explicitPages(stub.client("rax:dns", "/v1.0/123456"), out);

        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith(
                "there is no next page in the rax:dns.list_domains listing");
        assertThat(stub.urls()).containsExactly(path + "?limit=10&offset=20", path + "?limit=10&offset=10",
                path + "?limit=10&offset=20", path + "?limit=10&offset=30");
    }
}
