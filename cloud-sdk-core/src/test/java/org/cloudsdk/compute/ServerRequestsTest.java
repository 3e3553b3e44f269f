package org.cloudsdk.compute;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.compute.NovaFixtures.ADMIN_PASS;
import static org.cloudsdk.compute.NovaFixtures.SERVER_ID;
import static org.cloudsdk.compute.NovaFixtures.UBUNTU_ID;
import static org.cloudsdk.compute.NovaStub.path;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cloudsdk.errors.NoUniqueMatchException;
import org.cloudsdk.errors.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The exact requests of the server operations (list with its filters and pages, get, find,
 * create with every option, delete, delete all, metadata) and how their answers are read.
 */
class ServerRequestsTest {

    private final NovaStub nova = new NovaStub().microversions("2.93");

    @AfterEach
    void close() {
        nova.close();
    }

    /** @return the pattern with the microversion the stub's server negotiates to (the SDK's newest) */
    private static RequestPatternBuilder at290(RequestPatternBuilder pattern) {
        return at(pattern, "2.90");
    }

    static RequestPatternBuilder at(RequestPatternBuilder pattern, String version) {
        return pattern.withHeader("OpenStack-API-Version", equalTo("compute " + version))
                .withHeader("X-OpenStack-Nova-API-Version", equalTo(version))
                .withHeader("X-Auth-Token", equalTo(NovaStub.TOKEN));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String servers(String... servers) {
        return "{\"servers\": [" + String.join(", ", servers) + "]}";
    }

    // ------------------------------------------------------------------ list

    @Test
    void listServersAsksForDetailsAndFollowsTheServersLinksNextPastAPage() {
        String next = nova.server.baseUrl() + path("/servers/detail?limit=2&marker=id-2");
        nova.server.stubFor(get(urlEqualTo(path("/servers/detail"))).willReturn(okJson("""
                {"servers": [%s, %s], "servers_links": [{"href": "%s", "rel": "next"}]}"""
                .formatted(NovaFixtures.server("id-1", "web-1", "ACTIVE"), NovaFixtures.server("id-2", "web-2", "BUILD"),
                        next))));
        nova.server.stubFor(get(urlEqualTo(path("/servers/detail?limit=2&marker=id-2")))
                .willReturn(okJson(servers(NovaFixtures.server("id-3", "web-3", "ERROR")))));

        List<Server> all = nova.compute().listServers();

        assertThat(all).extracting(Server::id).containsExactly("id-1", "id-2", "id-3");
        assertThat(all).extracting(Server::status).containsExactly("ACTIVE", "BUILD", "ERROR");
        assertThat(nova.log()).containsExactly("GET " + NovaStub.ENDPOINT, "GET " + path("/servers/detail"),
                "GET " + path("/servers/detail?limit=2&marker=id-2"));
        nova.server.verify(1, at290(getRequestedFor(urlEqualTo(path("/servers/detail")))));
        nova.server.verify(1, at290(getRequestedFor(urlEqualTo(path("/servers/detail?limit=2&marker=id-2")))));
    }

    @Test
    void anEmptyAccountListsNoServer() {
        nova.server.stubFor(get(urlEqualTo(path("/servers/detail"))).willReturn(okJson("{\"servers\": []}")));

        assertThat(nova.compute().listServers()).isEmpty();
        nova.server.verify(1, at290(getRequestedFor(urlEqualTo(path("/servers/detail")))));
    }

    @Test
    void everyFilterGoesInTheQueryWithNovasNames() {
        nova.server.stubFor(get(urlPathEqualTo(path("/servers/detail")))
                .willReturn(okJson(servers(NovaFixtures.server()))));

        List<Server> found = nova.compute().listServers(ServerListOptions.builder()
                .name("^web-").status("ACTIVE").image(UBUNTU_ID).flavor("performance1-1")
                .changesSince(Instant.parse("2014-05-01T10:00:00.250Z"))
                .pageSize(50).marker("id-0").build());

        assertThat(found).extracting(Server::id).containsExactly(SERVER_ID);
        LoggedRequest request = nova.only();
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(request.getUrl()).startsWith(path("/servers/detail?"));
        assertThat(request.getQueryParams().keySet())
                .containsExactlyInAnyOrder("name", "status", "image", "flavor", "changes-since", "limit", "marker");
        assertThat(request.queryParameter("name").firstValue()).isEqualTo("^web-");
        assertThat(request.queryParameter("status").firstValue()).isEqualTo("ACTIVE");
        assertThat(request.queryParameter("image").firstValue()).isEqualTo(UBUNTU_ID);
        assertThat(request.queryParameter("flavor").firstValue()).isEqualTo("performance1-1");
        assertThat(request.queryParameter("changes-since").firstValue()).isEqualTo("2014-05-01T10:00:00.250Z");
        assertThat(request.queryParameter("limit").firstValue()).isEqualTo("50");
        assertThat(request.queryParameter("marker").firstValue()).isEqualTo("id-0");
        nova.server.verify(1, at290(getRequestedFor(urlPathEqualTo(path("/servers/detail")))));
    }

    @Test
    void eachFilterAloneSendsOnlyItself() {
        nova.server.stubFor(get(urlPathEqualTo(path("/servers/detail"))).willReturn(okJson("{\"servers\": []}")));
        Compute compute = nova.compute();
        Map<String, ServerListOptions> single = new LinkedHashMap<>();
        single.put("name=first_server", ServerListOptions.builder().name("first_server").build());
        single.put("status=ERROR", ServerListOptions.builder().status("ERROR").build());
        single.put("image=" + UBUNTU_ID, ServerListOptions.builder().image(UBUNTU_ID).build());
        single.put("flavor=performance1-2", ServerListOptions.builder().flavor("performance1-2").build());
        single.put("changes-since=2014-05-01T10:00:00Z",
                ServerListOptions.builder().changesSince(Instant.parse("2014-05-01T10:00:00Z")).build());
        single.put("limit=7", ServerListOptions.builder().pageSize(7).build());
        single.put("marker=id-9", ServerListOptions.builder().marker("id-9").build());

        single.values().forEach(compute::listServers);

        List<LoggedRequest> requests = nova.apiRequests();
        assertThat(requests).hasSize(single.size());
        List<String> keys = List.copyOf(single.keySet());
        for (int i = 0; i < keys.size(); i++) {
            String[] pair = keys.get(i).split("=", 2);
            LoggedRequest request = requests.get(i);
            assertThat(request.getQueryParams().keySet()).as(keys.get(i)).containsExactly(pair[0]);
            assertThat(request.queryParameter(pair[0]).firstValue()).as(keys.get(i)).isEqualTo(pair[1]);
        }
    }

    @Test
    void aLimitCapsTheResultAndStopsFetchingPagesOnceReached() {
        String next = nova.server.baseUrl() + path("/servers/detail?limit=2&marker=id-3");
        // a server capping pages below the size asked for answers more than two anyway
        nova.server.stubFor(get(urlEqualTo(path("/servers/detail?limit=2"))).willReturn(okJson("""
                {"servers": [%s, %s, %s], "servers_links": [{"href": "%s", "rel": "next"}]}"""
                .formatted(NovaFixtures.server("id-1", "a", "ACTIVE"), NovaFixtures.server("id-2", "b", "ACTIVE"),
                        NovaFixtures.server("id-3", "c", "ACTIVE"), next))));

        List<Server> two = nova.compute().listServers(ServerListOptions.builder().limit(2).build());

        assertThat(two).extracting(Server::id).containsExactly("id-1", "id-2");
        assertThat(nova.apiRequests()).as("a page of two is asked for, and the next page never")
                .extracting(LoggedRequest::getUrl).containsExactly(path("/servers/detail?limit=2"));
        nova.server.verify(0, getRequestedFor(urlPathEqualTo(path("/servers/detail")))
                .withQueryParam("marker", equalTo("id-3")));
    }

    @Test
    void aLimitLargerThanAPageReadsTheNextPageAndStopsThere() {
        String next = nova.server.baseUrl() + path("/servers/detail?limit=2&marker=id-2");
        String after = nova.server.baseUrl() + path("/servers/detail?limit=2&marker=id-4");
        nova.server.stubFor(get(urlEqualTo(path("/servers/detail?limit=2"))).willReturn(okJson("""
                {"servers": [%s, %s], "servers_links": [{"href": "%s", "rel": "next"}]}"""
                .formatted(NovaFixtures.server("id-1", "a", "ACTIVE"), NovaFixtures.server("id-2", "b", "ACTIVE"), next))));
        nova.server.stubFor(get(urlEqualTo(path("/servers/detail?limit=2&marker=id-2"))).willReturn(okJson("""
                {"servers": [%s, %s], "servers_links": [{"href": "%s", "rel": "next"}]}"""
                .formatted(NovaFixtures.server("id-3", "c", "ACTIVE"), NovaFixtures.server("id-4", "d", "ACTIVE"), after))));

        List<Server> three = nova.compute().listServers(ServerListOptions.builder().limit(3).pageSize(2).build());

        assertThat(three).extracting(Server::id).containsExactly("id-1", "id-2", "id-3");
        assertThat(nova.apiRequests()).extracting(LoggedRequest::getUrl).containsExactly(
                path("/servers/detail?limit=2"), path("/servers/detail?limit=2&marker=id-2"));
    }

    // ------------------------------------------------------------------ get, find

    @Test
    void getServerReadsTheServerObject() {
        nova.server.stubFor(get(urlEqualTo(path("/servers/" + SERVER_ID)))
                .willReturn(okJson(NovaFixtures.wrapped(NovaFixtures.server()))));

        Server server = nova.compute().getServer(SERVER_ID);

        assertThat(server.id()).isEqualTo(SERVER_ID);
        assertThat(server.name()).isEqualTo("first_server");
        assertThat(server.status()).isEqualTo("ACTIVE");
        nova.server.verify(1, at290(getRequestedFor(urlEqualTo(path("/servers/" + SERVER_ID)))));
    }

    @Test
    void anUnknownServerIsNotFound() {
        nova.server.stubFor(get(urlEqualTo(path("/servers/nope"))).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"itemNotFound\": {\"code\": 404, \"message\": \"Instance nope could not be found.\"}}")));

