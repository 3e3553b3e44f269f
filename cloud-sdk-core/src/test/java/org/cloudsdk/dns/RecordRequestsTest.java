package org.cloudsdk.dns;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cloudsdk.dns.DnsFixtures.DOMAIN_ID;
import static org.cloudsdk.dns.DnsStub.path;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cloudsdk.errors.NoMoreResultsException;
import org.cloudsdk.errors.NoUniqueMatchException;
import org.cloudsdk.paging.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Records: the exact request of each call, the parsed answers, and the last NS record kept. */
class RecordRequestsTest {

    private static final String RECORDS = path("/domains/" + DOMAIN_ID + "/records");
    private static final String CNAMES = "[" + DnsFixtures.record("CNAME-11284972", "CNAME", "sample001.example.edu",
            "example.edu", 3600) + "," + DnsFixtures.record("CNAME-11284973", "CNAME", "sample002.example.edu",
                    "example.edu", 3600) + "," + DnsFixtures.record("CNAME-11284974", "CNAME", "sample003.example.edu",
                            "example.edu", 3600) + "]";
    private static final String NS1 = DnsFixtures.record("NS-6703063", "NS", "example.edu", "dns1.stabletransit.com", 3600);
    private static final String NS2 = DnsFixtures.record("NS-6703064", "NS", "example.edu", "dns2.stabletransit.com", 3600);

    private final DnsStub dns = new DnsStub();

    @AfterEach
    void close() {
        dns.close();
    }

    private DnsRecord record(String json) {
        return new DnsRecord(dns.dns(), DOMAIN_ID, org.cloudsdk.http.Json.parse(json));
    }

    @Test
    void listRecordsReadsTheChaptersRecordsWithTheirDomain() {
        dns.server.stubFor(get(urlEqualTo(RECORDS + "?limit=100")).willReturn(okJson(
                "{\"records\": " + CNAMES + ", \"totalEntries\": 3}")));

        List<DnsRecord> recs = dns.dns().listRecords(DOMAIN_ID);

        assertThat(recs).extracting(DnsRecord::id, DnsRecord::type, DnsRecord::name, DnsRecord::data)
                .containsExactly(tuple("CNAME-11284972", RecordType.CNAME, "sample001.example.edu", "example.edu"),
                        tuple("CNAME-11284973", RecordType.CNAME, "sample002.example.edu", "example.edu"),
                        tuple("CNAME-11284974", RecordType.CNAME, "sample003.example.edu", "example.edu"));
        assertThat(recs.get(0).domainId()).isEqualTo(DOMAIN_ID);
        assertThat(recs.get(0).ttl()).contains(3600);
        assertThat(recs.get(0).priority()).isEmpty();
        assertThat(recs.get(0)).hasToString("DnsRecord[id=CNAME-11284972, type=CNAME, name=sample001.example.edu,"
                + " data=example.edu, ttl=3600]");
        assertThat(dns.log()).containsExactly("GET " + RECORDS + "?limit=100");
    }

    @Test
    void recordPagesGoBothWaysAndTheIteratorReadsThemAll() {
        dns.server.stubFor(get(urlEqualTo(RECORDS + "?limit=2")).willReturn(okJson("{\"records\": ["
                + DnsFixtures.record("A-1", "A", "a.example.edu", "192.0.2.1", 3600) + ","
                + DnsFixtures.record("A-2", "A", "b.example.edu", "192.0.2.2", 3600) + "], \"totalEntries\": 3}")));
        dns.server.stubFor(get(urlEqualTo(RECORDS + "?limit=2&offset=2")).willReturn(okJson("{\"records\": ["
                + DnsFixtures.record("A-3", "A", "c.example.edu", "192.0.2.3", 3600) + "], \"totalEntries\": 3}")));
        dns.server.stubFor(get(urlEqualTo(RECORDS + "?limit=100")).willReturn(okJson("{\"records\": [], \"totalEntries\": 0}")));
        CloudDns client = dns.dns();

        Page<DnsRecord> first = client.listRecords(DOMAIN_ID, 2, 0);
        Page<DnsRecord> second = client.listRecordsNextPage(first);

        assertThat(second.items()).extracting(DnsRecord::id).containsExactly("A-3");
        assertThat(client.listRecordsPreviousPage(second).items()).extracting(DnsRecord::id).containsExactly("A-1", "A-2");
        assertThatThrownBy(() -> client.listRecordsNextPage(second)).isInstanceOf(NoMoreResultsException.class);
        assertThat(client.getRecordIterator(DOMAIN_ID).stream().toList()).isEmpty();
    }

