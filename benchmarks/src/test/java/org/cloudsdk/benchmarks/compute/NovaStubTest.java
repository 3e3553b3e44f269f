package org.cloudsdk.benchmarks.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NovaStubTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode getJson(String url) throws Exception {
        HttpResponse<String> response = get(url);
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("servers").forEach(server -> ids.add(server.get("id").asString()));
        return ids;
    }

    private static List<String> listed(long from, long to) {
        return LongStream.range(from, to).mapToObj(ServerJson::listedId).toList();
    }

    private static NovaStub stub(long servers, int maxLimit) {
        return new NovaStub(servers, maxLimit, new DelayRange(300, 300), 16, 16);
    }

    @Test
    void pagesAtMaxLimitWithANextLinkOnEveryFullPageAndNoneOnTheShortLastOne() throws Exception {
        try (NovaStub stub = stub(25, 10)) {
            JsonNode first = getJson(stub.baseUrl() + "/v2.1/servers/detail");
            assertThat(ids(first)).isEqualTo(listed(0, 10));
            String next = first.get("servers_links").get(0).get("href").asString();
            assertThat(first.get("servers_links").get(0).get("rel").asString()).isEqualTo("next");
            assertThat(next).isEqualTo(stub.baseUrl() + "/v2.1/servers/detail?marker=" + ServerJson.listedId(9));

            JsonNode second = getJson(next);
            assertThat(ids(second)).isEqualTo(listed(10, 20));
            String third = second.get("servers_links").get(0).get("href").asString();
            assertThat(third).endsWith("?marker=" + ServerJson.listedId(19));

            JsonNode last = getJson(third);
            assertThat(ids(last)).isEqualTo(listed(20, 25));
            assertThat(last.has("servers_links")).as("the short last page links nothing").isFalse();
        }
    }

    @Test
    void aListingOfWholePagesEndsOnAnEmptyPageAndLinksKeepTheLimitAsked() throws Exception {
        try (NovaStub stub = stub(20, 1000)) {
            JsonNode first = getJson(stub.baseUrl() + "/v2.1/servers/detail?limit=10");
            assertThat(ids(first)).isEqualTo(listed(0, 10));
            assertThat(first.get("servers_links").get(0).get("href").asString()).isEqualTo(stub.baseUrl()
                    + "/v2.1/servers/detail?limit=10&marker=" + ServerJson.listedId(9));

            JsonNode second = getJson(first.get("servers_links").get(0).get("href").asString());
            assertThat(ids(second)).isEqualTo(listed(10, 20));
            assertThat(second.has("servers_links")).as("a full page links the next, even the last one").isTrue();

            JsonNode empty = getJson(second.get("servers_links").get(0).get("href").asString());
            assertThat(ids(empty)).isEmpty();
            assertThat(empty.has("servers_links")).isFalse();
        }
    }

    @Test
    void capsTheLimitAtMaxLimitAndRefusesAnUnknownMarkerOrABadLimit() throws Exception {
        try (NovaStub stub = stub(30, 10)) {
            JsonNode capped = getJson(stub.baseUrl() + "/v2.1/servers/detail?limit=50&marker=" + ServerJson.listedId(4));
            assertThat(ids(capped)).isEqualTo(listed(5, 15));
            assertThat(capped.get("servers_links").get(0).get("href").asString())
                    .endsWith("?limit=50&marker=" + ServerJson.listedId(14));

            assertThat(get(stub.baseUrl() + "/v2.1/servers/detail?marker=" + ServerJson.listedId(30)).statusCode())
                    .isEqualTo(400);
            assertThat(get(stub.baseUrl() + "/v2.1/servers/detail?marker=nope").statusCode()).isEqualTo(400);
            assertThat(get(stub.baseUrl() + "/v2.1/servers/detail?limit=-1").statusCode()).isEqualTo(400);
            assertThat(get(stub.baseUrl() + "/v2.1/servers/detail?limit=ten").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void servesRealisticServersOfAboutTwoKibibytes() throws Exception {
        try (NovaStub stub = stub(1000, 1000)) {
            HttpResponse<String> page = get(stub.baseUrl() + "/v2.1/servers/detail");
            JsonNode server = JSON.readTree(page.body()).get("servers").get(7);

            assertThat(page.body().length() / 1000).isBetween(1800, 2600);
            assertThat(server.get("status").asString()).isEqualTo("ACTIVE");
            assertThat(server.get("addresses").get("private").get(0).get("OS-EXT-IPS:type").asString()).isEqualTo("fixed");
            assertThat(server.get("flavor").get("id").asString()).isEqualTo("42");
            assertThat(server.get("OS-EXT-STS:vm_state").asString()).isEqualTo("active");
            assertThat(server.get("links").get(0).get("href").asString())
                    .isEqualTo(stub.baseUrl() + "/v2.1/servers/" + ServerJson.listedId(7));
        }
    }

    @Test
    void aCreatedServerIsBuildUntilItsDelayAfterItsFirstPollThenActive() throws Exception {
        try (NovaStub stub = stub(0, 1000)) {
            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/v2.1/servers"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"server\": {\"name\": \"wait-7-3\", \"imageRef\": \"i\","
                            + " \"flavorRef\": \"42\"}}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(202);
            String id = JSON.readTree(created.body()).get("server").get("id").asString();
            assertThat(id).isEqualTo(ServerJson.waitedId(7, 3));

            long firstPoll = System.nanoTime();
            assertThat(getJson(stub.baseUrl() + "/v2.1/servers/" + id).get("server").get("status").asString())
                    .isEqualTo("BUILD");
            // a later creation has a clock of its own, started by its own first poll
            String other = ServerJson.waitedId(7, 4);
            Thread.sleep(400);
            assertThat((System.nanoTime() - firstPoll) / 1_000_000).isGreaterThanOrEqualTo(300);
            assertThat(getJson(stub.baseUrl() + "/v2.1/servers/" + id).get("server").get("status").asString())
                    .isEqualTo("ACTIVE");
            assertThat(getJson(stub.baseUrl() + "/v2.1/servers/" + other).get("server").get("status").asString())
                    .isEqualTo("BUILD");

            assertThat(get(stub.baseUrl() + "/v2.1/servers/not-a-server").statusCode()).isEqualTo(404);
            HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/v2.1/servers"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"server\": {\"name\": \"web-1\"}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(400);
        }
    }

    @Test
    void drawsEachServersDelayFromItsNumberAndTheSeedWithinTheRange() {
        DelayRange range = new DelayRange(2000, 6000);
        List<Long> delays = IntStream.range(0, 1000).mapToObj(n -> NovaStub.delayMillis(n, range, 16)).toList();

        assertThat(delays).allSatisfy(delay -> assertThat(delay).isBetween(2000L, 6000L));
        assertThat(delays.stream().distinct().count()).isGreaterThan(500);
        assertThat(IntStream.range(0, 1000).mapToObj(n -> NovaStub.delayMillis(n, range, 16)).toList()).isEqualTo(delays);
        assertThat(IntStream.range(0, 1000).mapToObj(n -> NovaStub.delayMillis(n, range, 17)).toList())
                .isNotEqualTo(delays);
    }

    @Test
    void countsTheRequestsItAnswersAndNamesItsThreadsSoThatTheyAreNotCountedAsClientThreads() throws Exception {
        try (NovaStub stub = stub(5, 1000)) {
            get(stub.baseUrl() + "/v2.1/servers/detail");
            get(stub.baseUrl() + "/v2.1");
            Thread.sleep(50);
            assertThat(stub.requests()).isEqualTo(2);
            stub.resetRequests();
            assertThat(stub.requests()).isZero();

            assertThat(Thread.getAllStackTraces().keySet()).map(Thread::getName)
                    .anyMatch(name -> name.startsWith(NovaStub.THREAD_PREFIX));
            assertThat(ClientThreads.counted(NovaStub.THREAD_PREFIX + "-12")).isFalse();
            assertThat(ClientThreads.counted("reactor-http-nio-1")).isTrue();
            assertThat(ClientThreads.allocations().keySet()).contains(Thread.currentThread().getId());
        }
    }
}
