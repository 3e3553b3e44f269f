package org.cloudsdk.designate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.designate.DesignateFixtures.PROJECT_ID;
import static org.cloudsdk.designate.DesignateFixtures.ZONE_ID;
import static org.cloudsdk.designate.DesignateFixtures.ZONE_ID_2;
import static org.cloudsdk.designate.DesignateFixtures.zone;
import static org.cloudsdk.designate.DesignateStub.FAST;
import static org.cloudsdk.designate.DesignateStub.TOKEN;
import static org.cloudsdk.designate.DesignateStub.path;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.NoUniqueMatchException;
import org.cloudsdk.paging.Page;
import org.cloudsdk.wait.ResourceFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/** Zones: the exact request of each operation, the parsing of Designate's answers, waits and deletes. */
class ZoneRequestsTest {

    private final DesignateStub dns = new DesignateStub();

    @AfterEach
    void close() {
        dns.close();
    }

    static ResponseDefinitionBuilder accepted(String json) {
        return aResponse().withStatus(202).withHeader("Content-Type", "application/json").withBody(json);
    }

    @Test
    void createPostsAPrimaryZoneWithEmailTtlAndDescriptionAndReadsItPending() {
        dns.server.stubFor(post(urlEqualTo(path("/zones"))).willReturn(accepted(zone(ZONE_ID, "example.org.", "PENDING",
                "CREATE"))));

        Zone zone = dns.designate().createZone("example.org.", "hostmaster@example.org", ZoneCreateOptions.builder()
                .ttl(7200).description("The example zone").attribute("tier", "gold").build());

        dns.server.verify(1, postRequestedFor(urlEqualTo(path("/zones")))
                .withHeader("X-Auth-Token", equalTo(TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"name": "example.org.", "email": "hostmaster@example.org", "ttl": 7200,
                         "description": "The example zone", "type": "PRIMARY", "attributes": {"tier": "gold"}}""")));
        assertThat(zone.id()).isEqualTo(ZONE_ID);
        assertThat(zone.name()).isEqualTo("example.org.");
        assertThat(zone.status()).isEqualTo(DesignateStatus.PENDING);
        assertThat(zone.action()).isEqualTo(DesignateAction.CREATE);
        assertThat(zone.isActive()).isFalse();
        assertThat(zone.email()).contains("hostmaster@example.org");
        assertThat(zone.ttl()).contains(7200);
        assertThat(zone.serial()).contains(1404757531L);
        assertThat(zone.type()).isEqualTo(ZoneType.PRIMARY);
        assertThat(zone.masters()).isEmpty();
        assertThat(zone.projectId()).contains(PROJECT_ID);
        assertThat(zone.poolId()).contains("794ccc2c-d751-44fe-b57f-8894c9f5c842");
        assertThat(zone.attributes()).isEqualTo(Map.of("tier", "gold"));
        assertThat(zone.shared()).contains(false);
        assertThat(zone.createdAt()).isEqualTo(Instant.parse("2024-07-07T18:25:31.275934Z"));
        assertThat(zone.updatedAt()).isEmpty();
        assertThat(zone.attribute("links")).isPresent();
        assertThat(zone).hasToString("Zone[id=" + ZONE_ID + ", name=example.org., status=PENDING, action=CREATE]");
    }

    @Test
    void createWithoutOptionsSendsNameEmailAndType() {
        dns.server.stubFor(post(urlEqualTo(path("/zones"))).willReturn(accepted(zone(ZONE_ID, "example.org.", "PENDING",
                "CREATE"))));

        dns.designate().createZone("example.org.", "hostmaster@example.org");

        dns.server.verify(1, postRequestedFor(urlEqualTo(path("/zones"))).withRequestBody(equalToJson(
                "{\"name\": \"example.org.\", \"email\": \"hostmaster@example.org\", \"type\": \"PRIMARY\"}")));
    }

    @Test
    void createSecondarySendsItsMastersAndNoEmail() {
        dns.server.stubFor(post(urlEqualTo(path("/zones"))).willReturn(accepted(zone(ZONE_ID, "example.net.", "PENDING",
                "CREATE").replace("\"masters\": []", "\"masters\": [\"192.0.2.53:5354\", \"2001:db8::53\"]")
                .replace("\"PRIMARY\"", "\"SECONDARY\""))));

        Zone zone = dns.designate().createSecondaryZone("example.net.", List.of("192.0.2.53:5354", "2001:db8::53"));

        dns.server.verify(1, postRequestedFor(urlEqualTo(path("/zones"))).withRequestBody(equalToJson("""
                {"name": "example.net.", "type": "SECONDARY", "masters": ["192.0.2.53:5354", "2001:db8::53"]}""")));
        assertThat(zone.type()).isEqualTo(ZoneType.SECONDARY);
        assertThat(zone.masters()).containsExactly("192.0.2.53:5354", "2001:db8::53");
    }

    @Test
    void aDuplicateZoneIsAConflictWithDesignatesMessage() {
        dns.server.stubFor(post(urlEqualTo(path("/zones"))).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"code": 409, "type": "duplicate_zone", "message": "Duplicate Zone",
                         "request_id": "req-5a1f"}""")));

