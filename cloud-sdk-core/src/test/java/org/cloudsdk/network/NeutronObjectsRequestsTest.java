package org.cloudsdk.network;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudsdk.network.NetworkStub.api;
import static org.cloudsdk.network.NetworkStub.authed;
import static org.cloudsdk.network.NeutronFixtures.NET_ID;
import static org.cloudsdk.network.NeutronFixtures.SERVER_ID;
import static org.cloudsdk.network.NeutronFixtures.SUBNET_ID;
import static org.cloudsdk.network.NeutronFixtures.listing;
import static org.cloudsdk.network.NeutronFixtures.wrapped;

import java.util.List;

import org.cloudsdk.compute.NetworkAttachment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The exact requests of Neutron's subnets, ports, security groups and rules, routers and
 * floating IPs, and the parsing of their answers (shaped like the API reference's examples).
 */
class NeutronObjectsRequestsTest {

    private static final String PORT_ID = "46d4bfb9-b26e-41f3-bd2e-e6dcc1ccedb2";
    private static final String GROUP_ID = "85cc3048-abc3-43cc-89b3-377341426ac5";
    private static final String RULE_ID = "93aa42e5-80db-4581-9391-3a608bd0e448";
    private static final String ROUTER_ID = "f8a44de0-fc8e-45df-93c7-f79bf3b01c95";
    private static final String EXT_ID = "376da547-b977-4cfe-9cba-275c80debf57";
    private static final String FIP_ID = "2f245a7b-796b-4f26-9cf9-9e82d248fda7";

    private final NetworkStub cloud = new NetworkStub();
    private final Networks networks = cloud.neutron();

    @AfterEach
    void close() {
        cloud.close();
    }

    private void verifyBody(String method, String url, String json) {
        cloud.server.verify(1, authed(method.equals("POST") ? postRequestedFor(urlEqualTo(url))
                : putRequestedFor(urlEqualTo(url))).withRequestBody(equalToJson(json)));
    }

    // ---------------------------------------------------------------- subnets

    @Test
    void subnetsAreListedReadCreatedUpdatedAndDeleted() {
        String subnet = NeutronFixtures.MY_LAN_SUBNET;
        cloud.answer("GET", api("/subnets?network_id=" + NET_ID), listing("subnets", subnet));
        cloud.answer("GET", api("/subnets/" + SUBNET_ID), wrapped("subnet", subnet));
        cloud.answer("POST", api("/subnets"), wrapped("subnet", subnet));
        cloud.answer("PUT", api("/subnets/" + SUBNET_ID), wrapped("subnet", subnet.replace("\"my_lan\"", "\"web\"")));
        cloud.answer("DELETE", api("/subnets/" + SUBNET_ID), null);

        Subnet listed = networks.subnets().list(NeutronListOptions.builder().filter("network_id", NET_ID).build()).get(0);
        Subnet got = networks.subnets().get(SUBNET_ID);
        Subnet created = networks.subnets().create(NET_ID, "192.168.0.0/24", SubnetOptions.builder().name("my_lan")
                .gatewayIp("192.168.0.1").enableDhcp(true).dnsNameservers(List.of("192.168.0.53"))
                .description("lan").build());
        Subnet updated = created.update(SubnetOptions.builder().name("web").noGateway().build());
        got.delete();

        verifyBody("POST", api("/subnets"), """
                {"subnet": {"network_id": "%s", "cidr": "192.168.0.0/24", "ip_version": 4, "name": "my_lan",
                 "gateway_ip": "192.168.0.1", "enable_dhcp": true, "dns_nameservers": ["192.168.0.53"],
                 "description": "lan"}}""".formatted(NET_ID));
        verifyBody("PUT", api("/subnets/" + SUBNET_ID), "{\"subnet\": {\"name\": \"web\", \"gateway_ip\": null}}");
        cloud.server.verify(1, authed(deleteRequestedFor(urlEqualTo(api("/subnets/" + SUBNET_ID)))));
        assertThat(listed).isEqualTo(got).isEqualTo(created);
        assertThat(got.cidr()).isEqualTo("192.168.0.0/24");
        assertThat(got.networkId()).isEqualTo(NET_ID);
        assertThat(got.ipVersion()).isEqualTo(4);
        assertThat(got.gatewayIp()).contains("192.168.0.1");
        assertThat(got.enableDhcp()).isTrue();
        assertThat(got.dnsNameservers()).isEmpty();
        assertThat(got.projectId()).contains(NeutronFixtures.PROJECT);
        assertThat(updated.name()).isEqualTo("web");
        assertThat(got).hasToString("Subnet[id=" + SUBNET_ID + ", name=my_lan, cidr=192.168.0.0/24]");
    }

    // ---------------------------------------------------------------- ports

    @Test
    void portsAreListedReadCreatedUpdatedAndDeleted() {
        String port = NeutronFixtures.port(PORT_ID, "compute:nova", SERVER_ID);
        cloud.answer("GET", api("/ports?device_id=" + SERVER_ID), listing("ports", port));
        cloud.answer("GET", api("/ports/" + PORT_ID), wrapped("port", port));
        cloud.answer("POST", api("/ports"), wrapped("port", port));
        cloud.answer("PUT", api("/ports/" + PORT_ID), wrapped("port", port));
        cloud.answer("DELETE", api("/ports/" + PORT_ID), null);

        Port listed = networks.ports().list(NeutronListOptions.builder().filter("device_id", SERVER_ID).build()).get(0);
        Port created = networks.ports().create(NET_ID, PortOptions.builder().name("web-port")
                .fixedIp(SUBNET_ID, "192.168.0.10").securityGroups(List.of(GROUP_ID)).adminStateUp(true)
                .portSecurityEnabled(true).description("d").build());
        created.update(PortOptions.builder().securityGroups(List.of()).build());
        Port got = listed.reload();
        got.delete();

        verifyBody("POST", api("/ports"), """
                {"port": {"network_id": "%s", "name": "web-port", "fixed_ips": [{"subnet_id": "%s",
                 "ip_address": "192.168.0.10"}], "security_groups": ["%s"], "admin_state_up": true,
                 "port_security_enabled": true, "description": "d"}}""".formatted(NET_ID, SUBNET_ID, GROUP_ID));
        verifyBody("PUT", api("/ports/" + PORT_ID), "{\"port\": {\"security_groups\": []}}");
        cloud.server.verify(1, authed(getRequestedFor(urlEqualTo(api("/ports/" + PORT_ID)))));
        cloud.server.verify(1, authed(deleteRequestedFor(urlEqualTo(api("/ports/" + PORT_ID)))));
        assertThat(got.isServerPort()).isTrue();
        assertThat(got.deviceId()).contains(SERVER_ID);
        assertThat(got.deviceOwner()).contains("compute:nova");
        assertThat(got.networkId()).isEqualTo(NET_ID);
        assertThat(got.macAddress()).isEqualTo("fa:16:3e:58:42:ed");
        assertThat(got.status()).isEqualTo("ACTIVE");
        assertThat(got.fixedIps()).containsExactly(new FixedIp(SUBNET_ID, "192.168.0.10"));
        assertThat(got.securityGroupIds()).containsExactly(GROUP_ID);
        assertThat(got.asServerNetwork()).isEqualTo(NetworkAttachment.port(PORT_ID));
    }

    @Test
    void anUnusedPortHasNoDevice() {
        cloud.answer("POST", api("/ports"), wrapped("port", NeutronFixtures.port(PORT_ID, "", "")));

        Port port = networks.ports().create(NET_ID);

        verifyBody("POST", api("/ports"), "{\"port\": {\"network_id\": \"" + NET_ID + "\"}}");
        assertThat(port.deviceId()).isEmpty();
        assertThat(port.deviceOwner()).isEmpty();
        assertThat(port.isServerPort()).isFalse();
    }

    // ---------------------------------------------------------------- security groups

    private static final String RULE = """
            {"id": "%s", "security_group_id": "%s", "direction": "ingress", "ethertype": "IPv4",
             "protocol": "tcp", "port_range_min": 22, "port_range_max": 22, "remote_ip_prefix": "0.0.0.0/0",
             "remote_group_id": null, "description": "", "project_id": "%s"}"""
            .formatted(RULE_ID, GROUP_ID, NeutronFixtures.PROJECT);

    private static final String GROUP = """
            {"id": "%s", "name": "web", "description": "web servers", "project_id": "%s", "stateful": true,
             "security_group_rules": [
               {"id": "e1", "security_group_id": "%s", "direction": "egress", "ethertype": "IPv4",
                "protocol": null, "port_range_min": null, "port_range_max": null, "remote_ip_prefix": null,
                "remote_group_id": null},
               %s]}""".formatted(GROUP_ID, NeutronFixtures.PROJECT, GROUP_ID, RULE);

    @Test
    void securityGroupsAreListedReadCreatedUpdatedAndDeleted() {
        cloud.answer("GET", api("/security-groups?name=web"), listing("security_groups", GROUP));
        cloud.answer("GET", api("/security-groups/" + GROUP_ID), wrapped("security_group", GROUP));
        cloud.answer("POST", api("/security-groups"), wrapped("security_group", GROUP));
        cloud.answer("PUT", api("/security-groups/" + GROUP_ID), wrapped("security_group", GROUP));
        cloud.answer("DELETE", api("/security-groups/" + GROUP_ID), null);

        SecurityGroup listed = networks.securityGroups().list(NeutronListOptions.builder().filter("name", "web").build())
                .get(0);
        SecurityGroup created = networks.securityGroups().create("web", SecurityGroupOptions.builder()
                .name("ignored").description("web servers").build());
        created.update(SecurityGroupOptions.builder().description("front").build());
        SecurityGroup got = networks.securityGroups().get(GROUP_ID);
        got.delete();

        verifyBody("POST", api("/security-groups"),
                "{\"security_group\": {\"name\": \"web\", \"description\": \"web servers\"}}");
        verifyBody("PUT", api("/security-groups/" + GROUP_ID), "{\"security_group\": {\"description\": \"front\"}}");
        cloud.server.verify(1, authed(deleteRequestedFor(urlEqualTo(api("/security-groups/" + GROUP_ID)))));
        assertThat(listed).isEqualTo(got);
        assertThat(got.name()).isEqualTo("web");
        assertThat(got.description()).contains("web servers");
        assertThat(got.rules()).hasSize(2);
        SecurityGroupRule ssh = got.rules().get(1);
        assertThat(ssh.protocol()).contains("tcp");
        assertThat(ssh.portRangeMin()).contains(22);
        assertThat(ssh.remoteIpPrefix()).contains("0.0.0.0/0");
        assertThat(ssh).hasToString("SecurityGroupRule[id=" + RULE_ID + ", ingress IPv4 tcp 22-22 from 0.0.0.0/0]");
        assertThat(got.rules().get(0)).hasToString("SecurityGroupRule[id=e1, egress IPv4 any]");
        assertThat(got).hasToString("SecurityGroup[id=" + GROUP_ID + ", name=web, rules=2]");
    }

    @Test
    void rulesAreListedReadCreatedAndDeleted() {
        cloud.answer("GET", api("/security-group-rules?security_group_id=" + GROUP_ID), listing("security_group_rules", RULE));
        cloud.answer("GET", api("/security-group-rules/" + RULE_ID), wrapped("security_group_rule", RULE));
        cloud.answer("POST", api("/security-group-rules"), wrapped("security_group_rule", RULE));
        cloud.answer("DELETE", api("/security-group-rules/" + RULE_ID), null);
        cloud.answer("GET", api("/security-groups/" + GROUP_ID), wrapped("security_group", GROUP));

        SecurityGroupRule created = networks.securityGroups().get(GROUP_ID).addRule(SecurityGroupRuleOptions.builder()
                .protocol("TCP").portRange(22, 22).remoteIpPrefix("0.0.0.0/0").description("ssh").build());
        List<SecurityGroupRule> listed = networks.securityGroups().listRules(NeutronListOptions.builder()
                .filter("security_group_id", GROUP_ID).build());
        SecurityGroupRule got = created.reload();
        networks.securityGroups().getRule(RULE_ID).delete();

        verifyBody("POST", api("/security-group-rules"), """
                {"security_group_rule": {"security_group_id": "%s", "direction": "ingress", "ethertype": "IPv4",
                 "protocol": "tcp", "port_range_min": 22, "port_range_max": 22, "remote_ip_prefix": "0.0.0.0/0",
                 "description": "ssh"}}""".formatted(GROUP_ID));
        cloud.server.verify(1, authed(deleteRequestedFor(urlEqualTo(api("/security-group-rules/" + RULE_ID)))));
        assertThat(listed).containsExactly(created);
        assertThat(got.securityGroupId()).isEqualTo(GROUP_ID);
        assertThat(got.direction()).isEqualTo("ingress");
        assertThat(got.ethertype()).isEqualTo("IPv4");
    }

    @Test
    void anEgressIpv6RuleFromAGroup() {
        cloud.answer("POST", api("/security-group-rules"), wrapped("security_group_rule", RULE));

        networks.securityGroups().createRule(GROUP_ID, SecurityGroupRuleOptions.builder().direction(RuleDirection.EGRESS)
                .ipv6(true).protocol("icmpv6").remoteGroupId(GROUP_ID).build());

        verifyBody("POST", api("/security-group-rules"), """
                {"security_group_rule": {"security_group_id": "%s", "direction": "egress", "ethertype": "IPv6",
                 "protocol": "icmpv6", "remote_group_id": "%s"}}""".formatted(GROUP_ID, GROUP_ID));
    }

    // ---------------------------------------------------------------- routers

    private static final String ROUTER = """
            {"id": "%s", "name": "router1", "status": "ACTIVE", "admin_state_up": true, "project_id": "%s",
             "external_gateway_info": {"network_id": "%s", "enable_snat": true,
               "external_fixed_ips": [{"subnet_id": "ext-sub", "ip_address": "203.0.113.5"}]},
             "description": "", "routes": []}""".formatted(ROUTER_ID, NeutronFixtures.PROJECT, EXT_ID);

    private static final String NO_GATEWAY = ROUTER.replaceAll("(?s)\"external_gateway_info\": \\{.*?]},",
            "\"external_gateway_info\": null,");

    @Test
    void routersAreListedReadCreatedUpdatedAndDeleted() {
        cloud.answer("GET", api("/routers"), listing("routers", ROUTER));
        cloud.answer("GET", api("/routers/" + ROUTER_ID), wrapped("router", ROUTER));
        cloud.answer("POST", api("/routers"), wrapped("router", ROUTER));
        cloud.answer("PUT", api("/routers/" + ROUTER_ID), wrapped("router", ROUTER));
        cloud.answer("DELETE", api("/routers/" + ROUTER_ID), null);

        Router listed = networks.routers().list().get(0);
        Router created = networks.routers().create("router1", RouterOptions.builder().externalGateway(EXT_ID)
                .adminStateUp(true).description("edge").build());
        networks.routers().update(ROUTER_ID, RouterOptions.builder().name("edge").build());
        Router got = networks.routers().get(ROUTER_ID);
        got.delete();

        verifyBody("POST", api("/routers"), """
                {"router": {"name": "router1", "external_gateway_info": {"network_id": "%s"},
                 "admin_state_up": true, "description": "edge"}}""".formatted(EXT_ID));
        verifyBody("PUT", api("/routers/" + ROUTER_ID), "{\"router\": {\"name\": \"edge\"}}");
        cloud.server.verify(1, authed(deleteRequestedFor(urlEqualTo(api("/routers/" + ROUTER_ID)))));
        assertThat(listed).isEqualTo(created).isEqualTo(got);
        assertThat(got.externalNetworkId()).contains(EXT_ID);
        assertThat(got.status()).isEqualTo("ACTIVE");
        assertThat(got).hasToString("Router[id=" + ROUTER_ID + ", name=router1, gateway=" + EXT_ID + "]");
    }

    @Test
    void interfacesAreAddedAndRemovedBySubnetOrPort() {
        String answer = """
                {"id": "%s", "network_id": "%s", "port_id": "%s", "subnet_id": "%s", "subnet_ids": ["%s"],
                 "project_id": "%s", "tenant_id": "%s"}""".formatted(ROUTER_ID, NET_ID, PORT_ID, SUBNET_ID, SUBNET_ID,
                NeutronFixtures.PROJECT, NeutronFixtures.PROJECT);
        cloud.answer("PUT", api("/routers/" + ROUTER_ID + "/add_router_interface"), answer);
        cloud.answer("PUT", api("/routers/" + ROUTER_ID + "/remove_router_interface"), answer);
        cloud.answer("GET", api("/routers/" + ROUTER_ID), wrapped("router", ROUTER));

        Router router = networks.routers().get(ROUTER_ID);
        RouterInterface added = router.addInterface(SUBNET_ID);
        networks.routers().addPortInterface(ROUTER_ID, PORT_ID);
        RouterInterface removed = router.removeInterface(SUBNET_ID);
        networks.routers().removePortInterface(ROUTER_ID, PORT_ID);

        cloud.server.verify(1, putRequestedFor(urlEqualTo(api("/routers/" + ROUTER_ID + "/add_router_interface")))
                .withRequestBody(equalToJson("{\"subnet_id\": \"" + SUBNET_ID + "\"}")));
        cloud.server.verify(1, putRequestedFor(urlEqualTo(api("/routers/" + ROUTER_ID + "/add_router_interface")))
                .withRequestBody(equalToJson("{\"port_id\": \"" + PORT_ID + "\"}")));
        cloud.server.verify(1, putRequestedFor(urlEqualTo(api("/routers/" + ROUTER_ID + "/remove_router_interface")))
                .withRequestBody(equalToJson("{\"subnet_id\": \"" + SUBNET_ID + "\"}")));
        cloud.server.verify(1, putRequestedFor(urlEqualTo(api("/routers/" + ROUTER_ID + "/remove_router_interface")))
                .withRequestBody(equalToJson("{\"port_id\": \"" + PORT_ID + "\"}")));
        assertThat(added.routerId()).isEqualTo(ROUTER_ID);
        assertThat(added.subnetId()).isEqualTo(SUBNET_ID);
        assertThat(added.portId()).isEqualTo(PORT_ID);
        assertThat(added.networkId()).isEqualTo(NET_ID);
        assertThat(removed).isEqualTo(added);
    }

    @Test
    void theGatewayIsSetAndCleared() {
        cloud.answer("GET", api("/routers/" + ROUTER_ID), wrapped("router", NO_GATEWAY));
        Router router = networks.routers().get(ROUTER_ID);
        assertThat(router.externalNetworkId()).isEmpty();
        cloud.answer("PUT", api("/routers/" + ROUTER_ID), wrapped("router", ROUTER));

        Router withGateway = router.setGateway(EXT_ID);
        verifyBody("PUT", api("/routers/" + ROUTER_ID),
                "{\"router\": {\"external_gateway_info\": {\"network_id\": \"" + EXT_ID + "\"}}}");
        assertThat(withGateway.externalNetworkId()).contains(EXT_ID);

        cloud.server.resetRequests();
        cloud.answer("PUT", api("/routers/" + ROUTER_ID), wrapped("router", NO_GATEWAY));
        assertThat(withGateway.clearGateway().externalNetworkId()).isEmpty();
        verifyBody("PUT", api("/routers/" + ROUTER_ID), "{\"router\": {\"external_gateway_info\": {}}}");
    }

    // ---------------------------------------------------------------- floating IPs

    private static final String FIP = """
            {"id": "%s", "floating_ip_address": "203.0.113.7", "floating_network_id": "%s",
             "port_id": "%s", "fixed_ip_address": "192.168.0.10", "router_id": "%s", "status": "ACTIVE",
             "project_id": "%s", "description": ""}""".formatted(FIP_ID, EXT_ID, PORT_ID, ROUTER_ID,
            NeutronFixtures.PROJECT);

    private static final String FIP_FREE = """
            {"id": "%s", "floating_ip_address": "203.0.113.7", "floating_network_id": "%s",
             "port_id": null, "fixed_ip_address": null, "router_id": null, "status": "DOWN",
             "project_id": "%s", "description": ""}""".formatted(FIP_ID, EXT_ID, NeutronFixtures.PROJECT);

    @Test
    void floatingIpsAreCreatedAssociatedDisassociatedAndDeleted() {
        cloud.answer("POST", api("/floatingips"), wrapped("floatingip", FIP_FREE));
        cloud.answer("DELETE", api("/floatingips/" + FIP_ID), null);

        FloatingIp created = networks.floatingIps().create(EXT_ID);
        verifyBody("POST", api("/floatingips"), "{\"floatingip\": {\"floating_network_id\": \"" + EXT_ID + "\"}}");
        assertThat(created.isAssociated()).isFalse();
        assertThat(created.floatingIpAddress()).isEqualTo("203.0.113.7");
        assertThat(created.floatingNetworkId()).isEqualTo(EXT_ID);

        cloud.answer("PUT", api("/floatingips/" + FIP_ID), wrapped("floatingip", FIP));
        FloatingIp associated = created.associate(PORT_ID);
        verifyBody("PUT", api("/floatingips/" + FIP_ID), "{\"floatingip\": {\"port_id\": \"" + PORT_ID + "\"}}");
        assertThat(associated.portId()).contains(PORT_ID);
        assertThat(associated.fixedIpAddress()).contains("192.168.0.10");
        assertThat(associated.routerId()).contains(ROUTER_ID);
        assertThat(associated).hasToString("FloatingIp[id=" + FIP_ID + ", address=203.0.113.7, port=" + PORT_ID + "]");

        cloud.server.resetRequests();
        cloud.answer("PUT", api("/floatingips/" + FIP_ID), wrapped("floatingip", FIP_FREE));
        assertThat(associated.disassociate().isAssociated()).isFalse();
        verifyBody("PUT", api("/floatingips/" + FIP_ID), "{\"floatingip\": {\"port_id\": null}}");

        associated.delete();
        cloud.server.verify(1, authed(deleteRequestedFor(urlEqualTo(api("/floatingips/" + FIP_ID)))));
    }

    @Test
    void aFloatingIpMayBeAssociatedAtCreationAndListedAndUpdated() {
        cloud.answer("POST", api("/floatingips"), wrapped("floatingip", FIP));
        cloud.answer("GET", api("/floatingips?port_id=" + PORT_ID), listing("floatingips", FIP));
        cloud.answer("GET", api("/floatingips/" + FIP_ID), wrapped("floatingip", FIP));
        cloud.answer("PUT", api("/floatingips/" + FIP_ID), wrapped("floatingip", FIP));

        networks.floatingIps().create(EXT_ID, FloatingIpOptions.builder().portId(PORT_ID)
                .fixedIpAddress("192.168.0.10").floatingIpAddress("203.0.113.7").description("web").build());
        List<FloatingIp> listed = networks.floatingIps().list(NeutronListOptions.builder().filter("port_id", PORT_ID)
                .build());
        networks.floatingIps().update(FIP_ID, FloatingIpOptions.builder().description("front").build());

        verifyBody("POST", api("/floatingips"), """
                {"floatingip": {"floating_network_id": "%s", "port_id": "%s", "fixed_ip_address": "192.168.0.10",
                 "floating_ip_address": "203.0.113.7", "description": "web"}}""".formatted(EXT_ID, PORT_ID));
        verifyBody("PUT", api("/floatingips/" + FIP_ID), "{\"floatingip\": {\"description\": \"front\"}}");
        assertThat(listed).containsExactly(networks.floatingIps().get(FIP_ID));
        assertThat(listed.get(0).reload().status()).isEqualTo("ACTIVE");
    }

    @Test
    void aLazyListingAsksForPagesAsIterationReachesThem() {
        cloud.answer("GET", api("/ports?limit=1"), "{\"ports\": [" + NeutronFixtures.port(PORT_ID, "", "")
                + "], \"ports_links\": [{\"rel\": \"next\", \"href\": \"http://x/v2.0/ports?limit=1&marker=" + PORT_ID
                + "\"}]}");
        cloud.answer("GET", api("/ports?limit=1&marker=" + PORT_ID), listing("ports"));

        var listing = networks.ports().listing(NeutronListOptions.builder().pageSize(1).build());
        assertThat(cloud.requests()).isEmpty();
        assertThat(listing.stream().findFirst()).map(Port::id).contains(PORT_ID);
        assertThat(cloud.log()).containsExactly("GET " + api("/ports?limit=1"));
        assertThat(listing.stream().toList()).hasSize(1);
    }
}
