package org.cloudsdk.docs;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.cloudsdk.CloudContext;
import org.cloudsdk.compute.Compute;
import org.cloudsdk.compute.NetworkAttachment;
import org.cloudsdk.compute.Server;
import org.cloudsdk.compute.ServerCreateOptions;
import org.cloudsdk.errors.NetworkCountExceededException;
import org.cloudsdk.errors.NetworkInUseException;
import org.cloudsdk.network.FloatingIp;
import org.cloudsdk.network.Network;
import org.cloudsdk.network.NetworkApiType;
import org.cloudsdk.network.Networks;
import org.cloudsdk.network.NeutronListOptions;
import org.cloudsdk.network.Port;
import org.cloudsdk.network.PortOptions;
import org.cloudsdk.network.Router;
import org.cloudsdk.network.RouterOptions;
import org.cloudsdk.network.SecurityGroup;
import org.cloudsdk.network.SecurityGroupOptions;
import org.cloudsdk.network.SecurityGroupRuleOptions;
import org.cloudsdk.network.Subnet;
import org.cloudsdk.network.SubnetOptions;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.wait.Waiter;

/**
 * The examples of {@code docs/networks.md}, as compiled code: the body of each method is a
 * {@code java} block of the guide, character for character but for indentation
 * ({@code DocExamplesMatchSourcesTest} checks it), so the guide cannot show code that does not
 * compile against the real API.
 *
 * <p>What a block takes for granted is a parameter of its method, named as the guide names it:
 * {@code ctx} is a {@link CloudContext}, {@code networks} its {@link Networks}, {@code compute}
 * its {@link Compute}, {@code waiter} a {@link Waiter}, {@code network} and {@code isolated}
 * {@link Network}s, {@code port} a {@link Port}, {@code imageId}, {@code flavorId},
 * {@code networkId} and {@code publicNetworkId} ids of the cloud. {@code out} is where the
 * examples print. {@code NetworksGuideExamplesIT} runs them against the local Neutron, and
 * {@code NetworksGuideRackspaceExamplesTest} the Rackspace ones against a WireMock Cloud Networks.
 */
public final class NetworksGuideExamples {

    private final PrintStream out;

    /** @param out where the examples print ({@code System.out} in an application) */
    public NetworksGuideExamples(PrintStream out) {
        this.out = out;
    }

    // ---------------------------------------------------------------- the client

    NetworkApiType client(CloudContext ctx, String region) {
        Networks networks = ctx.networks();                    // pyrax.cloud_networks: the default region
        Networks other = ctx.networks(region);                  // or ctx.region(region).networks()
        NetworkApiType api = networks.apiType();                // NEUTRON, or CLOUD_NETWORKS on Rackspace
        return api;
    }

    List<String> constants() {
        String publicNet = Networks.PUBLIC_NET_ID;              // 00000000-0000-0000-0000-000000000000
        String serviceNet = Networks.SERVICE_NET_ID;            // 11111111-1111-1111-1111-111111111111
        return List.of(publicNet, serviceNet);
    }

    // ---------------------------------------------------------------- pyrax's chapter

    List<Network> list(Networks networks) {
        List<Network> all = networks.list();                    // cnw.list()
        out.println(all);
        return all;
    }

    Network create(Networks networks) {
        Network network = networks.create("my_lan", "192.168.0.0/24");
        out.println("New Cloud Network: " + network);
        return network;
    }

    void badCidr(Networks networks) {
        try {
            networks.create("my_lan", "192.168.0.1/24");
        } catch (IllegalArgumentException badCidr) {             // refused before any request
            out.println(badCidr.getMessage());
        }
    }

    Optional<Network> find(Networks networks, Network network) {
        Optional<Network> lan = networks.findNetworkByLabel("my_lan");    // or findNetworkByName
        Network fresh = networks.get(network.id());                       // or network.reload()
        out.println(fresh.label() + " " + fresh.cidr().orElse("no CIDR") + " " + fresh.isIsolated());
        return lan;
    }

    void deleteById(Networks networks, String networkId) {
        networks.delete(networkId);                             // cnw.delete(network_id)
    }

    void deleteHandle(Network network) {
        network.delete();                                       // network.delete()
    }