        assertThatThrownBy(() -> dns.designate().createZone("example.org.", "hostmaster@example.org"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Duplicate Zone");
    }

    @Test
    void listSendsTheFiltersAndFollowsLinksNext() {
        String next = dns.links() + "/zones?limit=1&marker=" + ZONE_ID + "&status=ACTIVE";
        dns.server.stubFor(get(urlPathEqualTo(path("/zones"))).withQueryParam("marker", equalTo(ZONE_ID))
                .willReturn(okJson("{\"zones\": [" + zone(ZONE_ID_2, "example.net.", "ACTIVE", "NONE") + "],"
                        + " \"links\": {\"self\": \"" + next + "\"}, \"metadata\": {\"total_count\": 2}}")));
        dns.server.stubFor(get(urlEqualTo(path("/zones?name=%2A.org.&email=hostmaster%40example.org&status=ACTIVE"
                + "&type=PRIMARY&ttl=7200&description=The%2A&limit=1")))
                .willReturn(okJson("{\"zones\": [" + zone() + "], \"links\": {\"self\": \"x\", \"next\": \"" + next
                        + "\"}, \"metadata\": {\"total_count\": 2}}")));

        List<Zone> zones = dns.designate().listZones(ZoneListOptions.builder().name("*.org.")
                .email("hostmaster@example.org").status(DesignateStatus.ACTIVE).type(ZoneType.PRIMARY).ttl(7200)
                .description("The*").limit(1).build());

        assertThat(zones).extracting(Zone::id).containsExactly(ZONE_ID, ZONE_ID_2);
        assertThat(dns.log()).containsExactly(
                "GET " + path("/zones?name=%2A.org.&email=hostmaster%40example.org&status=ACTIVE&type=PRIMARY&ttl=7200"
                        + "&description=The%2A&limit=1"),
                "GET " + path("/zones?limit=1&marker=" + ZONE_ID + "&status=ACTIVE"));
    }

    @Test
    void theFirstPageStartsAfterTheMarkerAndKnowsItsNextPage() {
        String next = dns.links() + "/zones?limit=1&marker=" + ZONE_ID_2;
        dns.server.stubFor(get(urlEqualTo(path("/zones?limit=1&marker=" + ZONE_ID))).willReturn(okJson(
                "{\"zones\": [" + zone(ZONE_ID_2, "example.net.", "ACTIVE", "NONE") + "], \"links\": {\"next\": \""
                        + next + "\"}}")));

        Page<Zone> page = dns.designate().zones(ZoneListOptions.builder().limit(1).marker(ZONE_ID).build()).firstPage();

        assertThat(page.items()).extracting(Zone::name).containsExactly("example.net.");
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void getReadsTheZoneAndReloadIsEqualById() {
        dns.server.stubFor(get(urlEqualTo(path("/zones/" + ZONE_ID))).willReturn(okJson(zone())));

        Zone zone = dns.designate().getZone(ZONE_ID);

        assertThat(zone.isActive()).isTrue();
        assertThat(zone.description()).contains("The example zone");
        assertThat(zone.reload()).isEqualTo(zone).isNotSameAs(zone);
        dns.server.verify(2, getRequestedFor(urlEqualTo(path("/zones/" + ZONE_ID)))
                .withHeader("X-Auth-Token", equalTo(TOKEN)));
    }

    @Test
    void findAsksForTheExactNameAndKeepsOnlyExactMatches() {
        dns.server.stubFor(get(urlEqualTo(path("/zones?name=example.org."))).willReturn(okJson(
                "{\"zones\": [" + zone() + "], \"links\": {\"self\": \"x\"}}")));
        dns.server.stubFor(get(urlEqualTo(path("/zones?name=missing.org."))).willReturn(okJson(
                "{\"zones\": [], \"links\": {\"self\": \"x\"}}")));

        assertThat(dns.designate().findZone("example.org.")).get().extracting(Zone::id).isEqualTo(ZONE_ID);
        assertThat(dns.designate().findZone("missing.org.")).isEmpty();
    }

    @Test
    void findRefusesTwoZonesOfTheSameName() {
        dns.server.stubFor(get(urlEqualTo(path("/zones?name=example.org."))).willReturn(okJson("{\"zones\": [" + zone()
                + ", " + zone(ZONE_ID_2, "example.org.", "ACTIVE", "NONE") + "], \"links\": {}}")));

        assertThatThrownBy(() -> dns.designate().findZone("example.org.")).isInstanceOf(NoUniqueMatchException.class)
                .hasMessageContaining("2 zones are named 'example.org.'");
    }

    @Test
    void subzonesAreTheZonesUnderTheParentsName() {
        dns.server.stubFor(get(urlEqualTo(path("/zones?name=%2A.example.org."))).willReturn(okJson(
                "{\"zones\": [" + zone(ZONE_ID_2, "dev.example.org.", "ACTIVE", "NONE") + "], \"links\": {}}")));

        assertThat(dns.designate().listSubzones("example.org.")).extracting(Zone::name).containsExactly("dev.example.org.");
    }

    @Test
    void updatePatchesOnlyWhatChanges() {
        dns.server.stubFor(patch(urlEqualTo(path("/zones/" + ZONE_ID))).willReturn(accepted(zone(ZONE_ID,
                "example.org.", "PENDING", "UPDATE"))));

        Zone zone = dns.designate().updateZone(ZONE_ID, ZoneUpdateOptions.builder().email("dns@example.org").ttl(600)
                .description("Updated").build());

        dns.server.verify(1, patchRequestedFor(urlEqualTo(path("/zones/" + ZONE_ID))).withRequestBody(equalToJson(
                "{\"email\": \"dns@example.org\", \"ttl\": 600, \"description\": \"Updated\"}")));
        assertThat(zone.action()).isEqualTo(DesignateAction.UPDATE);
    }

    @Test
    void theHandleUpdatesWithOneField() {
        dns.server.stubFor(get(urlEqualTo(path("/zones/" + ZONE_ID))).willReturn(okJson(zone())));
        dns.server.stubFor(patch(urlEqualTo(path("/zones/" + ZONE_ID))).willReturn(accepted(zone(ZONE_ID,
                "example.org.", "PENDING", "UPDATE"))));

        dns.designate().getZone(ZONE_ID).update(ZoneUpdateOptions.builder().ttl(300).build());

        dns.server.verify(1, patchRequestedFor(urlEqualTo(path("/zones/" + ZONE_ID)))
                .withRequestBody(equalToJson("{\"ttl\": 300}")));
    }

    @Test
    void waitUntilActivePollsUntilThePendingZoneIsActive() {
        dns.server.stubFor(get(urlEqualTo(path("/zones/" + ZONE_ID))).inScenario("create")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(zone(ZONE_ID, "example.org.", "PENDING",
                        "CREATE"))).willSetStateTo("active"));
        dns.server.stubFor(get(urlEqualTo(path("/zones/" + ZONE_ID))).inScenario("create")
                .whenScenarioStateIs("active").willReturn(okJson(zone())));
        Zone pending = new Zone(dns.designate(), org.cloudsdk.http.Json.parse(zone(ZONE_ID, "example.org.", "PENDING",
                "CREATE")));

        Zone active = pending.waitUntilActive(FAST);

        assertThat(active.status()).isEqualTo(DesignateStatus.ACTIVE);
        assertThat(active.action()).isEqualTo(DesignateAction.NONE);
        dns.server.verify(2, getRequestedFor(urlEqualTo(path("/zones/" + ZONE_ID))));
    }

    @Test
    void aZoneInErrorEndsTheWaitWithAFailure() {
        dns.server.stubFor(get(urlEqualTo(path("/zones/" + ZONE_ID))).willReturn(okJson(zone(ZONE_ID, "example.org.",
                "ERROR", "CREATE"))));
        Zone pending = new Zone(dns.designate(), org.cloudsdk.http.Json.parse(zone(ZONE_ID, "example.org.", "PENDING",
                "CREATE")));

        assertThatThrownBy(() -> dns.designate().waitForZone(pending, FAST)).isInstanceOf(ResourceFailedException.class)
                .hasMessageContaining("ERROR");
    }

    @Test
    void deleteAnswersThePendingZoneAtOnce() {
        dns.server.stubFor(delete(urlEqualTo(path("/zones/" + ZONE_ID))).willReturn(accepted(zone(ZONE_ID,
                "example.org.", "PENDING", "DELETE"))));

        Zone deleting = dns.designate().deleteZone(ZONE_ID);

        assertThat(deleting.action()).isEqualTo(DesignateAction.DELETE);
        assertThat(dns.log()).containsExactly("DELETE " + path("/zones/" + ZONE_ID));
    }

    @Test
    void deleteWithAWaitReturnsOnceTheZoneIsGone() {
        dns.server.stubFor(delete(urlEqualTo(path("/zones/" + ZONE_ID))).willReturn(accepted(zone(ZONE_ID,
                "example.org.", "PENDING", "DELETE"))));
        dns.server.stubFor(get(urlEqualTo(path("/zones/" + ZONE_ID))).inScenario("delete")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(zone(ZONE_ID, "example.org.", "PENDING",
                        "DELETE"))).willSetStateTo("gone"));
        dns.server.stubFor(get(urlEqualTo(path("/zones/" + ZONE_ID))).inScenario("delete")
                .whenScenarioStateIs("gone").willReturn(notFound().withHeader("Content-Type", "application/json")
                        .withBody("{\"code\": 404, \"type\": \"zone_not_found\", \"message\": \"Could not find Zone\"}")));

        Zone last = dns.designate().deleteZone(ZONE_ID, FAST);

        assertThat(last.action()).isEqualTo(DesignateAction.DELETE);
        assertThat(dns.log()).containsExactly("DELETE " + path("/zones/" + ZONE_ID), "GET " + path("/zones/" + ZONE_ID),
                "GET " + path("/zones/" + ZONE_ID));
        dns.server.verify(1, deleteRequestedFor(urlEqualTo(path("/zones/" + ZONE_ID))));
    }

