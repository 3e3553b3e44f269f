package org.cloudsdk.dns;

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
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cloudsdk.dns.DnsFixtures.DOMAIN_ID;
import static org.cloudsdk.dns.DnsStub.path;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cloudsdk.errors.NoMoreResultsException;
import org.cloudsdk.paging.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Domains: the exact request of each of the chapter's calls, the parsed answers, the paging. */
class DomainRequestsTest {

    private static final String DOMAIN = path("/domains/" + DOMAIN_ID);

    private final DnsStub dns = new DnsStub();

    @AfterEach
    void close() {
        dns.close();
    }

    // ------------------------------------------------------------------ listing and paging

    @Test
    void theSeedsFifteenDomainsInPagesOfFourEndWithNoMoreResultsBothWays() {
        for (int offset = 0; offset < 15; offset += 4) {
            String next = offset + 4 < 15 ? ", {\"rel\": \"next\", \"href\": \"https://dns.api.rackspacecloud.com"
                    + "/v1.0/000000/domains?limit=4&offset=" + (offset + 4) + "\"}" : "";
            String query = offset == 0 ? "?limit=4" : "?limit=4&offset=" + offset;
            dns.server.stubFor(get(urlEqualTo(path("/domains" + query))).willReturn(okJson(DnsFixtures.domainPage(
                    offset + 1, Math.min(offset + 4, 15), 15, "[{\"rel\": \"previous\", \"href\": \"x\"}" + next + "]"))));
        }
        CloudDns client = dns.dns();

        Page<Domain> page = client.list(4);
        List<List<String>> pages = new ArrayList<>();
        pages.add(page.items().stream().map(Domain::name).toList());
        while (true) {
            try {
                page = client.listNextPage(page);
                pages.add(page.items().stream().map(Domain::name).toList());
            } catch (NoMoreResultsException e) {
                break;
            }
        }

        assertThat(pages).hasSize(4);
        assertThat(pages.get(0)).containsExactly("example001.edu", "example002.edu", "example003.edu", "example004.edu");
        assertThat(pages.get(3)).containsExactly("example013.edu", "example014.edu", "example015.edu");
        assertThat(client.listPreviousPage(page).items()).extracting(Domain::name).startsWith("example009.edu");
        assertThatThrownBy(() -> client.listPreviousPage(client.list(4))).isInstanceOf(NoMoreResultsException.class)
                .hasMessageContaining("no previous page");
        assertThat(dns.log()).startsWith("GET " + path("/domains?limit=4"), "GET " + path("/domains?limit=4&offset=4"),
                "GET " + path("/domains?limit=4&offset=8"), "GET " + path("/domains?limit=4&offset=12"));
    }

    @Test
    void theIteratorWalksTwoHundredFiftyDomainsInPagesOfOneHundred() {
        dns.server.stubFor(get(urlEqualTo(path("/domains?limit=100"))).willReturn(okJson(
                DnsFixtures.domainPage(1, 100, 250, "[{\"rel\": \"next\", \"href\": \"n\"}]"))));
        dns.server.stubFor(get(urlEqualTo(path("/domains?limit=100&offset=100"))).willReturn(okJson(
                DnsFixtures.domainPage(101, 200, 250, "[{\"rel\": \"next\", \"href\": \"n\"}]"))));
        dns.server.stubFor(get(urlEqualTo(path("/domains?limit=100&offset=200"))).willReturn(okJson(
                DnsFixtures.domainPage(201, 250, 250, "[{\"rel\": \"previous\", \"href\": \"p\"}]"))));

        List<String> names = new ArrayList<>();
        for (Domain domain : dns.dns().getDomainIterator()) {
            names.add(domain.name());
        }

        assertThat(names).hasSize(250).startsWith("example001.edu", "example002.edu")
                .endsWith("example249.edu", "example250.edu");
        assertThat(dns.dns().list()).hasSize(250);
        assertThat(dns.log()).hasSize(6).allMatch(line -> line.startsWith("GET " + path("/domains?limit=100")));
        dns.server.verify(getRequestedFor(urlEqualTo(path("/domains?limit=100"))).withHeader("X-Auth-Token",
                equalTo(DnsStub.TOKEN)));
    }

    @Test
    void anEmptyAccountListsNoDomains() {
        dns.server.stubFor(get(urlEqualTo(path("/domains?limit=100"))).willReturn(okJson(
                "{\"domains\": [], \"totalEntries\": 0}")));

        assertThat(dns.dns().list()).isEmpty();
        assertThat(dns.log()).containsExactly("GET " + path("/domains?limit=100"));
    }

    // ------------------------------------------------------------------ get and find

