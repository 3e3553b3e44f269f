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
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.network.NetworkStub.api;
import static org.cloudsdk.network.NetworkStub.authed;
import static org.cloudsdk.network.NeutronFixtures.MY_LAN;
import static org.cloudsdk.network.NeutronFixtures.MY_LAN_CREATED;
import static org.cloudsdk.network.NeutronFixtures.MY_LAN_SUBNET;
import static org.cloudsdk.network.NeutronFixtures.NET_ID;
import static org.cloudsdk.network.NeutronFixtures.SERVER_ID;
import static org.cloudsdk.network.NeutronFixtures.SUBNET_ID;
import static org.cloudsdk.network.NeutronFixtures.listing;
import static org.cloudsdk.network.NeutronFixtures.wrapped;

import java.util.List;

import org.cloudsdk.compute.NetworkAttachment;
import org.cloudsdk.errors.BadRequestException;
import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.NetworkCountExceededException;
import org.cloudsdk.errors.NetworkInUseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * pyrax's Cloud Networks operations on Neutron: a listing or get reads the subnets' CIDRs too,
 * create makes a network and its subnet (and takes the network back when the subnet is refused),
 * delete looks for servers' ports first; Neutron's own network calls, its paging and its errors.
 */
class NeutronNetworksRequestsTest {

    private static final String OTHER_ID = "5d3f2be6-0000-4039-a80a-15d1083f2a8b";

    private final NetworkStub cloud = new NetworkStub();
    private final Networks networks = cloud.neutron();

    @AfterEach
    void close() {
        cloud.close();
    }

    private void stubSubnets(String url, String... subnets) {
        cloud.server.stubFor(get(urlEqualTo(url)).willReturn(okJson(listing("subnets", subnets))));
    }

    @Test
    void listReadsTheNetworksThenTheSubnetsCidrsOnce() {
        cloud.server.stubFor(get(urlEqualTo(api("/networks"))).willReturn(okJson(listing("networks", MY_LAN,
                NeutronFixtures.network(OTHER_ID, "no_subnet", "[]")))));
        stubSubnets(api("/subnets?fields=network_id&fields=cidr"),
                "{\"network_id\": \"" + NET_ID + "\", \"cidr\": \"192.168.0.0/24\"}",
                "{\"network_id\": \"" + NET_ID + "\", \"cidr\": \"fd00:1::/64\"}");

        List<Network> list = networks.list();

        assertThat(cloud.log()).containsExactly("GET " + api("/networks"),
                "GET " + api("/subnets?fields=network_id&fields=cidr"));
        cloud.server.verify(authed(getRequestedFor(urlEqualTo(api("/networks")))));
        assertThat(list).extracting(Network::label).containsExactly("my_lan", "no_subnet");
        Network myLan = list.get(0);
        assertThat(myLan.cidr()).contains("192.168.0.0/24");
        assertThat(myLan.cidrs()).containsExactly("192.168.0.0/24", "fd00:1::/64");
        assertThat(myLan.subnetIds()).containsExactly(SUBNET_ID);
        assertThat(myLan.status()).contains("ACTIVE");
        assertThat(myLan.shared()).contains(false);
        assertThat(myLan.isExternal()).isFalse();
        assertThat(myLan.adminStateUp()).contains(true);
        assertThat(myLan.mtu()).contains(1450);
        assertThat(myLan.projectId()).contains(NeutronFixtures.PROJECT);
        assertThat(myLan.description()).isEmpty();
        assertThat(myLan.attribute("provider:network_type")).contains("vxlan");
        assertThat(myLan.apiType()).isEqualTo(NetworkApiType.NEUTRON);
        assertThat(list.get(1).cidr()).isEmpty();
    }

    @Test
    void anEmptyListingReadsNoSubnets() {
        cloud.server.stubFor(get(urlEqualTo(api("/networks"))).willReturn(okJson(listing("networks"))));

        assertThat(networks.list()).isEmpty();
        assertThat(cloud.log()).containsExactly("GET " + api("/networks"));
    }

