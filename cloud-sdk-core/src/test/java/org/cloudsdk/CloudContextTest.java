package org.cloudsdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

import org.cloudsdk.errors.NoEndpointForServiceException;
import org.cloudsdk.errors.NotAuthenticatedException;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.identity.EndpointInterface;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** Clients by service, region and interface; lazy authentication; a context without credentials. */
class CloudContextTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static final String SWIFT_PATH = "/v1/AUTH_" + TestCloud.V3_PROJECT_ID;

    private static String url(String path) {
        return TestCloud.baseUrl(cloud) + path;
    }

    @Test
    void buildingMakesNoNetworkCall() {
        try (CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            ctx.client("compute", "RegionOne");
            ctx.region("region-a.geo-1").client("swift");
            assertThat(ctx.isAuthenticated()).isFalse();
            assertThat(ctx.toString()).contains("authenticated=false").doesNotContain(TestCloud.PASSWORD);
        }

        cloud.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void publicByDefaultInternalOnRequest() {
        TestCloud.stubKeystoneV3(cloud);

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            assertThat(ctx.client("swift", "RegionOne").endpointUrl()).isEqualTo(url("/swift" + SWIFT_PATH));
            assertThat(ctx.client("cloudfiles", null).endpointInterface()).isEqualTo("public");
            assertThat(ctx.client("object_store", "RegionOne", EndpointInterface.INTERNAL).endpointUrl())
                    .isEqualTo(url("/swift-internal" + SWIFT_PATH));
            assertThat(ctx.endpoint("swift", "RegionOne", EndpointInterface.PUBLIC).url())
                    .isEqualTo(url("/swift" + SWIFT_PATH));
            assertThat(ctx.endpoint("nova", "RegionOne", EndpointInterface.INTERNAL).url())
                    .isEqualTo(url("/compute-internal/v2.1"));
            assertThat(ctx.endpoint("compute", null, EndpointInterface.ADMIN).url())
                    .isEqualTo(url("/compute-admin/v2.1"));
        }
        cloud.verify(1, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")));
    }

    @Test
    void servicenetMakesObjectStorageInternalAndLeavesComputePublic() {
        TestCloud.stubKeystoneV3(cloud);
        cloud.stubFor(get(urlPathEqualTo("/swift-internal" + SWIFT_PATH)).willReturn(aResponse().withStatus(204)));

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).useServicenet(true).build()) {
            ServiceClient swift = ctx.client("swift", "RegionOne");
            ServiceClient compute = ctx.client("compute", "RegionOne");

            assertThat(swift.endpointInterface()).isEqualTo("internal");
            assertThat(swift.endpointUrl()).isEqualTo(url("/swift-internal" + SWIFT_PATH));
            assertThat(compute.endpointInterface()).isEqualTo("public");
            assertThat(compute.endpointUrl()).isEqualTo(url("/compute/v2.1"));
            assertThat(swift.get("").status()).isEqualTo(204);
        }
        cloud.verify(1, getRequestedFor(urlPathEqualTo("/swift-internal" + SWIFT_PATH)));
    }

    @Test
    void interfaceSettingAppliesToEveryService() {
        TestCloud.stubKeystoneV3(cloud);

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).endpointInterface("internalURL").build()) {
            assertThat(ctx.client("compute", "RegionOne").endpointUrl()).isEqualTo(url("/compute-internal/v2.1"));
            assertThat(ctx.client("swift", "RegionOne").endpointUrl()).isEqualTo(url("/swift-internal" + SWIFT_PATH));
        }
    }

    @Test
    void regionNamesWithDotsResolve() {
        TestCloud.stubKeystoneV3(cloud);

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            RegionClients geo = ctx.region("region-a.geo-1");

            assertThat(geo.name()).isEqualTo("region-a.geo-1");
            assertThat(geo.client("compute").endpointUrl()).isEqualTo(url("/geo1/compute/v2.1"));
            assertThat(geo.client("compute").region()).isEqualTo("region-a.geo-1");
            assertThat(ctx.client("swift", "region-a.geo-1").endpointUrl()).isEqualTo(url("/geo1/swift" + SWIFT_PATH));
            assertThat(ctx.regions()).containsExactly("RegionOne", "region-a.geo-1");
        }
    }

    @Test
    void missingEndpointFailsAtFirstUseBeforeAuthenticationAndAtOnceAfterIt() {
        TestCloud.stubKeystoneV3(cloud);

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            ServiceClient lazy = ctx.client("compute", "region-a.geo-1", EndpointInterface.INTERNAL);
            NoEndpointForServiceException atUse = catchThrowableOfType(NoEndpointForServiceException.class,
                    lazy::endpointUrl);
            assertThat(atUse.requestedService()).isEqualTo("compute");
            assertThat(atUse.requestedRegion()).isEqualTo("region-a.geo-1");
            assertThat(atUse.requestedInterface()).isEqualTo("internal");
            assertThat(atUse.available()).contains("region-a.geo-1/public", "RegionOne/internal");

            NoEndpointForServiceException atOnce = catchThrowableOfType(NoEndpointForServiceException.class,
                    () -> ctx.client("volume", "RegionOne"));
            assertThat(atOnce.getMessage()).contains("volume").contains("object-store");
        }
    }

    @Test
    void anyTypeOfTheCatalogIsReachableAsRawRest() {
        // the fixture's catalog, with Nova's entry renamed to a type no ServiceType names (Heat's)
        cloud.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).willReturn(TestCloud.v3TokenResponse(cloud, TestCloud.V3_TOKEN)
                .withBody(TestCloud.fixture("identity/keystone-v3-token.json", cloud)
                        .replace("\"type\": \"compute\"", "\"type\": \"orchestration\""))));
        cloud.stubFor(get(urlEqualTo("/compute/v2.1/stacks")).willReturn(okJson("{\"stacks\": []}")));

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            ServiceClient heat = ctx.client("orchestration", "RegionOne");
            assertThat(heat.service()).isEqualTo("orchestration");
            cloud.verify(0, anyRequestedFor(anyUrl()));

            assertThat(heat.get("/stacks").json().get("stacks").isArray()).isTrue();
            assertThat(ctx.client("orchestration", "RegionOne", EndpointInterface.INTERNAL).endpointUrl())
                    .isEqualTo(url("/compute-internal/v2.1"));
            assertThat(ctx.endpoint("orchestration", "RegionOne", EndpointInterface.PUBLIC).url())
                    .isEqualTo(url("/compute/v2.1"));
        }
        cloud.verify(getRequestedFor(urlEqualTo("/compute/v2.1/stacks")).withHeader("X-Auth-Token", equalTo(TestCloud.V3_TOKEN)));
    }

    @Test
    void aTypeTheCatalogDoesNotHaveFailsAtFirstUseNamingWhatItOffers() {
        TestCloud.stubKeystoneV3(cloud);

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            ServiceClient widgets = ctx.client("cloud_widgets", "RegionOne");
            cloud.verify(0, anyRequestedFor(anyUrl()));

            assertThatThrownBy(widgets::endpointUrl).isInstanceOf(NoEndpointForServiceException.class)
                    .hasMessage("The service catalog has no catalog type cloud_widgets; it offers: identity, object-store, compute");
            assertThatThrownBy(() -> ctx.client("cloud_widgets", "RegionOne"))
                    .as("known at once once authenticated").isInstanceOf(NoEndpointForServiceException.class);
            assertThatIllegalArgumentException().isThrownBy(() -> ctx.client(" ", "RegionOne"))
                    .withMessageContaining("service must not be blank").withMessageContaining("object_store");
        }
    }

    @Test
    void withoutCredentialsNothingIsSentAndUseFailsAsNotAuthenticated() {
        try (CloudContext ctx = TestCloud.isolatedBuilder().identityType("keystone")
                .authEndpoint(TestCloud.baseUrl(cloud) + "/v3").region("RegionOne").build()) {
            ServiceClient compute = ctx.client("compute", "RegionOne");

            NotAuthenticatedException atUse = catchThrowableOfType(NotAuthenticatedException.class,
                    compute::endpointUrl);
            assertThat(atUse.getMessage()).contains("no credentials");
            assertThat(catchThrowableOfType(NotAuthenticatedException.class, () -> compute.get("/servers")))
                    .isNotNull();
            assertThat(catchThrowableOfType(NotAuthenticatedException.class, ctx::authenticate)).isNotNull();
            assertThat(ctx.isAuthenticated()).isFalse();
        }

        cloud.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void missingCredentialsHintIsTheMessage() {
        try (CloudContext ctx = TestCloud.isolatedBuilder().identityType("keystone")
                .authEndpoint(TestCloud.baseUrl(cloud) + "/v3").missingCredentialsHint("set cloud.username")
                .build()) {
            assertThat(catchThrowableOfType(NotAuthenticatedException.class, ctx::authToken))
                    .hasMessage("set cloud.username");
        }
        cloud.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void concurrentFirstUseAuthenticatesOnce() throws Exception {
        TestCloud.stubKeystoneV3(cloud);

        try (CloudContext ctx = TestCloud.keystoneV3(cloud).build()) {
            List<Thread> threads = new ArrayList<>();
            CountDownLatch gate = new CountDownLatch(1);
            Queue<String> urls = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < 16; i++) {
                Thread thread = new Thread(() -> {
                    try {
                        gate.await();
                        urls.add(ctx.client("compute", "RegionOne").endpointUrl());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                thread.start();
                threads.add(thread);
            }
            gate.countDown();
            for (Thread thread : threads) {
                thread.join(10_000);
            }

            assertThat(urls).hasSize(16).containsOnly(url("/compute/v2.1"));
        }
        cloud.verify(1, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")));
    }
}
