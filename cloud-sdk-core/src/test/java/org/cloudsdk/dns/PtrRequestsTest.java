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
import static org.cloudsdk.dns.DnsStub.path;

import java.util.List;

import org.cloudsdk.compute.ComputeHandles;
import org.cloudsdk.http.Json;
import org.cloudsdk.loadbalancer.LoadBalancerHandles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reverse DNS: the device named by its URL and service, the exact requests, an empty list answered 404. */
class PtrRequestsTest {

    private static final String SERVER_URL = "https://dfw.servers.api.rackspacecloud.com/v2/000000/servers/"
            + "0987654321";
    private static final String LB_URL = "https://ord.loadbalancers.api.rackspacecloud.com/v1.0/000000/loadbalancers/1234";
    private static final String SERVERS = path("/rdns/cloudServersOpenStack");
    private static final String PTR = """
            {"name": "1-2-3-4.abc.example.edu", "id": "PTR-539528", "type": "PTR", "data": "1.2.3.4", "ttl": 7500,
             "created": "2012-12-10T21:25:45.000+0000", "updated": "2012-12-10T21:25:45.000+0000"}""";

    private final DnsStub dns = new DnsStub();
    private final PtrDevice server = PtrDevice.server(SERVER_URL);

    @AfterEach
    void close() {
        dns.close();
    }

    @Test
    void listPtrRecordsNamesTheServiceAndTheDevice() {
        dns.server.stubFor(get(urlPathEqualTo(SERVERS)).willReturn(okJson("{\"records\": [" + PTR + "]}")));

        List<PtrRecord> records = dns.dns().listPtrRecords(server);

        assertThat(records).singleElement().hasToString(
                "PtrRecord[id=PTR-539528, type=PTR, name=1-2-3-4.abc.example.edu, data=1.2.3.4, ttl=7500]");
        assertThat(records.get(0).device()).isEqualTo(server);
        dns.server.verify(getRequestedFor(urlEqualTo(SERVERS + "?href=https%3A%2F%2Fdfw.servers.api.rackspacecloud.com"
                + "%2Fv2%2F000000%2Fservers%2F0987654321")).withHeader("X-Auth-Token", equalTo(DnsStub.TOKEN)));
    }

