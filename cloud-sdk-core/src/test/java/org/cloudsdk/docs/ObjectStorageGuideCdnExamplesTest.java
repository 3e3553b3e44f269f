package org.cloudsdk.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Runs the CDN examples of {@code docs/object-storage.md} ({@link ObjectStorageGuideExamples}).
 * The CDN is Rackspace's alone, so they run on a Rackspace catalog (the identity fixture
 * {@code objectstorage/rackspace-cdn-access.json}) whose object-store and {@code rax:object-cdn}
 * endpoints are WireMock, and the test checks the requests they send.
 */
class ObjectStorageGuideCdnExamplesTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static final String ACCOUNT = "/v1/MossoCloudFS_ffffffff-ffff-ffff-ffff-ffffffffffff";
    private static final String CDN = "/cdn" + ACCOUNT;
    private static final String STORAGE = "/storage" + ACCOUNT;
    private static final String CDN_URI = "http://6cface6ba364a8b14147-0a7948bc1fe3dbb60c24b92b61e4818f.r83.cf1.rackcdn.com";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ObjectStorageGuideExamples examples =
            new ObjectStorageGuideExamples(new PrintStream(printed, true, StandardCharsets.UTF_8));
    private CloudContext ctx;
    private ObjectStorage cf;

    @BeforeEach
    void connect() {
        TestCloud.stubV2Tokens(cloud, "objectstorage/rackspace-cdn-access.json");
        ctx = TestCloud.isolatedBuilder().identityType("rackspace").authEndpoint(TestCloud.baseUrl(cloud) + "/v2.0/")
                .username("someuser").apiKey("0123456789abcdef0123456789abcdef").region("ORD").build();
        cf = ctx.objectStorage();
        cloud.stubFor(head(urlPathMatching(STORAGE + "/[^/]+")).willReturn(aResponse().withStatus(204)
                .withHeader("X-Container-Object-Count", "1").withHeader("X-Container-Bytes-Used", "10")));
        cloud.stubFor(head(urlPathMatching(STORAGE + "/[^/]+/.+")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Length", "10").withHeader("Etag", "0123456789abcdef0123456789abcdef")));
        cloud.stubFor(head(urlPathMatching(CDN + "/.+")).willReturn(aResponse().withStatus(204)
                .withHeader("X-Cdn-Enabled", "True").withHeader("X-Ttl", "1200").withHeader("X-Log-Retention", "False")
                .withHeader("X-Cdn-Uri", CDN_URI)));
        cloud.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(201)));
        cloud.stubFor(post(urlPathMatching(CDN + "/.+")).willReturn(aResponse().withStatus(202)));
        cloud.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204)));
        cloud.stubFor(get(urlPathEqualTo(CDN)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("[{\"cdn_enabled\": true, \"name\": \"example\", \"ttl\": 86400}]")));
        // the page after the last public container is empty (the CDN answers 204)
        cloud.stubFor(get(urlPathEqualTo(CDN)).withQueryParam("marker", equalTo("example"))
                .willReturn(aResponse().withStatus(204)));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void publishingToCdn() {
        examples.publishingToCdn(cf);

        assertThat(printed()).isEqualTo(CDN_URI + "\n");
        assertThat(calls()).containsExactly(
                "PUT " + CDN + "/example enabled=True ttl=900",
                "PUT " + CDN + "/example enabled=True ttl=86400",
                "PUT " + STORAGE + "/site",
                "HEAD " + STORAGE + "/site",
                "PUT " + CDN + "/site enabled=True ttl=1200",
                "HEAD " + CDN + "/site",
                "PUT " + CDN + "/site enabled=False",
                "GET " + CDN + "?format=json&enabled_only=true&limit=10000",
                "GET " + CDN + "?format=json&enabled_only=true&limit=10000&marker=example");
    }

    @Test
    void cdnLogRetention() {
        examples.cdnLogRetention(cf, cf.getContainer("site"));

        assertThat(calls()).containsExactly(
                "HEAD " + STORAGE + "/site",
                "POST " + CDN + "/example logs=True",
                "POST " + CDN + "/site logs=True");
    }

    @Test
    void purgingCdnObjects() {
        examples.purgingCdnObjects(cf, cf.getObject("site", "logo.png"));

        assertThat(calls()).containsExactly(
                "HEAD " + STORAGE + "/site/logo.png",
                "DELETE " + CDN + "/example/tax-return.pdf",
                "DELETE " + CDN + "/example/tax-return.pdf emails=ops@example.com, legal@example.com",
                "DELETE " + CDN + "/site/logo.png");
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** @return the requests after authentication, oldest first, with the CDN headers that matter */
    private static List<String> calls() {
        List<LoggedRequest> all = new ArrayList<>(cloud.getAllServeEvents().stream()
                .map(event -> event.getRequest()).toList());
        Collections.reverse(all);
        return all.stream().filter(r -> !r.getUrl().startsWith("/v2.0/tokens")).map(r -> r.getMethod().getName()
                + " " + r.getUrl()
                + (r.containsHeader("X-Cdn-Enabled") ? " enabled=" + r.getHeader("X-Cdn-Enabled") : "")
                + (r.containsHeader("X-Ttl") ? " ttl=" + r.getHeader("X-Ttl") : "")
                + (r.containsHeader("X-Log-Retention") ? " logs=" + r.getHeader("X-Log-Retention") : "")
                + (r.containsHeader("X-Purge-Email") ? " emails=" + r.getHeader("X-Purge-Email") : "")).toList();
    }
}
