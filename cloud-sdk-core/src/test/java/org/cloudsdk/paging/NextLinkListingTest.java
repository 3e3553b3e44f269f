package org.cloudsdk.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Collectors;

import org.cloudsdk.errors.CloudException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Next links: Nova's {@code servers_links}, Neutron's {@code networks_links}, Glance's top-level
 * {@code next}. The link's query is sent to the listing's own endpoint.
 */
class NextLinkListingTest {

    private static final PagingStub stub = new PagingStub();
    private static final String SERVERS = "/v2.1/servers/detail";

    @BeforeEach
    void reset() {
        stub.reset();
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    private static String servers(String next, String... ids) {
        String items = Arrays.stream(ids).map(id -> "{\"id\":\"" + id + "\"}").collect(Collectors.joining(","));
        String links = next == null ? "" : ",\"servers_links\":[{\"href\":\"" + next + "\",\"rel\":\"next\"}]";
        return "{\"servers\":[" + items + "]" + links + "}";
    }

    private static Listing.Builder<String> servers() {
        return Listing.builder(stub.client("compute", "/v2.1"), "list_servers", PagingScheme.nextLink(),
                item -> item.path("id").asString()).path("/servers/detail").items("servers");
    }

    @Test
    void theNextLinkIsFollowedOnTheListingsOwnEndpointUntilThereIsNone() {
        // Nova writes its links with the host it knows itself by, which the client may not reach
        stub.page(SERVERS + "?name=web&limit=2", servers("http://nova-internal:8774/v2.1/servers/detail?limit=2"
                + "&name=web&marker=b", "a", "b"));
        stub.page(SERVERS + "?limit=2&name=web&marker=b", servers(null, "c"));

        assertThat(servers().query("name", "web").limit(2).build()).containsExactly("a", "b", "c");
        assertThat(stub.urls()).containsExactly(SERVERS + "?name=web&limit=2", SERVERS + "?limit=2&name=web&marker=b");
    }

    @Test
    void aShortPageWithANextLinkIsNotTheEnd() {
        stub.page(SERVERS + "?limit=3", servers(stub.absolute(SERVERS + "?limit=3&marker=a"), "a"));
        stub.page(SERVERS + "?limit=3&marker=a", servers(stub.absolute(SERVERS + "?limit=3&marker=b"), "b"));
        stub.page(SERVERS + "?limit=3&marker=b", servers(null));

        assertThat(servers().limit(3).build()).containsExactly("a", "b");
        assertThat(stub.urls()).hasSize(3);
    }

    @Test
    void aFullPageWithoutANextLinkIsTheEnd() {
        stub.page(SERVERS + "?limit=2", servers(null, "a", "b"));

        assertThat(servers().limit(2).build()).containsExactly("a", "b");
        assertThat(stub.urls()).hasSize(1);
    }

    @Test
    void anEmptyPageIsTheEndEvenWithANextLink() {
        stub.page(SERVERS + "?limit=2", servers(stub.absolute(SERVERS + "?limit=2&marker=b"), "a", "b"));
        stub.page(SERVERS + "?limit=2&marker=b", servers(stub.absolute(SERVERS + "?limit=2&marker=c")));

        assertThat(servers().limit(2).build()).containsExactly("a", "b");
        assertThat(stub.urls()).hasSize(2);
    }

    @Test
    void aRepeatedNextLinkIsAnErrorNamingTheServiceAndTheLink() {
        String link = stub.absolute(SERVERS + "?limit=2&marker=b");
        stub.page(SERVERS + "?limit=2", servers(link, "a", "b"));
        stub.page(SERVERS + "?limit=2&marker=b", servers(link, "c", "d"));

        Iterator<String> items = servers().limit(2).build().iterator();
        for (String expected : new String[] {"a", "b", "c", "d"}) {
            assertThat(items.next()).isEqualTo(expected);
        }
        assertThatThrownBy(items::hasNext).isExactlyInstanceOf(CloudException.class)
                .hasMessageContaining("compute.list_servers").hasMessageContaining("next link '" + link + "'");
        assertThat(stub.urls()).hasSize(2);
    }

    @Test
    void aLinkCycleLongerThanOnePageIsCaughtToo() {
        String second = stub.absolute(SERVERS + "?limit=1&marker=a");
        stub.page(SERVERS + "?limit=1", servers(second, "a"));
        stub.page(SERVERS + "?limit=1&marker=a", servers(stub.absolute(SERVERS + "?limit=1&marker=b"), "b"));
        stub.page(SERVERS + "?limit=1&marker=b", servers(second, "c"));

        // limited, so that a listing that did loop fails the test instead of hanging it
        assertThatThrownBy(() -> servers().limit(1).build().stream().limit(100).toList())
                .isInstanceOf(CloudException.class).hasMessageContaining("again");
        assertThat(stub.urls()).hasSize(3);
    }

    @Test
    void anExplicitNextPageThatIsThisPageIsAnError() {
        String self = stub.absolute(SERVERS + "?limit=2&marker=b");
        stub.page(SERVERS + "?limit=2", servers(self, "a", "b"));
        stub.page(SERVERS + "?limit=2&marker=b", servers(self, "c", "d"));

        Page<String> second = servers().limit(2).build().firstPage().nextPage();
        assertThat(second.items()).containsExactly("c", "d");
        assertThatThrownBy(second::nextPage).isInstanceOf(CloudException.class).hasMessageContaining(self);
        assertThat(stub.urls()).hasSize(2);
    }

    @Test
    void aLinkToAnotherCollectionIsNotFollowed() {
        stub.page(SERVERS + "?limit=2", servers("/v2.1/flavors?marker=x", "a", "b"));

        assertThatThrownBy(() -> servers().limit(2).build().stream().toList()).isInstanceOf(CloudException.class)
                .hasMessageContaining("does not point to the listed collection '/servers/detail'");
        assertThat(stub.urls()).hasSize(1);
    }

    @Test
    void neutronsCollectionLinksWithAPreviousLinkBeside() {
        stub.page("/v2.0/networks?limit=1", "{\"networks\":[{\"id\":\"n1\"}],\"networks_links\":[{\"rel\":\"next\","
                + "\"href\":\"http://neutron:9696/v2.0/networks?limit=1&marker=n1\"},{\"rel\":\"previous\",\"href\":"
                + "\"http://neutron:9696/v2.0/networks?limit=1&marker=n1&page_reverse=True\"}]}");
        stub.page("/v2.0/networks?limit=1&marker=n1", "{\"networks\":[],\"networks_links\":[]}");
        Listing<String> networks = Listing.builder(stub.client("network", ""), "list_networks",
                PagingScheme.nextLink(), item -> item.path("id").asString()).path("/v2.0/networks").items("networks")
                .limit(1).build();

        assertThat(networks).containsExactly("n1");
        assertThat(stub.urls()).hasSize(2);
    }

    @Test
    void glancesNextIsAPathFromTheApiRootFollowedUnderTheEndpoint() {
        // devstack serves Glance under http://host/image, and Glance writes /v2/images?... as next
        stub.page("/image/v2/images?visibility=public&limit=2", "{\"images\":[{\"id\":\"i1\"},{\"id\":\"i2\"}],"
                + "\"first\":\"/v2/images?visibility=public&limit=2\",\"next\":\"/v2/images?visibility=public&limit=2"
                + "&marker=i2\",\"schema\":\"/v2/schemas/images\"}");
        stub.page("/image/v2/images?visibility=public&limit=2&marker=i2", "{\"images\":[{\"id\":\"i3\"}],"
                + "\"first\":\"/v2/images?visibility=public&limit=2\",\"schema\":\"/v2/schemas/images\"}");
        Listing<String> images = Listing.builder(stub.client("image", "/image"), "list_images",
                PagingScheme.nextLink(), item -> item.path("id").asString()).path("/v2/images").items("images")
                .query("visibility", "public").limit(2).build();

        assertThat(images).containsExactly("i1", "i2", "i3");
        assertThat(stub.urls()).containsExactly("/image/v2/images?visibility=public&limit=2",
                "/image/v2/images?visibility=public&limit=2&marker=i2");
    }

    @Test
    void designatesLinksObjectWithANullNextAtTheEnd() {
        stub.page("/v2/zones?limit=1", "{\"zones\":[{\"id\":\"z1\"}],\"links\":{\"self\":\"http://dns:9001/v2/zones"
                + "?limit=1\",\"next\":\"http://dns:9001/v2/zones?limit=1&marker=z1\"},\"metadata\":{\"total_count\":2}}");
        stub.page("/v2/zones?limit=1&marker=z1", "{\"zones\":[{\"id\":\"z2\"}],\"links\":{\"self\":\"http://dns:9001"
                + "/v2/zones?limit=1&marker=z1\",\"next\":null},\"metadata\":{\"total_count\":2}}");
        Listing<String> zones = Listing.builder(stub.client("dns", "/v2"), "list_zones", PagingScheme.nextLink(),
                item -> item.path("id").asString()).path("/zones").items("zones").limit(1).build();

        assertThat(zones).containsExactly("z1", "z2");
        assertThat(stub.urls()).hasSize(2);
    }

    @Test
    void encodedValuesOfALinkAreSentEncodedOnce() {
        stub.page(SERVERS + "?name=a%20b&limit=1", servers(stub.absolute(SERVERS
                + "?limit=1&name=a%20b&marker=x%2By"), "x+y"));
        stub.page(SERVERS + "?limit=1&name=a%20b&marker=x%2By", servers(null));

        assertThat(servers().query("name", "a b").limit(1).build()).containsExactly("x+y");
        assertThat(stub.urls()).hasSize(2);
    }
}