    @Test
    void getAsksWithoutRecordsAndSubdomainsAndReadsTheChaptersDomain() {
        dns.server.stubFor(get(urlEqualTo(DOMAIN + "?showRecords=false&showSubdomains=false")).willReturn(okJson(
                DnsFixtures.EXAMPLE_EDU)));

        Domain dom = dns.dns().get(DOMAIN_ID);

        assertThat(dom.id()).isEqualTo(DOMAIN_ID);
        assertThat(dom.name()).isEqualTo("example.edu");
        assertThat(dom.emailAddress()).contains("sample@example.edu");
        assertThat(dom.ttl()).contains(600);
        assertThat(dom.comment()).contains("Primary domain for this documentation.");
        assertThat(dom.accountId()).contains("0");
        assertThat(dom.created()).contains(Instant.parse("2012-12-06T20:45:10Z"));
        assertThat(dom.nameservers()).containsExactly("dns1.stabletransit.com", "dns2.stabletransit.com");
        assertThat(dom.records()).isEmpty();
        assertThat(dom).hasToString("Domain[id=3534921, name=example.edu, ttl=600, emailAddress=sample@example.edu]");
        assertThat(dom.reload()).isEqualTo(dom).isNotSameAs(dom);
        assertThat(dom.attribute("nameservers")).isPresent();
    }

