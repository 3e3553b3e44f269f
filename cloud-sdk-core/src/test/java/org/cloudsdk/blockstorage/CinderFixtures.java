package org.cloudsdk.blockstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A WireMock cloud for the block storage request tests: a keystone v3 (or Rackspace) catalog with a
 * block storage endpoint and a compute endpoint on the same server, Cinder's version document, and
 * documents shaped like the chapter's printed objects and Cinder's API reference.
 */
final class CinderFixtures {

    static final String PROJECT = "8538a3f13f9541b28c2620eb19065e45";
    /** Cinder's endpoint, as the fixture catalog writes it: it ends with the project id. */
    static final String CINDER = "/volume/v3/" + PROJECT;
    /** Cinder's version document: one level above the endpoint, with its trailing slash. */
    static final String CINDER_VERSIONS = "/volume/v3/";
    static final String NOVA = "/compute/v2.1";
    /** Rackspace's endpoints, as {@code blockstorage/rackspace-access.json} writes them. */
    static final String CBS = "/cbs/v1/000000";
    static final String RAX_SERVERS = "/servers/v2/000000";

    static final String VOLUME_ID = "c1b05ede-54bf-46e0-9bd3-bf1946c5b485";
    static final String SNAPSHOT_ID = "32af1cce-6b03-4a28-b09d-905844edeecf";
    static final String SERVER_ID = "d6b8a2f0-3c1e-4b7a-9e2d-5f4c3b2a1e0d";

    private CinderFixtures() {
    }

    /** @return a context authenticated by keystone v3 whose catalog has volumev3 and compute */
    static CloudContext cinder(WireMockExtension cloud, String maxMicroversion) {
        cloud.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("X-Subject-Token", TestCloud.V3_TOKEN)
                .withBody(TestCloud.fixture("blockstorage/keystone-v3-token.json", cloud))));
        cloud.stubFor(get(urlEqualTo(CINDER_VERSIONS)).willReturn(okJson(versionDocument(maxMicroversion))));
        return TestCloud.keystoneV3(cloud).build();
    }

    /** @return a context authenticated by Rackspace's identity whose catalog has volume and compute */
    static CloudContext rackspace(WireMockExtension cloud) {
        TestCloud.stubV2Tokens(cloud, "blockstorage/rackspace-access.json");
        return TestCloud.isolatedBuilder().identityType("rackspace").authEndpoint(TestCloud.baseUrl(cloud) + "/v2.0/")
                .username("someuser").apiKey("0123456789abcdef0123456789abcdef").region("ORD").build();
    }

    /** Cinder's {@code GET /v3/}. */
    static String versionDocument(String max) {
        return "{\"versions\": [{\"id\": \"v3.0\", \"status\": \"CURRENT\", \"version\": \"" + max + "\","
                + " \"min_version\": \"3.0\", \"updated\": \"2023-01-01T00:00:00Z\", \"links\": []}]}";
    }

    /** The chapter's new volume, as Cinder v3 describes it. */
    static String volume(String status, String attachments) {
        return "{\"id\": \"" + VOLUME_ID + "\", \"name\": \"my_fast_volume\", \"description\": \"\","
                + " \"size\": 500, \"status\": \"" + status + "\", \"volume_type\": \"SSD\","
                + " \"availability_zone\": \"nova\", \"created_at\": \"2012-11-07T20:28:13.000000\","
                + " \"updated_at\": null, \"snapshot_id\": null, \"source_volid\": null, \"bootable\": \"false\","
                + " \"multiattach\": false, \"encrypted\": false, \"metadata\": {}, \"user_id\": \"u1\","
                + " \"attachments\": " + attachments + ", \"links\": []}";
    }

    static String availableVolume() {
        return "{\"volume\": " + volume("available", "[]") + "}";
    }

    static String attachedVolume() {
        return "{\"volume\": " + volume("in-use", "[{\"id\": \"" + VOLUME_ID + "\", \"attachment_id\": \"a7e1\","
                + " \"volume_id\": \"" + VOLUME_ID + "\", \"server_id\": \"" + SERVER_ID + "\", \"host_name\": null,"
                + " \"device\": \"/dev/xvdb\", \"attached_at\": \"2012-11-07T21:00:00.000000\"}]") + "}";
    }

    /** The chapter's snapshot, as Cinder v3 describes it. */
    static String snapshot(String status) {
        return "{\"id\": \"" + SNAPSHOT_ID + "\", \"name\": \"Daily Snapshot\", \"description\": \"\","
                + " \"volume_id\": \"" + VOLUME_ID + "\", \"size\": 111, \"status\": \"" + status + "\","
                + " \"created_at\": \"2012-11-09T17:17:19.000000\", \"metadata\": {},"
                + " \"os-extended-snapshot-attributes:progress\": \"100%\"}";
    }

    /** Cinder v3's types of the local cloud. */
    static final String TYPES = "{\"volume_types\": ["
            + "{\"id\": \"0350359a-0b09-4acd-9a65-2be05d07a25f\", \"name\": \"SSD\", \"is_public\": true,"
            + " \"description\": null, \"extra_specs\": {}},"
            + "{\"id\": \"ef0b05ba-3c91-4a90-b00f-bd275cb03471\", \"name\": \"SATA\", \"is_public\": true,"
            + " \"description\": null, \"extra_specs\": {\"volume_backend_name\": \"fake\"}}]}";

    /** @return the requests after authentication, oldest first */
    static List<LoggedRequest> apiRequests(WireMockExtension cloud) {
        List<LoggedRequest> all = new ArrayList<>(cloud.getAllServeEvents().stream()
                .map(event -> (LoggedRequest) event.getRequest()).toList());
        Collections.reverse(all);
        return all.stream().filter(r -> !r.getUrl().startsWith("/v3/auth") && !r.getUrl().startsWith("/v2.0/")
                && !r.getUrl().equals(CINDER_VERSIONS)).toList();
    }

    /** @return "METHOD url" of the requests after authentication, oldest first */
    static List<String> log(WireMockExtension cloud) {
        return apiRequests(cloud).stream().map(r -> r.getMethod() + " " + r.getUrl()).toList();
    }
}
