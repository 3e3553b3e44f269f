package org.cloudsdk.network;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.network.CloudNetworksFixtures.MY_LAN;
import static org.cloudsdk.network.CloudNetworksFixtures.MY_LAN_ID;
import static org.cloudsdk.network.NetworkStub.authed;
import static org.cloudsdk.network.NetworkStub.rax;

import org.cloudsdk.compute.NetworkAttachment;
import org.cloudsdk.errors.BadRequestException;
import org.cloudsdk.errors.NetworkCountExceededException;
import org.cloudsdk.errors.NetworkInUseException;
import org.cloudsdk.errors.NoUniqueMatchException;
import org.cloudsdk.errors.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * pyrax's Cloud Networks chapter on Rackspace's {@code os-networksv2} (under the compute
 * endpoint): the exact requests of list, create, get, find, delete, the pseudo-networks, the
 * server networks, and pyrax's exceptions for what the API refuses.
 */
class CloudNetworksRequestsTest {

    private final NetworkStub cloud = new NetworkStub();
    private final Networks networks = cloud.rackspace();

    @AfterEach
    void close() {
        cloud.close();
    }

    @Test
    void listShowsThePseudoNetworksBeforeAnyIsolatedOne() {
        cloud.server.stubFor(get(urlEqualTo(rax("/os-networksv2"))).willReturn(okJson(CloudNetworksFixtures.PSEUDO_ONLY)));

        var list = networks.list();

        cloud.server.verify(1, authed(getRequestedFor(urlEqualTo(rax("/os-networksv2")))));
        assertThat(list).extracting(Network::id).containsExactly(Networks.PUBLIC_NET_ID, Networks.SERVICE_NET_ID);
        assertThat(list).extracting(Network::label).containsExactly("public", "private");
        assertThat(list).allSatisfy(network -> {
            assertThat(network.isIsolated()).isFalse();
            assertThat(network.cidr()).isEmpty();
            assertThat(network.apiType()).isEqualTo(NetworkApiType.CLOUD_NETWORKS);
        });
        assertThat(list.get(0)).hasToString("Network[id=00000000-0000-0000-0000-000000000000, label=public]");
    }

    @Test
    void createSendsTheLabelAndCidrAndReadsTheNetwork() {
        cloud.server.stubFor(post(urlEqualTo(rax("/os-networksv2"))).willReturn(okJson("{\"network\": " + MY_LAN + "}")));

        Network network = networks.create("my_lan", "192.168.0.0/24");

        cloud.server.verify(1, authed(postRequestedFor(urlEqualTo(rax("/os-networksv2"))))
                .withRequestBody(equalToJson("{\"network\": {\"label\": \"my_lan\", \"cidr\": \"192.168.0.0/24\"}}")));
        assertThat(network.id()).isEqualTo(MY_LAN_ID);
        assertThat(network.label()).isEqualTo("my_lan");
        assertThat(network.name()).isEqualTo("my_lan");
        assertThat(network.cidr()).contains("192.168.0.0/24");
        assertThat(network.cidrs()).containsExactly("192.168.0.0/24");
        assertThat(network.isIsolated()).isTrue();
        assertThat(network.subnetIds()).isEmpty();
        assertThat(network).hasToString("Network[id=" + MY_LAN_ID + ", label=my_lan, cidr=192.168.0.0/24]");
    }

    @Test
    void anIpv6CidrIsSentAsGiven() {
        cloud.server.stubFor(post(urlEqualTo(rax("/os-networksv2"))).willReturn(okJson(
                "{\"network\": {\"cidr\": \"fd00:1::/64\", \"id\": \"v6\", \"label\": \"v6_lan\"}}")));

        assertThat(networks.create("v6_lan", "fd00:1::/64").cidr()).contains("fd00:1::/64");

        cloud.server.verify(1, postRequestedFor(urlEqualTo(rax("/os-networksv2")))
                .withRequestBody(equalToJson("{\"network\": {\"label\": \"v6_lan\", \"cidr\": \"fd00:1::/64\"}}")));
    }

