package org.cloudsdk.objectstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.cloudsdk.errors.NoEndpointForServiceException;
import org.cloudsdk.errors.NoSuchContainerException;
import org.cloudsdk.errors.NoSuchObjectException;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.identity.EndpointInterface;
import org.cloudsdk.identity.ServiceType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The Cloud Files CDN on a Rackspace-style (identity v2.0) catalog whose object-store and
 * {@code rax:object-cdn} endpoints point at WireMock: the exact requests, the parsing of the
 * CDN's answers, the checks made before any request, and a catalog without a CDN.
 */
class CdnRequestsTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static final String ACCOUNT = "/v1/MossoCloudFS_ffffffff-ffff-ffff-ffff-ffffffffffff";
    private static final String CDN = "/cdn" + ACCOUNT;
    private static final String STORAGE = "/storage" + ACCOUNT;
    private static final String TOKENS = "/v2.0/tokens";
    // the seed's URIs of a published container
    private static final String URI = "http://6cface6ba364a8b14147-0a7948bc1fe3dbb60c24b92b61e4818f.r83.cf1.rackcdn.com";
    private static final String SSL_URI = "https://8f03601ca5bfb714a8b2-0a7948bc1fe3dbb60c24b92b61e4818f.ssl.cf1.rackcdn.com";
    private static final String STREAMING_URI =
            "http://882ea271eef0a907997b-0a7948bc1fe3dbb60c24b92b61e4818f.r83.stream.cf1.rackcdn.com";
    private static final String IOS_URI = "http://797722bf130f8afc2538-5a91ce4f079965bd7f8a88a0a2a855cb.iosr.cf3.rackcdn.com";

    private CloudContext ctx;
    private ObjectStorage cf;

    @BeforeEach
    void connect() {
        ctx = rackspace("objectstorage/rackspace-cdn-access.json");
        cf = ctx.objectStorage();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private static CloudContext rackspace(String catalog) {
        TestCloud.stubV2Tokens(cloud, catalog);
        return TestCloud.isolatedBuilder().identityType("rackspace").authEndpoint(TestCloud.baseUrl(cloud) + "/v2.0/")
                .username("someuser").apiKey("0123456789abcdef0123456789abcdef").region("ORD").build();
    }

    /** @return the requests after authentication, oldest first */
    private static List<LoggedRequest> apiRequests() {
        List<LoggedRequest> all = new ArrayList<>(cloud.getAllServeEvents().stream()
                .map(event -> (LoggedRequest) event.getRequest()).toList());
        Collections.reverse(all);
        return all.stream().filter(r -> !r.getUrl().startsWith(TOKENS)).toList();
    }

    private static LoggedRequest onlyApiRequest() {
        List<LoggedRequest> all = apiRequests();
        assertThat(all).as("API requests").hasSize(1);
        return all.get(0);
    }

    private static void stubPublished(String container) {
        cloud.stubFor(head(urlPathEqualTo(CDN + "/" + container)).willReturn(aResponse().withStatus(204)
                .withHeader("X-Cdn-Enabled", "True").withHeader("X-Ttl", "1200").withHeader("X-Log-Retention", "False")
                .withHeader("X-Cdn-Uri", URI).withHeader("X-Cdn-Ssl-Uri", SSL_URI)
                .withHeader("X-Cdn-Streaming-Uri", STREAMING_URI).withHeader("X-Cdn-Ios-Uri", IOS_URI)
                .withHeader("X-Trans-Id", "tx82a6752e00424edb9c46fa2573132e2c")));
    }

    @Test
    void makeContainerPublicPutsOnTheCdnEndpointWithEnabledAndTtl() {
        cloud.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(201).withHeader("X-Cdn-Uri", URI)
                .withHeader("X-Cdn-Ssl-Uri", SSL_URI)));

        cf.makeContainerPublic("my c", 900);

        LoggedRequest put = onlyApiRequest();
        assertThat(put.getMethod().getName()).isEqualTo("PUT");
        assertThat(put.getUrl()).isEqualTo(CDN + "/my%20c");
        assertThat(put.getHeader("X-Cdn-Enabled")).isEqualTo("True");
        assertThat(put.getHeader("X-Ttl")).isEqualTo("900");
        assertThat(put.getHeader("X-Auth-Token")).isEqualTo(TestCloud.RACKSPACE_TOKEN);
    }

    @Test
    void theDefaultTtlIsOneDay() {
        cloud.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(202)));

        cf.makeContainerPublic("example");

        assertThat(onlyApiRequest().getHeader("X-Ttl")).isEqualTo("86400");
    }

    @Test
    void aTtlOutOfRangeFailsBeforeAnyRequestNamingTheRange() {
        assertThatThrownBy(() -> cf.makeContainerPublic("example", 899)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ttl").hasMessageContaining("900 to 31536000").hasMessageContaining("899");
        assertThatThrownBy(() -> cf.makeContainerPublic("example", 31_536_001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl");
        assertThatThrownBy(() -> cf.makeContainerPublic("a/b", 900)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("container");
        // not even authentication happened
        assertThat(cloud.getAllServeEvents()).isEmpty();
    }

    @Test
    void makeContainerPrivateSendsEnabledFalse() {
        cloud.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(202)));

        cf.makeContainerPrivate("example");

        LoggedRequest put = onlyApiRequest();
        assertThat(put.getMethod().getName()).isEqualTo("PUT");
        assertThat(put.getUrl()).isEqualTo(CDN + "/example");
        assertThat(put.getHeader("X-Cdn-Enabled")).isEqualTo("False");
        assertThat(put.containsHeader("X-Ttl")).isFalse();
    }

    @Test
    void publishingAContainerTheCdnDoesNotKnowIsNoSuchContainer() {
        cloud.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(404).withBody("Not Found")));

        NoSuchContainerException e = catchThrowableOfType(NoSuchContainerException.class,
                () -> cf.makeContainerPublic("ghost", 900));

        assertThat(e.container()).isEqualTo("ghost");
        assertThat(e.getMessage()).contains("ghost");
    }

    @Test
    void cdnInfoParsesTheHeadOfTheCdnEndpoint() {
        stubPublished("example");

        CdnInfo info = cf.getContainerCdnInfo("example");

        assertThat(info).isEqualTo(new CdnInfo(true, 1200, false, URI, SSL_URI, STREAMING_URI, IOS_URI));
        LoggedRequest head = onlyApiRequest();
        assertThat(head.getMethod().getName()).isEqualTo("HEAD");
        assertThat(head.getUrl()).isEqualTo(CDN + "/example");
    }

    @Test
    void aContainerTheCdnDoesNotKnowHasTheSeedsDefaults() {
        cloud.stubFor(head(anyUrl()).willReturn(aResponse().withStatus(404)));

        CdnInfo info = cf.getContainerCdnInfo("private");

        assertThat(info).isEqualTo(CdnInfo.notEnabled());
        assertThat(info.enabled()).isFalse();
        assertThat(info.ttl()).isEqualTo(86400);
        assertThat(info.logRetention()).isFalse();
        assertThat(info.uri()).isNull();
        assertThat(info.sslUri()).isNull();
        assertThat(info.streamingUri()).isNull();
        assertThat(info.iosUri()).isNull();
    }

    @Test
    void theContainerHandleReadsTheCdnOnDemandOnceAndAgainAfterItsOwnChanges() {
        cloud.stubFor(head(urlPathEqualTo(STORAGE + "/example")).willReturn(aResponse().withStatus(204)
                .withHeader("X-Container-Object-Count", "3").withHeader("X-Container-Bytes-Used", "42")));
        stubPublished("example");
        cloud.stubFor(put(urlPathEqualTo(CDN + "/example")).willReturn(aResponse().withStatus(202)));
        cloud.stubFor(post(urlPathEqualTo(CDN + "/example")).willReturn(aResponse().withStatus(202)));

        Container cont = cf.getContainer("example");
        assertThat(apiRequests()).as("getContainer asks storage only").hasSize(1);

        assertThat(cont.cdnEnabled()).isTrue();
        assertThat(cont.cdnTtl()).isEqualTo(1200);
        assertThat(cont.cdnLogRetention()).isFalse();
        assertThat(cont.cdnUri()).isEqualTo(URI);
        assertThat(cont.cdnSslUri()).isEqualTo(SSL_URI);
        assertThat(cont.cdnStreamingUri()).isEqualTo(STREAMING_URI);
        assertThat(cont.cdnIosUri()).isEqualTo(IOS_URI);
        assertThat(apiRequests()).as("one CDN HEAD for all properties").hasSize(2);

        cont.makePublic(1200);
        cont.setCdnLogRetention(true);
        cont.makePrivate();
        cont.cdnInfo();

        List<String> calls = apiRequests().stream().map(r -> r.getMethod().getName() + " " + r.getUrl()
                + (r.containsHeader("X-Cdn-Enabled") ? " enabled=" + r.getHeader("X-Cdn-Enabled") : "")
                + (r.containsHeader("X-Log-Retention") ? " logs=" + r.getHeader("X-Log-Retention") : "")).toList();
        assertThat(calls).containsExactly("HEAD " + STORAGE + "/example", "HEAD " + CDN + "/example",
                "PUT " + CDN + "/example enabled=True", "POST " + CDN + "/example logs=True",
                "PUT " + CDN + "/example enabled=False", "HEAD " + CDN + "/example");
    }

    @Test
    void setCdnLogRetentionPostsTheFlag() {
        // not anyUrl(): the token request is a POST too
        cloud.stubFor(post(urlPathEqualTo(CDN + "/example")).willReturn(aResponse().withStatus(202)));

        cf.setCdnLogRetention("example", false);

        LoggedRequest post = onlyApiRequest();
        assertThat(post.getMethod().getName()).isEqualTo("POST");
        assertThat(post.getUrl()).isEqualTo(CDN + "/example");
        assertThat(post.getHeader("X-Log-Retention")).isEqualTo("False");
    }

    @Test
    void purgeDeletesOnTheCdnWithTheAddressesToNotify() {
        cloud.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204).withHeader("X-Akam-Result-Code", "100")));

        cf.purgeCdnObject("my c", "dir/a b.txt", List.of("ops@example.com", " dev+cdn@example.org "));

        LoggedRequest purge = onlyApiRequest();
        assertThat(purge.getMethod().getName()).isEqualTo("DELETE");
        assertThat(purge.getUrl()).isEqualTo(CDN + "/my%20c/dir%2Fa%20b.txt");
        assertThat(purge.getHeader("X-Purge-Email")).isEqualTo("ops@example.com, dev+cdn@example.org");
    }

    @Test
    void objectPurgeWithoutAddressesSendsNoEmailHeader() {
        cloud.stubFor(head(urlPathEqualTo(STORAGE + "/example/logo.png")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Length", "10").withHeader("Etag", "0123456789abcdef0123456789abcdef")));
        cloud.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204)));

        StorageObject obj = cf.getObject("example", "logo.png");
        obj.purge();

        List<LoggedRequest> all = apiRequests();
        assertThat(all).hasSize(2);
        assertThat(all.get(1).getMethod().getName()).isEqualTo("DELETE");
        assertThat(all.get(1).getUrl()).isEqualTo(CDN + "/example/logo.png");
        assertThat(all.get(1).containsHeader("X-Purge-Email")).isFalse();
    }

    @Test
    void aMalformedAddressFailsBeforeAnyRequest() {
        for (String bad : List.of("not-an-address", "a@b", "two@example.com,three@example.com", "a b@example.com", "")) {
            assertThatThrownBy(() -> cf.purgeCdnObject("example", "logo.png", List.of(bad)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("emailAddresses");
        }
        assertThat(cloud.getAllServeEvents()).isEmpty();
    }

    @Test
    void purgingAnObjectTheCdnDoesNotKnowIsNoSuchObject() {
        cloud.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(404)));

        NoSuchObjectException e = catchThrowableOfType(NoSuchObjectException.class,
                () -> cf.purgeCdnObject("example", "gone.png"));

        assertThat(e.object()).isEqualTo("gone.png");
        assertThat(apiRequests()).as("a purge is never resent").hasSize(1);
    }

    @Test
    void listPublicContainersFollowsThePagesOfTheEnabledOnlyListing() {
        ObjectStorage small = new ObjectStorage(ctx.client("object_store", "ORD"),
                ctx.client(ServiceType.OBJECT_CDN, "ORD", EndpointInterface.PUBLIC),
                ObjectStorageSettings.builder().listingPageSize(2).build());
        cloud.stubFor(get(urlPathEqualTo(CDN)).atPriority(5).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody("""
                        [{"cdn_enabled": true, "cdn_ios_uri": "%s", "cdn_ssl_uri": "%s", "cdn_streaming_uri": "%s",
                          "cdn_uri": "%s", "log_retention": false, "name": "images", "ttl": 900},
                         {"cdn_enabled": true, "cdn_uri": "%s", "log_retention": true, "name": "site", "ttl": 86400}]
                        """.formatted(IOS_URI, SSL_URI, STREAMING_URI, URI, URI))));
        cloud.stubFor(get(urlPathEqualTo(CDN)).atPriority(1)
                .withQueryParam("marker", equalTo("site"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("[{\"cdn_enabled\": true, \"name\": \"videos\", \"ttl\": 3600}]")));
        // the short page is not the end; the CDN's 204 is
        cloud.stubFor(get(urlPathEqualTo(CDN)).atPriority(1).withQueryParam("marker", equalTo("videos"))
                .willReturn(aResponse().withStatus(204)));

        assertThat(small.listPublicContainers()).containsExactly("images", "site", "videos");

        List<LoggedRequest> pages = apiRequests();
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0).getUrl()).isEqualTo(CDN + "?format=json&enabled_only=true&limit=2");
        assertThat(pages.get(1).getUrl()).isEqualTo(CDN + "?format=json&enabled_only=true&limit=2&marker=site");
        assertThat(pages.get(2).getUrl()).isEqualTo(CDN + "?format=json&enabled_only=true&limit=2&marker=videos");
    }

    @Test
    void noPublicContainersIsAnEmptyList() {
        cloud.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(204)));

        assertThat(cf.listPublicContainers()).isEmpty();
    }

    @Test
    void withoutACdnInTheCatalogEveryCdnCallFailsNamingTheServiceAndSendsNothingToIt() {
        try (CloudContext noCdn = rackspace("objectstorage/rackspace-no-cdn-access.json")) {
            cloud.stubFor(head(urlPathEqualTo(STORAGE + "/example")).willReturn(aResponse().withStatus(204)));
            ObjectStorage storage = noCdn.objectStorage();
            Container cont = storage.getContainer("example");

            List<Runnable> calls = List.of(() -> storage.makeContainerPublic("example", 900),
                    () -> storage.makeContainerPrivate("example"), () -> storage.getContainerCdnInfo("example"),
                    () -> storage.setCdnLogRetention("example", true), () -> storage.purgeCdnObject("example", "o"),
                    storage::listPublicContainers, cont::cdnEnabled, cont::makePublic);
            for (Runnable call : calls) {
                NoEndpointForServiceException e = catchThrowableOfType(NoEndpointForServiceException.class, call::run);
                assertThat(e).isNotNull();
                assertThat(e.getMessage()).contains("object_cdn").contains("rax:object-cdn");
                assertThat(e.requestedService()).isEqualTo("object_cdn");
            }
            // the token request and the storage HEAD, nothing else
            assertThat(apiRequests()).extracting(LoggedRequest::getUrl).containsExactly(STORAGE + "/example");
        }
    }

    @Test
    void anObjectStorageBuiltWithoutACdnClientFailsTheSameWayWithoutAnyRequest() {
        ServiceClient storageOnly = ctx.client("object_store", "ORD");
        ObjectStorage storage = new ObjectStorage(storageOnly);

        NoEndpointForServiceException e = catchThrowableOfType(NoEndpointForServiceException.class,
                () -> storage.makeContainerPublic("example", 900));

        assertThat(e.getMessage()).contains("object_cdn").contains("rax:object-cdn");
        assertThat(cloud.getAllServeEvents()).isEmpty();
    }
}