    @Test
    void searchAndFindSendTheTypeNameAndDataFilters() {
        dns.server.stubFor(get(urlEqualTo(RECORDS + "?type=CNAME&name=sample001.example.edu&limit=100")).willReturn(
                okJson("{\"records\": [" + DnsFixtures.record("CNAME-11284972", "CNAME", "sample001.example.edu",
                        "example.edu", 3600) + "], \"totalEntries\": 1}")));
        dns.server.stubFor(get(urlEqualTo(RECORDS + "?type=CNAME&data=example.edu&limit=100")).willReturn(
                okJson("{\"records\": " + CNAMES + ", \"totalEntries\": 3}")));
        dns.server.stubFor(get(urlEqualTo(RECORDS + "?type=MX&limit=100")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\": 404, \"message\": \"Not Found\", \"details\": \"No records found\"}")));
        CloudDns client = dns.dns();

        Optional<DnsRecord> found = client.findRecord(DOMAIN_ID, RecordType.CNAME, "sample001.example.edu", null);

        assertThat(found).map(DnsRecord::id).contains("CNAME-11284972");
        assertThat(client.searchRecords(DOMAIN_ID, RecordType.CNAME, null, "example.edu")).hasSize(3);
        assertThat(client.findRecord(DOMAIN_ID, RecordType.MX, null, null)).isEmpty();
        assertThatThrownBy(() -> client.findRecord(DOMAIN_ID, RecordType.CNAME, null, "example.edu"))
                .isInstanceOf(NoUniqueMatchException.class).hasMessageContaining("3 CNAME records match");
    }

    @Test
    void addRecordsSendsTheChaptersAAndMxRecordsAndReturnsThemFromTheJob() {
        dns.job(post(urlEqualTo(RECORDS)), "job-r1", "{\"records\": ["
                + DnsFixtures.record("A-9393844", "A", "example.edu", "192.168.0.42", 6000) + ","
                + DnsFixtures.record("MX-4184738", "MX", "example.edu", "mail.example.edu", 3600)
                        .replace("\"ttl\": 3600", "\"ttl\": 3600, \"priority\": 50, \"comment\": \"Backup mail server\"")
                + "]}");
        List<NewRecord> recs = List.of(
                NewRecord.builder(RecordType.A, "example.edu", "192.168.0.42").ttl(6000).build(),
                NewRecord.builder(RecordType.MX, "example.edu", "mail.example.edu").priority(50)
                        .comment("Backup mail server").build());

        List<DnsRecord> added = dns.dns().addRecords(DOMAIN_ID, recs);

        dns.server.verify(postRequestedFor(urlEqualTo(RECORDS)).withRequestBody(equalToJson("""
                {"records": [{"type": "A", "name": "example.edu", "data": "192.168.0.42", "ttl": 6000},
                             {"type": "MX", "name": "example.edu", "data": "mail.example.edu", "priority": 50,
                              "comment": "Backup mail server"}]}""")));
        assertThat(added).extracting(DnsRecord::id, DnsRecord::type, DnsRecord::domainId).containsExactly(
                tuple("A-9393844", RecordType.A, DOMAIN_ID), tuple("MX-4184738", RecordType.MX, DOMAIN_ID));
        assertThat(added.get(1).priority()).contains(50);
        assertThat(added.get(1).comment()).contains("Backup mail server");
    }

    @Test
    void addRecordReturnsTheOneRecord() {
        dns.job(post(urlEqualTo(RECORDS)), "job-r2", "{\"records\": ["
                + DnsFixtures.record("AAAA-1", "AAAA", "v6.example.edu", "2001:db8::7", 3600) + "]}");

        DnsRecord added = dns.dns().addRecord(DOMAIN_ID, NewRecord.of(RecordType.AAAA, "v6.example.edu", "2001:db8::7"));

        assertThat(added.data()).isEqualTo("2001:db8::7");
        dns.server.verify(postRequestedFor(urlEqualTo(RECORDS)).withRequestBody(equalToJson(
                "{\"records\": [{\"type\": \"AAAA\", \"name\": \"v6.example.edu\", \"data\": \"2001:db8::7\"}]}")));
    }

    @Test
    void getRecordAndReloadReadTheRecord() {
        dns.server.stubFor(get(urlEqualTo(RECORDS + "/A-9393844")).willReturn(okJson(
                DnsFixtures.record("A-9393844", "A", "example.edu", "192.168.0.42", 6000))));

        DnsRecord rec = dns.dns().getRecord(DOMAIN_ID, "A-9393844");

        assertThat(rec.reload()).isEqualTo(rec).isNotSameAs(rec);
        assertThat(rec.ttl()).contains(6000);
        assertThat(dns.log()).containsExactly("GET " + RECORDS + "/A-9393844", "GET " + RECORDS + "/A-9393844");
    }

    @Test
    void updateSendsTheRecordsIdNameAndChanges() {
        dns.job(put(urlEqualTo(RECORDS)), "job-r3", null);
        DnsRecord a = record(DnsFixtures.record("A-9393844", "A", "example.edu", "192.168.0.42", 6000));
        DnsRecord mx = record(DnsFixtures.record("MX-4184738", "MX", "example.edu", "mail.example.edu", 3600));

        a.update(RecordUpdate.builder().ttl(600).build());
        Map<DnsRecord, RecordUpdate> both = new LinkedHashMap<>();
        both.put(a, RecordUpdate.builder().data("192.168.0.43").comment("moved").build());
        both.put(mx, RecordUpdate.builder().priority(10).build());
        dns.dns().updateRecords(DOMAIN_ID, both);

        dns.server.verify(putRequestedFor(urlEqualTo(RECORDS)).withRequestBody(equalToJson(
                "{\"records\": [{\"id\": \"A-9393844\", \"name\": \"example.edu\", \"ttl\": 600}]}")));
        dns.server.verify(putRequestedFor(urlEqualTo(RECORDS)).withRequestBody(equalToJson("""
                {"records": [{"id": "A-9393844", "name": "example.edu", "data": "192.168.0.43", "comment": "moved"},
                             {"id": "MX-4184738", "name": "example.edu", "priority": 10}]}""")));
    }

    @Test
    void updateChecksTheChangesAgainstTheRecordsTypeBeforeAnyRequest() {
        DnsRecord a = record(DnsFixtures.record("A-9393844", "A", "example.edu", "192.168.0.42", 6000));

        assertThatThrownBy(() -> a.update(RecordUpdate.builder().data("mail.example.edu").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data of A records must be an IPv4");
        assertThatThrownBy(() -> a.update(RecordUpdate.builder().priority(5).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("priority is only allowed for MX and SRV");
        assertThat(dns.log()).isEmpty();
    }

    @Test
    void deleteRecordSendsOneDeleteAndWaits() {
        dns.job(delete(urlEqualTo(RECORDS + "/A-9393844")), "job-r4", null);

        record(DnsFixtures.record("A-9393844", "A", "example.edu", "192.168.0.42", 6000)).delete();

        assertThat(dns.log()).containsExactly("DELETE " + RECORDS + "/A-9393844", "GET " + DnsStub.status("job-r4"));
    }

    @Test
    void deleteRecordsSendsTheIdsInOneCall() {
        dns.job(delete(urlEqualTo(RECORDS + "?id=A-1&id=CNAME-2")), "job-r5", null);

        dns.dns().deleteRecords(DOMAIN_ID, List.of("A-1", "CNAME-2"));

        dns.server.verify(1, deleteRequestedFor(urlEqualTo(RECORDS + "?id=A-1&id=CNAME-2")));
    }

    @Test
    void theLastNsRecordIsRefusedBeforeTheDelete() {
        dns.server.stubFor(get(urlEqualTo(RECORDS + "?type=NS&limit=100")).willReturn(okJson(
                "{\"records\": [" + NS1 + "], \"totalEntries\": 1}")));

        assertThatThrownBy(() -> dns.dns().deleteRecord(DOMAIN_ID, "NS-6703063"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recordId: NS-6703063 is the last NS record of domain 3534921; a domain must keep at least"
                        + " one NS record, so nothing was deleted");
        assertThat(dns.log()).containsExactly("GET " + RECORDS + "?type=NS&limit=100");
    }

    @Test
    void deletingEveryNsRecordAtOnceIsRefusedAndOneOfTwoIsDeleted() {
        dns.server.stubFor(get(urlEqualTo(RECORDS + "?type=NS&limit=100")).willReturn(okJson(
                "{\"records\": [" + NS1 + "," + NS2 + "], \"totalEntries\": 2}")));
        dns.job(delete(urlEqualTo(RECORDS + "/NS-6703064")), "job-r6", null);

        assertThatThrownBy(() -> dns.dns().deleteRecords(DOMAIN_ID, List.of("NS-6703063", "NS-6703064")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("are all the NS records");
        dns.dns().deleteRecord(DOMAIN_ID, "NS-6703064");

        assertThat(dns.log()).containsExactly("GET " + RECORDS + "?type=NS&limit=100",
                "GET " + RECORDS + "?type=NS&limit=100", "DELETE " + RECORDS + "/NS-6703064",
                "GET " + DnsStub.status("job-r6"));
    }
}
