package org.cloudsdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.network.FloatingIp;
import org.cloudsdk.network.Network;
import org.cloudsdk.network.NetworkOptions;
import org.cloudsdk.network.Networks;
import org.cloudsdk.network.NeutronListOptions;
import org.cloudsdk.network.Port;
import org.cloudsdk.network.PortOptions;
import org.cloudsdk.network.Router;
import org.cloudsdk.network.RouterInterface;
import org.cloudsdk.network.RuleDirection;
import org.cloudsdk.network.SecurityGroup;
import org.cloudsdk.network.SecurityGroupOptions;
import org.cloudsdk.network.SecurityGroupRule;
import org.cloudsdk.network.SecurityGroupRuleOptions;
import org.cloudsdk.network.Subnet;
import org.cloudsdk.network.SubnetOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a stock-OpenStack user needs beyond pyrax's chapter, on the local Neutron: subnets and
 * ports, security groups and their rules, a router with an interface and a gateway, and a
 * floating IP associated with a port. The local cloud has no external network: the administrator
 * makes one for the floating IP test and deletes it after. Everything made here is deleted in
 * reverse order, on failure too.
 */
class NeutronObjectsIT {

    private CloudContext demo;
    private Networks networks;
    private final Deque<Runnable> cleanUps = new ArrayDeque<>();

    @BeforeEach
    void connect() {
        demo = LocalCloud.demo().build();
        networks = demo.service(Networks.SERVICE, null);
    }

    @AfterEach
    void cleanUp() {
        while (!cleanUps.isEmpty()) {
            try {
                cleanUps.pop().run();
            } catch (NotFoundException alreadyGone) {
                // deleted by the test
            }
        }
        demo.close();
    }

    @Test
    void subnetsAndPortsAreMadeChangedAndDeleted() {
        Network network = networks.createNetwork("it-plain-" + UUID.randomUUID(), NetworkOptions.defaults());
        cleanUps.push(network::delete);
        assertThat(network.subnetIds()).isEmpty();
        assertThat(network.cidr()).isEmpty();

        Subnet subnet = networks.subnets().create(network.id(), "192.168.78.0/24", SubnetOptions.builder()
                .name("it-subnet").gatewayIp("192.168.78.1").dnsNameservers(List.of("192.168.78.53")).build());
        assertThat(subnet.cidr()).isEqualTo("192.168.78.0/24");
        assertThat(subnet.gatewayIp()).contains("192.168.78.1");
        assertThat(subnet.dnsNameservers()).containsExactly("192.168.78.53");
        assertThat(subnet.update(SubnetOptions.builder().name("it-subnet-renamed").build()).name())
                .isEqualTo("it-subnet-renamed");
        assertThat(networks.subnets().list(NeutronListOptions.builder().filter("network_id", network.id()).build()))
                .containsExactly(subnet);
        assertThat(networks.get(network.id()).cidr()).contains("192.168.78.0/24");

        Port port = networks.ports().create(network.id(), PortOptions.builder().name("it-port")
                .fixedIp(subnet.id(), "192.168.78.10").build());
        cleanUps.push(port::delete);
        assertThat(port.fixedIps()).singleElement().satisfies(ip -> {
            assertThat(ip.subnetId()).isEqualTo(subnet.id());
            assertThat(ip.ipAddress()).isEqualTo("192.168.78.10");
        });
        assertThat(port.isServerPort()).isFalse();
        assertThat(port.asServerNetwork().portId()).isEqualTo(port.id());
        assertThat(port.update(PortOptions.builder().name("it-port-renamed").build()).name()).isEqualTo("it-port-renamed");
        assertThat(networks.ports().get(port.id()).name()).isEqualTo("it-port-renamed");
        port.delete();
        assertThatThrownBy(() -> networks.ports().get(port.id())).isInstanceOf(NotFoundException.class);
        subnet.delete();
        assertThatThrownBy(subnet::reload).isInstanceOf(NotFoundException.class);
    }

