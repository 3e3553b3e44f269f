package org.cloudsdk.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.cloudsdk.compute.NetworkAttachment;
import org.cloudsdk.errors.NoUniqueMatchException;
import org.cloudsdk.http.Transport;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.service.ServiceContext;
import org.cloudsdk.service.ServiceDefinition;

import reactor.core.publisher.Mono;

import tools.jackson.databind.node.ObjectNode;

/**
 * Networks (pyrax's {@code pyrax.cloud_networks}): isolated networks to attach new servers to,
 * on Rackspace Cloud Networks and on OpenStack Neutron alike, in one region. Reached from a
 * context:
 *
 * <pre>{@code
 * Networks networks = ctx.networks();
 * Network isolated = networks.create("my_net", "192.168.0.0/24");
 * Server server = ctx.compute().createServer("test", imageId, flavorId, ServerCreateOptions.builder()
 *         .networks(isolated.getServerNetworks()).build());
 * }</pre>
 *
 * <p>Which API serves the region is read from the service catalog when the first call needs it
 * ({@link #apiType()}): a {@code network} endpoint is Neutron; without one, Rackspace's
 * {@code os-networksv2} under the compute endpoint, as pyrax used it (or under a
 * {@code rax:network} endpoint). {@link #list()}, {@link #create(String, String)},
 * {@link #get(String)}, {@link #findNetworkByLabel(String)}, {@link #delete(String)} and
 * {@link #getServerNetworks(String, boolean, boolean)} mean the same on both; the public and
 * private pseudo-networks exist on Rackspace only. Neutron's own objects are reached from here:
 * {@link #subnets()}, {@link #ports()}, {@link #securityGroups()}, {@link #routers()},
 * {@link #floatingIps()} (on Cloud Networks they throw {@link UnsupportedOperationException}).
 *
 * <p>The CIDR is checked before any request ({@link IllegalArgumentException} naming it); what
 * the cloud refuses arrives as {@link org.cloudsdk.errors.NetworkInUseException} (a delete while
 * servers use the network), {@link org.cloudsdk.errors.NetworkCountExceededException} (the
 * {@value #MAX_ISOLATED_NETWORKS}-network limit of Rackspace, Neutron's quota) or the transport's
 * other {@link org.cloudsdk.errors.CloudException}s.
 *
 * <p>Thread-safe; one client per region is shared by the whole application.
 */
public final class Networks {

    /** pyrax's {@code PUBLIC_NET_ID}: Rackspace's {@code public} pseudo-network, the Internet. */
    public static final String PUBLIC_NET_ID = "00000000-0000-0000-0000-000000000000";

    /** pyrax's {@code SERVICE_NET_ID}: Rackspace's {@code private} pseudo-network, ServiceNet. */
    public static final String SERVICE_NET_ID = "11111111-1111-1111-1111-111111111111";

    /** pyrax's {@code PSEUDO_NETWORKS}: the two pseudo-networks' ids. */
    public static final Set<String> PSEUDO_NETWORKS = Set.of(PUBLIC_NET_ID, SERVICE_NET_ID);

    /** Rackspace's limit of isolated networks per region (a support ticket raises it). */
    public static final int MAX_ISOLATED_NETWORKS = 10;

    /** Rackspace's limit of servers attached to one isolated network. */
    public static final int MAX_SERVERS_PER_NETWORK = 60;

    /** Rackspace's limit of virtual interfaces (networks) of one server. */
    public static final int MAX_VIRTUAL_INTERFACES = 15;

    /** The registration of networks: {@code ctx.networks()}, the starter's bean and health entry. */
    public static final ServiceDefinition<Networks> SERVICE = ServiceDefinition
            .builder("network", ServiceType.NETWORK, Networks.class, Networks::create)
            .healthCheck(Networks::healthDetails)
            .build();

    private final NetworkApiSelector selector;

    Networks(NetworkApiSelector selector) {
        this.selector = Objects.requireNonNull(selector, "selector must not be null");
    }

    private static Networks create(ServiceContext context) {
        return new Networks(NetworkApiSelector.of(context));
    }

    /**
     * @return which API serves this region, read from the catalog (authenticating first when the
     *     context has not yet)
     */
    public NetworkApiType apiType() {
        return api().type();
    }

    // ---------------------------------------------------------------- pyrax's Cloud Networks

    /**
     * pyrax's {@code cnw.list()}: every network of the project; on Rackspace with the
     * {@code public} and {@code private} pseudo-networks, on Neutron with the networks shared with
     * the project and the external ones.
     *
     * @return the networks
     */
    public List<Network> list() {
        return Transport.blockValue(apiAsync().flatMap(api -> api.list(this)));
    }

