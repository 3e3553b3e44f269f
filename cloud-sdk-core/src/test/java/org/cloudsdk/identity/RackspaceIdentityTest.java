package org.cloudsdk.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;

import org.cloudsdk.CloudContext;
import org.cloudsdk.CloudContextBuilder;
import org.cloudsdk.TestCloud;
import org.cloudsdk.errors.NoEndpointForServiceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * Rackspace identity: API-key and password documents, the seed's catalog, the default region and
 * the London endpoint.
 */
class RackspaceIdentityTest {

    @RegisterExtension
    static WireMockExtension identity = TestCloud.server();

    private static final String TOKENS = "/v2.0/tokens";
    private static final String API_KEY = "0123456789abcdef0123456789abcdef";

    private static CloudContextBuilder rackspace() {
        TestCloud.stubV2Tokens(identity, "identity/rackspace-access.json");
        return TestCloud.isolatedBuilder()
                .identityType("rackspace")
                .authEndpoint(TestCloud.baseUrl(identity) + "/v2.0/");
    }

    private static void verifyBody(String json) {
        identity.verify(1, postRequestedFor(urlPathEqualTo(TOKENS))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(json, true, false)));
    }

    @Test
    void apiKeyCredentials() {
        try (CloudContext ctx = rackspace().username("someuser").apiKey(API_KEY).build()) {
            ctx.authenticate();
        }

        verifyBody("""
                {"auth": {"RAX-KSKEY:apiKeyCredentials": {"username": "someuser", "apiKey": "%s"}}}""".formatted(API_KEY));
    }

    @Test
    void passwordCredentials() {
        try (CloudContext ctx = rackspace().username("someuser").password(TestCloud.PASSWORD).build()) {
            ctx.authenticate();
        }

        verifyBody("""
                {"auth": {"passwordCredentials": {"username": "someuser", "password": "%s"}}}""".formatted(TestCloud.PASSWORD));
    }

    @Test
    void setCredentialsWithAnApiKeySendsItAsApiKey() {
        try (CloudContext ctx = rackspace().credentials("someuser", API_KEY).build()) {
            ctx.authenticate();
        }

        verifyBody("""
                {"auth": {"RAX-KSKEY:apiKeyCredentials": {"username": "someuser", "apiKey": "%s"}}}""".formatted(API_KEY));
    }

    @Test
    void anApiKeyWithoutIdentityTypeMeansRackspace() {
        try (CloudContext ctx = rackspace().identityType(null).username("someuser").apiKey(API_KEY).build()) {
            assertThat(ctx.identityType()).isEqualTo("rackspace");
        }
    }

    @Test
    void parsesTheSeedsAccessDocument() {
        try (CloudContext ctx = rackspace().username("someuser").apiKey(API_KEY).build()) {
            Token token = ctx.token();

            assertThat(token.id()).isEqualTo(TestCloud.RACKSPACE_TOKEN);
            assertThat(token.expiresAt()).isEqualTo(Instant.parse("2222-02-23T00:22:22Z"));
            assertThat(token.tenantId()).isEqualTo("000000");
            assertThat(token.tenantName()).isEqualTo("000000");
            assertThat(token.userId()).isEqualTo("123456");
            assertThat(token.userName()).isEqualTo("someuser");
            assertThat(token.roles()).containsExactly("identity:user-admin");
            assertThat(token.identityVersion()).isEqualTo("rackspace");
            // the seed's RAX-AUTH:defaultRegion is blank: no region from the token
            assertThat(token.defaultRegion()).isNull();
            assertThat(ctx.regions()).containsExactly("DFW", "ORD");
            assertThat(ctx.services()).containsExactly(ServiceType.LOAD_BALANCER, ServiceType.OBJECT_STORE,
                    ServiceType.COMPUTE, ServiceType.DNS, ServiceType.DATABASE, ServiceType.OBJECT_CDN,
                    ServiceType.MONITOR);
        }
    }

    @Test
    void defaultRegionIsDfwWhenNoneIsSet() {
        try (CloudContext ctx = rackspace().username("someuser").apiKey(API_KEY).build()) {
            assertThat(ctx.defaultRegion()).isEqualTo("DFW");
            assertThat(ctx.client("cloudservers", null).endpointUrl())
                    .isEqualTo("https://dfw.servers.api.rackspacecloud.com/v2/000000");
            assertThat(ctx.client("compute", null).region()).isEqualTo("DFW");
        }
    }

    @Test
    void configuredRegionWinsOverDfw() {
        try (CloudContext ctx = rackspace().username("someuser").apiKey(API_KEY).region("ORD").build()) {
            assertThat(ctx.defaultRegion()).isEqualTo("ORD");
            assertThat(ctx.client("cloudfiles", null).endpointUrl())
                    .isEqualTo("https://storage101.ord1.clouddrive.com/v1/MossoCloudFS_ffffffff-ffff-ffff-ffff-ffffffffffff");
        }
    }

    @Test
    void servicenetUsesTheSnetUrlOfCloudFiles() {
        try (CloudContext ctx = rackspace().username("someuser").apiKey(API_KEY).region("ORD").useServicenet(true)
                .build()) {
            assertThat(ctx.client("cloudfiles", null).endpointUrl())
                    .isEqualTo("https://snet-storage101.ord1.clouddrive.com/v1/MossoCloudFS_ffffffff-ffff-ffff-ffff-ffffffffffff");
            assertThat(ctx.client("cloudservers", null).endpointUrl())
                    .isEqualTo("https://ord.servers.api.rackspacecloud.com/v2/000000");
            assertThat(ctx.client("cloud_dns", null).endpointUrl())
                    .isEqualTo("https://dns.api.rackspacecloud.com/v1.0/000000");
        }
    }

    @Test
    void loadBalancerHasNoInternalUrl() {
        try (CloudContext ctx = rackspace().username("someuser").apiKey(API_KEY).build()) {
            ctx.authenticate();

            NoEndpointForServiceException missing = catchThrowableOfType(NoEndpointForServiceException.class,
                    () -> ctx.client("cloud_loadbalancers", "ORD", EndpointInterface.INTERNAL));

            assertThat(missing.requestedService()).isEqualTo("load_balancer");
            assertThat(missing.requestedRegion()).isEqualTo("ORD");
            assertThat(missing.requestedInterface()).isEqualTo("internal");
            assertThat(missing.available()).containsExactly("ORD/public", "DFW/public");
            assertThat(missing.getMessage()).isEqualTo("No internal endpoint for load_balancer (catalog type "
                    + "rax:load-balancer or load-balancer) in region 'ORD'; the catalog offers ORD/public, DFW/public");
        }
    }

    @Test
    void londonHasItsOwnIdentityEndpoint() {
        assertThat(RackspaceIdentity.defaultEndpoint("LON")).isEqualTo("https://lon.identity.api.rackspacecloud.com/v2.0/")
                .isEqualTo(RackspaceIdentity.LON_ENDPOINT);
        assertThat(RackspaceIdentity.defaultEndpoint(" lon ")).isEqualTo(RackspaceIdentity.LON_ENDPOINT);
        for (String region : new String[] {"DFW", "ORD", "IAD", "SYD", "HKG", null}) {
            assertThat(RackspaceIdentity.defaultEndpoint(region))
                    .isEqualTo("https://identity.api.rackspacecloud.com/v2.0/")
                    .isEqualTo(RackspaceIdentity.US_ENDPOINT);
        }
    }
}