    void inUse(Network network) {
        try {
            network.delete();
        } catch (NetworkInUseException inUse) {
            out.println("in use by " + inUse.serverIds());      // delete the servers first
        }
    }

    Server serverOnNetwork(Networks networks, Compute compute, Waiter waiter, String imageId, String flavorId) {
        Network isolated = networks.create("my_net", "192.168.0.0/24");
        List<NetworkAttachment> nics = isolated.getServerNetworks();
        Server server = compute.createServer("test", imageId, flavorId,
                ServerCreateOptions.builder().networks(nics).build());
        out.println(waiter.waitForBuild(server).networks());
        return server;
    }

    List<List<NetworkAttachment>> pseudoNetworks(Networks networks, Network isolated) {
        List<NetworkAttachment> withServiceNet = isolated.getServerNetworks(false, true);  // private=True
        List<NetworkAttachment> withAll = isolated.getServerNetworks(true, true);         // public=True, private=True
        List<NetworkAttachment> byId = networks.getServerNetworks(isolated.id(), true, true);
        return List.of(withServiceNet, withAll, byId);
    }

    void limit(Networks networks) {
        try {
            networks.create("eleventh", "192.168.11.0/24");
        } catch (NetworkCountExceededException full) {
            out.println(full.getMessage());                     // names the limit and what to do
        }
    }

    // ---------------------------------------------------------------- Neutron

    String external(Networks networks) {
        List<Network> external = networks.list(NeutronListOptions.builder()
                .filter("router:external", true).build());
        String publicNetworkId = external.get(0).id();
        return publicNetworkId;
    }

    List<Subnet> subnets(Networks networks, Network network) {
        Subnet v6 = networks.subnets().create(network.id(), "fd00:1::/64",
                SubnetOptions.builder().name("my_lan_v6").build());
        List<Subnet> subnets = networks.subnets().list(NeutronListOptions.builder()
                .filter("network_id", network.id()).build());
        return subnets;
    }

    Port ports(Networks networks, Network network) {
        Port port = networks.ports().create(network.id(), PortOptions.builder().name("web-port")
                .fixedIp(network.subnetIds().get(0), "192.168.0.10").build());
        NetworkAttachment nic = port.asServerNetwork();          // a server created with it takes this port
        return port;
    }

    SecurityGroup securityGroups(Networks networks) {
        SecurityGroup web = networks.securityGroups().create("web",
                SecurityGroupOptions.builder().description("web servers").build());
        web.addRule(SecurityGroupRuleOptions.builder().protocol("tcp").portRange(443, 443)
                .remoteIpPrefix("0.0.0.0/0").build());
        web.addRule(SecurityGroupRuleOptions.builder().protocol("tcp").portRange(22, 22)
                .remoteGroupId(web.id()).build());
        ServerCreateOptions inGroup = ServerCreateOptions.builder().securityGroups(List.of("web")).build();
        return web;
    }

    Router router(Networks networks, Network network, String publicNetworkId) {
        Router router = networks.routers().create("edge", RouterOptions.builder()
                .externalGateway(publicNetworkId).build());
        router.addInterface(network.subnetIds().get(0));         // the router takes the subnet's gateway address
        return router;
    }

    FloatingIp floatingIp(Networks networks, Port port, String publicNetworkId) {
        FloatingIp address = networks.floatingIps().create(publicNetworkId);
        FloatingIp associated = address.associate(port.id());
        out.println(associated.floatingIpAddress() + " -> " + associated.fixedIpAddress().orElse(""));
        associated.disassociate();
        address.delete();
        return associated;
    }

    void cleanUp(Router router, Port port, SecurityGroup web, Network network) {
        router.removeInterface(network.subnetIds().get(0));
        router.clearGateway();
        router.delete();
        port.delete();
        web.delete();
        network.delete();                                       // its subnets go with it
    }

    Listing<Port> paging(Networks networks) {
        Listing<Port> all = networks.ports().listing(NeutronListOptions.builder().pageSize(100).build());
        all.stream().filter(Port::isServerPort).forEach(p -> out.println(p.deviceId().orElse("")));
        return all;
    }
}
