package org.cloudsdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.cloudsdk.CloudContext;
import org.cloudsdk.compute.Compute;
import org.cloudsdk.compute.NetworkAttachment;
import org.cloudsdk.compute.Server;
import org.cloudsdk.compute.ServerCreateOptions;
import org.cloudsdk.errors.NetworkInUseException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.network.Network;
import org.cloudsdk.network.NetworkApiType;
import org.cloudsdk.network.Networks;
import org.cloudsdk.network.NeutronListOptions;
import org.cloudsdk.network.Port;
import org.cloudsdk.wait.NotFoundPolicy;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Cloud Networks chapter on the local cloud's real Neutron: a network made with a CIDR (a
 * network and its subnet), a server built on it with {@code getServerNetworks()}, the delete
 * refused while the server lives, then the server and the network gone. Everything made here is
 * deleted, on failure too.
 */
class NetworksIT {

    static final WaitOptions FAST = WaitOptions.forBuild().toBuilder().interval(Duration.ofMillis(500))
            .deadline(Duration.ofMinutes(3)).build();
    static final WaitOptions GONE = FAST.toBuilder().notFound(NotFoundPolicy.SUCCEED).build();

    private static CloudContext ctx;
    private static Networks networks;
    private static Compute compute;

    @BeforeAll
    static void connect() {
        ctx = LocalCloud.demo().build();
        networks = ctx.service(Networks.SERVICE, null);
        compute = ctx.service(Compute.SERVICE, null);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void theCatalogsNetworkEndpointIsNeutron() {
        assertThat(networks.apiType()).isEqualTo(NetworkApiType.NEUTRON);
        assertThat(networks.get(LocalCloud.get("network.id")).cidr()).contains("10.10.0.0/24");
    }

    @Test
    void aServerOnANewNetworkKeepsItUntilTheServerIsGone() {
        String label = "it-net-" + UUID.randomUUID();
        Network network = networks.create(label, "192.168.77.0/24");
        Server server = null;
        try {
            assertThat(network.label()).isEqualTo(label);
            assertThat(network.name()).isEqualTo(label);
            assertThat(network.cidr()).contains("192.168.77.0/24");
            assertThat(network.subnetIds()).hasSize(1);
            assertThat(networks.list()).contains(network);
            assertThat(networks.findNetworkByLabel(label)).hasValueSatisfying(found ->
                    assertThat(found.cidr()).contains("192.168.77.0/24"));
            assertThat(networks.get(network.id()).cidrs()).containsExactly("192.168.77.0/24");
            assertThat(network.reload()).isEqualTo(network);

            List<NetworkAttachment> nics = network.getServerNetworks();
            assertThat(nics).containsExactly(NetworkAttachment.network(network.id()));
            server = compute.createServer("it-net-server-" + UUID.randomUUID(), LocalCloud.get("image.id"),
                    LocalCloud.get("flavor.tiny.id"), ServerCreateOptions.builder().networks(nics).build());
            Server active = Waiter.shared().waitForBuild(server, FAST);
            assertThat(active.networks()).containsKey(label);
            assertThat(active.networks().get(label).get(0)).startsWith("192.168.77.");

            String serverId = server.id();
            assertThatThrownBy(network::delete).isInstanceOfSatisfying(NetworkInUseException.class, inUse ->
                    assertThat(inUse.serverIds()).containsExactly(serverId));
            assertThat(networks.get(network.id())).isEqualTo(network);

            List<Port> ports = networks.ports().list(NeutronListOptions.builder().filter("device_id", serverId).build());
            assertThat(ports).singleElement().satisfies(port -> {
                assertThat(port.isServerPort()).isTrue();
                assertThat(port.networkId()).isEqualTo(network.id());
            });
            ServerCleanup.deleteAndWait(server);
            Waiter.shared().waitUntil(ports.get(0), "status", List.of("DELETED"), GONE);
            server = null;

            network.delete();
            assertThatThrownBy(() -> networks.get(network.id())).isInstanceOf(NotFoundException.class);
        } finally {
            cleanUp(server, network);
        }
    }

    @Test
    void anIpv6NetworkIsANetworkAndAnIpv6Subnet() {
        Network network = networks.create("it-net6-" + UUID.randomUUID(), "fd00:77::/64");
        try {
            assertThat(network.cidr()).contains("fd00:77::/64");
            assertThat(networks.subnets().get(network.subnetIds().get(0)).ipVersion()).isEqualTo(6);
        } finally {
            network.delete();
        }
    }

    @Test
    void listingsFollowNeutronsNextLinksPageByPage() {
        List<Network> all = networks.list();
        List<Network> paged = networks.list(NeutronListOptions.builder().pageSize(1).build());

        assertThat(all).hasSizeGreaterThanOrEqualTo(2);
        assertThat(paged).containsExactlyInAnyOrderElementsOf(all);
        assertThat(networks.subnets().listing(NeutronListOptions.builder().pageSize(1).build()).pages()
                .filter(page -> !page.items().isEmpty()).count()).isGreaterThanOrEqualTo(2);
    }

    static void cleanUp(Server server, Network network) {
        if (server != null) {
            try {
                ServerCleanup.deleteAndWait(server);
            } catch (RuntimeException e) {
                // the test's own failure matters more
            }
        }
        try {
            for (Port port : networks.ports().list(NeutronListOptions.builder().filter("network_id", network.id())
                    .build())) {
                if (port.isServerPort()) {
                    Waiter.shared().waitUntil(port, "status", List.of("DELETED"), GONE);
                }
            }
            network.delete();
        } catch (NotFoundException alreadyGone) {
            // deleted by the test
        }
    }
}
