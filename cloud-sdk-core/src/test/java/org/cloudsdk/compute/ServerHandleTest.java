package org.cloudsdk.compute;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.compute.NovaFixtures.ADMIN_PASS;
import static org.cloudsdk.compute.NovaFixtures.SERVER_ID;
import static org.cloudsdk.compute.NovaFixtures.UBUNTU_ID;
import static org.cloudsdk.compute.NovaStub.path;
import static org.cloudsdk.compute.ServerRequestsTest.at;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.http.Json;
import org.cloudsdk.wait.NotFoundPolicy;
import org.cloudsdk.wait.ResourceFailedException;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import tools.jackson.databind.JsonNode;

/**
 * The server handle: every typed field read from Nova's server document (the chapter's
 * networks among them), unknown fields kept, snapshots that never change and reload into new
 * ones equal by id, secrets kept out of {@code toString()}, and the waiter polling it through
 * the stub.
 */
class ServerHandleTest {

    private static final String SERVER = path("/servers/" + SERVER_ID);

    private final NovaStub nova = new NovaStub().microversions("2.93");

    @AfterEach
    void close() {
        nova.close();
    }

    private Server get(String json) {
        nova.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(SERVER))
                .willReturn(okJson(NovaFixtures.wrapped(json))));
        return nova.compute().getServer(SERVER_ID);
    }

    @Test
    void everyTypedFieldIsReadFromNovasServerDocument() {
        Server server = get(NovaFixtures.server());

        assertThat(server.id()).isEqualTo(SERVER_ID);
        assertThat(server.name()).isEqualTo("first_server");
        assertThat(server.status()).isEqualTo("ACTIVE");
        assertThat(server.progress()).contains(100);
        assertThat(server.tenantId()).isEqualTo("8538a3f13f9541b28c2620eb19065e45");
        assertThat(server.userId()).isEqualTo("fake-user-0001");
        assertThat(server.metadata()).containsExactly(Map.entry("test_key", "test_value"), Map.entry("meaning_of_life", "42"));
        assertThat(server.imageId()).contains(UBUNTU_ID);
        assertThat(server.flavorId()).contains("performance1-1");
        assertThat(server.flavorName()).isEmpty();
        assertThat(server.hostId()).isEqualTo("92154fab69d5883ba2c8622b7e65f745dd33257221c07af363c51b29");
        assertThat(server.created()).isEqualTo(Instant.parse("2013-09-03T04:01:32Z"));
        assertThat(server.updated()).isEqualTo(Instant.parse("2013-09-03T04:01:33Z"));
        assertThat(server.accessIpv4()).contains("198.101.1.2");
        assertThat(server.accessIpv6()).as("Nova's \"\" is no address").isEmpty();
        assertThat(server.keyName()).contains("my_key");
        assertThat(server.adminPass()).as("only the create call's answer has it").isEmpty();
        assertThat(server.diskConfig()).contains(DiskConfig.MANUAL);
        assertThat(server.taskState()).isEmpty();
        assertThat(server.vmState()).contains("active");
        assertThat(server.powerState()).contains(1);
        assertThat(server.availabilityZone()).contains("nova");
        assertThat(server.compute()).isNotNull();
        assertThat(server.resourceType()).isEqualTo("server");
    }

    @Test
    void addressesKeepVersionTypeAndMacAndNetworksListTheChaptersAddressesByLabel() {
        Server server = get(NovaFixtures.server());

        assertThat(server.addresses()).containsOnlyKeys("private", "public");
        assertThat(server.addresses().get("public")).containsExactly(
                new ServerAddress("198.101.1.2", 4, "fixed", "aa:bb:cc:dd:ee:01"),
                new ServerAddress("2001:4800:780d:509:8ca7:b42c:ff04:1a2b", 6, "fixed", "aa:bb:cc:dd:ee:01"));
        assertThat(server.networks()).containsExactly(
                Map.entry("private", List.of("10.179.1.2")),
                Map.entry("public", List.of("198.101.1.2", "2001:4800:780d:509:8ca7:b42c:ff04:1a2b")));
        assertThat(nova.compute().networks(SERVER_ID)).isEqualTo(server.networks());
        assertThatThrownBy(() -> server.networks().put("x", List.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aServerStillBuildingHasNoAddressesNoMetadataAndNoImage() {
        Server server = get("""
                {"id": "%s", "name": "first_server", "status": "BUILD", "progress": 0, "image": "",
                 "OS-EXT-STS:task_state": "spawning", "OS-DCF:diskConfig": "SOMETHING_NEW"}""".formatted(SERVER_ID));

        assertThat(server.networks()).isEmpty();
        assertThat(server.addresses()).isEmpty();
        assertThat(server.metadata()).isEmpty();
        assertThat(server.imageId()).as("booted from a volume: image is \"\"").isEmpty();
        assertThat(server.flavorId()).isEmpty();
        assertThat(server.taskState()).contains("spawning");
        assertThat(server.diskConfig()).contains(DiskConfig.UNKNOWN);
    }

    @Test
    void from247TheFlavorIsDescribedRatherThanNamedById() {
        Server server = get(NovaFixtures.serverAt247("ACTIVE"));

        assertThat(server.flavorId()).isEmpty();
        assertThat(server.flavorName()).contains("1 GB Performance");
        assertThat(((JsonNode) server.attribute("flavor").orElseThrow()).path("ram").asInt()).isEqualTo(1024);
    }

    @Test
    void unknownFieldsAreReachableThroughAttributeAndJson() {
        Server server = get(NovaFixtures.server());

        assertThat(server.attribute("OS-SRV-USG:launched_at")).contains("2013-09-23T13:53:12.774549");
        assertThat(server.attribute("OS-SRV-USG:terminated_at")).isEmpty();
        assertThat(server.attribute("locked")).contains(false);
        assertThat(server.attribute("OS-EXT-STS:power_state")).contains(1);
        assertThat(server.attribute("no-such-field")).isEmpty();
        assertThat(((JsonNode) server.attribute("security_groups").orElseThrow()).get(0).path("name").asString())
                .isEqualTo("default");
        JsonNode json = server.json();
        assertThat(json.path("rax-bandwidth:bandwidth").isArray()).isTrue();
        assertThat(json.path("links").get(0).path("rel").asString()).isEqualTo("self");
        // a copy: changing it changes nothing in the snapshot
        server.json().put("status", "DELETED");
        assertThat(server.status()).isEqualTo("ACTIVE");
        assertThat(server.attribute("status")).contains("ACTIVE");
    }

    @Test
    void reloadGivesAFreshSnapshotEqualByIdAndLeavesTheOldOneAsItWas() {
        nova.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(SERVER))
                .inScenario("build").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(NovaFixtures.wrapped(NovaFixtures.server(SERVER_ID, "first_server", "BUILD"))))
                .willSetStateTo("built"));
        nova.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(SERVER))
                .inScenario("build").whenScenarioStateIs("built")
                .willReturn(okJson(NovaFixtures.wrapped(NovaFixtures.server(SERVER_ID, "renamed", "ACTIVE")))));

        Server building = nova.compute().getServer(SERVER_ID);
        Server active = building.reload();

        assertThat(building.status()).isEqualTo("BUILD");
        assertThat(active.status()).isEqualTo("ACTIVE");
        assertThat(active.name()).isEqualTo("renamed");
        assertThat(active).isNotSameAs(building).isEqualTo(building).hasSameHashCodeAs(building);
        Set<Server> set = new HashSet<>(List.of(building, active));
        assertThat(set).hasSize(1);
        nova.server.verify(2, at(getRequestedFor(urlEqualTo(SERVER)), "2.90"));
    }

    @Test
    void handlesOfDifferentKindsOrIdsAreNotEqual() {
        Server one = get(NovaFixtures.server());
        Server other = new Server(one.compute(), Json.parse(NovaFixtures.server("another", "first_server", "ACTIVE")));

        assertThat(one).isNotEqualTo(other);
        assertThat(new KeyPair(one.compute(), Json.parse("{\"name\": \"" + SERVER_ID + "\"}"))).isNotEqualTo(one);
    }

    @Test
    void aReloadOfADeletedServerIsNotFound() {
        Server server = get(NovaFixtures.server());
        nova.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(SERVER))
                .willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(server::reload).isInstanceOf(NotFoundException.class);
    }

    @Test
    void toStringNeverShowsTheAdminPassword() {
        nova.server.stubFor(post(urlEqualTo(path("/servers"))).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(NovaFixtures.CREATED)));

        Server created = nova.compute().createServer("first_server", UBUNTU_ID, "performance1-1");

        assertThat(created.adminPass()).contains(ADMIN_PASS);
        assertThat(created).hasToString("Server[id=" + SERVER_ID + ", name=first_server, status=BUILD]");
        assertThat(created.toString()).doesNotContain(ADMIN_PASS);
    }

    @Test
    void theWaiterPollsTheServerThroughTheStubUntilItIsActive() {
        nova.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(SERVER)).inScenario("wait")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(NovaFixtures.wrapped(NovaFixtures.server(SERVER_ID, "first_server", "BUILD"))))
                .willSetStateTo("still"));
        nova.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(SERVER)).inScenario("wait")
                .whenScenarioStateIs("still")
                .willReturn(okJson(NovaFixtures.wrapped(NovaFixtures.server(SERVER_ID, "first_server", "BUILD"))))
                .willSetStateTo("done"));
        nova.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(SERVER)).inScenario("wait")
                .whenScenarioStateIs("done")
                .willReturn(okJson(NovaFixtures.wrapped(NovaFixtures.server(SERVER_ID, "first_server", "ACTIVE")))));
        nova.server.stubFor(post(urlEqualTo(path("/servers"))).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(NovaFixtures.CREATED)));
        WaitOptions fast = WaitOptions.forBuild().toBuilder().interval(Duration.ofMillis(10))
                .deadline(Duration.ofSeconds(10)).build();

        try (Waiter waiter = Waiter.builder().build()) {
            Server created = nova.compute().createServer("first_server", UBUNTU_ID, "performance1-1");
            Server active = waiter.waitForBuild(created, fast);

            assertThat(active.status()).isEqualTo("ACTIVE");
            assertThat(active.networks()).containsKeys("private", "public");
            assertThat(active).isEqualTo(created);
        }
        nova.server.verify(3, getRequestedFor(urlEqualTo(SERVER)));
    }

    @Test
    void theWaiterStopsOnErrorAndTreatsAGoneServerAsThePolicySays() {
        nova.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(SERVER))
                .willReturn(okJson(NovaFixtures.wrapped(NovaFixtures.server(SERVER_ID, "first_server", "ERROR")))));
        nova.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(path("/servers/gone")))
                .willReturn(aResponse().withStatus(404)));
        WaitOptions fast = WaitOptions.builder().interval(Duration.ofMillis(10)).deadline(Duration.ofSeconds(10)).build();
        Compute compute = nova.compute();
        Server gone = new Server(compute, Json.parse(NovaFixtures.server("gone", "x", "ACTIVE")));

        try (Waiter waiter = Waiter.builder().build()) {
            Server server = compute.getServer(SERVER_ID);
            assertThatThrownBy(() -> waiter.waitUntil(server, "status", List.of("ACTIVE"), fast))
                    .isInstanceOf(ResourceFailedException.class);
            Server deleted = waiter.waitUntil(gone, "status", List.of("DELETED"),
                    fast.toBuilder().notFound(NotFoundPolicy.SUCCEED).build());
            assertThat(deleted).isEqualTo(gone);
        }
    }
}
