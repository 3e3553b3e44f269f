package org.cloudsdk.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.cloudsdk.errors.CloudException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

/** Markers the server hands out: Cloud Monitoring's {@code metadata.next_marker}, Queues' next links. */
class MarkerSchemesListingTest {

    private static final PagingStub stub = new PagingStub();
    private static final String ENTITIES = "/v1.0/123/entities";
    private static final String MESSAGES = "/v2/queues/demo/messages";

    @BeforeEach
    void reset() {
        stub.reset();
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    private static String entities(String nextMarker, String... ids) {
        StringBuilder json = new StringBuilder("{\"values\":[");
        for (int i = 0; i < ids.length; i++) {
            json.append(i > 0 ? "," : "").append("{\"id\":\"").append(ids[i]).append("\"}");
        }
        return json.append("],\"metadata\":{\"count\":").append(ids.length).append(",\"limit\":2,\"marker\":null,")
                .append("\"next_marker\":").append(nextMarker == null ? "null" : "\"" + nextMarker + "\"")
                .append(",\"next_href\":null}}").toString();
    }

    private static Listing.Builder<String> entities() {
        return Listing.builder(stub.client("rax:monitor", "/v1.0/123"), "list_entities",
                PagingScheme.nextMarker().withMaxLimit(1000), item -> item.path("id").asString()).path("/entities")
                .items("values");
    }

    @Test
    void monitoringFollowsNextMarkerUntilItIsNull() {
        stub.page(ENTITIES + "?limit=2", entities("enC", "enA", "enB"));
        stub.page(ENTITIES + "?limit=2&marker=enC", entities("enD", "enC"));
        stub.page(ENTITIES + "?limit=2&marker=enD", entities(null, "enD"));

        assertThat(entities().limit(2).build()).containsExactly("enA", "enB", "enC", "enD");
        assertThat(stub.urls()).containsExactly(ENTITIES + "?limit=2", ENTITIES + "?limit=2&marker=enC",
                ENTITIES + "?limit=2&marker=enD");
    }

    @Test
    void aRepeatedNextMarkerIsAnError() {
        stub.page(ENTITIES + "?limit=2", entities("enC", "enA", "enB"));
        stub.page(ENTITIES + "?limit=2&marker=enC", entities("enC", "enC"));

        // limited, so that a listing that did loop fails the test instead of hanging it
        assertThatThrownBy(() -> entities().limit(2).build().stream().limit(100).toList())
                .isInstanceOf(CloudException.class).hasMessageContaining("rax:monitor.list_entities")
                .hasMessageContaining("marker 'enC'");
        assertThat(stub.urls()).hasSize(2);
    }

    private static String messages(String next, String... ids) {
        StringBuilder json = new StringBuilder("{\"messages\":[");
        for (int i = 0; i < ids.length; i++) {
            json.append(i > 0 ? "," : "").append("{\"id\":\"").append(ids[i]).append("\",\"ttl\":300,\"body\":{}}");
        }
        json.append("]");
        if (next != null) {
            json.append(",\"links\":[{\"rel\":\"next\",\"href\":\"").append(next).append("\"}]");
        }
        return json.append("}").toString();
    }

    private static Listing.Builder<String> messages() {
        return Listing.builder(stub.client("messaging", "/v2").withHeaders(Map.of("OpenStack-API-Version",
                "messaging 2.0")), "list_messages", PagingScheme.linkMarker(),
                item -> item.path("id").asString()).path("/queues/{queue}/messages", "demo").items("messages")
                .header("Client-ID", "3381af92-2b9e-11e3-b191-71861300734c").query("echo", true).noContentAsEmpty();
    }

    @Test
    void queuesTakeTheMarkerOfTheNextLinkAndEndOnNoContent() {
        stub.page(MESSAGES + "?echo=true&limit=2", messages("/v2/queues/demo/messages?marker=2&limit=2&echo=true",
                "m1", "m2"));
        stub.page(MESSAGES + "?echo=true&limit=2&marker=2", messages("/v2/queues/demo/messages?marker=3&limit=2"
                + "&echo=true", "m3"));
        stub.status(MESSAGES + "?echo=true&limit=2&marker=3", 204);

        assertThat(messages().limit(2).build()).containsExactly("m1", "m2", "m3");
        assertThat(stub.urls()).containsExactly(MESSAGES + "?echo=true&limit=2", MESSAGES + "?echo=true&limit=2&marker=2",
                MESSAGES + "?echo=true&limit=2&marker=3");
        stub.server.verify(3, WireMock.getRequestedFor(WireMock.urlPathEqualTo(MESSAGES))
                .withHeader("Client-ID", WireMock.equalTo("3381af92-2b9e-11e3-b191-71861300734c"))
                .withHeader("OpenStack-API-Version", WireMock.equalTo("messaging 2.0")));
    }

    @Test
    void aQueuesPageWithoutANextLinkIsTheEnd() {
        stub.page(MESSAGES + "?echo=true&limit=2", messages(null, "m1", "m2"));

        assertThat(messages().limit(2).build()).containsExactly("m1", "m2");
        assertThat(stub.urls()).hasSize(1);
    }

    @Test
    void aNextLinkWithoutAMarkerIsAnError() {
        stub.page(MESSAGES + "?echo=true&limit=2", messages("/v2/queues/demo/messages?limit=2", "m1", "m2"));

        assertThatThrownBy(() -> messages().limit(2).build().stream().toList()).isInstanceOf(CloudException.class)
                .hasMessageContaining("has no marker");
    }
}