    @Test
    void theTenNetworkLimitIsReportedAsNetworkCountExceeded() {
        cloud.server.stubFor(post(urlEqualTo(rax("/os-networksv2"))).willReturn(NetworkStub.error(400,
                "{\"badRequest\": {\"code\": 400, \"message\": \"Quota exceeded, too many networks.\"}}")));

        assertThatThrownBy(() -> networks.create("eleventh", "192.168.11.0/24"))
                .isInstanceOf(NetworkCountExceededException.class)
                .hasMessageContaining("10 per region").hasMessageContaining("too many networks")
                .satisfies(e -> assertThat(((NetworkCountExceededException) e).status()).isEqualTo(400));
    }

    @Test
    void anotherBadRequestStaysABadRequest() {
        cloud.server.stubFor(post(urlEqualTo(rax("/os-networksv2"))).willReturn(NetworkStub.error(400,
                "{\"badRequest\": {\"code\": 400, \"message\": \"Network label is too long.\"}}")));

        assertThatThrownBy(() -> networks.create("x", "192.168.11.0/24"))
                .isExactlyInstanceOf(BadRequestException.class).hasMessageContaining("label is too long");
    }

    @Test
    void getReadsOneNetworkAndAHandleReloadsThroughIt() {
        cloud.server.stubFor(get(urlEqualTo(rax("/os-networksv2/" + MY_LAN_ID))).willReturn(okJson("{\"network\": " + MY_LAN + "}")));

        Network network = networks.get(MY_LAN_ID);
        Network reloaded = network.reload();

        cloud.server.verify(2, authed(getRequestedFor(urlEqualTo(rax("/os-networksv2/" + MY_LAN_ID)))));
        assertThat(reloaded).isEqualTo(network).isNotSameAs(network);
        assertThat(reloaded.attribute("cidr")).contains("192.168.0.0/24");
    }

    @Test
    void aPseudoNetworkReloadsAsItselfWithoutARequest() {
        cloud.server.stubFor(get(urlEqualTo(rax("/os-networksv2"))).willReturn(okJson(CloudNetworksFixtures.PSEUDO_ONLY)));
        Network publicNet = networks.list().get(0);

        assertThat(publicNet.reload()).isSameAs(publicNet);
        assertThat(cloud.log()).containsExactly("GET " + rax("/os-networksv2"));
    }