    @Test
    void aDeviceWithoutPtrRecordsAnswered404ListsNone() {
        dns.server.stubFor(get(urlPathEqualTo(path("/rdns/cloudLoadBalancers"))).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\": \"Not Found\", \"code\": 404, \"details\": \"No PTR records found\"}")));

        assertThat(dns.dns().listPtrRecords(PtrDevice.loadBalancer(LB_URL))).isEmpty();
        dns.server.verify(getRequestedFor(urlPathEqualTo(path("/rdns/cloudLoadBalancers"))).withQueryParam("href",
                equalTo(LB_URL)));
    }

    @Test
    void getAndReloadReadOneRecordOfTheDevice() {
        dns.server.stubFor(get(urlPathEqualTo(SERVERS + "/PTR-539528")).willReturn(okJson(PTR)));

        PtrRecord record = dns.dns().getPtrRecord(server, "PTR-539528");

        assertThat(record.reload()).isEqualTo(record);
        assertThat(record.ttl()).contains(7500);
        dns.server.verify(2, getRequestedFor(urlPathEqualTo(SERVERS + "/PTR-539528")).withQueryParam("href",
                equalTo(SERVER_URL)));
    }

    @Test
    void addPtrRecordsSendsTheChaptersIpv4AndIpv6RecordsWithTheDeviceLink() {
        dns.job(post(urlEqualTo(path("/rdns"))), "job-p1", "{\"records\": [" + PTR + ","
                + PTR.replace("PTR-539528", "PTR-539529").replace("1.2.3.4", "2001:db8::7") + "]}");
        List<NewRecord> recs = List.of(
                NewRecord.builder(RecordType.PTR, "example.edu", "1.2.3.4").ttl(7200).build(),
                NewRecord.builder(RecordType.PTR, "example.edu", "2001:db8::7").ttl(7200).build());

        List<PtrRecord> added = dns.dns().addPtrRecords(server, recs);

        assertThat(added).extracting(PtrRecord::id, PtrRecord::data).containsExactly(tuple("PTR-539528", "1.2.3.4"),
                tuple("PTR-539529", "2001:db8::7"));
        dns.server.verify(postRequestedFor(urlEqualTo(path("/rdns"))).withRequestBody(equalToJson("""
                {"recordsList": {"records": [
                   {"name": "example.edu", "type": "PTR", "data": "1.2.3.4", "ttl": 7200},
                   {"name": "example.edu", "type": "PTR", "data": "2001:db8::7", "ttl": 7200}]},
                 "link": {"content": "", "href": "%s", "rel": "cloudServersOpenStack"}}""".formatted(SERVER_URL))));
    }

    @Test
    void updatePtrRecordSendsTheUnchangedNameAndAddressWithTheNewTtl() {
        dns.job(put(urlEqualTo(path("/rdns"))), "job-p2", null);

        dns.dns().updatePtrRecord(server, "PTR-539528", "example.edu", "1.2.3.4", RecordUpdate.builder().ttl(9600)
                .build());

        dns.server.verify(putRequestedFor(urlEqualTo(path("/rdns"))).withRequestBody(equalToJson("""
                {"recordsList": {"records": [
                   {"name": "example.edu", "id": "PTR-539528", "type": "PTR", "data": "1.2.3.4", "ttl": 9600}]},
                 "link": {"content": "", "href": "%s", "rel": "cloudServersOpenStack"}}""".formatted(SERVER_URL))));
    }

    @Test
    void deletePtrRecordsDeletesOneAddressOrAll() {
        dns.job(delete(urlPathEqualTo(SERVERS)), "job-p3", null);

        dns.dns().deletePtrRecords(server, "1.2.3.4");
        dns.dns().deletePtrRecords(server);
        new PtrRecord(dns.dns(), server, Json.parse(PTR)).delete();

        dns.server.verify(2, deleteRequestedFor(urlPathEqualTo(SERVERS)).withQueryParam("href", equalTo(SERVER_URL))
                .withQueryParam("ip", equalTo("1.2.3.4")));
        dns.server.verify(3, deleteRequestedFor(urlPathEqualTo(SERVERS)).withQueryParam("href", equalTo(SERVER_URL)));
    }

    @Test
    void aServerHandleNamesItselfByItsSelfLink() {
        org.cloudsdk.compute.Server handle = ComputeHandles.server(dns.serviceClient(), """
                {"id": "0987654321", "name": "web", "status": "ACTIVE",
                 "links": [{"rel": "self", "href": "%s"},
                           {"rel": "bookmark", "href": "https://dfw.servers.api.rackspacecloud.com/000000/servers/0987654321"}]}"""
                .formatted(SERVER_URL));

        PtrDevice device = PtrDevice.server(handle);

        assertThat(device).isEqualTo(server);
        assertThat(device.serviceName()).isEqualTo("cloudServersOpenStack");
        assertThat(PtrDevice.loadBalancer(LB_URL).serviceName()).isEqualTo("cloudLoadBalancers");
        assertThatThrownBy(() -> PtrDevice.server(ComputeHandles.server(dns.serviceClient(), "{\"id\": \"1\", \"name\": \"x\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no self link");
    }

    @Test
    void aLoadBalancerHandleNamesItselfByItsApiUrl() {
        org.cloudsdk.loadbalancer.LoadBalancer balancer = LoadBalancerHandles.balancer(dns.serviceClient(),
                "{\"id\": 1234, \"name\": \"web-lb\", \"status\": \"ACTIVE\"}");

        PtrDevice device = PtrDevice.loadBalancer(balancer);

        assertThat(device.url()).isEqualTo(balancer.url()).endsWith("/loadbalancers/1234");
        assertThat(device.serviceName()).isEqualTo("cloudLoadBalancers");
    }

    @Test
    void everyRuleOfReverseDnsIsCheckedBeforeAnyRequest() {
        CloudDns client = dns.dns();

        assertThatThrownBy(() -> PtrDevice.server("servers/0987654321")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("url must be the device's absolute http(s) URL");
        assertThatThrownBy(() -> client.addPtrRecords(server, List.of(NewRecord.of(RecordType.A, "example.edu",
                "1.2.3.4")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must all be of type PTR");
        assertThatThrownBy(() -> client.addPtrRecords(server, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("records must hold at least one record");
        assertThatThrownBy(() -> NewRecord.ptr("example.edu", "not-an-address")).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("data of PTR records must be an IPv4 or IPv6 address");
        assertThatThrownBy(() -> client.updatePtrRecord(server, "PTR-1", "example.edu", "1.2.3.4",
                RecordUpdate.builder().data("1.2.3.5").build())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only the ttl and comment");
        assertThatThrownBy(() -> client.updatePtrRecord(server, "PTR-1", "example.edu", "1.2.3", RecordUpdate.builder()
                .ttl(600).build())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ipAddress");
        assertThatThrownBy(() -> client.deletePtrRecords(server, "example.edu")).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("ipAddress must be an IPv4 or IPv6 address");
        assertThat(dns.log()).isEmpty();
    }
}