        assertThatThrownBy(() -> nova.compute().getServer("nope")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Instance nope could not be found.");
    }

    @Test
    void findServerAnchorsTheNameAndEscapesWhatPythonRegularExpressionsRead() {
        String name = "web.1 (prod) [a|b] *x+y? {2} ^$\\";
        nova.server.stubFor(get(urlPathEqualTo(path("/servers/detail"))).willReturn(okJson(servers(
                NovaFixtures.server("id-1", name, "ACTIVE")))));

        assertThat(nova.compute().findServer(name)).hasValueSatisfying(server -> {
            assertThat(server.id()).isEqualTo("id-1");
            assertThat(server.name()).isEqualTo(name);
        });

        LoggedRequest request = nova.only();
        assertThat(request.getQueryParams().keySet()).containsExactly("name");
        assertThat(request.queryParameter("name").firstValue())
                .isEqualTo("^web\\.1 \\(prod\\) \\[a\\|b\\] \\*x\\+y\\? \\{2\\} \\^\\$\\\\$");
        assertThat(Compute.regexLiteral("plain-name_1")).isEqualTo("plain-name_1");
    }

    @Test
    void findServerKeepsOnlyTheExactNameWhateverTheServerMatched() {
        // a cloud whose filter is a substring search still yields the exact name only
        nova.server.stubFor(get(urlPathEqualTo(path("/servers/detail"))).willReturn(okJson(servers(
                NovaFixtures.server("id-1", "web", "ACTIVE"), NovaFixtures.server("id-2", "web-old", "ACTIVE"),
                NovaFixtures.server("id-3", "WEB", "ACTIVE")))));

        assertThat(nova.compute().findServer("web")).map(Server::id).contains("id-1");
    }