    @Test
    void anUnknownNetworkIsNotFound() {
        cloud.server.stubFor(get(urlEqualTo(rax("/os-networksv2/nope"))).willReturn(NetworkStub.error(404,
                "{\"itemNotFound\": {\"code\": 404, \"message\": \"Network could not be found\"}}")));

        assertThatThrownBy(() -> networks.get("nope")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void findByLabelOrNameMatchesExactlyAndRefusesAmbiguity() {
        cloud.server.stubFor(get(urlEqualTo(rax("/os-networksv2"))).willReturn(okJson(CloudNetworksFixtures.WITH_MY_LAN)));

        assertThat(networks.findNetworkByLabel("my_lan")).map(Network::id).contains(MY_LAN_ID);
        assertThat(networks.findNetworkByName("my_lan")).map(Network::id).contains(MY_LAN_ID);
        assertThat(networks.findNetworkByLabel("my_la")).isEmpty();

        cloud.server.stubFor(get(urlEqualTo(rax("/os-networksv2"))).willReturn(okJson("{\"networks\": ["
                + MY_LAN + ", " + MY_LAN.replace("4c2e1ad5", "5d3f2be6") + "]}")));
        assertThatThrownBy(() -> networks.findNetworkByLabel("my_lan")).isInstanceOf(NoUniqueMatchException.class)
                .hasMessageContaining("2 networks are labelled 'my_lan'");
    }

    @Test
    void deleteByIdOrHandle() {
        cloud.server.stubFor(delete(urlEqualTo(rax("/os-networksv2/" + MY_LAN_ID))).willReturn(aResponse().withStatus(202)));
        cloud.server.stubFor(get(urlEqualTo(rax("/os-networksv2"))).willReturn(okJson(CloudNetworksFixtures.WITH_MY_LAN)));

        networks.delete(MY_LAN_ID);
        networks.list().get(0).delete();
        networks.delete(networks.list().get(0));

        cloud.server.verify(3, authed(deleteRequestedFor(urlEqualTo(rax("/os-networksv2/" + MY_LAN_ID)))));
    }

    @Test
    void deletingANetworkServersUseIsNetworkInUse() {
        cloud.server.stubFor(delete(urlEqualTo(rax("/os-networksv2/" + MY_LAN_ID))).willReturn(NetworkStub.error(403,
                "{\"forbidden\": {\"code\": 403, \"message\": \"Network is in use by one or more servers\"}}")));

        assertThatThrownBy(() -> networks.delete(MY_LAN_ID)).isInstanceOfSatisfying(NetworkInUseException.class, e -> {
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.serverIds()).isEmpty();
            assertThat(e).hasMessageContaining("delete them first");
        });
    }

    @Test
    void serverNetworksListThisNetworkThenThePseudoNetworksAskedFor() {
        cloud.server.stubFor(post(urlEqualTo(rax("/os-networksv2"))).willReturn(okJson("{\"network\": " + MY_LAN + "}")));
        Network isolated = networks.create("my_lan", "192.168.0.0/24");

        assertThat(isolated.getServerNetworks()).containsExactly(NetworkAttachment.network(MY_LAN_ID));
        assertThat(isolated.getServerNetworks(false, true)).containsExactly(NetworkAttachment.network(MY_LAN_ID),
                NetworkAttachment.network(Networks.SERVICE_NET_ID));
        assertThat(isolated.getServerNetworks(true, true)).containsExactly(NetworkAttachment.network(MY_LAN_ID),
                NetworkAttachment.network(Networks.PUBLIC_NET_ID), NetworkAttachment.network(Networks.SERVICE_NET_ID));
        assertThat(networks.getServerNetworks(MY_LAN_ID, true, false)).containsExactly(
                NetworkAttachment.network(MY_LAN_ID), NetworkAttachment.network(Networks.PUBLIC_NET_ID));
        assertThat(networks.getServerNetworks(isolated, true, true)).isEqualTo(isolated.getServerNetworks(true, true));
        assertThat(networks.getServerNetworks(MY_LAN_ID)).containsExactly(NetworkAttachment.network(MY_LAN_ID));
        // building the attachments asks nothing of the cloud
        assertThat(cloud.log()).containsExactly("POST " + rax("/os-networksv2"));
    }

    @Test
    void theNeutronObjectsAreUnsupportedOnCloudNetworks() {
        assertThat(networks.apiType()).isEqualTo(NetworkApiType.CLOUD_NETWORKS);
        assertThatThrownBy(() -> networks.subnets().list()).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("os-networksv2");
        assertThatThrownBy(() -> networks.routers().get("r")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> networks.createNetwork("n", NetworkOptions.defaults()))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("createNetwork");
        assertThat(cloud.requests()).isEmpty();
    }

    @Test
    void badArgumentsAreRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> networks.create(" ", "192.168.0.0/24")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("label must not be blank");
        assertThatThrownBy(() -> networks.create("my_lan", "192.168.0.0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cidr '192.168.0.0' is not a valid CIDR");
        assertThatThrownBy(() -> networks.create("my_lan", "192.168.0.1/24"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the network is 192.168.0.0/24");
        assertThatThrownBy(() -> networks.create("my_lan", "192.168.0.0/31"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two or more hosts");
        assertThatThrownBy(() -> networks.get("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("networkId must not be blank");
        assertThatThrownBy(() -> networks.delete(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> networks.findNetworkByLabel("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> networks.getServerNetworks("", true, true)).isInstanceOf(IllegalArgumentException.class);
        assertThat(cloud.requests()).isEmpty();
    }

    @Test
    void theHealthReadListsNetworks() {
        cloud.server.stubFor(get(urlEqualTo(rax("/os-networksv2"))).willReturn(okJson(CloudNetworksFixtures.PSEUDO_ONLY)));

        assertThat(Networks.SERVICE.checkHealth(networks).block()).containsEntry("api", "os-networksv2")
                .containsEntry("region", "DFW").containsEntry("interface", "public");
        assertThat(Networks.SERVICE.name()).isEqualTo("network");
        assertThat(networks).hasToString("Networks[CLOUD_NETWORKS]");
    }
}