    @Test
    void findUsesTheNameFilterAndMatchesExactly() {
        dns.server.stubFor(get(urlEqualTo(path("/domains?name=example.edu&limit=100"))).willReturn(okJson(
                "{\"domains\": [" + DnsFixtures.domain(1, "sub.example.edu") + "," + DnsFixtures.domain(2, "Example.edu")
                        + "], \"totalEntries\": 2}")));
        dns.server.stubFor(get(urlEqualTo(path("/domains?name=nothing.edu&limit=100"))).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"code\": 404, \"message\": \"Not Found\", \"details\": \"No domains found\"}")));

        assertThat(dns.dns().find("example.edu")).map(Domain::id).contains("2");
        assertThat(dns.dns().find("nothing.edu")).isEmpty();
    }

    // ------------------------------------------------------------------ create

    @Test
    void createSendsTheSimplestFormWithTheDefaultTtlAndWaitsForTheJob() {
        dns.job(post(urlEqualTo(path("/domains"))), "job-1", "{\"domains\": [" + DnsFixtures.EXAMPLE_EDU + "]}");

        Domain dom = dns.dns().create("example.edu", "sample@example.edu");

        assertThat(dom.id()).isEqualTo(DOMAIN_ID);
        dns.server.verify(postRequestedFor(urlEqualTo(path("/domains")))
                .withHeader("X-Auth-Token", equalTo(DnsStub.TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"domains": [{"name": "example.edu", "emailAddress": "sample@example.edu", "ttl": 3600}]}""")));
        assertThat(dns.log()).containsExactly("POST " + path("/domains"), "GET " + DnsStub.status("job-1"));
    }

    @Test
    void createCombinesSubdomainsAndRecordsInOneCall() {
        String created = DnsFixtures.EXAMPLE_EDU.substring(0, DnsFixtures.EXAMPLE_EDU.length() - 1)
                + ", \"recordsList\": {\"records\": [" + DnsFixtures.record("A-9393844", "A", "example.edu",
                        "192.168.0.42", 6000) + "]}, \"subdomains\": {\"domains\": [" + DnsFixtures.domain(3534922,
                                "north.example.edu") + "]}}";
        dns.job(post(urlEqualTo(path("/domains"))), "job-2", "{\"domains\": [" + created + "]}");
        NewDomain example = NewDomain.builder("example.edu", "sample@rackspace.edu").comment("Primary domain")
                .subdomain(NewDomain.builder("north.example.edu", "sample@rackspace.edu").comment("1st sample subdomain")
                        .build())
                .subdomain(NewDomain.of("southeast.example.edu", "sample@rackspace.edu"))
                .record(NewRecord.builder(RecordType.A, "example.edu", "192.168.0.42").ttl(6000).build())
                .record(NewRecord.builder(RecordType.MX, "example.edu", "mail.example.edu").priority(50)
                        .comment("Backup mail server").build())
                .build();

        Domain dom = dns.dns().create(example);

        dns.server.verify(postRequestedFor(urlEqualTo(path("/domains"))).withRequestBody(equalToJson("""
                {"domains": [{"name": "example.edu", "emailAddress": "sample@rackspace.edu", "ttl": 3600,
                  "comment": "Primary domain",
                  "subdomains": {"domains": [
                    {"name": "north.example.edu", "emailAddress": "sample@rackspace.edu", "ttl": 3600,
                     "comment": "1st sample subdomain"},
                    {"name": "southeast.example.edu", "emailAddress": "sample@rackspace.edu", "ttl": 3600}]},
                  "recordsList": {"records": [
                    {"name": "example.edu", "type": "A", "data": "192.168.0.42", "ttl": 6000},
                    {"name": "example.edu", "type": "MX", "data": "mail.example.edu", "priority": 50,
                     "comment": "Backup mail server"}]}}]}""")));
        assertThat(dom.records()).extracting(DnsRecord::id, DnsRecord::domainId).containsExactly(
                tuple("A-9393844", DOMAIN_ID));
        assertThat(dom.subdomains()).extracting(Domain::name).containsExactly("north.example.edu");
    }

    @Test
    void createAsyncCompletesWithTheDomain() throws Exception {
        dns.job(post(urlEqualTo(path("/domains"))), "job-3", "{\"domains\": [" + DnsFixtures.EXAMPLE_EDU + "]}");

        Domain dom = dns.dns().createAsync(NewDomain.builder("example.edu", "sample@example.edu").ttl(600)
                .comment("Primary domain for this documentation.").build()).get();

        assertThat(dom.ttl()).contains(600);
        dns.server.verify(postRequestedFor(urlEqualTo(path("/domains"))).withRequestBody(equalToJson("""
                {"domains": [{"name": "example.edu", "emailAddress": "sample@example.edu", "ttl": 600,
                  "comment": "Primary domain for this documentation."}]}""")));
    }

    // ------------------------------------------------------------------ update and delete

    @Test
    void updateSendsOnlyWhatChanges() {
        dns.job(put(urlEqualTo(DOMAIN)), "job-4", null);
        dns.server.stubFor(get(urlEqualTo(DOMAIN + "?showRecords=false&showSubdomains=false")).willReturn(okJson(
                DnsFixtures.EXAMPLE_EDU)));
        CloudDns client = dns.dns();

        client.get(DOMAIN_ID).update(DomainUpdate.builder().ttl(1200).build());
        client.updateDomain(DOMAIN_ID, DomainUpdate.builder().emailAddress("admin@example.edu").comment("new").build());

        dns.server.verify(putRequestedFor(urlEqualTo(DOMAIN)).withRequestBody(equalToJson("{\"ttl\": 1200}")));
        dns.server.verify(putRequestedFor(urlEqualTo(DOMAIN)).withRequestBody(equalToJson(
                "{\"emailAddress\": \"admin@example.edu\", \"comment\": \"new\"}")));
    }

    @Test
    void deleteKeepsOrDeletesTheSubdomains() {
        dns.job(delete(urlEqualTo(DOMAIN)), "job-5", null);
        dns.job(delete(urlEqualTo(DOMAIN + "?deleteSubdomains=true")), "job-6", null);

        dns.dns().delete(DOMAIN_ID);
        dns.dns().delete(DOMAIN_ID, true);

        dns.server.verify(1, deleteRequestedFor(urlEqualTo(DOMAIN)));
        dns.server.verify(1, deleteRequestedFor(urlEqualTo(DOMAIN + "?deleteSubdomains=true")));
        assertThat(dns.log()).containsExactly("DELETE " + DOMAIN, "GET " + DnsStub.status("job-5"),
                "DELETE " + DOMAIN + "?deleteSubdomains=true", "GET " + DnsStub.status("job-6"));
    }

    // ------------------------------------------------------------------ changes, export, import

    @Test
    void changesSinceSendsTheApisDateFormatForEachForm() {
        dns.server.stubFor(get(urlPathEqualTo(DOMAIN + "/changes")).willReturn(okJson("""
                {"totalEntries": 1, "changes": [{"accountId": 0, "action": "update",
                  "changeDetails": [{"field": "serial_number", "newValue": "1354038941", "originalValue": "1354038940"},
                                    {"field": "updated_at", "newValue": "Tue Nov 27 17:55:41 UTC 2012",
                                     "originalValue": "Tue Nov 27 17:55:40 UTC 2012"}],
                  "domain": "example.com", "targetId": 3534921, "targetType": "Domain"}]}""")));
        CloudDns client = dns.dns();

        List<DomainChange> changes = client.changesSince(DOMAIN_ID, LocalDate.of(2012, 1, 1));
        client.changesSince(DOMAIN_ID, "2012-01-01 12:30:00");
        client.changesSince(DOMAIN_ID, Instant.parse("2012-11-27T17:55:40Z"));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo("update");
            assertThat(change.targetType()).isEqualTo("Domain");
            assertThat(change.targetId()).isEqualTo("3534921");
            assertThat(change.changeDetails()).extracting(DomainChange.Detail::field, DomainChange.Detail::newValue)
                    .containsExactly(tuple("serial_number", "1354038941"), tuple("updated_at",
                            "Tue Nov 27 17:55:41 UTC 2012"));
        });
        dns.server.verify(getRequestedFor(urlPathEqualTo(DOMAIN + "/changes")).withQueryParam("since",
                equalTo("2012-01-01T00:00:00+0000")));
        dns.server.verify(getRequestedFor(urlPathEqualTo(DOMAIN + "/changes")).withQueryParam("since",
                equalTo("2012-01-01T12:30:00+0000")));
        dns.server.verify(getRequestedFor(urlPathEqualTo(DOMAIN + "/changes")).withQueryParam("since",
                equalTo("2012-11-27T17:55:40+0000")));
        assertThatThrownBy(() -> client.changesSince(DOMAIN_ID, "last week")).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("since must be 'YYYY-MM-DD HH:MM:SS' or 'YYYY-MM-DD'");
    }

    @Test
    void exportIsAJobWhoseResponseHoldsTheZoneFile() {
        String contents = "example.edu.\\t3600\\tIN\\tSOA\\tns.rackspace.com. sample.rackspace.edu. 1354918038 21600 3600"
                + " 1814400 500\\nexample.edu.\\t6000\\tIN\\tA\\t192.168.0.42\\n";
        dns.job(get(urlEqualTo(DOMAIN + "/export")), "job-7", """
                {"id": 3534921, "accountId": 0, "contentType": "BIND_9", "contents": "%s"}""".formatted(contents));

        String exported = dns.dns().exportDomain(DOMAIN_ID);

        assertThat(exported).startsWith("example.edu.\t3600\tIN\tSOA\tns.rackspace.com.")
                .contains("example.edu.\t6000\tIN\tA\t192.168.0.42");
        assertThat(dns.log()).containsExactly("GET " + DOMAIN + "/export", "GET " + DnsStub.status("job-7"));
    }

    @Test
    void importSendsTheBindTextAndReturnsTheNewDomain() {
        dns.job(post(urlEqualTo(path("/domains/import"))), "job-8", "{\"domains\": [" + DnsFixtures.EXAMPLE_EDU + "]}");
        String zone = "example.edu.\t3600\tIN\tSOA\tns.rackspace.com. sample.rackspace.edu. 1354918038 21600 3600 1814400 500\n";

        Domain imported = dns.dns().importDomain(zone);

        assertThat(imported.name()).isEqualTo("example.edu");
        dns.server.verify(postRequestedFor(urlEqualTo(path("/domains/import"))).withRequestBody(equalToJson(
                "{\"domains\": [{\"contentType\": \"BIND_9\", \"contents\": \"" + zone.replace("\t", "\\t")
                        .replace("\n", "\\n") + "\"}]}")));
    }

    // ------------------------------------------------------------------ subdomains

    @Test
    void subdomainsAreListedPagedAndIterated() {
        dns.server.stubFor(get(urlEqualTo(DOMAIN + "/subdomains?limit=100")).willReturn(okJson("""
                {"domains": [%s, %s], "totalEntries": 2}""".formatted(DnsFixtures.domain(11, "north.example.edu"),
                DnsFixtures.domain(12, "west.example.edu")))));
        dns.server.stubFor(get(urlEqualTo(DOMAIN + "/subdomains?limit=1&offset=1")).willReturn(okJson("""
                {"domains": [%s], "totalEntries": 2}""".formatted(DnsFixtures.domain(12, "west.example.edu")))));
        CloudDns client = dns.dns();

        assertThat(client.listSubdomains(DOMAIN_ID)).extracting(Domain::name).containsExactly("north.example.edu",
                "west.example.edu");
        Page<Domain> second = client.listSubdomains(DOMAIN_ID, 1, 1);
        assertThat(second.items()).extracting(Domain::id).containsExactly("12");
        assertThatThrownBy(() -> client.listSubdomainsNextPage(second)).isInstanceOf(NoMoreResultsException.class);
        assertThat(client.getSubdomainIterator(DOMAIN_ID).stream().count()).isEqualTo(2);
    }

    @Test
    void aDomainWithoutSubdomainsAnswered404ListsNone() {
        dns.server.stubFor(get(urlEqualTo(DOMAIN + "/subdomains?limit=100")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\": 404, \"message\": \"Not Found\", \"details\": \"No subdomains found\"}")));

        assertThat(dns.dns().listSubdomains(DOMAIN_ID)).isEmpty();
        assertThat(dns.log()).containsExactly("GET " + DOMAIN + "/subdomains?limit=100");
    }
}
