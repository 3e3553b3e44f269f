package org.cloudsdk.designate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.designate.DesignateFixtures.ACCEPT_ID;
import static org.cloudsdk.designate.DesignateFixtures.EXPORT_ID;
import static org.cloudsdk.designate.DesignateFixtures.FIP_ID;
import static org.cloudsdk.designate.DesignateFixtures.IMPORT_ID;
import static org.cloudsdk.designate.DesignateFixtures.PROJECT_ID;
import static org.cloudsdk.designate.DesignateFixtures.TRANSFER_ID;
import static org.cloudsdk.designate.DesignateFixtures.ZONE_FILE;
import static org.cloudsdk.designate.DesignateFixtures.ZONE_ID;
import static org.cloudsdk.designate.DesignateFixtures.task;
import static org.cloudsdk.designate.DesignateStub.FAST;
import static org.cloudsdk.designate.DesignateStub.path;
import static org.cloudsdk.designate.ZoneRequestsTest.accepted;

import java.util.List;

import org.cloudsdk.wait.ResourceFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

/** Zone import and export tasks, transfer requests, floating IP PTRs, quotas and TLDs. */
class TaskRequestsTest {

    private static final String IMPORTS = "/zones/tasks/imports";
    private static final String EXPORTS = "/zones/tasks/exports";
    private final DesignateStub dns = new DesignateStub();

    @AfterEach
    void close() {
        dns.close();
    }

    @Test
    void importPostsTheZoneFileAsTextDns() {
        dns.server.stubFor(post(urlEqualTo(path(IMPORTS))).willReturn(accepted(task(IMPORT_ID, "PENDING", null,
                "imports"))));

        ZoneImport started = dns.designate().importZone(ZONE_FILE);

        dns.server.verify(1, postRequestedFor(urlEqualTo(path(IMPORTS))).withHeader("Content-Type", equalTo("text/dns"))
                .withRequestBody(equalTo(ZONE_FILE)));
        assertThat(started.status()).isEqualTo(ZoneImport.PENDING);
        assertThat(started.zoneId()).isEmpty();
    }

    @Test
    void importAndWaitReturnsTheZoneTheImportMade() {
        dns.server.stubFor(post(urlEqualTo(path(IMPORTS))).willReturn(accepted(task(IMPORT_ID, "PENDING", null,
                "imports"))));
        dns.server.stubFor(get(urlEqualTo(path(IMPORTS + "/" + IMPORT_ID))).inScenario("import")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(task(IMPORT_ID, "PENDING", null, "imports")))
                .willSetStateTo("done"));
        dns.server.stubFor(get(urlEqualTo(path(IMPORTS + "/" + IMPORT_ID))).inScenario("import")
                .whenScenarioStateIs("done").willReturn(okJson(task(IMPORT_ID, "COMPLETE", ZONE_ID, "imports"))));
        dns.server.stubFor(get(urlEqualTo(path("/zones/" + ZONE_ID))).willReturn(okJson(DesignateFixtures.zone())));

        Zone zone = dns.designate().importZone(ZONE_FILE, FAST);