    @Test
    void securityGroupsHoldRulesUntilDeleted() {
        SecurityGroup group = networks.securityGroups().create("it-sg-" + UUID.randomUUID(),
                SecurityGroupOptions.builder().description("web servers").build());
        cleanUps.push(group::delete);
        assertThat(group.description()).contains("web servers");
        // Neutron gives a new group two egress rules (IPv4 and IPv6)
        assertThat(group.rules()).extracting(SecurityGroupRule::direction).containsOnly("egress");

        SecurityGroupRule ssh = group.addRule(SecurityGroupRuleOptions.builder().protocol("tcp").portRange(22, 22)
                .remoteIpPrefix("0.0.0.0/0").build());
        SecurityGroupRule web6 = networks.securityGroups().createRule(group.id(), SecurityGroupRuleOptions.builder()
                .direction(RuleDirection.INGRESS).protocol("tcp").portRange(80, 443).remoteIpPrefix("::/0").build());
        assertThat(ssh.portRangeMin()).contains(22);
        assertThat(web6.ethertype()).isEqualTo("IPv6");
        assertThat(group.reload().rules()).contains(ssh, web6);
        assertThat(networks.securityGroups().listRules(NeutronListOptions.builder()
                .filter("security_group_id", group.id()).filter("direction", "ingress").build()))
                .containsExactlyInAnyOrder(ssh, web6);
        assertThatThrownBy(() -> group.addRule(SecurityGroupRuleOptions.builder().protocol("tcp").portRange(22, 22)
                .remoteIpPrefix("0.0.0.0/0").build())).isInstanceOf(ConflictException.class);

        ssh.delete();
        assertThat(networks.securityGroups().get(group.id()).rules()).doesNotContain(ssh).contains(web6);
        SecurityGroup renamed = group.update(SecurityGroupOptions.builder().name(group.name() + "-renamed").build());
        assertThat(renamed.name()).endsWith("-renamed");
        assertThat(networks.securityGroups().list()).contains(group);
        group.delete();
        assertThatThrownBy(() -> networks.securityGroups().get(group.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFloatingIpReachesAPortThroughARouterToAnExternalNetwork() {
        try (CloudContext admin = LocalCloud.admin().build()) {
            Networks adminNetworks = admin.service(Networks.SERVICE, null);
            Network external = adminNetworks.createNetwork("it-ext-" + UUID.randomUUID(),
                    NetworkOptions.builder().external(true).build());
            cleanUps.push(() -> adminNetworks.delete(external.id()));
            adminNetworks.subnets().create(external.id(), "203.0.113.0/24",
                    SubnetOptions.builder().enableDhcp(false).build());
            assertThat(external.isExternal()).isTrue();
            assertThat(networks.list(NeutronListOptions.builder().filter("router:external", true).build()))
                    .contains(external);

            Network internal = networks.create("it-int-" + UUID.randomUUID(), "192.168.79.0/24");
            cleanUps.push(internal::delete);
            Router router = networks.routers().create("it-router-" + UUID.randomUUID());
            cleanUps.push(router::delete);
            assertThat(router.externalNetworkId()).isEmpty();

            Router withGateway = router.setGateway(external.id());
            assertThat(withGateway.externalNetworkId()).contains(external.id());
            cleanUps.push(() -> networks.routers().clearGateway(router.id()));
            RouterInterface joined = router.addInterface(internal.subnetIds().get(0));
            cleanUps.push(() -> networks.routers().removeInterface(router.id(), internal.subnetIds().get(0)));
            assertThat(joined.routerId()).isEqualTo(router.id());
            assertThat(joined.subnetId()).isEqualTo(internal.subnetIds().get(0));
            assertThat(networks.ports().get(joined.portId()).deviceOwner()).contains("network:router_interface");

            Port port = networks.ports().create(internal.id());
            cleanUps.push(port::delete);
            FloatingIp floating = networks.floatingIps().create(external.id());
            cleanUps.push(floating::delete);
            assertThat(floating.floatingIpAddress()).startsWith("203.0.113.");
            assertThat(floating.isAssociated()).isFalse();

            FloatingIp associated = floating.associate(port.id());
            assertThat(associated.portId()).contains(port.id());
            assertThat(associated.fixedIpAddress()).hasValueSatisfying(ip -> assertThat(ip).startsWith("192.168.79."));
            assertThat(associated.routerId()).contains(router.id());
            assertThat(networks.floatingIps().list(NeutronListOptions.builder().filter("port_id", port.id()).build()))
                    .containsExactly(floating);

            FloatingIp released = associated.disassociate();
            assertThat(released.isAssociated()).isFalse();
            floating.delete();
            assertThatThrownBy(floating::reload).isInstanceOf(NotFoundException.class);

            RouterInterface left = router.removeInterface(internal.subnetIds().get(0));
            assertThat(left.subnetId()).isEqualTo(internal.subnetIds().get(0));
            assertThat(router.clearGateway().externalNetworkId()).isEmpty();
            router.delete();
            assertThatThrownBy(router::reload).isInstanceOf(NotFoundException.class);
        }
    }
}
