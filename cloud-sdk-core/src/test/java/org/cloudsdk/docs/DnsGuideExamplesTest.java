package org.cloudsdk.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.cloudsdk.CloudContext;
import org.cloudsdk.CloudContextBuilder;
import org.cloudsdk.TestCloud;
import org.cloudsdk.compute.ComputeHandles;
import org.cloudsdk.compute.Server;
import org.cloudsdk.dns.CloudDns;
import org.cloudsdk.dns.DnsRecord;
import org.cloudsdk.dns.DnsSettings;
import org.cloudsdk.dns.Domain;
import org.cloudsdk.dns.PtrDevice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Runs the examples of {@code docs/dns.md} ({@link DnsGuideExamples}). No Cloud DNS runs here,
 * so they run on a Rackspace catalog (the identity fixture {@code dns/rackspace-dns-access.json},
 * whose region-less {@code rax:dns} endpoint is WireMock answering as the v1.0 API reference
 * documents, beside a Designate {@code dns} endpoint the client must not use), and the test
 * checks the requests they send and the job cycle behind each mutation.
 */
class DnsGuideExamplesTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static final String API = "/v1.0/000000";
    private static final String DOMAIN = API + "/domains/3534921";
    private static final String SERVER_URL = "https://ord.servers.api.rackspacecloud.com/v2/000000/servers/0987654321";
    private static final String EXAMPLE_EDU = """
            {"accountId": 0, "comment": "Primary domain for this documentation.",
             "created": "2012-12-06T20:45:10.000+0000", "emailAddress": "sample@example.edu", "id": 3534921,
             "name": "example.edu", "nameservers": [{"name": "dns1.stabletransit.com"}, {"name": "dns2.stabletransit.com"}],
             "ttl": 600, "updated": "2012-12-06T20:45:10.000+0000"}""";
    private static final String A_RECORD = record("A-9393844", "A", "example.edu", "192.168.0.42", 6000, "");
    private static final String MX_RECORD = record("MX-4184738", "MX", "example.edu", "mail.example.edu", 3600,
            ", \"priority\": 50, \"comment\": \"Backup mail server\"");
    private static final String PTR = """
            {"name": "1-2-3-4.abc.example.edu", "id": "PTR-539528", "type": "PTR", "data": "1.2.3.4", "ttl": 7500}""";
    private static final String ZONE = "example.edu.\\t3600\\tIN\\tSOA\\tns.rackspace.com. sample.rackspace.edu. 1354918038"
            + " 21600 3600 1814400 500\\nexample.edu.\\t6000\\tIN\\tA\\t192.168.0.42\\n";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final DnsGuideExamples examples = new DnsGuideExamples(new PrintStream(printed, true, StandardCharsets.UTF_8));
    private CloudContext ctx;
    private CloudDns dns;

    private static String record(String id, String type, String name, String data, int ttl, String more) {
        return """
                {"name": "%s", "id": "%s", "type": "%s", "data": "%s", "ttl": %d,
                 "created": "2012-12-17T21:30:56.000+0000", "updated": "2012-12-17T21:30:56.000+0000"%s}"""
                .formatted(name, id, type, data, ttl, more);
    }

    private static String job(String id, String status, String response) {
        return """
                {"status": "%s", "verb": "POST", "jobId": "%s",
                 "callbackUrl": "https://dns.api.rackspacecloud.com/v1.0/000000/status/%s",
                 "requestUrl": "https://dns.api.rackspacecloud.com/v1.0/000000/domains"%s}"""
                .formatted(status, id, id, response == null ? "" : ", \"response\": " + response);
    }

    private static CloudContextBuilder rackspace() {
        TestCloud.stubV2Tokens(cloud, "dns/rackspace-dns-access.json");
        return TestCloud.isolatedBuilder().identityType("rackspace").authEndpoint(TestCloud.baseUrl(cloud) + "/v2.0/")
                .username("someuser").apiKey("0123456789abcdef0123456789abcdef").region("ORD");
    }

    /** A mutation answered with a RUNNING job, whose status is RUNNING once, then COMPLETED with this response. */
    private static void job(com.github.tomakehurst.wiremock.client.MappingBuilder mutation, String id, String response) {
        cloud.stubFor(mutation.willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                .withBody(job(id, "RUNNING", null))));
        String status = API + "/status/" + id + "?showDetails=true";
        cloud.stubFor(get(urlEqualTo(status)).inScenario(id).whenScenarioStateIs("Started")
                .willReturn(okJson(job(id, "RUNNING", null))).willSetStateTo("done"));
        cloud.stubFor(get(urlEqualTo(status)).inScenario(id).whenScenarioStateIs("done")
                .willReturn(okJson(job(id, "COMPLETED", response))).willSetStateTo("Started"));
    }

    @BeforeEach
    void connect() {
        ctx = rackspace().serviceSettings(DnsSettings.builder().delay(Duration.ofMillis(10)).build()).build();
        dns = examples.connecting(ctx);
        cloud.stubFor(get(urlEqualTo(DOMAIN + "?showRecords=false&showSubdomains=false")).willReturn(okJson(EXAMPLE_EDU)));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private Domain dom() {
        return dns.get("3534921");
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** @return "METHOD url" of the Cloud DNS requests, oldest first */
    private List<String> calls() {
        List<LoggedRequest> all = new ArrayList<>(cloud.getAllServeEvents().stream()
                .map(event -> event.getRequest()).map(LoggedRequest.class::cast).toList());
        Collections.reverse(all);
        return all.stream().filter(r -> r.getUrl().startsWith(API)).map(r -> r.getMethod() + " " + r.getUrl()).toList();
    }

    @Test
    void theClientIsTheRegistrationsOwnOnTheRegionLessRaxDnsEndpoint() {
        assertThat(dns).isSameAs(ctx.service(CloudDns.SERVICE, "ORD")).isSameAs(ctx.region("ORD").dns());
        assertThat(dns.client().endpointUrl()).isEqualTo(TestCloud.baseUrl(cloud) + API);
        // not regional: another region's client reaches the same endpoint
        assertThat(ctx.dns("DFW").client().endpointUrl()).isEqualTo(TestCloud.baseUrl(cloud) + API);
        assertThat(dns.settings().delay()).isEqualTo(Duration.ofMillis(10));
        assertThat(dns.settings().timeout()).isEqualTo(DnsSettings.DEFAULT_TIMEOUT);
    }

    @Test
    void theHealthReadListsOneDomain() {
        cloud.stubFor(get(urlEqualTo(API + "/domains?limit=1")).willReturn(okJson("{\"domains\": [], \"totalEntries\": 0}")));

        assertThat(CloudDns.SERVICE.checkHealth(dns).block()).containsEntry("interface", "public");
        assertThat(CloudDns.SERVICE.catalogTypes()).containsExactly("rax:dns");
        assertThat(calls()).containsExactly("GET " + API + "/domains?limit=1");
    }

    @Test
    void timeoutsAndContextSettings() {
        List<CloudDns> twins = examples.timeouts(dns);
        CloudDns configured = examples.contextSettings(rackspace());

        assertThat(twins.get(0).settings().timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(twins.get(1).settings().timeout()).isZero();
        assertThat(twins.get(2).settings().delay()).isEqualTo(Duration.ofMillis(2200));
        assertThat(dns.settings().timeout()).isEqualTo(DnsSettings.DEFAULT_TIMEOUT);
        assertThat(configured.settings()).isEqualTo(DnsSettings.builder().timeout(Duration.ofSeconds(30))
                .delay(Duration.ofSeconds(2)).build());
    }

    @Test
    void listingPagingAndIterating() {
        cloud.stubFor(get(urlEqualTo(API + "/domains?limit=100")).willReturn(okJson(
                "{\"domains\": [" + EXAMPLE_EDU + "], \"totalEntries\": 1}")));
        for (int offset = 0; offset < 15; offset += 4) {
            String domains = IntStream.rangeClosed(offset + 1, Math.min(offset + 4, 15)).mapToObj(n -> """
                    {"name": "example%03d.edu", "id": %d}""".formatted(n, n)).collect(Collectors.joining(","));
            cloud.stubFor(get(urlEqualTo(API + "/domains?limit=4" + (offset == 0 ? "" : "&offset=" + offset)))
                    .willReturn(okJson("{\"domains\": [" + domains + "], \"totalEntries\": 15}")));
        }

        assertThat(examples.listingDomains(dns)).extracting(Domain::name).containsExactly("example.edu");
        examples.paging(dns);
        printed.reset();
        examples.iterating(dns);

        assertThat(printed()).isEqualTo("example.edu\n");
        assertThat(calls()).containsExactly("GET " + API + "/domains?limit=100", "GET " + API + "/domains?limit=4",
                "GET " + API + "/domains?limit=4&offset=4", "GET " + API + "/domains?limit=4&offset=8",
                "GET " + API + "/domains?limit=4&offset=12", "GET " + API + "/domains?limit=100");
    }

    @Test
    void thePagingLoopPrintsFourPages() {
        for (int offset = 0; offset < 15; offset += 4) {
            String domains = IntStream.rangeClosed(offset + 1, Math.min(offset + 4, 15)).mapToObj(n -> """
                    {"name": "example%03d.edu", "id": %d}""".formatted(n, n)).collect(Collectors.joining(","));
            cloud.stubFor(get(urlEqualTo(API + "/domains?limit=4" + (offset == 0 ? "" : "&offset=" + offset)))
                    .willReturn(okJson("{\"domains\": [" + domains + "], \"totalEntries\": 15}")));
        }

        examples.paging(dns);

        assertThat(printed().lines()).hasSize(4).first().asString().startsWith("[Domain[id=1, name=example001.edu]");
        assertThat(printed().lines().toList().get(3)).contains("example015.edu").doesNotContain("example016");
    }

    @Test
    void creatingDomainsAndSubdomainsWaitsForEachJob() {
        job(post(urlEqualTo(API + "/domains")), "job-create", "{\"domains\": [" + EXAMPLE_EDU + "]}");

        assertThat(examples.creating(dns).id()).isEqualTo("3534921");
        Domain dom = examples.creatingWithTtlAndComment(dns);
        examples.addingASubdomain(dns);
        examples.combining(dns);
        examples.async(dns);

        assertThat(dom.nameservers()).containsExactly("dns1.stabletransit.com", "dns2.stabletransit.com");
        assertThat(printed()).isEqualTo("Domain[id=3534921, name=example.edu, ttl=600, emailAddress=sample@example.edu]\n");
        cloud.verify(postRequestedFor(urlEqualTo(API + "/domains")).withRequestBody(equalToJson("""
                {"domains": [{"name": "north.example.edu", "emailAddress": "sample@rackspace.edu", "ttl": 3600,
                              "comment": "1st sample subdomain"}]}""")));
        cloud.verify(postRequestedFor(urlEqualTo(API + "/domains")).withRequestBody(equalToJson("""
                {"domains": [{"name": "example.edu", "emailAddress": "sample@rackspace.edu", "ttl": 3600,
                  "comment": "Primary domain",
                  "subdomains": {"domains": [
                    {"name": "north.example.edu", "emailAddress": "sample@rackspace.edu", "ttl": 3600, "comment": "1st sample subdomain"},
                    {"name": "west.example.edu", "emailAddress": "sample@rackspace.edu", "ttl": 3600, "comment": "2nd sample subdomain"},
                    {"name": "southeast.example.edu", "emailAddress": "sample@rackspace.edu", "ttl": 3600},
                    {"name": "southby.southeast.example.edu", "emailAddress": "sample@rackspace.edu", "ttl": 3600,
                     "comment": "Final sample subdomain"}]},
                  "recordsList": {"records": [
                    {"name": "example.edu", "type": "A", "data": "192.168.0.42", "ttl": 6000},
                    {"name": "example.edu", "type": "MX", "data": "mail.example.edu", "priority": 50,
                     "comment": "Backup mail server"}]}}]}""")));
        // each create: the POST, then the status read twice (RUNNING, COMPLETED)
        assertThat(calls()).filteredOn(call -> call.startsWith("POST")).hasSize(5);
        assertThat(calls()).filteredOn(call -> call.contains("/status/job-create?showDetails=true")).hasSize(10);
    }

    @Test
    void subdomainsAndRecords() {
        cloud.stubFor(get(urlEqualTo(DOMAIN + "/subdomains?limit=100")).willReturn(okJson(
                "{\"domains\": [{\"name\": \"north.example.edu\", \"id\": 3534922}], \"totalEntries\": 1}")));
        cloud.stubFor(get(urlEqualTo(DOMAIN + "/records?limit=100")).willReturn(okJson(
                "{\"records\": [" + A_RECORD + "," + MX_RECORD + "], \"totalEntries\": 2}")));
        cloud.stubFor(get(urlEqualTo(DOMAIN + "/records?limit=2")).willReturn(okJson(
                "{\"records\": [" + A_RECORD + "," + MX_RECORD + "], \"totalEntries\": 3}")));
        cloud.stubFor(get(urlEqualTo(DOMAIN + "/records?limit=2&offset=2")).willReturn(okJson(
                "{\"records\": [" + record("NS-6703063", "NS", "example.edu", "dns1.stabletransit.com", 3600, "")
                        + "], \"totalEntries\": 3}")));
        Domain dom = dom();

        assertThat(examples.listingSubdomains(dns, dom)).extracting(Domain::name).containsExactly("north.example.edu");
        assertThat(examples.listingRecords(dns, dom)).extracting(DnsRecord::id).containsExactly("A-9393844", "MX-4184738");
        assertThat(examples.pagingRecords(dns, dom)).hasSize(2);

        assertThat(printed()).startsWith("DnsRecord[id=A-9393844, type=A, name=example.edu, data=192.168.0.42, ttl=6000]\n");
        assertThat(calls()).contains("GET " + DOMAIN + "/records?limit=2", "GET " + DOMAIN + "/records?limit=2&offset=2");
    }

    @Test
    void addingFindingUpdatingAndDeletingRecords() {
        job(post(urlEqualTo(DOMAIN + "/records")), "job-records", "{\"records\": [" + A_RECORD + "," + MX_RECORD + "]}");
        job(put(urlEqualTo(DOMAIN + "/records")), "job-update", null);
        job(delete(urlEqualTo(DOMAIN + "/records/A-9393844")), "job-delete", null);
        cloud.stubFor(get(urlEqualTo(DOMAIN + "/records?type=MX&name=example.edu&limit=100")).willReturn(okJson(
                "{\"records\": [" + MX_RECORD + "], \"totalEntries\": 1}")));
        cloud.stubFor(get(urlEqualTo(DOMAIN + "/records?type=CNAME&data=example.edu&limit=100")).willReturn(okJson(
                "{\"records\": [], \"totalEntries\": 0}")));
        cloud.stubFor(get(urlEqualTo(DOMAIN + "/records?type=NS&limit=100")).willReturn(okJson(
                "{\"records\": [" + record("NS-6703063", "NS", "example.edu", "dns1.stabletransit.com", 3600, "")
                        + "], \"totalEntries\": 1}")));
        Domain dom = dom();
        DnsRecord rec = dom.addRecord(org.cloudsdk.dns.NewRecord.of(org.cloudsdk.dns.RecordType.A, "example.edu",
                "192.168.0.42"));

        examples.addingRecords(dns, dom);
        assertThat(examples.findingRecords(dom)).map(DnsRecord::priority).contains(java.util.Optional.of(50));
        examples.updatingARecord(dns, dom, rec);
        examples.deletingARecord(dns, dom, rec);
        printed.reset();
        examples.lastNameServer(dom);

        assertThat(printed()).startsWith("recordId: NS-6703063 is the last NS record of domain 3534921;");
        cloud.verify(3, com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(urlEqualTo(DOMAIN + "/records"))
                .withRequestBody(equalToJson("{\"records\": [{\"id\": \"A-9393844\", \"name\": \"example.edu\", \"ttl\": 600}]}")));
        cloud.verify(3, com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(urlEqualTo(
                DOMAIN + "/records/A-9393844")));
        assertThat(calls()).doesNotContain("DELETE " + DOMAIN + "/records/NS-6703063");
    }

    @Test
    void updatingDeletingChangesImportAndExport(@TempDir Path dir) throws Exception {
        job(put(urlEqualTo(DOMAIN)), "job-domain", null);
        job(delete(urlPathEqualTo(DOMAIN)), "job-delete-domain", null);
        job(get(urlEqualTo(DOMAIN + "/export")), "job-export", """
                {"id": 3534921, "accountId": 0, "contentType": "BIND_9", "contents": "%s"}""".formatted(ZONE));
        job(post(urlEqualTo(API + "/domains/import")), "job-import", "{\"domains\": [" + EXAMPLE_EDU + "]}");
        cloud.stubFor(get(urlPathEqualTo(DOMAIN + "/changes")).willReturn(okJson("""
                {"changes": [{"accountId": 0, "action": "update", "domain": "example.edu", "targetId": 3534921,
                  "targetType": "Domain", "changeDetails": [{"field": "ttl", "newValue": "1200", "originalValue": "600"}]}]}""")));
        Path bindfile = dir.resolve("bindfile.txt");
        Files.writeString(bindfile, "example.edu.\t3600\tIN\tA\t192.168.0.42\n");
        Domain dom = dom();

        examples.updatingADomain(dns, dom);
        examples.deletingADomain(dns, dom);
        assertThat(examples.changes(dom)).singleElement().extracting(change -> change.action()).isEqualTo("update");
        assertThat(examples.importing(dns, bindfile).name()).isEqualTo("example.edu");
        printed.reset();
        String exported = examples.exporting(dns, dom);

        assertThat(exported).startsWith("example.edu.\t3600\tIN\tSOA\tns.rackspace.com.");
        cloud.verify(2, com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(urlEqualTo(DOMAIN))
                .withRequestBody(equalToJson("{\"ttl\": 1200}")));
        cloud.verify(1, com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(urlEqualTo(
                DOMAIN + "?deleteSubdomains=true")));
        cloud.verify(getRequestedFor(urlPathEqualTo(DOMAIN + "/changes")).withQueryParam("since",
                equalTo("2012-11-27T00:00:00+0000")));
        cloud.verify(postRequestedFor(urlEqualTo(API + "/domains/import")).withRequestBody(equalToJson(
                "{\"domains\": [{\"contentType\": \"BIND_9\", \"contents\": \"example.edu.\\t3600\\tIN\\tA\\t192.168.0.42\\n\"}]}")));
    }

    @Test
    void reverseDns() {
        String rdns = API + "/rdns/cloudServersOpenStack";
        cloud.stubFor(get(urlPathEqualTo(rdns)).willReturn(okJson("{\"records\": [" + PTR + "]}")));
        job(post(urlEqualTo(API + "/rdns")), "job-ptr", "{\"records\": [" + PTR + "]}");
        job(put(urlEqualTo(API + "/rdns")), "job-ptr-update", null);
        job(delete(urlPathMatching(rdns)), "job-ptr-delete", null);
        Server server = ComputeHandles.server(ctx.compute().client(), """
                {"id": "0987654321", "name": "web", "status": "ACTIVE", "links": [{"rel": "self", "href": "%s"}]}"""
                .formatted(SERVER_URL));

        examples.listingPtrRecords(dns, server);
        assertThat(examples.addingPtrRecords(dns, server)).hasSize(1);
        examples.updatingAPtrRecord(dns, server);
        examples.deletingPtrRecords(dns, server);

        assertThat(examples.loadBalancerDevice().serviceName()).isEqualTo("cloudLoadBalancers");
        assertThat(printed()).isEqualTo(
                "PtrRecord[id=PTR-539528, type=PTR, name=1-2-3-4.abc.example.edu, data=1.2.3.4, ttl=7500]\n");
        cloud.verify(postRequestedFor(urlEqualTo(API + "/rdns")).withRequestBody(equalToJson("""
                {"recordsList": {"records": [{"name": "example.edu", "type": "PTR", "data": "1.2.3.4", "ttl": 7200},
                                             {"name": "example.edu", "type": "PTR", "data": "2001:db8::7", "ttl": 7200}]},
                 "link": {"content": "", "href": "%s", "rel": "cloudServersOpenStack"}}""".formatted(SERVER_URL))));
        cloud.verify(com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(urlPathEqualTo(rdns))
                .withQueryParam("href", equalTo(SERVER_URL)).withQueryParam("ip", equalTo("1.2.3.4")));
        assertThat(PtrDevice.server(server).url()).isEqualTo(SERVER_URL);
    }

    @Test
    void aFailedJobPrintsTheServersMessage() {
        cloud.stubFor(post(urlEqualTo(API + "/domains")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(job("job-fail", "RUNNING", null))));
        cloud.stubFor(get(urlEqualTo(API + "/status/job-fail?showDetails=true")).willReturn(okJson(job("job-fail",
                "ERROR", null).replace("}", ", \"error\": {\"code\": 409, \"message\": \"Conflict\","
                        + " \"details\": \"Domain already exists\"}}"))));

        examples.errors(dns);

        assertThat(printed()).isEqualTo("createDomain on dns failed: job job-fail ended in ERROR: Domain already exists"
                + " (409)\n");
    }
}
