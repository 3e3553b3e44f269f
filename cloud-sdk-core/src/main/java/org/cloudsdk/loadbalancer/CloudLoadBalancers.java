package org.cloudsdk.loadbalancer;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;
import org.cloudsdk.identity.ServiceType;
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
 * after it); a balancer that is {@code ERROR} or {@code SUSPENDED} ends the change at once with a
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