    @Test
    void findServerIsEmptyWhenNoneHasTheNameAndRefusesSeveral() {
        nova.server.stubFor(get(urlPathEqualTo(path("/servers/detail")))
                .withQueryParam("name", equalTo("^none$")).willReturn(okJson("{\"servers\": []}")));
        nova.server.stubFor(get(urlPathEqualTo(path("/servers/detail")))
                .withQueryParam("name", equalTo("^twin$")).willReturn(okJson(servers(
                        NovaFixtures.server("id-1", "twin", "ACTIVE"), NovaFixtures.server("id-2", "twin", "BUILD")))));
        Compute compute = nova.compute();

        assertThat(compute.findServer("none")).isEmpty();
        assertThatThrownBy(() -> compute.findServer("twin")).isInstanceOf(NoUniqueMatchException.class)
                .hasMessage("compute: 2 servers are named 'twin'; use an id");
    }

    // ------------------------------------------------------------------ create

    @Test
    void createServerSendsNameImageFlavorAndAutomaticNetworksAndReadsThePartialAnswer() {
        nova.server.stubFor(post(urlEqualTo(path("/servers"))).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", "http://127.0.0.1/compute/v2.1/servers/" + SERVER_ID)
                .withBody(NovaFixtures.CREATED)));

        Server server = nova.compute().createServer("first_server", UBUNTU_ID, "performance1-1");

