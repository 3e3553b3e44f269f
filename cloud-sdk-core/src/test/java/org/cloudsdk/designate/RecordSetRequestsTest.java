package org.cloudsdk.designate;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudsdk.designate.DesignateFixtures.RECORDSET_ID;
import static org.cloudsdk.designate.DesignateFixtures.RECORDSET_ID_2;
import static org.cloudsdk.designate.DesignateFixtures.ZONE_ID;
import static org.cloudsdk.designate.DesignateFixtures.recordSet;
import static org.cloudsdk.designate.DesignateStub.FAST;
import static org.cloudsdk.designate.DesignateStub.TOKEN;
import static org.cloudsdk.designate.DesignateStub.path;
import static org.cloudsdk.designate.ZoneRequestsTest.accepted;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

/** Record sets: every type's create body, listings in a zone and across zones, update, delete and waits. */
class RecordSetRequestsTest {

    private static final String SETS = "/zones/" + ZONE_ID + "/recordsets";
    private final DesignateStub dns = new DesignateStub();

    @AfterEach
    void close() {
        dns.close();
    }

    static Stream<Arguments> everyType() {
        return Stream.of(
                Arguments.of(RecordType.A, "www.example.org.", List.of("192.0.2.10", "192.0.2.11")),
                Arguments.of(RecordType.AAAA, "www.example.org.", List.of("2001:db8::10")),
                Arguments.of(RecordType.CNAME, "ftp.example.org.", List.of("www.example.org.")),
                Arguments.of(RecordType.MX, "example.org.", List.of("10 mail1.example.org.", "20 mail2.example.org.")),
                Arguments.of(RecordType.NS, "dev.example.org.", List.of("ns1.example.net.")),
                Arguments.of(RecordType.TXT, "example.org.", List.of("\"v=spf1 mx -all\"", "plain-token")),
                Arguments.of(RecordType.SRV, "_sip._tcp.example.org.", List.of("10 0 5060 sip.example.org.")),
                Arguments.of(RecordType.PTR, "10.2.0.192.in-addr.arpa.", List.of("www.example.org.")),
                Arguments.of(RecordType.CAA, "example.org.", List.of("0 issue letsencrypt.org",
                        "0 iodef mailto:security@example.org")),
                Arguments.of(RecordType.SSHFP, "host.example.org.", List.of(
                        "1 2 6467a09c59607b01fef22ef6918c44a2eaaa14a5e055cfe91bf614b5796d2df0")),
                Arguments.of(RecordType.SPF, "example.org.", List.of("\"v=spf1 +all\"")),
                Arguments.of(RecordType.A, "*.example.org.", List.of("192.0.2.99")));
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void createPostsNameTypeAndRecordsOfEveryType(RecordType type, String name, List<String> records) {
        String quoted = String.join(", ", records.stream().map(r -> "\"" + r.replace("\"", "\\\"") + "\"").toList());
        dns.server.stubFor(post(urlEqualTo(path(SETS))).willReturn(accepted(recordSet(RECORDSET_ID, name, type.name(),
                quoted, "PENDING", "CREATE"))));

        RecordSet set = dns.designate().createRecordSet(ZONE_ID, name, type, records);

        dns.server.verify(1, postRequestedFor(urlEqualTo(path(SETS))).withHeader("X-Auth-Token", equalTo(TOKEN))
                .withRequestBody(equalToJson("{\"name\": \"" + name + "\", \"type\": \"" + type + "\", \"records\": ["
                        + quoted + "]}")));
        assertThat(set.type()).isEqualTo(type);
        assertThat(set.records()).isEqualTo(records);
        assertThat(set.status()).isEqualTo(DesignateStatus.PENDING);
        assertThat(set.action()).isEqualTo(DesignateAction.CREATE);
    }

    @Test
    void createSendsTheTtlAndDescriptionAndReadsTheAnswer() {
        dns.server.stubFor(post(urlEqualTo(path(SETS))).willReturn(accepted(recordSet(RECORDSET_ID, "www.example.org.",
                "A", "\"192.0.2.10\"", "PENDING", "CREATE"))));

        RecordSet set = dns.designate().createRecordSet(ZONE_ID, "www.example.org.", RecordType.A, List.of("192.0.2.10"),
                RecordSetCreateOptions.builder().ttl(3600).description("An example record set").build());

        dns.server.verify(1, postRequestedFor(urlEqualTo(path(SETS))).withRequestBody(equalToJson("""
                {"name": "www.example.org.", "type": "A", "ttl": 3600, "description": "An example record set",
                 "records": ["192.0.2.10"]}""")));
        assertThat(set.id()).isEqualTo(RECORDSET_ID);
        assertThat(set.zoneId()).isEqualTo(ZONE_ID);
        assertThat(set.zoneName()).contains("example.org.");
        assertThat(set.ttl()).contains(3600);
        assertThat(set.description()).contains("An example record set");
        assertThat(set.createdAt()).isEqualTo(Instant.parse("2024-10-24T19:59:44Z"));
        assertThat(set).hasToString("RecordSet[id=" + RECORDSET_ID
                + ", name=www.example.org., type=A, records=[192.0.2.10], status=PENDING]");
    }

    @Test
    void listInAZoneSendsTheFiltersAndFollowsLinksNext() {
        String next = dns.links() + SETS + "?limit=1&marker=" + RECORDSET_ID + "&type=A";
        dns.server.stubFor(get(urlEqualTo(path(SETS + "?name=www.example.org.&type=A&data=192.0.2.%2A&ttl=3600"
                + "&status=ACTIVE&description=An%2A&limit=1"))).willReturn(okJson("{\"recordsets\": [" + recordSet()
                        + "], \"links\": {\"next\": \"" + next + "\"}, \"metadata\": {\"total_count\": 2}}")));
        dns.server.stubFor(get(urlEqualTo(path(SETS + "?limit=1&marker=" + RECORDSET_ID + "&type=A"))).willReturn(okJson(
                "{\"recordsets\": [" + recordSet(RECORDSET_ID_2, "www.example.org.", "A", "\"192.0.2.11\"", "ACTIVE",
                        "NONE") + "], \"links\": {\"self\": \"x\"}}")));

        List<RecordSet> sets = dns.designate().listRecordSets(ZONE_ID, RecordSetListOptions.builder()
                .name("www.example.org.").type(RecordType.A).data("192.0.2.*").ttl(3600)
                .status(DesignateStatus.ACTIVE).description("An*").limit(1).build());

        assertThat(sets).extracting(RecordSet::id).containsExactly(RECORDSET_ID, RECORDSET_ID_2);
    }

    @Test
    void listAcrossZonesReadsRecordsetsOfEveryZone() {
        dns.server.stubFor(get(urlEqualTo(path("/recordsets?type=MX"))).willReturn(okJson("{\"recordsets\": ["
                + recordSet(RECORDSET_ID, "example.org.", "MX", "\"10 mail.example.org.\"", "ACTIVE", "NONE")
                + "], \"links\": {\"self\": \"x\"}}")));

        List<RecordSet> sets = dns.designate().listAllRecordSets(RecordSetListOptions.builder().type(RecordType.MX).build());

        assertThat(sets).extracting(RecordSet::records).containsExactly(List.of("10 mail.example.org."));
    }

    @Test
    void theZoneHandleListsItsRecordSetsAndAnUnknownTypeIsKept() {
        dns.server.stubFor(get(urlEqualTo(path("/zones/" + ZONE_ID))).willReturn(okJson(DesignateFixtures.zone())));
        dns.server.stubFor(get(urlEqualTo(path(SETS))).willReturn(okJson("{\"recordsets\": [" + recordSet(RECORDSET_ID,
                "example.org.", "SOA", "\"ns1.example.com. hostmaster.example.org. 1 3600 600 86400 3600\"", "ACTIVE",
                "NONE") + ", " + recordSet(RECORDSET_ID_2, "example.org.", "NAPTR", "\"0 0 S SIP+D2U !^.*$!sip:x@example.org! _sip._udp.example.org.\"",
                        "ACTIVE", "NONE") + "], \"links\": {}}")));

        List<RecordSet> sets = dns.designate().getZone(ZONE_ID).listRecordSets();

        assertThat(sets).extracting(RecordSet::type).containsExactly(RecordType.SOA, RecordType.UNKNOWN);
        assertThat(sets.get(1).attribute("type")).contains("NAPTR");
    }

    @Test
    void findAsksForNameAndType() {
        dns.server.stubFor(get(urlEqualTo(path(SETS + "?name=www.example.org.&type=A"))).willReturn(okJson(
                "{\"recordsets\": [" + recordSet() + "], \"links\": {}}")));

        assertThat(dns.designate().findRecordSet(ZONE_ID, "www.example.org.", RecordType.A)).get()
                .extracting(RecordSet::id).isEqualTo(RECORDSET_ID);
    }

    @Test
    void updatePutsTheNewRecordsAndGoesBackToTheZonesTtl() {
        dns.server.stubFor(put(urlEqualTo(path(SETS + "/" + RECORDSET_ID))).willReturn(accepted(recordSet(RECORDSET_ID,
                "www.example.org.", "A", "\"192.0.2.10\", \"192.0.2.12\"", "PENDING", "UPDATE"))));

        RecordSet set = dns.designate().updateRecordSet(ZONE_ID, RECORDSET_ID, RecordSetUpdateOptions.builder()
                .records(RecordType.A, List.of("192.0.2.10", "192.0.2.12")).zoneTtl().description("Updated").build());

        dns.server.verify(1, putRequestedFor(urlEqualTo(path(SETS + "/" + RECORDSET_ID))).withRequestBody(equalToJson(
                "{\"records\": [\"192.0.2.10\", \"192.0.2.12\"], \"ttl\": null, \"description\": \"Updated\"}")));
        assertThat(set.action()).isEqualTo(DesignateAction.UPDATE);
        assertThat(set.records()).containsExactly("192.0.2.10", "192.0.2.12");
    }

    @Test
    void theHandleUpdatesItsTtlAndWaitsUntilActive() {
        dns.server.stubFor(put(urlEqualTo(path(SETS + "/" + RECORDSET_ID))).willReturn(accepted(recordSet(RECORDSET_ID,
                "www.example.org.", "A", "\"192.0.2.10\"", "PENDING", "UPDATE"))));
        dns.server.stubFor(get(urlEqualTo(path(SETS + "/" + RECORDSET_ID))).inScenario("update")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(recordSet(RECORDSET_ID, "www.example.org.", "A",
                        "\"192.0.2.10\"", "PENDING", "UPDATE"))).willSetStateTo("done"));
        dns.server.stubFor(get(urlEqualTo(path(SETS + "/" + RECORDSET_ID))).inScenario("update")
                .whenScenarioStateIs("done").willReturn(okJson(recordSet())));
        RecordSet set = new RecordSet(dns.designate(), org.cloudsdk.http.Json.parse(recordSet()));

        RecordSet active = set.update(RecordSetUpdateOptions.builder().ttl(300).build()).waitUntilActive(FAST);

        dns.server.verify(1, putRequestedFor(urlEqualTo(path(SETS + "/" + RECORDSET_ID)))
                .withRequestBody(equalToJson("{\"ttl\": 300}")));
        assertThat(active.isActive()).isTrue();
    }

    @Test
    void deleteWithAWaitReturnsOnceTheRecordSetIsGone() {
        dns.server.stubFor(delete(urlEqualTo(path(SETS + "/" + RECORDSET_ID))).willReturn(accepted(recordSet(RECORDSET_ID,
                "www.example.org.", "A", "\"192.0.2.10\"", "PENDING", "DELETE"))));
        dns.server.stubFor(get(urlEqualTo(path(SETS + "/" + RECORDSET_ID))).willReturn(notFound()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\": 404, \"type\": \"recordset_not_found\", \"message\": \"Could not find RecordSet\"}")));

        RecordSet last = dns.designate().deleteRecordSet(ZONE_ID, RECORDSET_ID, FAST);

        assertThat(last.action()).isEqualTo(DesignateAction.DELETE);
        assertThat(dns.log()).containsExactly("DELETE " + path(SETS + "/" + RECORDSET_ID),
                "GET " + path(SETS + "/" + RECORDSET_ID));
    }
}
