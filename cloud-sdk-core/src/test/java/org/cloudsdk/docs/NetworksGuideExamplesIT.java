package org.cloudsdk.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import org.cloudsdk.CloudContext;
import org.cloudsdk.compute.Compute;
import org.cloudsdk.compute.Server;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.it.LocalCloud;
import org.cloudsdk.it.ServerCleanup;
import org.cloudsdk.network.FloatingIp;
import org.cloudsdk.network.Network;
import org.cloudsdk.network.NetworkApiType;
import org.cloudsdk.network.NetworkOptions;
import org.cloudsdk.network.Networks;
import org.cloudsdk.network.NeutronListOptions;
import org.cloudsdk.network.Port;
import org.cloudsdk.network.Router;
import org.cloudsdk.network.SecurityGroup;
import org.cloudsdk.network.Subnet;
import org.cloudsdk.network.SubnetOptions;
import org.cloudsdk.wait.NotFoundPolicy;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the Neutron examples of {@code docs/networks.md} ({@link NetworksGuideExamples}) against
 * the local Keystone, Neutron and Nova, and checks what the guide says they do. The guide's names
 * ({@code my_lan}, {@code my_net}, {@code web}, {@code edge}) are used as they are: leftovers of
 * an interrupted run are deleted first, and everything made here is deleted after, on failure
 * too. The external network the floating IP example needs is made by the administrator.
 */
class NetworksGuideExamplesIT {

    private static final WaitOptions FAST = WaitOptions.forBuild().toBuilder().interval(Duration.ofMillis(500))
            .deadline(Duration.ofMinutes(3)).build();
    private static final WaitOptions GONE = FAST.toBuilder().notFound(NotFoundPolicy.SUCCEED).build();

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final NetworksGuideExamples examples = new NetworksGuideExamples(new PrintStream(printed, true,
            StandardCharsets.UTF_8));
    private final Deque<Runnable> cleanUps = new ArrayDeque<>();
    private CloudContext ctx;
    private Networks networks;

    @BeforeEach
    void connect() {
        ctx = LocalCloud.demo().build();
        networks = ctx.networks();
        for (String label : List.of("my_lan", "my_net")) {
            networks.list(NeutronListOptions.builder().filter("name", label).build()).forEach(this::deleteQuietly);
        }
    }

    @AfterEach
    void cleanUp() {
        while (!cleanUps.isEmpty()) {
            try {
                cleanUps.pop().run();
            } catch (NotFoundException alreadyGone) {
                // the example deleted it
            }
        }
        ctx.close();
    }

    private String printed() {
        String text = printed.toString(StandardCharsets.UTF_8);
        printed.reset();
        return text;
    }

    private void deleteQuietly(Network network) {
        try {
            network.delete();
        } catch (RuntimeException e) {
            // a leftover still in use: the run goes on with unique ids
        }
    }

    @Test
    void pyraxsChapterOnNeutron() {
        assertThat(examples.client(ctx, LocalCloud.get("region"))).isEqualTo(NetworkApiType.NEUTRON);
        assertThat(examples.constants()).containsExactly(Networks.PUBLIC_NET_ID, Networks.SERVICE_NET_ID);
        assertThat(examples.list(networks)).extracting(Network::label).contains("demo-net");
        printed();

        Network network = examples.create(networks);
        cleanUps.push(network::delete);
        assertThat(printed()).startsWith("New Cloud Network: Network[id=" + network.id() + ", label=my_lan,"
                + " cidr=192.168.0.0/24]");

        examples.badCidr(networks);
        assertThat(printed()).contains("cidr '192.168.0.1/24' is not a valid CIDR: host bits are set; the network is"
                + " 192.168.0.0/24");

        assertThat(examples.find(networks, network)).contains(network);
        assertThat(printed()).contains("my_lan 192.168.0.0/24 true");

        examples.deleteById(networks, network.id());
        assertThat(networks.list()).doesNotContain(network);
    }

    @Test
    void aServerOnAnIsolatedNetwork() {
        Compute compute = ctx.compute();
        Waiter waiter = Waiter.builder().defaults(WaitOptions.defaults(), FAST).build();
        cleanUps.push(waiter::close);
        Server server = examples.serverOnNetwork(networks, compute, waiter, LocalCloud.get("image.id"),
                LocalCloud.get("flavor.tiny.id"));
        Network isolated = networks.findNetworkByLabel("my_net").orElseThrow();
        cleanUps.push(isolated::delete);
        cleanUps.push(() -> ServerCleanup.deleteAndWait(server));
        assertThat(printed()).startsWith("{my_net=[192.168.0.");

        examples.inUse(isolated);
        assertThat(printed()).contains("in use by [" + server.id() + "]");

        Port serverPort = networks.ports().list(NeutronListOptions.builder().filter("device_id", server.id()).build())
                .get(0);
        ServerCleanup.deleteAndWait(server);
        Waiter.shared().waitUntil(serverPort, "status", List.of("DELETED"), GONE);
        examples.deleteHandle(isolated);
        assertThat(networks.list()).doesNotContain(isolated);
    }

    @Test
    void neutronsObjectsFromASubnetToAFloatingIp() {
        try (CloudContext admin = LocalCloud.admin().build()) {
            Networks adminNetworks = admin.networks();
            Network external = adminNetworks.createNetwork("it-guide-ext-" + UUID.randomUUID(),
                    NetworkOptions.builder().external(true).build());
            cleanUps.push(() -> adminNetworks.delete(external.id()));
            adminNetworks.subnets().create(external.id(), "198.51.100.0/24",
                    SubnetOptions.builder().enableDhcp(false).build());

            String publicNetworkId = examples.external(networks);
            assertThat(networks.get(publicNetworkId).isExternal()).isTrue();

            Network network = examples.create(networks);
            cleanUps.push(network::delete);
            List<Subnet> subnets = examples.subnets(networks, network);
            assertThat(subnets).extracting(Subnet::cidr).containsExactlyInAnyOrder("192.168.0.0/24", "fd00:1::/64");

            Port port = examples.ports(networks, network);
            cleanUps.push(port::delete);
            assertThat(port.fixedIps()).extracting(ip -> ip.ipAddress()).contains("192.168.0.10");

            SecurityGroup web = examples.securityGroups(networks);
            cleanUps.push(web::delete);
            assertThat(web.reload().rules()).hasSize(4);

            publicNetworkId = external.id();
            Router router = examples.router(networks, network, publicNetworkId);
            cleanUps.push(router::delete);
            cleanUps.push(() -> router.removeInterface(network.subnetIds().get(0)));
            assertThat(router.externalNetworkId()).contains(external.id());

            printed();
            FloatingIp associated = examples.floatingIp(networks, port, publicNetworkId);
            assertThat(printed()).startsWith("198.51.100.").contains(" -> 192.168.0.10");
            assertThat(networks.floatingIps().list(NeutronListOptions.builder().filter("id", associated.id()).build()))
                    .isEmpty();

            cleanUps.clear();
            cleanUps.push(() -> adminNetworks.delete(external.id()));
            examples.cleanUp(router, port, web, network);
            assertThat(networks.list()).doesNotContain(network);
        }
    }

    @Test
    void aLazyListingOfPorts() {
        Network network = examples.create(networks);
        cleanUps.push(network::delete);
        Port port = networks.ports().create(network.id());
        cleanUps.push(port::delete);

        assertThat(examples.paging(networks).stream().map(Port::id)).contains(port.id());
    }
}