    @Test
    void nameServersAreReadWithTheirPriorities() {
        dns.server.stubFor(get(urlEqualTo(path("/zones/" + ZONE_ID + "/nameservers"))).willReturn(okJson("""
                {"nameservers": [{"hostname": "ns1.example.com.", "priority": 1},
                                 {"hostname": "ns2.example.com.", "priority": 2}]}""")));

        assertThat(dns.designate().listNameServers(ZONE_ID)).containsExactly(new NameServer("ns1.example.com.", 1),
                new NameServer("ns2.example.com.", 2));
    }

    @Test
    void theHealthCheckReadsOneZone() {
        dns.server.stubFor(get(urlEqualTo(path("/zones?limit=1"))).willReturn(okJson("{\"zones\": [], \"links\": {}}")));

        Map<String, Object> details = Designate.SERVICE.checkHealth(dns.designate()).block();

        assertThat(details).containsEntry("region", "RegionOne").containsEntry("interface", "public");
        assertThat(dns.log()).containsExactly("GET " + path("/zones?limit=1"));
    }

    @Test
    void theDefinitionIsDesignatesAndLooksOnlyUnderDns() {
        assertThat(Designate.SERVICE.name()).isEqualTo("designate");
        assertThat(Designate.SERVICE.catalogTypes()).containsExactly("dns");
        assertThat(Designate.SERVICE.clientType()).isEqualTo(Designate.class);
    }

    @Test
    void theV2UrlIsAddedToARootEndpointOnly() {
        assertThat(DesignateEndpoint.v2("http://127.0.0.1:9001")).isEqualTo("http://127.0.0.1:9001/v2");
        assertThat(DesignateEndpoint.v2("http://127.0.0.1:9001/")).isEqualTo("http://127.0.0.1:9001/v2");
        assertThat(DesignateEndpoint.v2("http://10.0.0.1/dns")).isEqualTo("http://10.0.0.1/dns/v2");
        assertThat(DesignateEndpoint.v2("http://10.0.0.1/dns/v2/")).isEqualTo("http://10.0.0.1/dns/v2");
    }
}