        nova.server.verify(1, at290(postRequestedFor(urlEqualTo(path("/servers"))))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"server": {"name": "first_server", "imageRef": "%s", "flavorRef": "performance1-1",
                                    "networks": "auto"}}""".formatted(UBUNTU_ID))));
        assertThat(server.id()).isEqualTo(SERVER_ID);
        assertThat(server.adminPass()).contains(ADMIN_PASS);
        assertThat(server.name()).as("filled in from the request").isEqualTo("first_server");
        assertThat(server.status()).as("the chapter's BUILD").isEqualTo("BUILD");
        assertThat(server.networks()).as("the chapter's Networks: {}").isEmpty();
        assertThat(server.diskConfig()).contains(DiskConfig.AUTO);
        assertThat(server.attribute("security_groups")).isPresent();
        assertThat(server.toString()).doesNotContain(ADMIN_PASS);
    }

    @Test
    void createServerWithEveryOptionSendsThemUnderNovasNamesAtTheLastVersionWithFiles() {
        nova.server.stubFor(post(urlEqualTo(path("/servers"))).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(NovaFixtures.CREATED)));
        String content = """
                This is the contents of the text file.
                It has several lines of text.

                And it even has a blank line.""";
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("test_key", "test_value");
        meta.put("meaning_of_life", "42");
        ServerCreateOptions options = ServerCreateOptions.builder()
                .metadata(meta)
                .file("/root/testfile", content)
                .file("/etc/motd", "héllo")
                .keyName("my_key")
                .networks(List.of(NetworkAttachment.network("00000000-0000-0000-0000-000000000000"),
                        NetworkAttachment.network("11111111-1111-1111-1111-111111111111"),
                        NetworkAttachment.network("net-private", "10.0.0.5"),
                        NetworkAttachment.port("port-1")))
                .diskConfig(DiskConfig.MANUAL)
                .availabilityZone("nova")
                .userData("#cloud-config\npackages: [nginx]\n")
                .configDrive(true)
                .securityGroups(List.of("default", "web"))
                .adminPass("s3cret-Pass")
                .build();

        Server server = nova.compute().createServer("meta_server", UBUNTU_ID, "performance1-1", options);

        nova.server.verify(1, at(postRequestedFor(urlEqualTo(path("/servers"))), "2.56")
                .withRequestBody(equalToJson("""
                        {"server": {
                          "name": "meta_server", "imageRef": "%s", "flavorRef": "performance1-1",
                          "metadata": {"test_key": "test_value", "meaning_of_life": "42"},
                          "personality": [{"path": "/root/testfile", "contents": "%s"},
                                          {"path": "/etc/motd", "contents": "%s"}],
                          "key_name": "my_key",
                          "networks": [{"uuid": "00000000-0000-0000-0000-000000000000"},
                                       {"uuid": "11111111-1111-1111-1111-111111111111"},
                                       {"uuid": "net-private", "fixed_ip": "10.0.0.5"},
                                       {"port": "port-1"}],
                          "OS-DCF:diskConfig": "MANUAL",
                          "availability_zone": "nova",
                          "user_data": "%s",
                          "config_drive": true,
                          "security_groups": [{"name": "default"}, {"name": "web"}],
                          "adminPass": "s3cret-Pass"}}"""
                        .formatted(UBUNTU_ID, base64(content), base64("héllo"),
                                base64("#cloud-config\npackages: [nginx]\n")))));
        assertThat(server.name()).isEqualTo("meta_server");
        assertThat(options.toString()).doesNotContain("s3cret-Pass").doesNotContain("contents of the text");
    }

    @Test
    void filesAloneLowerTheVersionTo256AndStillAskForAutomaticNetworks() {
        nova.server.stubFor(post(urlEqualTo(path("/servers"))).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(NovaFixtures.CREATED)));

        nova.compute().createServer("f", UBUNTU_ID, "1", ServerCreateOptions.builder().file("/root/a", "a").build());

        nova.server.verify(1, at(postRequestedFor(urlEqualTo(path("/servers"))), "2.56")
                .withRequestBody(equalToJson("""
                        {"server": {"name": "f", "imageRef": "%s", "flavorRef": "1",
                          "personality": [{"path": "/root/a", "contents": "YQ=="}], "networks": "auto"}}"""
                        .formatted(UBUNTU_ID))));
    }

    @Test
    void withoutNetworksVersion237AndLaterSayAutoAndEarlierOnesSayNothing() {
        nova.server.stubFor(post(urlEqualTo(path("/servers"))).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(NovaFixtures.CREATED)));
        Compute compute = nova.compute();

        compute.withMicroversion("2.37").createServer("at-237", UBUNTU_ID, "1");
        compute.withMicroversion("2.36").createServer("at-236", UBUNTU_ID, "1");

        nova.server.verify(1, at(postRequestedFor(urlEqualTo(path("/servers"))), "2.37").withRequestBody(equalToJson("""
                {"server": {"name": "at-237", "imageRef": "%s", "flavorRef": "1", "networks": "auto"}}"""
                .formatted(UBUNTU_ID))));
        nova.server.verify(1, at(postRequestedFor(urlEqualTo(path("/servers"))), "2.36").withRequestBody(equalToJson("""
                {"server": {"name": "at-236", "imageRef": "%s", "flavorRef": "1"}}""".formatted(UBUNTU_ID))));
    }

    @Test
    void aCloudWithoutMicroversionsGetsNeitherHeaderNorNetworks() {
        try (NovaStub rackspace = new NovaStub().noMicroversions()) {
            rackspace.server.stubFor(post(urlEqualTo(path("/servers"))).willReturn(aResponse().withStatus(202)
                    .withHeader("Content-Type", "application/json").withBody(NovaFixtures.CREATED)));

            Server server = rackspace.compute().createServer("first_server", UBUNTU_ID, "performance1-1",
                    ServerCreateOptions.builder().file("/root/testfile", "text").build());

            LoggedRequest request = rackspace.only();
            assertThat(request.containsHeader("OpenStack-API-Version")).isFalse();
            assertThat(request.containsHeader("X-OpenStack-Nova-API-Version")).isFalse();
            rackspace.server.verify(1, postRequestedFor(urlEqualTo(path("/servers"))).withRequestBody(equalToJson("""
                    {"server": {"name": "first_server", "imageRef": "%s", "flavorRef": "performance1-1",
                      "personality": [{"path": "/root/testfile", "contents": "dGV4dA=="}]}}""".formatted(UBUNTU_ID))));
            assertThat(server.adminPass()).contains(ADMIN_PASS);
        }
    }

    @Test
    void anAnswerThatDescribesTheServerKeepsItsOwnNameAndStatus() {
        nova.server.stubFor(post(urlEqualTo(path("/servers"))).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"server\": {\"id\": \"x\", \"name\": \"renamed-by-cloud\", \"status\": \"ACTIVE\"}}")));

        Server server = nova.compute().createServer("asked", UBUNTU_ID, "1");

        assertThat(server.name()).isEqualTo("renamed-by-cloud");
        assertThat(server.status()).isEqualTo("ACTIVE");
        assertThat(server.adminPass()).isEmpty();
    }

    // ------------------------------------------------------------------ delete

    @Test
    void deleteServerSendsADelete() {
        nova.server.stubFor(delete(urlEqualTo(path("/servers/" + SERVER_ID))).willReturn(aResponse().withStatus(204)));

        nova.compute().deleteServer(SERVER_ID);

        nova.server.verify(1, at290(deleteRequestedFor(urlEqualTo(path("/servers/" + SERVER_ID)))));
        assertThat(nova.only().getBodyAsString()).isEmpty();
    }

    @Test
    void deletingAnUnknownServerIsNotFound() {
        nova.server.stubFor(delete(urlEqualTo(path("/servers/gone"))).willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> nova.compute().deleteServer("gone")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleteAllServersDeletesEachListedServerCountingOneAlreadyGoneAsDeleted() {
        nova.server.stubFor(get(urlEqualTo(path("/servers/detail"))).willReturn(okJson(servers(
                NovaFixtures.server("id-1", "a", "ACTIVE"), NovaFixtures.server("id-2", "b", "ERROR"),
                NovaFixtures.server("id-3", "c", "BUILD")))));
        nova.server.stubFor(delete(urlEqualTo(path("/servers/id-1"))).willReturn(aResponse().withStatus(204)));
        nova.server.stubFor(delete(urlEqualTo(path("/servers/id-2"))).willReturn(aResponse().withStatus(404)));
        nova.server.stubFor(delete(urlEqualTo(path("/servers/id-3"))).willReturn(aResponse().withStatus(204)));

        List<Server> deleted = nova.compute().deleteAllServers();

        assertThat(deleted).extracting(Server::id).containsExactly("id-1", "id-2", "id-3");
        assertThat(nova.apiRequests()).extracting(r -> r.getMethod() + " " + r.getUrl()).containsExactly(
                "GET " + path("/servers/detail"), "DELETE " + path("/servers/id-1"), "DELETE " + path("/servers/id-2"),
                "DELETE " + path("/servers/id-3"));
    }

    // ------------------------------------------------------------------ metadata

    @Test
    void serverMetadataIsReadSetAndDeletedKeyByKey() {
        String id = SERVER_ID;
        nova.server.stubFor(get(urlEqualTo(path("/servers/" + id + "/metadata")))
                .willReturn(okJson("{\"metadata\": {\"test_key\": \"test_value\", \"meaning_of_life\": \"42\"}}")));
        nova.server.stubFor(post(urlEqualTo(path("/servers/" + id + "/metadata")))
                .willReturn(okJson("{\"metadata\": {\"test_key\": \"test_value\", \"meaning_of_life\": \"43\", \"new\": \"v\"}}")));
        nova.server.stubFor(delete(urlPathEqualTo(path("/servers/" + id + "/metadata/test_key")))
                .willReturn(aResponse().withStatus(204)));
        nova.server.stubFor(delete(urlEqualTo(path("/servers/" + id + "/metadata/a%20b%2Fc")))
                .willReturn(aResponse().withStatus(204)));
        Compute compute = nova.compute();
        Map<String, String> change = new LinkedHashMap<>();
        change.put("meaning_of_life", "43");
        change.put("new", "v");

        assertThat(compute.getServerMetadata(id)).containsExactly(Map.entry("test_key", "test_value"),
                Map.entry("meaning_of_life", "42"));
        assertThat(compute.setServerMetadata(id, change)).containsEntry("meaning_of_life", "43")
                .containsEntry("new", "v").hasSize(3);
        compute.deleteServerMetadata(id, List.of("test_key", "a b/c"));

        nova.server.verify(1, at290(getRequestedFor(urlEqualTo(path("/servers/" + id + "/metadata")))));
        nova.server.verify(1, at290(postRequestedFor(urlEqualTo(path("/servers/" + id + "/metadata"))))
                .withRequestBody(equalToJson("{\"metadata\": {\"meaning_of_life\": \"43\", \"new\": \"v\"}}")));
        nova.server.verify(1, at290(deleteRequestedFor(urlEqualTo(path("/servers/" + id + "/metadata/test_key")))));
        nova.server.verify(1, at290(deleteRequestedFor(urlEqualTo(path("/servers/" + id + "/metadata/a%20b%2Fc")))));
        assertThat(nova.apiRequests()).hasSize(4);
    }

    @Test
    void deletingAKeyThatIsNotSetIsNotFoundAndStopsThereAfter() {
        nova.server.stubFor(delete(urlPathEqualTo(path("/servers/s/metadata/missing"))).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"itemNotFound\": {\"code\": 404, \"message\": \"Metadata item was not found\"}}")));

        assertThatThrownBy(() -> nova.compute().deleteServerMetadata("s", List.of("missing", "later")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Metadata item was not found");
        assertThat(nova.apiRequests()).hasSize(1);
    }

    @Test
    void handleMetadataMethodsUseTheSameRequests() {
        nova.server.stubFor(get(urlEqualTo(path("/servers/" + SERVER_ID)))
                .willReturn(okJson(NovaFixtures.wrapped(NovaFixtures.server()))));
        nova.server.stubFor(get(urlEqualTo(path("/servers/" + SERVER_ID + "/metadata")))
                .willReturn(okJson("{\"metadata\": {\"k\": \"v\"}}")));
        nova.server.stubFor(post(urlEqualTo(path("/servers/" + SERVER_ID + "/metadata")))
                .willReturn(okJson("{\"metadata\": {\"k\": \"v\", \"x\": \"y\"}}")));
        nova.server.stubFor(delete(urlEqualTo(path("/servers/" + SERVER_ID + "/metadata/k")))
                .willReturn(aResponse().withStatus(204)));
        Server server = nova.compute().getServer(SERVER_ID);

        assertThat(server.getMetadata()).containsExactly(Map.entry("k", "v"));
        assertThat(server.setMetadata(Map.of("x", "y"))).containsOnlyKeys(Set.of("k", "x"));
        server.deleteMetadata(List.of("k"));

        nova.server.verify(1, postRequestedFor(urlEqualTo(path("/servers/" + SERVER_ID + "/metadata")))
                .withRequestBody(equalToJson("{\"metadata\": {\"x\": \"y\"}}")));
        nova.server.verify(1, deleteRequestedFor(urlEqualTo(path("/servers/" + SERVER_ID + "/metadata/k"))));
    }
}
