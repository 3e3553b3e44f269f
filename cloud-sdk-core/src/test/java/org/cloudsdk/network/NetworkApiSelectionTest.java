package org.cloudsdk.network;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.cloudsdk.errors.NoEndpointForServiceException;
import org.cloudsdk.http.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The networking API is read from the catalog of a real context, on the first call: a
 * {@code network} endpoint is Neutron, a {@code rax:network} one Cloud Networks under it, and a
 * catalog without either (Rackspace's in pyrax's time) Cloud Networks under compute. Building the
 * client makes no request.
 */
class NetworkApiSelectionTest {

    @RegisterExtension
    static WireMockExtension cloud = TestCloud.server();

    private static final String EMPTY_RAX = "{\"networks\": []}";

    private CloudContext ctx;

    @AfterEach
    void close() {
        if (ctx != null) {
            ctx.close();
        }
    }

    /** Serves the v3 token fixture, with a network service of this catalog type when given. */
    private Networks networks(String catalogType, String path) {
        ObjectNode token = (ObjectNode) Json.parse(TestCloud.fixture("identity/keystone-v3-token.json", cloud));
        if (catalogType != null) {
            ArrayNode catalog = (ArrayNode) token.path("token").path("catalog");
            ObjectNode service = catalog.addObject().put("id", "net").put("type", catalogType).put("name", "neutron");
            service.putArray("endpoints").addObject().put("id", "n1").put("interface", "public")
                    .put("region_id", "RegionOne").put("region", "RegionOne").put("url", TestCloud.baseUrl(cloud) + path);
        }
        cloud.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("X-Subject-Token", TestCloud.V3_TOKEN)
                .withBody(Json.write(token))));
        ctx = TestCloud.keystoneV3(cloud).build();
        Networks networks = ctx.service(Networks.SERVICE, null);
        assertThat(cloud.getAllServeEvents()).isEmpty();
        assertThat(networks).hasToString("Networks[api not yet chosen]");
        return networks;
    }

    @Test
    void aNetworkEndpointIsNeutron() {
        Networks networks = networks("network", "/neutron");
        cloud.stubFor(get(urlEqualTo("/neutron/v2.0/networks")).willReturn(okJson("{\"networks\": []}")));

        assertThat(networks.list()).isEmpty();
        assertThat(networks.apiType()).isEqualTo(NetworkApiType.NEUTRON);
        assertThat(networks).hasToString("Networks[NEUTRON]");
        cloud.verify(1, getRequestedFor(urlEqualTo("/neutron/v2.0/networks")));
    }

    @Test
    void withoutANetworkEndpointCloudNetworksIsUnderCompute() {
        Networks networks = networks(null, null);
        cloud.stubFor(get(urlEqualTo("/compute/v2.1/os-networksv2")).willReturn(okJson(CloudNetworksFixtures.PSEUDO_ONLY)));

        assertThat(networks.list()).extracting(Network::label).containsExactly("public", "private");
        assertThat(networks.apiType()).isEqualTo(NetworkApiType.CLOUD_NETWORKS);
    }

    @Test
    void anAuthenticatedContextWithoutANetworkEndpointStillBuildsTheClient() {
        networks(null, null);
        ctx.close();
        ctx = TestCloud.keystoneV3(cloud).build().authenticate();
        cloud.stubFor(get(urlEqualTo("/compute/v2.1/os-networksv2")).willReturn(okJson(EMPTY_RAX)));

        Networks networks = ctx.service(Networks.SERVICE, null);

        assertThat(networks.list()).isEmpty();
        assertThat(networks.apiType()).isEqualTo(NetworkApiType.CLOUD_NETWORKS);
    }

    @Test
    void aRaxNetworkEndpointIsCloudNetworksUnderIt() {
        Networks networks = networks("rax:network", "/rax-networks/v2/000000");
        cloud.stubFor(get(urlEqualTo("/rax-networks/v2/000000/os-networksv2")).willReturn(okJson(EMPTY_RAX)));

        assertThat(networks.list()).isEmpty();
        assertThat(networks.apiType()).isEqualTo(NetworkApiType.CLOUD_NETWORKS);
    }

    @Test
    void theHealthEntryReadsTheChosenApi() {
        Networks networks = networks("network", "/neutron/v2.0");
        cloud.stubFor(get(urlEqualTo("/neutron/v2.0/networks?limit=1")).willReturn(okJson("{\"networks\": []}")));

        assertThat(Networks.SERVICE.checkHealth(networks).block()).containsEntry("api", "neutron")
                .containsEntry("region", "RegionOne").containsEntry("interface", "public");
    }

    @Test
    void aRegionWithNeitherNetworkNorComputeSaysSo() {
        networks(null, null);
        Networks elsewhere = ctx.service(Networks.SERVICE, "Nowhere");

        assertThatThrownBy(elsewhere::list).isInstanceOf(NoEndpointForServiceException.class)
                .hasMessageContaining("neither a network service");
    }
}
