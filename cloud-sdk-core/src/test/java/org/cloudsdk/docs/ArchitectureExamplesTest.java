package org.cloudsdk.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cloudsdk.http.AuthSession;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;
import org.cloudsdk.paging.Listing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import reactor.core.publisher.Mono;

/** Runs the paging examples of {@code docs/architecture.md} against WireMock. */
class ArchitectureExamplesTest {

    private static final AuthSession TOKEN = new AuthSession() {
        @Override
        public Mono<String> token() {
            return Mono.just("tk");
        }

        @Override
        public Mono<String> reauthenticate(String rejectedToken) {
            return Mono.just("tk");
        }

        @Override
        public boolean canReauthenticate() {
            return false;
        }
    };

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final Transport transport = Transport.builder().build();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private final ArchitectureExamples examples = new ArchitectureExamples();

    ArchitectureExamplesTest() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
        transport.close();
    }

    private ServiceClient client(String service, String endpointPath) {
        return new ServiceClient(transport, TOKEN, service, "RegionOne", "public",
                () -> Mono.just(server.baseUrl() + endpointPath));
    }

    private void page(String url, String json) {
        server.stubFor(get(urlEqualTo(url)).willReturn(okJson(json)));
    }

    private List<String> urls() {
        List<String> all = new ArrayList<>(server.getAllServeEvents().stream().map(e -> e.getRequest().getUrl())
                .toList());
        Collections.reverse(all);
        return all;
    }

    @Test
    void aServiceListingFollowsNextLinksAndStopsWhereTheCallerStops() {
        String path = "/v3/p1/volumes/detail";
        page(path + "?status=available&limit=2", "{\"volumes\":[{\"id\":\"v1\",\"name\":\"one\"},{\"id\":\"v2\","
                + "\"name\":\"two\"}],\"volumes_links\":[{\"rel\":\"next\",\"href\":\"http://cinder:8776" + path
                + "?limit=2&status=available&marker=v2\"}]}");
        page(path + "?limit=2&status=available&marker=v2", "{\"volumes\":[{\"id\":\"v3\",\"name\":\"three\"}],"
                + "\"volumes_links\":[{\"rel\":\"next\",\"href\":\"http://cinder:8776" + path
                + "?limit=2&status=available&marker=v3\"}]}");
        page(path + "?limit=2&status=available&marker=v3", "{\"volumes\":[]}");

        Listing<ArchitectureExamples.Volume> volumes = examples.listVolumes(client("volumev3", "/v3/p1"),
                "available", 2, null);
        assertThat(urls()).as("declaring a listing sends nothing").isEmpty();

        assertThat(examples.useAListing(volumes, out)).containsExactly("v1", "v2", "v3");
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("one\ntwo\nthree\n".replace("\n",
                System.lineSeparator()));
        // the loop reads all three pages; the stream stops after its third item, before the empty page
        assertThat(urls()).containsExactly(path + "?status=available&limit=2",
                path + "?limit=2&status=available&marker=v2", path + "?limit=2&status=available&marker=v3",
                path + "?status=available&limit=2", path + "?limit=2&status=available&marker=v2");
    }

    @Test
    void explicitPagesGoBothWaysAndEndWithNoMoreResults() {
        String path = "/v1.0/123456/domains";
        page(path + "?limit=10&offset=20", "{\"domains\":[{\"name\":\"c.com\"}],\"totalEntries\":31}");
        page(path + "?limit=10&offset=10", "{\"domains\":[{\"name\":\"b.com\"}],\"totalEntries\":31}");
        page(path + "?limit=10&offset=30", "{\"domains\":[{\"name\":\"d.com\"}],\"totalEntries\":31}");

        examples.explicitPages(client("rax:dns", "/v1.0/123456"), out);

        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith(
                "there is no next page in the rax:dns.list_domains listing");
        assertThat(urls()).containsExactly(path + "?limit=10&offset=20", path + "?limit=10&offset=10",
                path + "?limit=10&offset=20", path + "?limit=10&offset=30");
    }
}