    /**
     * Neutron's filtered listing ({@code router:external}, {@code name}, {@code shared}...),
     * each network with its subnets' CIDRs.
     *
     * @param options filters and paging
     * @return the matching networks
     * @throws UnsupportedOperationException on Rackspace Cloud Networks, which has no filters
     */
    public List<Network> list(NeutronListOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        return Transport.blockValue(neutronApi("list(options)").list(this, options));
    }

    /**
     * pyrax's {@code cnw.create(label, cidr=...)}: an isolated network. On Neutron, a network
     * and a subnet with this CIDR, both named {@code label} (the network is deleted again if the
     * subnet is refused).
     *
     * @param label its label ({@code name} in pyrax's other calls: the same)
     * @param cidr its address range, such as {@code 192.168.0.0/24} or {@code fd00:1::/64}
     * @return the new network, with its CIDR
     * @throws IllegalArgumentException when the label is blank or the CIDR is not a network
     *     address with room for two hosts, before any request
     * @throws org.cloudsdk.errors.NetworkCountExceededException when the project has as many
     *     networks as it may ({@value #MAX_ISOLATED_NETWORKS} on Rackspace)
     */
    public Network create(String label, String cidr) {
        NeutronChecks.text(label, "label");
        Cidr checked = Cidr.parse(cidr, "cidr");
        return Transport.blockValue(apiAsync().flatMap(api -> api.create(this, label, checked)));
    }

    /**
     * A Neutron network without a subnet, with Neutron's options (shared, external, admin
     * state...); {@link Subnets#create} adds its subnets.
     *
     * @param name the network's name
     * @param options the other fields
     * @return the new network
     * @throws UnsupportedOperationException on Rackspace Cloud Networks
     */
    public Network createNetwork(String name, NetworkOptions options) {
        NeutronChecks.text(name, "name");
        Objects.requireNonNull(options, "options must not be null");
        ObjectNode fields = options.fields();
        fields.put("name", name);
        return Transport.blockValue(neutronApi("createNetwork").createNetwork(this, fields));
    }

    /**
     * Changes a Neutron network's fields (Cloud Networks cannot rename a network).
     *
     * @param networkId the network's id
     * @param options the fields to change; those not set are kept
     * @return the network after the change
     * @throws UnsupportedOperationException on Rackspace Cloud Networks
     */
    public Network updateNetwork(String networkId, NetworkOptions options) {
        String id = NeutronChecks.text(networkId, "networkId");
        Objects.requireNonNull(options, "options must not be null");
        return Transport.blockValue(neutronApi("updateNetwork").update(this, id, options.fields()));
    }

    /**
     * pyrax's {@code cnw.get(id)}.
     *
     * @param networkId the network's id
     * @return a fresh snapshot
     * @throws org.cloudsdk.errors.NotFoundException when there is no such network
     */
    public Network get(String networkId) {
        return Transport.blockValue(getAsync(networkId));
    }

    Mono<Network> getAsync(String networkId) {
        String id = NeutronChecks.text(networkId, "networkId");
        return apiAsync().flatMap(api -> api.get(this, id));
    }

    /**
     * pyrax's {@code cnw.find_network_by_label(label)}: reads every network and keeps the one
     * with exactly this label.
     *
     * @param label the label
     * @return the network, or empty when none has it (pyrax raised {@code NetworkNotFound})
     * @throws NoUniqueMatchException when several have it (pyrax's {@code NetworkLabelNotUnique})
     */
    public Optional<Network> findNetworkByLabel(String label) {
        NeutronChecks.text(label, "label");
        List<Network> matches = list().stream().filter(network -> label.equals(network.label())).toList();
        if (matches.size() > 1) {
            throw new NoUniqueMatchException("network: " + matches.size() + " networks are labelled '" + label
                    + "'; use an id");
        }
        return matches.stream().findFirst();
    }

    /**
     * pyrax's {@code cnw.find_network_by_name(name)}: the same as {@link #findNetworkByLabel(String)}.
     *
     * @param name the name
     * @return the network, or empty
     * @throws NoUniqueMatchException when several have it
     */
    public Optional<Network> findNetworkByName(String name) {
        return findNetworkByLabel(name);
    }

    /**
     * pyrax's {@code cnw.delete(network)}. On Neutron its subnets go with it.
     *
     * @param networkId the network's id
     * @throws org.cloudsdk.errors.NetworkInUseException when servers are attached to it: delete
     *     them first, an isolated network cannot be detached (on Neutron, the exception names them)
     * @throws org.cloudsdk.errors.NotFoundException when there is no such network
     */
    public void delete(String networkId) {
        String id = NeutronChecks.text(networkId, "networkId");
        Transport.block(apiAsync().flatMap(api -> api.delete(id)));
    }

    /**
     * @param network the network to delete
     * @throws org.cloudsdk.errors.NetworkInUseException when servers are attached to it
     */
    public void delete(Network network) {
        Objects.requireNonNull(network, "network must not be null");
        delete(network.id());
    }

