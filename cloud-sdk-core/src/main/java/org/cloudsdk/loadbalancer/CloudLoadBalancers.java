package org.cloudsdk.loadbalancer;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.model.JsonModels;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.PagingScheme;
import org.cloudsdk.service.ServiceContext;
import org.cloudsdk.service.ServiceDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rackspace Cloud Load Balancers (pyrax's {@code pyrax.cloud_loadbalancers}, API v1.0) in one
 * region: balancers, their nodes and virtual IPs, and their settings. Reached from a context:
 *
 * <pre>{@code
 * CloudLoadBalancers clb = ctx.loadBalancers();
 * LoadBalancer lb = clb.create("example_lb", 80, "HTTP", LoadBalancerCreateOptions.builder()
 *         .nodes(NodeSpec.of("10.177.1.1", 80), NodeSpec.of("10.177.1.2", 80))
 *         .virtualIps(VirtualIpSpec.publicIp()).build());
 * LoadBalancer active = Waiter.shared().waitForBuild(lb);
 * }</pre>
 *
 * <p><b>Changes and {@code PENDING_UPDATE}.</b> A balancer refuses every change while it applies
 * the previous one ({@code PENDING_UPDATE}, answered with a {@code 422}). pyrax left the waiting to
 * its users ({@code wait_until(lb, "status", "ACTIVE")} after each change); this client does it:
 * its changes of one balancer go one at a time, in the order they were asked for (other balancers
 * are not held up), each returns once the balancer is ACTIVE again, and a {@code 422} caused by
 * someone else's change is retried once the balancer is ACTIVE. All of that is bounded by
 * {@link LoadBalancerSettings#waitTimeout()} ({@link org.cloudsdk.wait.WaitTimeoutException}
 * after it, its cause the last 422 when the balancer kept refusing); a balancer that is
 * {@code ERROR} or {@code SUSPENDED} ends the change at once with a
 * {@link LoadBalancerFailedException}.
 *
 * <p>Every documented limit is checked before a request, with an {@link IllegalArgumentException}
 * naming the parameter. This is Rackspace's API (catalog type {@code rax:load-balancer}); stock
 * OpenStack's load balancers are Octavia's, served by {@code org.cloudsdk.octavia.Octavia}.
 *
 * <p>Immutable and thread-safe; one client per region is shared by the whole application.
 */
public final class CloudLoadBalancers {

    /**
     * The registration of Cloud Load Balancers: {@code ctx.loadBalancers()}, the starter's bean and
     * health entry, {@code cloud.services.load_balancer.*}. It looks under {@code rax:load-balancer}
     * only: Octavia's {@code load-balancer} endpoint speaks another API.
     */
    public static final ServiceDefinition<CloudLoadBalancers> SERVICE = ServiceDefinition
            .builder("load_balancer", ServiceType.LOAD_BALANCER, CloudLoadBalancers.class, CloudLoadBalancers::create)
            .catalogTypes("rax:load-balancer")
            .healthCheck(CloudLoadBalancers::healthDetails)
            .build();

    private static final PagingScheme PAGING = PagingScheme.limitMarker()
            .withMaxLimit(LoadBalancerListOptions.MAX_PAGE_SIZE);

    private final ServiceClient client;
    private final LoadBalancerSettings settings;
    private final BalancerMutations mutations;

    CloudLoadBalancers(ServiceClient client, LoadBalancerSettings settings) {
        this(client, settings, new BalancerMutations());
    }

    private CloudLoadBalancers(ServiceClient client, LoadBalancerSettings settings, BalancerMutations mutations) {
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.mutations = mutations;
    }

    private static CloudLoadBalancers create(ServiceContext context) {
        return new CloudLoadBalancers(context.client(),
                context.settings(LoadBalancerSettings.class).orElse(LoadBalancerSettings.defaults()));
    }

    /**
     * A client of the same endpoint with other wait settings. It shares this client's turns, so
     * the changes of a balancer made through either still go one at a time.
     *
     * @param value the settings
     * @return the new client
     */
    public CloudLoadBalancers withSettings(LoadBalancerSettings value) {
        return new CloudLoadBalancers(client, Objects.requireNonNull(value, "settings must not be null"), mutations);
    }

    /** @return the wait settings of this client */
    public LoadBalancerSettings settings() {
        return settings;
    }

    BalancerMutations mutationsForTest() {
        return mutations;
    }

    /** @return the underlying service client (endpoint, region, raw requests) */
    public ServiceClient client() {
        return client;
    }

    // ---------------------------------------------------------------- balancers

    /**
     * pyrax's {@code clb.list()}: every balancer of the account in this region but the deleted
     * ones, fetched page by page. A listing's snapshots have no nodes: reload one for them.
     *
     * @return the balancers
     */
    public List<LoadBalancer> list() {
        return list(LoadBalancerListOptions.defaults());
    }

    /**
     * @param options filters (name, node address, status, changes since) and paging
     * @return the matching balancers
     */
    public List<LoadBalancer> list(LoadBalancerListOptions options) {
        return loadBalancers(options).stream().toList();
    }

    /**
     * The lazy form of {@link #list(LoadBalancerListOptions)}: pages are fetched as iteration
     * reaches them ({@code stream()}, {@code pages()}, {@code flux()}).
     *
     * @param options filters and paging
     * @return the listing
     */
    public Listing<LoadBalancer> loadBalancers(LoadBalancerListOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        Listing.Builder<LoadBalancer> listing = Listing.builder(client, "listLoadBalancers", PAGING,
                json -> new LoadBalancer(this, json)).path("/loadbalancers").items("loadBalancers");
        options.name().ifPresent(value -> listing.query("name", value));
        options.nodeAddress().ifPresent(value -> listing.query("nodeaddress", value));
        options.status().ifPresent(value -> listing.query("status", value.name()));
        options.changesSince().ifPresent(value -> listing.query("changes-since", DateTimeFormatter.ISO_INSTANT.format(value)));
        return listing.limit(options.pageSize().orElse(null)).marker(options.marker().orElse(null)).build();
    }

    /**
     * pyrax's {@code clb.get(id)}.
     *
     * @param loadBalancerId the balancer's id
     * @return a fresh snapshot, with its nodes and virtual IPs
     * @throws NotFoundException when there is no such balancer
     */
    public LoadBalancer get(String loadBalancerId) {
        return Transport.blockValue(getAsync(loadBalancerId));
    }

    Mono<LoadBalancer> getAsync(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        return send(HttpMethod.GET, "getLoadBalancer", request -> request.path("/loadbalancers/{id}", id))
                .map(response -> new LoadBalancer(this, response.json().path("loadBalancer")));
    }

    /**
     * pyrax's {@code clb.create(name, port=, protocol=, nodes=, virtual_ips=, ...)}. Returns at
     * once, the balancer in BUILD: wait with {@code Waiter.shared().waitForBuild(lb)}.
     *
     * @param name its name, 1 to 128 characters
     * @param port the port it listens on, 1 to 65535
     * @param protocol one of {@link #protocols()}, such as {@code HTTP}
     * @param options its virtual IPs (at least one), nodes and settings
     * @return the new balancer, as the creation describes it
     * @throws IllegalArgumentException when a limit is not met or no virtual IP is given
     */
    public LoadBalancer create(String name, int port, String protocol, LoadBalancerCreateOptions options) {
        LoadBalancerLimits.name(name, "name");
        LoadBalancerLimits.port(port, "port");
        LoadBalancerLimits.text(protocol, "protocol");
        Objects.requireNonNull(options, "options must not be null");
        if (options.virtualIps().isEmpty()) {
            throw new IllegalArgumentException("virtualIps must hold at least one virtual IP (PUBLIC, SERVICENET or a"
                    + " shared id): a balancer is reached through one");
        }
        ObjectNode balancer = Json.object();
        balancer.put("name", name);
        balancer.put("port", port);
        balancer.put("protocol", protocol);
        ArrayNode vips = balancer.putArray("virtualIps");
        options.virtualIps().forEach(vip -> vips.add(vip.toJson()));
        if (!options.nodes().isEmpty()) {
            ArrayNode nodes = balancer.putArray("nodes");
            options.nodes().forEach(node -> nodes.add(node.toJson()));
        }
        options.algorithm().ifPresent(value -> balancer.put("algorithm", value));
        options.halfClosed().ifPresent(value -> balancer.put("halfClosed", value));
        options.timeout().ifPresent(value -> balancer.put("timeout", value));
        options.httpsRedirect().ifPresent(value -> balancer.put("httpsRedirect", value));
        if (!options.metadata().isEmpty()) {
            balancer.set("metadata", metadataItems(options.metadata()));
        }
        options.healthMonitor().ifPresent(value -> balancer.set("healthMonitor", value.toJson()));
        options.sessionPersistence().ifPresent(value -> balancer.putObject("sessionPersistence")
                .put("persistenceType", value.name()));
        options.connectionLogging().ifPresent(value -> balancer.putObject("connectionLogging").put("enabled", value));
        options.connectionThrottle().ifPresent(value -> balancer.set("connectionThrottle", value.toJson()));
        if (!options.accessList().isEmpty()) {
            ArrayNode items = balancer.putArray("accessList");
            options.accessList().forEach(item -> items.add(item.toJson()));
        }
        ObjectNode body = Json.object();
        body.set("loadBalancer", balancer);
        ApiResponse response = call(HttpMethod.POST, "createLoadBalancer",
                request -> request.path("/loadbalancers").jsonBody(Json.write(body)));
        return new LoadBalancer(this, response.json().path("loadBalancer"));
    }

    /**
     * pyrax's {@code clb.update(lb, name=, algorithm=, protocol=, halfClosed=, port=, timeout=,
     * httpsRedirect=)}; returns once the balancer is ACTIVE again. An update that changes nothing
     * sends nothing, as in pyrax.
     *
     * @param loadBalancerId the balancer's id
     * @param update what to change
     */
    public void update(String loadBalancerId, LoadBalancerUpdate update) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        Objects.requireNonNull(update, "update must not be null");
        if (update.isEmpty()) {
            return;
        }
        ObjectNode body = Json.object();
        body.set("loadBalancer", update.toJson());
        change(id, "updateLoadBalancer", HttpMethod.PUT, request -> request.path("/loadbalancers/{id}", id)
                .jsonBody(Json.write(body)));
    }

    /**
     * pyrax's {@code lb.delete()}: the balancer goes PENDING_DELETE, then DELETED. A balancer
     * busy with a change is deleted once it is ACTIVE again.
     *
     * @param loadBalancerId the balancer's id
     * @throws NotFoundException when there is no such balancer
     */
    public void delete(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        mutations.run(this, id, false, () -> call(HttpMethod.DELETE, "deleteLoadBalancer",
                request -> request.path("/loadbalancers/{id}", id)));
    }

    /**
     * The balancer's absolute URL in the API (what Cloud DNS takes to manage its PTR records).
     *
     * @param loadBalancerId the balancer's id
     * @return {@code <endpoint>/loadbalancers/<id>}
     */
    public String url(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        String endpoint = client.endpointUrl();
        return (endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint) + "/loadbalancers/" + id;
    }

    // ---------------------------------------------------------------- account-wide lists

    /** @return pyrax's {@code clb.algorithms}: the algorithms a balancer may use, such as {@code ROUND_ROBIN} */
    public List<String> algorithms() {
        return names(call(HttpMethod.GET, "listAlgorithms", request -> request.path("/loadbalancers/algorithms"))
                .json().path("algorithms"), item -> item.path("name"));
    }

    /** @return pyrax's {@code clb.protocols}: the protocols a balancer may balance, such as {@code HTTP} */
    public List<String> protocols() {
        return names(protocolDocuments(), item -> item.path("name"));
    }

    /** @return each protocol with the port a balancer of it listens on by default, such as {@code HTTP=80} */
    public Map<String, Integer> protocolPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (JsonNode protocol : protocolDocuments()) {
            ports.put(protocol.path("name").asString(), protocol.path("port").asInt());
        }
        return Collections.unmodifiableMap(ports);
    }

    private JsonNode protocolDocuments() {
        return call(HttpMethod.GET, "listProtocols", request -> request.path("/loadbalancers/protocols")).json()
                .path("protocols");
    }

    /**
     * pyrax's {@code clb.allowed_domains}: the domains whose names a node may have instead of an
     * IP address.
     *
     * @return the allowed domains
     */
    public List<String> allowedDomains() {
        return names(call(HttpMethod.GET, "listAllowedDomains", request -> request.path("/loadbalancers/alloweddomains"))
                .json().path("allowedDomains"), item -> item.path("allowedDomain").path("name"));
    }

    private static List<String> names(JsonNode items, Function<JsonNode, JsonNode> name) {
        List<String> names = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode value = name.apply(item);
            if (value.isValueNode() && !value.isNull()) {
                names.add(value.asString());
            }
        }
        return List.copyOf(names);
    }

    // ---------------------------------------------------------------- nodes

    /**
     * @param loadBalancerId the balancer's id
     * @return its nodes, read now
     */
    public List<Node> listNodes(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        return nodes(id, call(HttpMethod.GET, "listNodes", request -> request.path("/loadbalancers/{id}/nodes", id))
                .json().path("nodes"));
    }

    /**
     * @param loadBalancerId the balancer's id
     * @param nodeId the node's id
     * @return the node
     * @throws NotFoundException when there is no such node
     */
    public Node getNode(String loadBalancerId, String nodeId) {
        return Transport.blockValue(getNodeAsync(loadBalancerId, nodeId));
    }

    Mono<Node> getNodeAsync(String loadBalancerId, String nodeId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        String node = LoadBalancerLimits.id(nodeId, "nodeId");
        return send(HttpMethod.GET, "getNode", request -> request.path("/loadbalancers/{id}/nodes/{node}", id, node))
                .map(response -> new Node(this, id, response.json().path("node")));
    }

    /**
     * pyrax's {@code clb.add_nodes(lb, nodes)}; returns once the balancer is ACTIVE again.
     *
     * @param loadBalancerId the balancer's id
     * @param nodes the nodes to add, at least one
     * @return the added nodes, with their ids
     */
    public List<Node> addNodes(String loadBalancerId, List<NodeSpec> nodes) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        Objects.requireNonNull(nodes, "nodes must not be null");
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("nodes must hold at least one node");
        }
        ArrayNode array = Json.array();
        nodes.forEach(node -> array.add(Objects.requireNonNull(node, "nodes must not contain null").toJson()));
        ObjectNode body = Json.object();
        body.set("nodes", array);
        ApiResponse response = change(id, "addNodes", HttpMethod.POST,
                request -> request.path("/loadbalancers/{id}/nodes", id).jsonBody(Json.write(body)));
        return nodes(id, response.json().path("nodes"));
    }

    /**
     * pyrax's {@code node.delete()}; returns once the balancer is ACTIVE again.
     *
     * @param loadBalancerId the balancer's id
     * @param nodeId the node to remove
     */
    public void deleteNode(String loadBalancerId, String nodeId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        String node = LoadBalancerLimits.id(nodeId, "nodeId");
        change(id, "deleteNode", HttpMethod.DELETE, request -> request.path("/loadbalancers/{id}/nodes/{node}", id, node));
    }

    /**
     * Removes several nodes at once; the API takes 10 ids per request, so more are sent in
     * batches of 10, each once the balancer is ACTIVE again. A batch is all or nothing.
     *
     * @param loadBalancerId the balancer's id
     * @param nodeIds the nodes to remove
     */
    public void deleteNodes(String loadBalancerId, Collection<String> nodeIds) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        List<String> ids = LoadBalancerLimits.ids(nodeIds, "nodeIds");
        for (List<String> batch : batches(ids)) {
            change(id, "deleteNodes", HttpMethod.DELETE, request -> withIds(request.path("/loadbalancers/{id}/nodes", id),
                    batch));
        }
    }

    /**
     * pyrax's {@code node.update()}: a node's condition, weight or type; returns once the
     * balancer is ACTIVE again.
     *
     * @param loadBalancerId the balancer's id
     * @param nodeId the node
     * @param update what to change
     */
    public void updateNode(String loadBalancerId, String nodeId, NodeUpdate update) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        String node = LoadBalancerLimits.id(nodeId, "nodeId");
        Objects.requireNonNull(update, "update must not be null");
        ObjectNode body = Json.object();
        body.set("node", update.toJson());
        change(id, "updateNode", HttpMethod.PUT, request -> request.path("/loadbalancers/{id}/nodes/{node}", id, node)
                .jsonBody(Json.write(body)));
    }

    private List<Node> nodes(String loadBalancerId, JsonNode array) {
        List<Node> nodes = new ArrayList<>();
        for (JsonNode node : array) {
            nodes.add(new Node(this, loadBalancerId, node));
        }
        return List.copyOf(nodes);
    }

    // ---------------------------------------------------------------- virtual IPs

    /**
     * @param loadBalancerId the balancer's id
     * @return its virtual IPs, read now
     */
    public List<VirtualIp> listVirtualIps(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        return Transport.blockValue(virtualIpsAsync(id));
    }

    private Mono<List<VirtualIp>> virtualIpsAsync(String id) {
        return send(HttpMethod.GET, "listVirtualIps", request -> request.path("/loadbalancers/{id}/virtualips", id))
                .map(response -> {
                    List<VirtualIp> vips = new ArrayList<>();
                    for (JsonNode vip : response.json().path("virtualIps")) {
                        vips.add(new VirtualIp(this, id, vip));
                    }
                    return List.copyOf(vips);
                });
    }

    Mono<VirtualIp> getVirtualIpAsync(String loadBalancerId, String virtualIpId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        return virtualIpsAsync(id).flatMap(vips -> vips.stream().filter(vip -> vip.id().equals(virtualIpId)).findFirst()
                .map(Mono::just).orElseGet(() -> Mono.error(new NotFoundException("load balancer " + id
                        + " has no virtual IP " + virtualIpId))));
    }

    /**
     * pyrax's {@code lb.add_virtualip(vip)}; returns once the balancer is ACTIVE again. A running
     * balancer takes new IPv6 addresses only (shared addresses are given at its creation).
     *
     * @param loadBalancerId the balancer's id
     * @param vip a new IPv6 address, PUBLIC or SERVICENET
     * @return the added virtual IP
     * @throws IllegalArgumentException for an IPv4 or a shared address
     */
    public VirtualIp addVirtualIp(String loadBalancerId, VirtualIpSpec vip) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        Objects.requireNonNull(vip, "vip must not be null");
        if (vip.sharedId().isPresent() || vip.ipVersion().orElse(null) != IpVersion.IPV6) {
            throw new IllegalArgumentException("vip must be a new IPV6 address (VirtualIpSpec.of(type, IpVersion.IPV6)):"
                    + " a running balancer takes no IPv4 or shared address, was " + vip);
        }
        ApiResponse response = change(id, "addVirtualIp", HttpMethod.POST,
                request -> request.path("/loadbalancers/{id}/virtualips", id).jsonBody(Json.write(vip.toJson())));
        return new VirtualIp(this, id, response.json());
    }

    /**
     * pyrax's {@code vip.delete()}; returns once the balancer is ACTIVE again. The server refuses
     * to delete a balancer's last virtual IP.
     *
     * @param loadBalancerId the balancer's id
     * @param virtualIpId the virtual IP to remove
     */
    public void deleteVirtualIp(String loadBalancerId, String virtualIpId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        String vip = LoadBalancerLimits.id(virtualIpId, "virtualIpId");
        change(id, "deleteVirtualIp", HttpMethod.DELETE,
                request -> request.path("/loadbalancers/{id}/virtualips/{vip}", id, vip));
    }

    // ---------------------------------------------------------------- metadata

    /**
     * pyrax's {@code lb.get_metadata()}.
     *
     * @param loadBalancerId the balancer's id
     * @return its metadata, empty when it has none
     */
    public Map<String, String> getMetadata(String loadBalancerId) {
        return MetadataItem.toMap(metadataItems(metadataPath(loadBalancerId, null)));
    }

    /**
     * pyrax's {@code lb.set_metadata(...)}: removes every key, then adds these.
     *
     * @param loadBalancerId the balancer's id
     * @param metadata the new metadata; keys and values of at most 256 characters
     */
    public void setMetadata(String loadBalancerId, Map<String, String> metadata) {
        setMetadata(metadataPath(loadBalancerId, null), metadata);
    }

    /**
     * pyrax's {@code lb.update_metadata(...)}: changes the keys it has, adds the others, keeps the rest.
     *
     * @param loadBalancerId the balancer's id
     * @param metadata the keys to add or change
     */
    public void updateMetadata(String loadBalancerId, Map<String, String> metadata) {
        updateMetadata(metadataPath(loadBalancerId, null), metadata);
    }

    /**
     * pyrax's {@code lb.delete_metadata()}: removes every key.
     *
     * @param loadBalancerId the balancer's id
     */
    public void deleteMetadata(String loadBalancerId) {
        deleteMetadata(metadataPath(loadBalancerId, null), null);
    }

    /**
     * pyrax's {@code lb.delete_metadata(keys)}: removes these keys; keys it does not have are ignored.
     *
     * @param loadBalancerId the balancer's id
     * @param keys the keys to remove
     */
    public void deleteMetadata(String loadBalancerId, Collection<String> keys) {
        deleteMetadata(metadataPath(loadBalancerId, null), checkedKeys(keys));
    }

    /**
     * pyrax's {@code lb.get_metadata_for_node(node)}.
     *
     * @param loadBalancerId the balancer's id
     * @param nodeId the node's id
     * @return the node's metadata
     */
    public Map<String, String> getNodeMetadata(String loadBalancerId, String nodeId) {
        return MetadataItem.toMap(metadataItems(metadataPath(loadBalancerId, nodeId)));
    }

    /**
     * pyrax's {@code lb.set_metadata_for_node(node, ...)}: removes every key of the node, then adds these.
     *
     * @param loadBalancerId the balancer's id
     * @param nodeId the node's id
     * @param metadata the new metadata
     */
    public void setNodeMetadata(String loadBalancerId, String nodeId, Map<String, String> metadata) {
        setMetadata(metadataPath(loadBalancerId, nodeId), metadata);
    }

    /**
     * pyrax's {@code lb.update_metadata_for_node(node, ...)}.
     *
     * @param loadBalancerId the balancer's id
     * @param nodeId the node's id
     * @param metadata the keys to add or change
     */
    public void updateNodeMetadata(String loadBalancerId, String nodeId, Map<String, String> metadata) {
        updateMetadata(metadataPath(loadBalancerId, nodeId), metadata);
    }

    /**
     * pyrax's {@code lb.delete_metadata_for_node(node)}: removes every key of the node.
     *
     * @param loadBalancerId the balancer's id
     * @param nodeId the node's id
     */
    public void deleteNodeMetadata(String loadBalancerId, String nodeId) {
        deleteMetadata(metadataPath(loadBalancerId, nodeId), null);
    }

    /**
     * pyrax's {@code lb.delete_metadata_for_node(node, keys)}.
     *
     * @param loadBalancerId the balancer's id
     * @param nodeId the node's id
     * @param keys the keys to remove
     */
    public void deleteNodeMetadata(String loadBalancerId, String nodeId, Collection<String> keys) {
        deleteMetadata(metadataPath(loadBalancerId, nodeId), checkedKeys(keys));
    }

    /** Where a balancer's (or a node's) metadata lives; the balancer's turn serializes both. */
    private record MetadataPath(String loadBalancerId, @Nullable String nodeId) {

        ApiRequest.Builder apply(ApiRequest.Builder request) {
            return nodeId == null ? request.path("/loadbalancers/{id}/metadata", loadBalancerId)
                    : request.path("/loadbalancers/{id}/nodes/{node}/metadata", loadBalancerId, nodeId);
        }

        ApiRequest.Builder item(ApiRequest.Builder request, String metaId) {
            return nodeId == null ? request.path("/loadbalancers/{id}/metadata/{meta}", loadBalancerId, metaId)
                    : request.path("/loadbalancers/{id}/nodes/{node}/metadata/{meta}", loadBalancerId, nodeId, metaId);
        }

        String operation(String verb) {
            return verb + (nodeId == null ? "Metadata" : "NodeMetadata");
        }
    }

    private static MetadataPath metadataPath(String loadBalancerId, @Nullable String nodeId) {
        return new MetadataPath(LoadBalancerLimits.id(loadBalancerId, "loadBalancerId"),
                nodeId == null ? null : LoadBalancerLimits.id(nodeId, "nodeId"));
    }

    private List<MetadataItem> metadataItems(MetadataPath path) {
        return MetadataItem.read(call(HttpMethod.GET, path.operation("get"), path::apply).json().path("metadata"));
    }

    private void setMetadata(MetadataPath path, Map<String, String> metadata) {
        Map<String, String> checked = LoadBalancerLimits.metadata(metadata, "metadata");
        mutations.run(this, path.loadBalancerId(), false, () -> {
            deleteItems(path, metadataItems(path));
            if (!checked.isEmpty()) {
                addItems(path, checked);
            }
            return null;
        });
    }

    private void updateMetadata(MetadataPath path, Map<String, String> metadata) {
        Map<String, String> checked = LoadBalancerLimits.metadata(metadata, "metadata");
        mutations.run(this, path.loadBalancerId(), false, () -> {
            Map<String, String> idsByKey = new LinkedHashMap<>();
            metadataItems(path).forEach(item -> idsByKey.put(item.key(), item.id()));
            Map<String, String> added = new LinkedHashMap<>();
            checked.forEach((key, value) -> {
                String metaId = idsByKey.get(key);
                if (metaId == null) {
                    added.put(key, value);
                } else {
                    ObjectNode body = Json.object();
                    body.putObject("meta").put("value", value);
                    call(HttpMethod.PUT, path.operation("update"), request -> path.item(request, metaId)
                            .jsonBody(Json.write(body)));
                }
            });
            if (!added.isEmpty()) {
                addItems(path, added);
            }
            return null;
        });
    }

    private void deleteMetadata(MetadataPath path, @Nullable List<String> keys) {
        mutations.run(this, path.loadBalancerId(), false, () -> {
            List<MetadataItem> items = metadataItems(path);
            deleteItems(path, keys == null ? items : items.stream().filter(item -> keys.contains(item.key())).toList());
            return null;
        });
    }

    private void addItems(MetadataPath path, Map<String, String> metadata) {
        ObjectNode body = Json.object();
        body.set("metadata", metadataItems(metadata));
        call(HttpMethod.POST, path.operation("add"), request -> path.apply(request).jsonBody(Json.write(body)));
    }

    private void deleteItems(MetadataPath path, List<MetadataItem> items) {
        for (List<String> batch : batches(items.stream().map(MetadataItem::id).toList())) {
            call(HttpMethod.DELETE, path.operation("delete"), request -> withIds(path.apply(request), batch));
        }
    }

    private static ArrayNode metadataItems(Map<String, String> metadata) {
        ArrayNode items = Json.array();
        metadata.forEach((key, value) -> items.addObject().put("key", key).put("value", value));
        return items;
    }

    private static List<String> checkedKeys(Collection<String> keys) {
        Objects.requireNonNull(keys, "keys must not be null");
        return keys.stream().map(key -> LoadBalancerLimits.text(key, "keys")).toList();
    }

    // ---------------------------------------------------------------- usage and statistics

    /**
     * pyrax's {@code lb.get_usage()}: every usage record of the balancer (90 days are kept).
     *
     * @param loadBalancerId the balancer's id
     * @return its records
     */
    public List<UsageRecord> getUsage(String loadBalancerId) {
        return getUsage(loadBalancerId, UsageOptions.defaults());
    }

    /**
     * pyrax's {@code lb.get_usage(start=, end=)}.
     *
     * @param loadBalancerId the balancer's id
     * @param period the records' period
     * @return its records in the period
     */
    public List<UsageRecord> getUsage(String loadBalancerId, UsageOptions period) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        Objects.requireNonNull(period, "period must not be null");
        JsonNode body = call(HttpMethod.GET, "getUsage", request -> period(request.path("/loadbalancers/{id}/usage", id),
                period)).json();
        return JsonModels.readList(body.path("loadBalancerUsageRecords"), UsageRecord.class);
    }

    /**
     * The usage of the balancer within the last 24 hours.
     *
     * @param loadBalancerId the balancer's id
     * @return its current records
     */
    public List<UsageRecord> getCurrentUsage(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        JsonNode body = call(HttpMethod.GET, "getCurrentUsage", request -> request.path("/loadbalancers/{id}/usage/current",
                id)).json();
        return JsonModels.readList(body.path("loadBalancerUsageRecords"), UsageRecord.class);
    }

    /**
     * pyrax's {@code clb.get_usage()}: the account's usage, the last 24 hours of it.
     *
     * @return the account's usage
     */
    public AccountUsage getAccountUsage() {
        return getAccountUsage(UsageOptions.defaults());
    }

    /**
     * pyrax's {@code clb.get_usage(start=, end=)}: the account's usage in a period (90 days are kept).
     *
     * @param period the period
     * @return the account's usage
     */
    public AccountUsage getAccountUsage(UsageOptions period) {
        Objects.requireNonNull(period, "period must not be null");
        JsonNode body = call(HttpMethod.GET, "getAccountUsage", request -> period(request.path("/loadbalancers/usage"),
                period)).json();
        ObjectNode usage = Json.object();
        usage.set("accountId", body.path("accountId"));
        usage.set("accountUsageRecords", body.path("accountUsage").path("accountUsageRecords"));
        usage.set("loadBalancerUsages", body.path("loadBalancerUsages"));
        return Objects.requireNonNull(JsonModels.read(usage, AccountUsage.class));
    }

    private static ApiRequest.Builder period(ApiRequest.Builder request, UsageOptions period) {
        period.startParameter().ifPresent(value -> request.query("startTime", value));
        period.endParameter().ifPresent(value -> request.query("endTime", value));
        return request;
    }

    /**
     * pyrax's {@code lb.get_stats()}.
     *
     * @param loadBalancerId the balancer's id
     * @return its connection statistics
     */
    public LoadBalancerStats getStats(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        return Objects.requireNonNull(JsonModels.read(call(HttpMethod.GET, "getStats",
                request -> request.path("/loadbalancers/{id}/stats", id)).json(), LoadBalancerStats.class));
    }

    // ---------------------------------------------------------------- health monitor

    /**
     * pyrax's {@code lb.get_health_monitor()}.
     *
     * @param loadBalancerId the balancer's id
     * @return its health monitor, or empty when it has none
     */
    public Optional<HealthMonitor> getHealthMonitor(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        return HealthMonitor.fromJson(call(HttpMethod.GET, "getHealthMonitor",
                request -> request.path("/loadbalancers/{id}/healthmonitor", id)).json().path("healthMonitor"));
    }

    /**
     * pyrax's {@code lb.add_health_monitor(type=, ...)}: sets the balancer's monitor, replacing
     * the one it has; returns once the balancer is ACTIVE again. An HTTP monitor needs an HTTP
     * balancer and an HTTPS monitor an HTTPS one (the handle's form checks it first).
     *
     * @param loadBalancerId the balancer's id
     * @param monitor the monitor
     */
    public void addHealthMonitor(String loadBalancerId, HealthMonitor monitor) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        Objects.requireNonNull(monitor, "monitor must not be null");
        ObjectNode body = Json.object();
        body.set("healthMonitor", monitor.toJson());
        change(id, "updateHealthMonitor", HttpMethod.PUT, request -> request.path("/loadbalancers/{id}/healthmonitor", id)
                .jsonBody(Json.write(body)));
    }

    /**
     * pyrax's {@code lb.delete_health_monitor()}; returns once the balancer is ACTIVE again.
     *
     * @param loadBalancerId the balancer's id
     */
    public void deleteHealthMonitor(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        change(id, "deleteHealthMonitor", HttpMethod.DELETE, request -> request.path("/loadbalancers/{id}/healthmonitor", id));
    }

    // ---------------------------------------------------------------- session persistence

    /**
     * pyrax's {@code lb.session_persistence} (the chapter's {@code sp_mgr.get()}).
     *
     * @param loadBalancerId the balancer's id
     * @return its persistence mode, or empty when it has none
     */
    public Optional<PersistenceType> getSessionPersistence(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        LoadBalancerFields.Persistence persistence = JsonModels.read(call(HttpMethod.GET, "getSessionPersistence",
                request -> request.path("/loadbalancers/{id}/sessionpersistence", id)).json().path("sessionPersistence"),
                LoadBalancerFields.Persistence.class);
        return persistence == null ? Optional.empty() : Optional.ofNullable(persistence.persistenceType());
    }

    /**
     * pyrax's {@code lb.session_persistence = "HTTP_COOKIE"} (the chapter's {@code sp_mgr.add(sp)});
     * returns once the balancer is ACTIVE again.
     *
     * @param loadBalancerId the balancer's id
     * @param type HTTP_COOKIE (HTTP balancers) or SOURCE_IP (others)
     */
    public void setSessionPersistence(String loadBalancerId, PersistenceType type) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        LoadBalancerLimits.known(type, "type");
        ObjectNode body = Json.object();
        body.putObject("sessionPersistence").put("persistenceType", type.name());
        change(id, "enableSessionPersistence", HttpMethod.PUT,
                request -> request.path("/loadbalancers/{id}/sessionpersistence", id).jsonBody(Json.write(body)));
    }

    /**
     * pyrax's {@code lb.session_persistence = ""} (the chapter's {@code sp_mgr.delete()}); returns
     * once the balancer is ACTIVE again.
     *
     * @param loadBalancerId the balancer's id
     */
    public void deleteSessionPersistence(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        change(id, "disableSessionPersistence", HttpMethod.DELETE,
                request -> request.path("/loadbalancers/{id}/sessionpersistence", id));
    }

    // ---------------------------------------------------------------- connection logging and content caching

    /**
     * pyrax's {@code lb.connection_logging} (the chapter's {@code cl_mgr.get()}).
     *
     * @param loadBalancerId the balancer's id
     * @return whether its logs go to Cloud Files
     */
    public boolean getConnectionLogging(String loadBalancerId) {
        return switchOf(loadBalancerId, "getConnectionLogging", "/loadbalancers/{id}/connectionlogging", "connectionLogging");
    }

    /**
     * pyrax's {@code lb.connection_logging = True} (the chapter's {@code cl_mgr.enable()} and
     * {@code disable()}); returns once the balancer is ACTIVE again.
     *
     * @param loadBalancerId the balancer's id
     * @param enabled whether its logs go to Cloud Files (not for UDP, UDP_STREAM, DNS_UDP)
     */
    public void setConnectionLogging(String loadBalancerId, boolean enabled) {
        setSwitch(loadBalancerId, "setConnectionLogging", "/loadbalancers/{id}/connectionlogging", "connectionLogging", enabled);
    }

    /**
     * pyrax's {@code lb.content_caching}.
     *
     * @param loadBalancerId the balancer's id
     * @return whether content caching is on
     */
    public boolean getContentCaching(String loadBalancerId) {
        return switchOf(loadBalancerId, "getContentCaching", "/loadbalancers/{id}/contentcaching", "contentCaching");
    }

    /**
     * pyrax's {@code lb.content_caching = True}; returns once the balancer is ACTIVE again.
     *
     * @param loadBalancerId the balancer's id
     * @param enabled whether recently read content is served by the balancer (HTTP balancers only)
     */
    public void setContentCaching(String loadBalancerId, boolean enabled) {
        setSwitch(loadBalancerId, "setContentCaching", "/loadbalancers/{id}/contentcaching", "contentCaching", enabled);
    }

    private boolean switchOf(String loadBalancerId, String operation, String path, String field) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        LoadBalancerFields.Switch value = JsonModels.read(call(HttpMethod.GET, operation,
                request -> request.path(path, id)).json().path(field), LoadBalancerFields.Switch.class);
        return value != null && Boolean.TRUE.equals(value.enabled());
    }

    private void setSwitch(String loadBalancerId, String operation, String path, String field, boolean enabled) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        ObjectNode body = Json.object();
        body.putObject(field).put("enabled", enabled);
        change(id, operation, HttpMethod.PUT, request -> request.path(path, id).jsonBody(Json.write(body)));
    }

    // ---------------------------------------------------------------- connection throttling

    /**
     * pyrax's {@code lb.get_connection_throttle()}.
     *
     * @param loadBalancerId the balancer's id
     * @return its throttle, or empty when it has none
     */
    public Optional<ConnectionThrottle> getConnectionThrottle(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        return ConnectionThrottle.fromJson(call(HttpMethod.GET, "getConnectionThrottle",
                request -> request.path("/loadbalancers/{id}/connectionthrottle", id)).json().path("connectionThrottle"));
    }

    /**
     * pyrax's {@code lb.add_connection_throttle(...)}: creates the throttle (give all four
     * limits) or changes the limits given; returns once the balancer is ACTIVE again.
     *
     * @param loadBalancerId the balancer's id
     * @param throttle the limits
     */
    public void addConnectionThrottle(String loadBalancerId, ConnectionThrottle throttle) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        Objects.requireNonNull(throttle, "throttle must not be null");
        ObjectNode body = Json.object();
        body.set("connectionThrottle", throttle.toJson());
        change(id, "updateConnectionThrottle", HttpMethod.PUT,
                request -> request.path("/loadbalancers/{id}/connectionthrottle", id).jsonBody(Json.write(body)));
    }

    /**
     * pyrax's {@code lb.delete_connection_throttle()}; returns once the balancer is ACTIVE again.
     *
     * @param loadBalancerId the balancer's id
     */
    public void deleteConnectionThrottle(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        change(id, "deleteConnectionThrottle", HttpMethod.DELETE,
                request -> request.path("/loadbalancers/{id}/connectionthrottle", id));
    }

    // ---------------------------------------------------------------- SSL termination

    /**
     * pyrax's {@code lb.get_ssl_termination()}.
     *
     * @param loadBalancerId the balancer's id
     * @return its SSL termination, or empty when it has none (the API answers 404 then, which
     *     pyrax read as none too)
     */
    public Optional<SslTermination> getSslTermination(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        try {
            JsonNode ssl = call(HttpMethod.GET, "getSslTermination",
                    request -> request.path("/loadbalancers/{id}/ssltermination", id)).json().path("sslTermination");
            return ssl.isObject() && !ssl.isEmpty() ? Optional.of(SslTermination.fromJson(ssl)) : Optional.empty();
        } catch (NotFoundException none) {
            return Optional.empty();
        }
    }

    /**
     * pyrax's {@code lb.add_ssl_termination(securePort=, privatekey=, certificate=, ...)}; returns
     * once the balancer is ACTIVE again.
     *
     * @param loadBalancerId the balancer's id
     * @param ssl the port, key, certificates and switches
     */
    public void addSslTermination(String loadBalancerId, SslTerminationOptions ssl) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        Objects.requireNonNull(ssl, "ssl must not be null");
        ObjectNode body = Json.object();
        body.set("sslTermination", ssl.toJson());
        change(id, "addSslTermination", HttpMethod.PUT, request -> request.path("/loadbalancers/{id}/ssltermination", id)
                .jsonBody(Json.write(body)));
    }

    /**
     * pyrax's {@code lb.update_ssl_termination(securePort=, enabled=, secureTrafficOnly=)}: the
     * certificates and key are kept; returns once the balancer is ACTIVE again.
     *
     * @param loadBalancerId the balancer's id
     * @param update what to change
     */
    public void updateSslTermination(String loadBalancerId, SslTerminationUpdate update) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        Objects.requireNonNull(update, "update must not be null");
        ObjectNode body = Json.object();
        body.set("sslTermination", update.toJson());
        change(id, "updateSslTermination", HttpMethod.PUT, request -> request.path("/loadbalancers/{id}/ssltermination", id)
                .jsonBody(Json.write(body)));
    }

    /**
     * pyrax's {@code lb.delete_ssl_termination()}; returns once the balancer is ACTIVE again.
     *
     * @param loadBalancerId the balancer's id
     */
    public void deleteSslTermination(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        change(id, "deleteSslTermination", HttpMethod.DELETE, request -> request.path("/loadbalancers/{id}/ssltermination", id));
    }

    // ---------------------------------------------------------------- access list

    /**
     * pyrax's {@code lb.get_access_list()}.
     *
     * @param loadBalancerId the balancer's id
     * @return its access list, with the items' ids; empty when it has none
     */
    public List<NetworkItem> getAccessList(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        List<NetworkItem> items = new ArrayList<>();
        for (JsonNode item : call(HttpMethod.GET, "getAccessList", request -> request.path("/loadbalancers/{id}/accesslist", id))
                .json().path("accessList")) {
            NetworkItemFields fields = Objects.requireNonNull(JsonModels.read(item, NetworkItemFields.class));
            items.add(NetworkItem.read(fields.id(), fields.address(), fields.type()));
        }
        return List.copyOf(items);
    }

    /**
     * pyrax's {@code lb.add_access_list([...])}: adds the items to the access list (creating it);
     * returns once the balancer is ACTIVE again. An access list holds 100 items at most, each
     * address once.
     *
     * @param loadBalancerId the balancer's id
     * @param items the items, 1 to 100
     */
    public void addAccessList(String loadBalancerId, List<NetworkItem> items) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        Objects.requireNonNull(items, "items must not be null");
        if (items.isEmpty() || items.size() > LoadBalancerLimits.MAX_ACCESS_LIST) {
            throw new IllegalArgumentException("items must hold 1 to " + LoadBalancerLimits.MAX_ACCESS_LIST
                    + " network items, had " + items.size());
        }
        ArrayNode array = Json.array();
        items.forEach(item -> array.add(Objects.requireNonNull(item, "items must not contain null").toJson()));
        ObjectNode body = Json.object();
        body.set("accessList", array);
        change(id, "addAccessList", HttpMethod.POST, request -> request.path("/loadbalancers/{id}/accesslist", id)
                .jsonBody(Json.write(body)));
    }

    /**
     * pyrax's {@code lb.delete_access_list_items(ids)}: as pyrax, reads the access list first and
     * refuses ids it does not hold; then deletes in batches of 10 (the API's limit per request),
     * each once the balancer is ACTIVE again.
     *
     * @param loadBalancerId the balancer's id
     * @param itemIds the ids of the items to remove
     * @throws NotFoundException when an id is not in the access list (nothing is deleted)
     */
    public void deleteAccessListItems(String loadBalancerId, Collection<String> itemIds) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        List<String> ids = LoadBalancerLimits.ids(itemIds, "itemIds");
        List<String> held = getAccessList(id).stream().map(item -> item.id().orElse("")).toList();
        List<String> unknown = ids.stream().filter(item -> !held.contains(item)).toList();
        if (!unknown.isEmpty()) {
            throw new NotFoundException("load balancer " + id + ": the access list has no item " + String.join(", ", unknown)
                    + " (pyrax's AccessListIDNotFound); nothing was deleted");
        }
        for (List<String> batch : batches(ids)) {
            change(id, "deleteAccessListItems", HttpMethod.DELETE,
                    request -> withIds(request.path("/loadbalancers/{id}/accesslist", id), batch));
        }
    }

    /**
     * pyrax's {@code lb.delete_access_list()}: removes every item; returns once the balancer is
     * ACTIVE again.
     *
     * @param loadBalancerId the balancer's id
     */
    public void deleteAccessList(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        change(id, "deleteAccessList", HttpMethod.DELETE, request -> request.path("/loadbalancers/{id}/accesslist", id));
    }

    /** An access list item as the API lists it. */
    record NetworkItemFields(@Nullable String id, @Nullable String address, @Nullable NetworkItemType type) {
    }

    // ---------------------------------------------------------------- error page

    /**
     * pyrax's {@code lb.get_error_page()}: the HTML shown when no node can answer; Rackspace's
     * default page unless a custom one is set.
     *
     * @param loadBalancerId the balancer's id
     * @return the page's HTML
     */
    public String getErrorPage(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        JsonNode content = call(HttpMethod.GET, "getErrorPage", request -> request.path("/loadbalancers/{id}/errorpage", id))
                .json().path("errorpage").path("content");
        return content.isValueNode() && !content.isNull() ? content.asString() : "";
    }

    /**
     * pyrax's {@code lb.set_error_page(html)} (HTTP balancers); returns once the balancer is
     * ACTIVE again.
     *
     * @param loadBalancerId the balancer's id
     * @param html the page's HTML
     */
    public void setErrorPage(String loadBalancerId, String html) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        LoadBalancerLimits.text(html, "html");
        ObjectNode body = Json.object();
        body.putObject("errorpage").put("content", html);
        change(id, "setErrorPage", HttpMethod.PUT, request -> request.path("/loadbalancers/{id}/errorpage", id)
                .jsonBody(Json.write(body)));
    }

    /**
     * pyrax's {@code lb.clear_error_page()}: back to Rackspace's default page; returns once the
     * balancer is ACTIVE again.
     *
     * @param loadBalancerId the balancer's id
     */
    public void clearErrorPage(String loadBalancerId) {
        String id = LoadBalancerLimits.id(loadBalancerId, "loadBalancerId");
        change(id, "deleteErrorPage", HttpMethod.DELETE, request -> request.path("/loadbalancers/{id}/errorpage", id));
    }

    // ---------------------------------------------------------------- health

    /** The health entry's read: one balancer of the listing (a cheap GET that proves the token and endpoint). */
    private Mono<Map<String, Object>> healthDetails() {
        return client.exchange(client.request(HttpMethod.GET, "listLoadBalancers").path("/loadbalancers")
                .query("limit", 1)).map(response -> {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("region", String.valueOf(client.region()));
                    details.put("interface", client.endpointInterface());
                    return details;
                });
    }

    @Override
    public String toString() {
        return "CloudLoadBalancers[region=" + client.region() + ", interface=" + client.endpointInterface() + "]";
    }

    // ---------------------------------------------------------------- plumbing

    /** A change of a balancer: its turn, a 422 retried, and the wait for ACTIVE after it. */
    private ApiResponse change(String loadBalancerId, String operation, HttpMethod method,
            Function<ApiRequest.Builder, ApiRequest.Builder> spec) {
        return mutations.run(this, loadBalancerId, true, () -> call(method, operation, spec));
    }

    private ApiResponse call(HttpMethod method, String operation, Function<ApiRequest.Builder, ApiRequest.Builder> spec) {
        return Transport.blockValue(send(method, operation, spec));
    }

    private Mono<ApiResponse> send(HttpMethod method, String operation, Function<ApiRequest.Builder, ApiRequest.Builder> spec) {
        return client.exchange(spec.apply(client.request(method, operation)));
    }

    private static ApiRequest.Builder withIds(ApiRequest.Builder request, List<String> ids) {
        ids.forEach(id -> request.query("id", id));
        return request;
    }

    private static List<List<String>> batches(List<String> ids) {
        List<List<String>> batches = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += LoadBalancerLimits.BATCH_DELETE) {
            batches.add(ids.subList(start, Math.min(ids.size(), start + LoadBalancerLimits.BATCH_DELETE)));
        }
        return batches;
    }
}