    @Test
    void aListingFollowsNetworksLinksWithLimitAndMarkerAndFilters() {
        cloud.server.stubFor(get(urlEqualTo(api("/networks?router:external=true&limit=1")))
                .willReturn(okJson("{\"networks\": [" + MY_LAN + "], \"networks_links\": [{\"rel\": \"next\", \"href\":"
                        + " \"http://neutron.internal:9696/v2.0/networks?router%3Aexternal=true&limit=1&marker=" + NET_ID
                        + "\"}]}")));
        cloud.server.stubFor(get(urlEqualTo(api("/networks?router:external=true&limit=1&marker=" + NET_ID)))
                .willReturn(okJson(listing("networks", NeutronFixtures.network(OTHER_ID, "other", "[]")))));
        stubSubnets(api("/subnets?fields=network_id&fields=cidr"), "{\"network_id\": \"" + NET_ID
                + "\", \"cidr\": \"192.168.0.0/24\"}");

        List<Network> list = networks.list(NeutronListOptions.builder().filter("router:external", true).pageSize(1)
                .build());

        assertThat(list).extracting(Network::id).containsExactly(NET_ID, OTHER_ID);
        assertThat(cloud.log()).startsWith("GET " + api("/networks?router:external=true&limit=1"),
                "GET " + api("/networks?router:external=true&limit=1&marker=" + NET_ID));
    }

    @Test
    void getReadsTheNetworkAndItsSubnets() {
        cloud.server.stubFor(get(urlEqualTo(api("/networks/" + NET_ID))).willReturn(okJson(wrapped("network", MY_LAN))));
        stubSubnets(api("/subnets?network_id=" + NET_ID + "&fields=network_id&fields=cidr"),
                "{\"network_id\": \"" + NET_ID + "\", \"cidr\": \"192.168.0.0/24\"}");

        Network network = networks.get(NET_ID);

        assertThat(network.cidr()).contains("192.168.0.0/24");
        assertThat(network).hasToString("Network[id=" + NET_ID + ", label=my_lan, cidr=192.168.0.0/24]");
        assertThat(cloud.log()).containsExactly("GET " + api("/networks/" + NET_ID),
                "GET " + api("/subnets?network_id=" + NET_ID + "&fields=network_id&fields=cidr"));
    }

