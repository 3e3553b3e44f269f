package org.cloudsdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.cloudsdk.errors.NoEndpointForServiceException;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.ObjectStorageSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * The context's object storage settings and transfer executor reach every way of getting its
 * object storage client, and the CDN endpoint is looked up only by a CDN operation.
 */
class ContextObjectStorageTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static final String SWIFT_PATH = "/swift/v1/AUTH_" + TestCloud.V3_PROJECT_ID;

    private static final ObjectStorageSettings TUNED = ObjectStorageSettings.builder().listingPageSize(7)
            .segmentParallelism(2).build();

    @Test
    void settingsReachEveryWayToTheClientAndTheWire() {
        TestCloud.stubKeystoneV3(cloud);
        cloud.stubFor(get(urlPathEqualTo(SWIFT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).objectStorageSettings(TUNED).build()) {
            assertThat(ctx.objectStorageSettings()).isEqualTo(TUNED);
            ObjectStorage byDefault = ctx.objectStorage();
            assertThat(byDefault.settings()).isEqualTo(TUNED);
            assertThat(ctx.objectStorage("RegionOne").settings()).isEqualTo(TUNED);
            assertThat(ctx.region("RegionOne").objectStorage().settings()).isEqualTo(TUNED);
            assertThat(ctx.region("region-a.geo-1").objectStorage().settings()).isEqualTo(TUNED);
            // one client per region whichever way it is asked for
            assertThat(ctx.region("RegionOne").objectStorage()).isSameAs(ctx.objectStorage("RegionOne"));
            assertThat(ctx.objectStorage()).isSameAs(byDefault).isSameAs(ctx.region("RegionOne").objectStorage());

            ctx.region("RegionOne").objectStorage().listContainersInfo();
            byDefault.listContainersInfo();
        }
        cloud.verify(2, getRequestedFor(urlPathEqualTo(SWIFT_PATH)).withQueryParam("limit", equalTo("7")));
    }

    @Test
    void defaultsWhenNoneAreGiven() {
        try (CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            assertThat(ctx.objectStorageSettings()).isEqualTo(ObjectStorageSettings.defaults());
            assertThat(ctx.region("RegionOne").objectStorage().settings()).isEqualTo(ObjectStorageSettings.defaults());
            assertThat(ctx.transferExecutor()).isEmpty();
        }
        cloud.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aCloudWithoutCdnWorksUntilACdnOperationWhichFailsBeforeAnyRequest() {
        TestCloud.stubKeystoneV3(cloud);
        cloud.stubFor(get(urlPathEqualTo(SWIFT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            ctx.authenticate();
            // the fixture's catalog has no rax:object-cdn: the client is still made, in every way
            ObjectStorage storage = ctx.region("RegionOne").objectStorage();
            assertThat(ctx.objectStorage().listContainersInfo()).isEmpty();
            assertThat(ctx.objectStorage("region-a.geo-1")).isNotNull();

            assertThatThrownBy(() -> storage.makeContainerPublic("photos", 900))
                    .isInstanceOf(NoEndpointForServiceException.class);
        }
        cloud.verify(1, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")));
        cloud.verify(1, getRequestedFor(urlPathEqualTo(SWIFT_PATH)));
        cloud.verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    void theTransferExecutorIsHandedToTheClientsAndNotShutDownWithTheContext() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            try (CloudContext ctx = TestCloud.keystoneV3(cloud).transferExecutor(executor).build()) {
                assertThat(ctx.transferExecutor()).containsSame(executor);
            }
            assertThat(executor.isShutdown()).isFalse();
        } finally {
            executor.shutdownNow();
        }
    }
}