    /**
     * pyrax's {@code cnw.get_server_networks(network)}: the attachment of a new server to this
     * network only.
     *
     * @param networkId the network's id
     * @return the {@code networks} of a server create
     */
    public List<NetworkAttachment> getServerNetworks(String networkId) {
        return getServerNetworks(networkId, false, false);
    }

    /**
     * pyrax's {@code cnw.get_server_networks(network, public=..., private=...)}: the networks of
     * {@link org.cloudsdk.compute.ServerCreateOptions.Builder#networks(List)}. A server given
     * networks is attached to those only, so on Rackspace ask for the public and private
     * pseudo-networks here if it needs them.
     *
     * @param networkId the network's id
     * @param includePublic also attach the {@code public} pseudo-network (Rackspace only)
     * @param includePrivate also attach the {@code private} ServiceNet pseudo-network (Rackspace only)
     * @return the attachments, this network first
     * @throws IllegalArgumentException when a pseudo-network is asked for on Neutron
     */
    public List<NetworkAttachment> getServerNetworks(String networkId, boolean includePublic, boolean includePrivate) {
        String id = NeutronChecks.text(networkId, "networkId");
        // the API matters only for the pseudo-networks: no catalog read otherwise
        NetworkApiType type = includePublic || includePrivate ? apiType() : NetworkApiType.CLOUD_NETWORKS;
        return serverNetworks(type, id, includePublic, includePrivate);
    }

    /**
     * @param network the network
     * @param includePublic also attach the {@code public} pseudo-network (Rackspace only)
     * @param includePrivate also attach the {@code private} pseudo-network (Rackspace only)
     * @return the attachments, this network first
     */
    public List<NetworkAttachment> getServerNetworks(Network network, boolean includePublic, boolean includePrivate) {
        Objects.requireNonNull(network, "network must not be null");
        return network.getServerNetworks(includePublic, includePrivate);
    }

    static List<NetworkAttachment> serverNetworks(NetworkApiType type, String networkId, boolean includePublic,
            boolean includePrivate) {
        if (type == NetworkApiType.NEUTRON && (includePublic || includePrivate)) {
            throw new IllegalArgumentException((includePublic ? "includePublic" : "includePrivate")
                    + ": the public and private pseudo-networks are Rackspace's; on Neutron attach the server to"
                    + " each network it needs by id (an external network's addresses come as floating IPs)");
        }
        List<NetworkAttachment> attachments = new ArrayList<>();
        attachments.add(NetworkAttachment.network(networkId));
        if (includePublic) {
            attachments.add(NetworkAttachment.network(PUBLIC_NET_ID));
        }
        if (includePrivate) {
            attachments.add(NetworkAttachment.network(SERVICE_NET_ID));
        }
        return List.copyOf(attachments);
    }

    // ---------------------------------------------------------------- Neutron's objects

    /** @return Neutron's subnets */
    public Subnets subnets() {
        return new Subnets(this);
    }

    /** @return Neutron's ports */
    public Ports ports() {
        return new Ports(this);
    }

    /** @return Neutron's security groups and their rules */
    public SecurityGroups securityGroups() {
        return new SecurityGroups(this);
    }

    /** @return Neutron's routers, their interfaces and gateways */
    public Routers routers() {
        return new Routers(this);
    }

    /** @return Neutron's floating IPs */
    public FloatingIps floatingIps() {
        return new FloatingIps(this);
    }

    // ---------------------------------------------------------------- plumbing

    private NetworkApi api() {
        return Transport.blockValue(apiAsync());
    }

    private Mono<NetworkApi> apiAsync() {
        return selector.api();
    }

    private NeutronNetworksApi neutronApi(String operation) {
        NetworkApi api = api();
        if (api instanceof NeutronNetworksApi neutron) {
            return neutron;
        }
        throw unsupported(operation);
    }

    /** @return the Neutron endpoint of the sub-clients */
    Neutron neutron() {
        return neutronApi("this operation").neutron();
    }

    Mono<Neutron> neutronAsync() {
        return apiAsync().flatMap(api -> api instanceof NeutronNetworksApi neutron ? Mono.just(neutron.neutron())
                : Mono.error(unsupported("this operation")));
    }

    private static UnsupportedOperationException unsupported(String operation) {
        return new UnsupportedOperationException(operation + " is Neutron's; this region's networks are Rackspace"
                + " Cloud Networks (os-networksv2), which offers list, create, get, delete and getServerNetworks only");
    }

    private Mono<Map<String, Object>> healthDetails() {
        return apiAsync().flatMap(NetworkApi::health);
    }

    @Override
    public String toString() {
        NetworkApi api = selector.chosenOrNull();
        return "Networks[" + (api == null ? "api not yet chosen" : api.type()) + "]";
    }
}