        assertThat(zone.id()).isEqualTo(ZONE_ID);
        assertThat(dns.log()).containsExactly("POST " + path(IMPORTS), "GET " + path(IMPORTS + "/" + IMPORT_ID),
                "GET " + path(IMPORTS + "/" + IMPORT_ID), "GET " + path("/zones/" + ZONE_ID));
    }

    @Test
    void aFailedImportEndsTheWaitWithItsMessage() {
        dns.server.stubFor(get(urlEqualTo(path(IMPORTS + "/" + IMPORT_ID))).willReturn(okJson(task(IMPORT_ID, "ERROR",
                null, "imports"))));
        ZoneImport pending = new ZoneImport(dns.designate(), org.cloudsdk.http.Json.parse(task(IMPORT_ID, "PENDING",
                null, "imports")));

        assertThatThrownBy(() -> pending.waitUntilComplete(FAST)).isInstanceOf(ResourceFailedException.class)
                .satisfies(e -> assertThat(((ZoneImport) ((ResourceFailedException) e).lastSnapshot()).message())
                        .contains("An SOA record is required."));
    }

    @Test
    void importsAreListedAndDeleted() {
        dns.server.stubFor(get(urlEqualTo(path(IMPORTS))).willReturn(okJson("{\"imports\": [" + task(IMPORT_ID,
                "COMPLETE", ZONE_ID, "imports") + "], \"links\": {\"self\": \"x\"}}")));
        dns.server.stubFor(delete(urlEqualTo(path(IMPORTS + "/" + IMPORT_ID))).willReturn(noContent()));

        List<ZoneImport> imports = dns.designate().listZoneImports();
        imports.get(0).delete();

        assertThat(imports).extracting(ZoneImport::zoneId).containsExactly(java.util.Optional.of(ZONE_ID));
        dns.server.verify(1, deleteRequestedFor(urlEqualTo(path(IMPORTS + "/" + IMPORT_ID))));
    }

    @Test
    void exportAsksForATaskWaitsAndFetchesTheFileAsTextDns() {
        dns.server.stubFor(post(urlEqualTo(path("/zones/" + ZONE_ID + "/tasks/export"))).willReturn(accepted(
                task(EXPORT_ID, "PENDING", ZONE_ID, "exports"))));
        dns.server.stubFor(get(urlEqualTo(path(EXPORTS + "/" + EXPORT_ID))).willReturn(okJson(task(EXPORT_ID,
                "COMPLETE", ZONE_ID, "exports"))));
        dns.server.stubFor(get(urlEqualTo(path(EXPORTS + "/" + EXPORT_ID + "/export"))).willReturn(aResponse()
                .withHeader("Content-Type", "text/dns; charset=UTF-8").withBody(ZONE_FILE)));

        String file = dns.designate().exportZoneFile(ZONE_ID, FAST);

        assertThat(file).isEqualTo(ZONE_FILE);
        dns.server.verify(1, postRequestedFor(urlEqualTo(path("/zones/" + ZONE_ID + "/tasks/export")))
                .withRequestBody(absent()));
        dns.server.verify(1, getRequestedFor(urlEqualTo(path(EXPORTS + "/" + EXPORT_ID + "/export")))
                .withHeader("Accept", equalTo("text/dns")));
    }

    @Test
    void aCompleteExportSaysWhereItsFileIs() {
        dns.server.stubFor(get(urlEqualTo(path(EXPORTS + "/" + EXPORT_ID))).willReturn(okJson(task(EXPORT_ID,
                "COMPLETE", ZONE_ID, "exports"))));
        dns.server.stubFor(get(urlEqualTo(path(EXPORTS))).willReturn(okJson("{\"exports\": [" + task(EXPORT_ID,
                "COMPLETE", ZONE_ID, "exports") + "], \"links\": {}}")));
        dns.server.stubFor(delete(urlEqualTo(path(EXPORTS + "/" + EXPORT_ID))).willReturn(noContent()));

        ZoneExport export = dns.designate().getZoneExport(EXPORT_ID);
        export.delete();

        assertThat(export.location()).contains("designate://v2/zones/tasks/exports/" + EXPORT_ID + "/export");
        assertThat(dns.designate().listZoneExports()).containsExactly(export);
        dns.server.verify(1, deleteRequestedFor(urlEqualTo(path(EXPORTS + "/" + EXPORT_ID))));
    }

    @Test
    void transferRequestsAreMadeListedReadAcceptedAndWithdrawn() {
        String requests = "/zones/tasks/transfer_requests";
        dns.server.stubFor(post(urlEqualTo(path("/zones/" + ZONE_ID + "/tasks/transfer_requests"))).willReturn(accepted(
                DesignateFixtures.TRANSFER_REQUEST)));
        dns.server.stubFor(get(urlEqualTo(path(requests))).willReturn(okJson("{\"transfer_requests\": ["
                + DesignateFixtures.TRANSFER_REQUEST + "], \"links\": {}}")));
        dns.server.stubFor(get(urlEqualTo(path(requests + "/" + TRANSFER_ID))).willReturn(okJson(
                DesignateFixtures.TRANSFER_REQUEST)));
        dns.server.stubFor(delete(urlEqualTo(path(requests + "/" + TRANSFER_ID))).willReturn(noContent()));
        dns.server.stubFor(post(urlEqualTo(path("/zones/tasks/transfer_accepts"))).willReturn(accepted(
                DesignateFixtures.TRANSFER_ACCEPT)));

        ZoneTransferRequest request = dns.designate().createTransferRequest(ZONE_ID, "123456", "to the ops team");
        ZoneTransferAccept accept = dns.designate().acceptTransferRequest(request.id(), request.key().orElseThrow());
        List<ZoneTransferRequest> listed = dns.designate().listTransferRequests();
        request.reload().delete();

        dns.server.verify(1, postRequestedFor(urlEqualTo(path("/zones/" + ZONE_ID + "/tasks/transfer_requests")))
                .withRequestBody(equalToJson("{\"target_project_id\": \"123456\", \"description\": \"to the ops team\"}")));
        dns.server.verify(1, postRequestedFor(urlEqualTo(path("/zones/tasks/transfer_accepts"))).withRequestBody(
                equalToJson("{\"key\": \"9Z2R50Y0\", \"zone_transfer_request_id\": \"" + TRANSFER_ID + "\"}")));
        assertThat(request.zoneName()).contains("example.org.");
        assertThat(request.targetProjectId()).contains("123456");
        assertThat(request.toString()).doesNotContain("9Z2R50Y0");
        assertThat(accept.status()).isEqualTo("COMPLETE");
        assertThat(accept.zoneId()).contains(ZONE_ID);
        assertThat(accept.transferRequestId()).contains(TRANSFER_ID);
        assertThat(listed).containsExactly(request);
        dns.server.verify(1, deleteRequestedFor(urlEqualTo(path(requests + "/" + TRANSFER_ID))));
    }

    @Test
    void aTransferRequestForAnyProjectSendsAnEmptyBody() {
        dns.server.stubFor(post(urlEqualTo(path("/zones/" + ZONE_ID + "/tasks/transfer_requests"))).willReturn(accepted(
                DesignateFixtures.TRANSFER_REQUEST)));

        dns.designate().createTransferRequest(ZONE_ID);

        dns.server.verify(1, postRequestedFor(urlEqualTo(path("/zones/" + ZONE_ID + "/tasks/transfer_requests")))
                .withRequestBody(equalToJson("{}")));
    }

    @Test
    void floatingIpPtrsAreListedSetAndUnset() {
        String ptr = "/reverse/floatingips/RegionOne%3A" + FIP_ID;  // the path variable "RegionOne:<id>", encoded
        dns.server.stubFor(get(urlEqualTo(path("/reverse/floatingips"))).willReturn(okJson("{\"floatingips\": ["
                + DesignateFixtures.FLOATING_IP_PTR + "], \"links\": {}}")));
        dns.server.stubFor(patch(urlEqualTo(path(ptr))).willReturn(accepted(DesignateFixtures.FLOATING_IP_PTR)));
        dns.server.stubFor(get(urlEqualTo(path(ptr))).willReturn(okJson(DesignateFixtures.FLOATING_IP_PTR)));

        List<FloatingIpPtr> ptrs = dns.designate().listFloatingIpPtrs();
        FloatingIpPtr set = dns.designate().setFloatingIpPtr("RegionOne", FIP_ID, "smtp.example.org.",
                FloatingIpPtrOptions.builder().ttl(600).description("mail relay").build());
        dns.designate().unsetFloatingIpPtr("RegionOne", FIP_ID);

        assertThat(ptrs).extracting(FloatingIpPtr::address).containsExactly("172.24.4.10");
        assertThat(set.id()).isEqualTo("RegionOne:" + FIP_ID);
        assertThat(set.ptrdname()).contains("smtp.example.org.");
        assertThat(set.ttl()).contains(600);
        assertThat(set.reload()).isEqualTo(set);
        dns.server.verify(1, patchRequestedFor(urlEqualTo(path(ptr))).withRequestBody(equalToJson(
                "{\"ptrdname\": \"smtp.example.org.\", \"ttl\": 600, \"description\": \"mail relay\"}")));
        dns.server.verify(1, patchRequestedFor(urlEqualTo(path(ptr))).withRequestBody(equalToJson(
                "{\"ptrdname\": null}")));
    }

    @Test
    void quotasAreReadForTheTokensProjectOrAnother() {
        String quotas = "{\"zones\": 100, \"zone_recordsets\": 500, \"zone_records\": 500, \"recordset_records\": 20,"
                + " \"api_export_size\": 1000}";
        dns.server.stubFor(get(urlEqualTo(path("/quotas"))).willReturn(okJson(quotas)));
        dns.server.stubFor(get(urlEqualTo(path("/quotas/" + PROJECT_ID))).willReturn(okJson(quotas)));

        DnsQuotas mine = dns.designate().getQuotas();

        assertThat(mine.zones()).contains(100L);
        assertThat(mine.zoneRecordsets()).contains(500L);
        assertThat(mine.zoneRecords()).contains(500L);
        assertThat(mine.recordsetRecords()).contains(20L);
        assertThat(mine.apiExportSize()).contains(1000L);
        assertThat(dns.designate().getQuotas(PROJECT_ID)).isEqualTo(mine);
    }

    @Test
    void tldsAreListedAndRead() {
        String tld = "{\"id\": \"a7bba387-712b-4b42-9368-4508642c6113\", \"name\": \"org\", \"description\": \"a TLD\","
                + " \"created_at\": \"2024-05-10 05:21:40\", \"updated_at\": null}";
        dns.server.stubFor(get(urlEqualTo(path("/tlds"))).willReturn(okJson("{\"tlds\": [" + tld + "], \"links\": {}}")));
        dns.server.stubFor(get(urlEqualTo(path("/tlds/a7bba387-712b-4b42-9368-4508642c6113"))).willReturn(okJson(tld)));

        List<Tld> tlds = dns.designate().listTlds();

        assertThat(tlds).extracting(Tld::name).containsExactly("org");
        assertThat(dns.designate().getTld(tlds.get(0).id()).description()).contains("a TLD");
    }
}