    @Test
    void createMakesANetworkThenItsSubnetNamedAlike() {
        cloud.server.stubFor(post(urlEqualTo(api("/networks"))).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(wrapped("network", MY_LAN_CREATED))));
        cloud.server.stubFor(post(urlEqualTo(api("/subnets"))).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(wrapped("subnet", MY_LAN_SUBNET))));

        Network network = networks.create("my_lan", "192.168.0.0/24");

        cloud.server.verify(1, authed(postRequestedFor(urlEqualTo(api("/networks"))))
                .withRequestBody(equalToJson("{\"network\": {\"name\": \"my_lan\"}}")));
        cloud.server.verify(1, authed(postRequestedFor(urlEqualTo(api("/subnets")))).withRequestBody(equalToJson(
                "{\"subnet\": {\"network_id\": \"" + NET_ID + "\", \"name\": \"my_lan\", \"cidr\": \"192.168.0.0/24\","
                        + " \"ip_version\": 4}}")));
        assertThat(cloud.log()).containsExactly("POST " + api("/networks"), "POST " + api("/subnets"));
        assertThat(network.id()).isEqualTo(NET_ID);
        assertThat(network.label()).isEqualTo("my_lan");
        assertThat(network.cidr()).contains("192.168.0.0/24");
        assertThat(network.subnetIds()).containsExactly(SUBNET_ID);
        assertThat(network.attribute("subnets")).hasValueSatisfying(subnets -> assertThat(subnets.toString())
                .contains(SUBNET_ID));
    }

    @Test
    void anIpv6CidrMakesAnIpv6Subnet() {
        cloud.server.stubFor(post(urlEqualTo(api("/networks"))).willReturn(okJson(wrapped("network", MY_LAN_CREATED))));
        cloud.server.stubFor(post(urlEqualTo(api("/subnets"))).willReturn(okJson(wrapped("subnet",
                NeutronFixtures.subnet(SUBNET_ID, NET_ID, "fd00:1::/64", 6)))));

        assertThat(networks.create("my_lan", "fd00:1::/64").cidr()).contains("fd00:1::/64");

        cloud.server.verify(1, postRequestedFor(urlEqualTo(api("/subnets"))).withRequestBody(equalToJson(
                "{\"subnet\": {\"network_id\": \"" + NET_ID + "\", \"name\": \"my_lan\", \"cidr\": \"fd00:1::/64\","
                        + " \"ip_version\": 6}}")));
    }

    @Test
    void aRefusedSubnetTakesTheNetworkBackAndReportsTheRefusal() {
        cloud.server.stubFor(post(urlEqualTo(api("/networks"))).willReturn(okJson(wrapped("network", MY_LAN_CREATED))));
        cloud.server.stubFor(post(urlEqualTo(api("/subnets"))).willReturn(NetworkStub.error(400,
                "{\"NeutronError\": {\"type\": \"InvalidInput\", \"message\": \"Invalid input for operation: Gateway is"
                        + " not valid on subnet.\", \"detail\": \"\"}}")));
        cloud.server.stubFor(delete(urlEqualTo(api("/networks/" + NET_ID))).willReturn(aResponse().withStatus(204)));

        assertThatThrownBy(() -> networks.create("my_lan", "192.168.0.0/24")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Gateway is not valid on subnet");

        assertThat(cloud.log()).containsExactly("POST " + api("/networks"), "POST " + api("/subnets"),
                "DELETE " + api("/networks/" + NET_ID));
    }

    @Test
    void aFailedCleanUpDoesNotHideTheRefusal() {
        cloud.server.stubFor(post(urlEqualTo(api("/networks"))).willReturn(okJson(wrapped("network", MY_LAN_CREATED))));
        cloud.server.stubFor(post(urlEqualTo(api("/subnets"))).willReturn(NetworkStub.error(400,
                "{\"NeutronError\": {\"type\": \"InvalidInput\", \"message\": \"bad subnet\", \"detail\": \"\"}}")));
        cloud.server.stubFor(delete(urlEqualTo(api("/networks/" + NET_ID))).willReturn(NetworkStub.error(500, "{}")));

        assertThatThrownBy(() -> networks.create("my_lan", "192.168.0.0/24")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("bad subnet");
    }

    @Test
    void neutronsQuotaIsNetworkCountExceeded() {
        cloud.server.stubFor(post(urlEqualTo(api("/networks"))).willReturn(NetworkStub.error(409,
                "{\"NeutronError\": {\"type\": \"OverQuota\", \"message\": \"Quota exceeded for resources:"
                        + " ['network'].\", \"detail\": \"\"}}")));

        assertThatThrownBy(() -> networks.create("my_lan", "192.168.0.0/24"))
                .isInstanceOf(NetworkCountExceededException.class).hasMessageContaining("quota")
                .hasMessageContaining("Quota exceeded for resources");
        assertThat(cloud.log()).containsExactly("POST " + api("/networks"));
    }

    @Test
    void deleteLooksForServersPortsAndSendsNothingWhenItFindsOne() {
        cloud.server.stubFor(get(urlEqualTo(api("/ports?network_id=" + NET_ID + "&fields=device_owner&fields=device_id")))
                .willReturn(okJson(listing("ports",
                        "{\"device_owner\": \"network:dhcp\", \"device_id\": \"dhcp-1\"}",
                        "{\"device_owner\": \"compute:nova\", \"device_id\": \"" + SERVER_ID + "\"}"))));

        assertThatThrownBy(() -> networks.delete(NET_ID)).isInstanceOfSatisfying(NetworkInUseException.class, e -> {
            assertThat(e.serverIds()).containsExactly(SERVER_ID);
            assertThat(e).hasMessageContaining(SERVER_ID).hasMessageContaining("delete them first");
            assertThat(e.operation()).isEqualTo("deleteNetwork");
        });
        cloud.server.verify(0, deleteRequestedFor(urlPathEqualTo(api("/networks/" + NET_ID))));
    }

    @Test
    void deleteSendsTheDeleteWhenOnlyNeutronsOwnPortsRemain() {
        cloud.server.stubFor(get(urlEqualTo(api("/ports?network_id=" + NET_ID + "&fields=device_owner&fields=device_id")))
                .willReturn(okJson(listing("ports", "{\"device_owner\": \"network:dhcp\", \"device_id\": \"dhcp-1\"}"))));
        cloud.server.stubFor(delete(urlEqualTo(api("/networks/" + NET_ID))).willReturn(aResponse().withStatus(204)));

        networks.delete(NET_ID);

        cloud.server.verify(1, authed(deleteRequestedFor(urlEqualTo(api("/networks/" + NET_ID)))));
    }

    @Test
    void neutronsOwnNetworkInUseIsNetworkInUse() {
        cloud.server.stubFor(get(urlEqualTo(api("/ports?network_id=" + NET_ID + "&fields=device_owner&fields=device_id")))
                .willReturn(okJson(listing("ports"))));
        cloud.server.stubFor(delete(urlEqualTo(api("/networks/" + NET_ID))).willReturn(NetworkStub.error(409,
                "{\"NeutronError\": {\"type\": \"NetworkInUse\", \"message\": \"Unable to complete operation on network "
                        + NET_ID + ". There are one or more ports still in use on the network.\", \"detail\": \"\"}}")));

        assertThatThrownBy(() -> networks.delete(NET_ID)).isInstanceOfSatisfying(NetworkInUseException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e).hasMessageContaining("still has ports").hasMessageContaining("ports still in use");
        });
    }

    @Test
    void thePseudoNetworksDoNotExistOnNeutron() {
        assertThat(networks.getServerNetworks(NET_ID)).containsExactly(NetworkAttachment.network(NET_ID));
        assertThatThrownBy(() -> networks.getServerNetworks(NET_ID, true, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("includePublic: the public and"
                        + " private pseudo-networks are Rackspace's");
        assertThatThrownBy(() -> networks.getServerNetworks(NET_ID, false, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("includePrivate");
        assertThat(cloud.requests()).isEmpty();
    }

    @Test
    void createNetworkSendsNeutronsFieldsWithoutASubnet() {
        cloud.server.stubFor(post(urlEqualTo(api("/networks"))).willReturn(okJson(wrapped("network",
                MY_LAN_CREATED.replace("\"router:external\": false", "\"router:external\": true")))));

        Network external = networks.createNetwork("public", NetworkOptions.builder().external(true).shared(false)
                .adminStateUp(true).description("the Internet").portSecurityEnabled(false).build());

        cloud.server.verify(1, postRequestedFor(urlEqualTo(api("/networks"))).withRequestBody(equalToJson(
                "{\"network\": {\"name\": \"public\", \"router:external\": true, \"shared\": false,"
                        + " \"admin_state_up\": true, \"description\": \"the Internet\","
                        + " \"port_security_enabled\": false}}")));
        assertThat(external.isExternal()).isTrue();
        assertThat(cloud.log()).containsExactly("POST " + api("/networks"));
    }

    @Test
    void updateNetworkSendsOnlyTheFieldsSet() {
        cloud.server.stubFor(put(urlEqualTo(api("/networks/" + NET_ID))).willReturn(okJson(wrapped("network",
                MY_LAN_CREATED.replace("\"my_lan\"", "\"renamed\"")))));

        Network renamed = networks.updateNetwork(NET_ID, NetworkOptions.builder().name("renamed").build());

        cloud.server.verify(1, authed(putRequestedFor(urlEqualTo(api("/networks/" + NET_ID))))
                .withRequestBody(equalToJson("{\"network\": {\"name\": \"renamed\"}}")));
        assertThat(renamed.label()).isEqualTo("renamed");
    }

    @Test
    void anEndpointListedWithItsVersionIsNotVersionedTwice() {
        Networks versioned = cloud.neutronAt("/network/v2.0/");
        cloud.server.stubFor(get(urlEqualTo("/network/v2.0/networks")).willReturn(okJson(listing("networks"))));

        assertThat(versioned.list()).isEmpty();
        assertThat(cloud.log()).containsExactly("GET /network/v2.0/networks");
    }

    @Test
    void otherConflictsStayConflicts() {
        cloud.server.stubFor(post(urlEqualTo(api("/networks"))).willReturn(NetworkStub.error(409,
                "{\"NeutronError\": {\"type\": \"Conflict\", \"message\": \"Something else.\", \"detail\": \"\"}}")));

        assertThatThrownBy(() -> networks.createNetwork("n", NetworkOptions.defaults()))
                .isExactlyInstanceOf(ConflictException.class);
    }

    @Test
    void theHealthReadAsksForOneNetwork() {
        cloud.server.stubFor(get(urlEqualTo(api("/networks?limit=1"))).willReturn(okJson(listing("networks", MY_LAN))));

        assertThat(Networks.SERVICE.checkHealth(networks).block()).containsEntry("api", "neutron")
                .containsEntry("region", "DFW");
        assertThat(cloud.log()).containsExactly("GET " + api("/networks?limit=1"));
    }
}
