package org.cloudsdk.loadbalancer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.http.Json;
import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A load balancer as the API last described it (pyrax's {@code CloudLoadBalancer}): an immutable
 * snapshot with its nodes and virtual IPs as handles, and the operations pyrax put on it.
 * {@link #reload()} (pyrax's {@code clb.get(lb.id)}) returns a fresh snapshot, and
 * {@code Waiter.shared().waitForBuild(lb)} waits for a new balancer to be ACTIVE. Every field of
 * the response is kept ({@link #attribute(String)}, {@link #json()}).
 *
 * <p>Each change made through it returns once the balancer is ACTIVE again (see
 * {@link CloudLoadBalancers}); the snapshot itself stays as it was: reload it to see the change.
 */
public final class LoadBalancer extends Resource<LoadBalancer> {

    private final CloudLoadBalancers balancers;
    private final LoadBalancerFields fields;
    private final List<Node> nodes;
    private final List<VirtualIp> virtualIps;

    LoadBalancer(CloudLoadBalancers balancers, JsonNode json) {
        super(json);
        this.balancers = Objects.requireNonNull(balancers, "balancers must not be null");
        this.fields = readFields(LoadBalancerFields.class);
        List<Node> readNodes = new ArrayList<>();
        for (JsonNode node : json.path("nodes")) {
            readNodes.add(new Node(balancers, fields.id(), node));
        }
        this.nodes = List.copyOf(readNodes);
        List<VirtualIp> readVips = new ArrayList<>();
        for (JsonNode vip : json.path("virtualIps")) {
            readVips.add(new VirtualIp(balancers, fields.id(), vip));
        }
        this.virtualIps = List.copyOf(readVips);
    }

    /** A handle knowing only the id, to poll the balancer's status. */
    static LoadBalancer placeholder(CloudLoadBalancers balancers, String id) {
        return new LoadBalancer(balancers, Json.object().put("id", id));
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its name */
    public @Nullable String name() {
        return fields.name();
    }

    /** @return its status as the API writes it: {@code ACTIVE}, {@code BUILD}, {@code PENDING_UPDATE}... */
    public @Nullable String status() {
        return fields.status();
    }

    /** @return its status; {@link LoadBalancerStatus#UNKNOWN} for one this SDK does not know, or none */
    public LoadBalancerStatus statusValue() {
        String status = fields.status();
        if (status == null) {
            return LoadBalancerStatus.UNKNOWN;
        }
        return Arrays.stream(LoadBalancerStatus.values()).filter(value -> value.name().equals(status)).findFirst()
                .orElse(LoadBalancerStatus.UNKNOWN);
    }

    /** @return the protocol balanced, such as {@code HTTP} */
    public @Nullable String protocol() {
        return fields.protocol();
    }

    /** @return the port it listens on */
    public Optional<Integer> port() {
        return Optional.ofNullable(fields.port());
    }

    /** @return the algorithm spreading connections over the nodes, such as {@code RANDOM} */
    public @Nullable String algorithm() {
        return fields.algorithm();
    }

    /** @return its timeout with the nodes, in seconds */
    public Optional<Integer> timeout() {
        return Optional.ofNullable(fields.timeout());
    }

    /** @return whether half-closed connections are supported */
    public Optional<Boolean> halfClosed() {
        return Optional.ofNullable(fields.halfClosed());
    }

    /** @return whether HTTP requests are redirected to HTTPS */
    public Optional<Boolean> httpsRedirect() {
        return Optional.ofNullable(fields.httpsRedirect());
    }

    /** @return how many nodes it has ({@code nodeCount} of a listing, or its nodes' count) */
    public int nodeCount() {
        return fields.nodeCount() != null ? fields.nodeCount() : nodes.size();
    }

    /** @return pyrax's {@code lb.nodes}: its nodes (empty in a listing's snapshot: reload it) */
    public List<Node> nodes() {
        return nodes;
    }

    /** @return pyrax's {@code lb.virtual_ips}: its virtual IPs */
    public List<VirtualIp> virtualIps() {
        return virtualIps;
    }

    /** @return when it was created */
    public @Nullable Instant created() {
        return fields.created() == null ? null : fields.created().time();
    }

    /** @return when it last changed */
    public @Nullable Instant updated() {
        return fields.updated() == null ? null : fields.updated().time();
    }

    /** @return pyrax's {@code lb.cluster}: the name of the cluster it runs on */
    public Optional<String> cluster() {
        return Optional.ofNullable(fields.cluster()).map(LoadBalancerFields.Cluster::name);
    }

    /** @return the addresses its traffic to the nodes comes from ({@code ipv4Public}, {@code ipv4Servicenet}, {@code ipv6Public}) */
    public Map<String, String> sourceAddresses() {
        return fields.sourceAddresses();
    }

    /** @return its session persistence as this snapshot shows it, if any */
    public Optional<PersistenceType> sessionPersistence() {
        return Optional.ofNullable(fields.sessionPersistence())
                .map(LoadBalancerFields.Persistence::persistenceType);
    }

    /** @return whether connection logging is on, as this snapshot shows it */
    public Optional<Boolean> connectionLogging() {
        return Optional.ofNullable(fields.connectionLogging()).map(LoadBalancerFields.Switch::enabled);
    }

    /** @return whether content caching is on, as this snapshot shows it */
    public Optional<Boolean> contentCaching() {
        return Optional.ofNullable(fields.contentCaching()).map(LoadBalancerFields.Switch::enabled);
    }

    /**
     * The balancer's absolute URL in the API, such as
     * {@code https://ord.loadbalancers.api.rackspacecloud.com/v1.0/123456/loadbalancers/2000}:
     * what Cloud DNS takes to manage the balancer's PTR records.
     *
     * @return the URL
     */
    public String url() {
        return balancers.url(id());
    }

    /** @return the client this snapshot came from */
    public CloudLoadBalancers loadBalancers() {
        return balancers;
    }

    @Override
    public CompletableFuture<LoadBalancer> reloadAsync() {
        return balancers.getAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "loadbalancer";
    }

    // ---------------------------------------------------------------- the balancer

    /** pyrax's {@code lb.delete()}: asks for its deletion (it goes PENDING_DELETE, then DELETED). */
    public void delete() {
        balancers.delete(id());
    }

    /**
     * pyrax's {@code lb.update(name=, algorithm=, protocol=, halfClosed=, port=, timeout=, httpsRedirect=)}.
     *
     * @param update what to change
     */
    public void update(LoadBalancerUpdate update) {
        balancers.update(id(), update);
    }

    // ---------------------------------------------------------------- nodes and virtual IPs

    /**
     * pyrax's {@code lb.add_nodes([...])}.
     *
     * @param nodes the nodes to add
     * @return the added nodes, with their ids
     */
    public List<Node> addNodes(NodeSpec... nodes) {
        return balancers.addNodes(id(), Arrays.asList(nodes));
    }

    /**
     * pyrax's {@code lb.add_nodes(nodes)}.
     *
     * @param nodes the nodes to add
     * @return the added nodes, with their ids
     */
    public List<Node> addNodes(List<NodeSpec> nodes) {
        return balancers.addNodes(id(), nodes);
    }

    /** @return its nodes, read now */
    public List<Node> listNodes() {
        return balancers.listNodes(id());
    }

    /** @param nodeId pyrax's {@code lb.delete_node(node)}: the node to remove */
    public void deleteNode(String nodeId) {
        balancers.deleteNode(id(), nodeId);
    }

    /** @param nodeIds the nodes to remove, in bulk */
    public void deleteNodes(Collection<String> nodeIds) {
        balancers.deleteNodes(id(), nodeIds);
    }

    /**
     * pyrax's {@code lb.update_node(node)}.
     *
     * @param nodeId the node
     * @param update its new condition, weight or type
     */
    public void updateNode(String nodeId, NodeUpdate update) {
        balancers.updateNode(id(), nodeId, update);
    }

    /**
     * pyrax's {@code lb.add_virtualip(vip)}: only IPv6 addresses can be added to a running balancer.
     *
     * @param vip the address to add
     * @return the added virtual IP
     */
    public VirtualIp addVirtualIp(VirtualIpSpec vip) {
        return balancers.addVirtualIp(id(), vip);
    }

    /** @param virtualIpId pyrax's {@code lb.delete_virtualip(vip)}: the virtual IP to remove */
    public void deleteVirtualIp(String virtualIpId) {
        balancers.deleteVirtualIp(id(), virtualIpId);
    }

    // ---------------------------------------------------------------- usage and statistics

    /** @return pyrax's {@code lb.get_usage()}: all of its usage records */
    public List<UsageRecord> getUsage() {
        return balancers.getUsage(id());
    }

    /**
     * @param period pyrax's {@code start} and {@code end}
     * @return pyrax's {@code lb.get_usage(start=, end=)}: its usage records in the period
     */
    public List<UsageRecord> getUsage(UsageOptions period) {
        return balancers.getUsage(id(), period);
    }

    /** @return pyrax's {@code lb.get_stats()}: its connection statistics */
    public LoadBalancerStats getStats() {
        return balancers.getStats(id());
    }

    // ---------------------------------------------------------------- health monitor

    /** @return pyrax's {@code lb.get_health_monitor()}: its monitor, or empty when it has none */
    public Optional<HealthMonitor> getHealthMonitor() {
        return balancers.getHealthMonitor(id());
    }

    /**
     * pyrax's {@code lb.add_health_monitor(...)}. As pyrax, an HTTP or HTTPS monitor must match
     * the balancer's protocol, checked against this snapshot before any request.
     *
     * @param monitor the monitor, replacing the one it has
     * @throws IllegalArgumentException when an HTTP(S) monitor's type is not the balancer's protocol
     */
    public void addHealthMonitor(HealthMonitor monitor) {
        Objects.requireNonNull(monitor, "monitor must not be null");
        String protocol = protocol();
        if (monitor.type() != HealthMonitorType.CONNECT && protocol != null && !monitor.type().name().equals(protocol)) {
            throw new IllegalArgumentException("monitor: a " + monitor.type() + " health monitor needs a " + monitor.type()
                    + " balancer, and load balancer " + id() + " balances " + protocol + " (pyrax's ProtocolMismatch)");
        }
        balancers.addHealthMonitor(id(), monitor);
    }

    /** pyrax's {@code lb.delete_health_monitor()}. */
    public void deleteHealthMonitor() {
        balancers.deleteHealthMonitor(id());
    }

    // ---------------------------------------------------------------- settings

    /** @return pyrax's {@code lb.session_persistence}, read now: its mode, or empty when it has none */
    public Optional<PersistenceType> getSessionPersistence() {
        return balancers.getSessionPersistence(id());
    }

    /** @param type pyrax's {@code lb.session_persistence = type}: HTTP_COOKIE or SOURCE_IP */
    public void setSessionPersistence(PersistenceType type) {
        balancers.setSessionPersistence(id(), type);
    }

    /** pyrax's {@code lb.session_persistence = ""}: no session persistence. */
    public void deleteSessionPersistence() {
        balancers.deleteSessionPersistence(id());
    }

    /** @return pyrax's {@code lb.connection_logging}, read now */
    public boolean getConnectionLogging() {
        return balancers.getConnectionLogging(id());
    }

    /** @param enabled pyrax's {@code lb.connection_logging = enabled} */
    public void setConnectionLogging(boolean enabled) {
        balancers.setConnectionLogging(id(), enabled);
    }

    /** @return pyrax's {@code lb.content_caching}, read now */
    public boolean getContentCaching() {
        return balancers.getContentCaching(id());
    }

    /** @param enabled pyrax's {@code lb.content_caching = enabled} */
    public void setContentCaching(boolean enabled) {
        balancers.setContentCaching(id(), enabled);
    }

    /** @return pyrax's {@code lb.get_connection_throttle()}: its throttle, or empty when it has none */
    public Optional<ConnectionThrottle> getConnectionThrottle() {
        return balancers.getConnectionThrottle(id());
    }

    /** @param throttle pyrax's {@code lb.add_connection_throttle(...)}: the limits */
    public void addConnectionThrottle(ConnectionThrottle throttle) {
        balancers.addConnectionThrottle(id(), throttle);
    }

    /** pyrax's {@code lb.delete_connection_throttle()}. */
    public void deleteConnectionThrottle() {
        balancers.deleteConnectionThrottle(id());
    }

    // ---------------------------------------------------------------- SSL termination

    /** @return pyrax's {@code lb.get_ssl_termination()}: its SSL termination, or empty when it has none */
    public Optional<SslTermination> getSslTermination() {
        return balancers.getSslTermination(id());
    }

    /** @param ssl pyrax's {@code lb.add_ssl_termination(...)}: port, key, certificates, switches */
    public void addSslTermination(SslTerminationOptions ssl) {
        balancers.addSslTermination(id(), ssl);
    }

    /** @param update pyrax's {@code lb.update_ssl_termination(...)}: port and switches */
    public void updateSslTermination(SslTerminationUpdate update) {
        balancers.updateSslTermination(id(), update);
    }

    /** pyrax's {@code lb.delete_ssl_termination()}. */
    public void deleteSslTermination() {
        balancers.deleteSslTermination(id());
    }

    // ---------------------------------------------------------------- access list

    /** @return pyrax's {@code lb.get_access_list()}: its items, with their ids */
    public List<NetworkItem> getAccessList() {
        return balancers.getAccessList(id());
    }

    /** @param items pyrax's {@code lb.add_access_list([...])}: the items to add */
    public void addAccessList(List<NetworkItem> items) {
        balancers.addAccessList(id(), items);
    }

    /** @param itemIds pyrax's {@code lb.delete_access_list_items(ids)}: the items to remove */
    public void deleteAccessListItems(Collection<String> itemIds) {
        balancers.deleteAccessListItems(id(), itemIds);
    }

    /** @param itemId pyrax's {@code lb.delete_access_list_items(id)}: the item to remove */
    public void deleteAccessListItem(String itemId) {
        balancers.deleteAccessListItems(id(), List.of(itemId));
    }

    /** pyrax's {@code lb.delete_access_list()}: removes every item. */
    public void deleteAccessList() {
        balancers.deleteAccessList(id());
    }

    // ---------------------------------------------------------------- error page

    /** @return pyrax's {@code lb.get_error_page()}: the HTML shown when no node can answer */
    public String getErrorPage() {
        return balancers.getErrorPage(id());
    }

    /** @param html pyrax's {@code lb.set_error_page(html)}: a custom error page */
    public void setErrorPage(String html) {
        balancers.setErrorPage(id(), html);
    }

    /** pyrax's {@code lb.clear_error_page()}: back to the default page. */
    public void clearErrorPage() {
        balancers.clearErrorPage(id());
    }

    // ---------------------------------------------------------------- metadata

    /** @return pyrax's {@code lb.get_metadata()}: its metadata, read now */
    public Map<String, String> getMetadata() {
        return balancers.getMetadata(id());
    }

    /** @param metadata pyrax's {@code lb.set_metadata(...)}: replaces all of its metadata */
    public void setMetadata(Map<String, String> metadata) {
        balancers.setMetadata(id(), metadata);
    }

    /** @param metadata pyrax's {@code lb.update_metadata(...)}: adds or changes these keys, keeps the others */
    public void updateMetadata(Map<String, String> metadata) {
        balancers.updateMetadata(id(), metadata);
    }

    /** pyrax's {@code lb.delete_metadata()}: removes all of its metadata. */
    public void deleteMetadata() {
        balancers.deleteMetadata(id());
    }

    /** @param keys pyrax's {@code lb.delete_metadata(keys)}: removes these keys */
    public void deleteMetadata(Collection<String> keys) {
        balancers.deleteMetadata(id(), keys);
    }

    @Override
    public String toString() {
        return "LoadBalancer[id=" + id() + ", name=" + name() + ", status=" + status() + ", protocol=" + protocol()
                + ", port=" + fields.port() + ", algorithm=" + algorithm() + ", nodeCount=" + nodeCount() + "]";
    }
}
