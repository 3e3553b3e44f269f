package org.cloudsdk.docs;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cloudsdk.CloudContext;
import org.cloudsdk.CloudContextBuilder;
import org.cloudsdk.compute.Server;
import org.cloudsdk.loadbalancer.AccountUsage;
import org.cloudsdk.loadbalancer.CloudLoadBalancers;
import org.cloudsdk.loadbalancer.ConnectionThrottle;
import org.cloudsdk.loadbalancer.HealthMonitor;
import org.cloudsdk.loadbalancer.LoadBalancer;
import org.cloudsdk.loadbalancer.LoadBalancerCreateOptions;
import org.cloudsdk.loadbalancer.LoadBalancerFailedException;
import org.cloudsdk.loadbalancer.LoadBalancerSettings;
import org.cloudsdk.loadbalancer.LoadBalancerStats;
import org.cloudsdk.loadbalancer.LoadBalancerUpdate;
import org.cloudsdk.loadbalancer.NetworkItem;
import org.cloudsdk.loadbalancer.Node;
import org.cloudsdk.loadbalancer.NodeCondition;
import org.cloudsdk.loadbalancer.NodeSpec;
import org.cloudsdk.loadbalancer.NodeUpdate;
import org.cloudsdk.loadbalancer.PersistenceType;
import org.cloudsdk.loadbalancer.SslTerminationOptions;
import org.cloudsdk.loadbalancer.SslTerminationUpdate;
import org.cloudsdk.loadbalancer.UsageOptions;
import org.cloudsdk.loadbalancer.UsageRecord;
import org.cloudsdk.loadbalancer.VirtualIpSpec;
import org.cloudsdk.wait.WaitTimeoutException;
import org.cloudsdk.wait.Waiter;

/**
 * The examples of {@code docs/load-balancers.md}, as compiled code: the body of each method is a
 * {@code java} block of the guide (several for some), character for character but for
 * indentation ({@code DocExamplesMatchSourcesTest} checks it).
 *
 * <p>What a block takes for granted is a parameter of its method, named as the guide names it:
 * {@code ctx} is a {@link CloudContext} of a Rackspace account, {@code builder} a
 * {@link CloudContextBuilder} set up for one, {@code clb} its {@link CloudLoadBalancers},
 * {@code lb} a {@link LoadBalancer}, {@code server1} and {@code server2} compute servers, and
 * {@code privateKey} and {@code certificate} PEM texts. {@code out} is where the examples print.
 * {@code LoadBalancersGuideExamplesTest} runs them against a WireMock Cloud Load Balancers (there
 * is no local one: the local cloud runs Octavia).
 */
public final class LoadBalancersGuideExamples {

    private final PrintStream out;

    /** @param out where the examples print ({@code System.out} in an application) */
    public LoadBalancersGuideExamples(PrintStream out) {
        this.out = out;
    }

    CloudLoadBalancers client(CloudContext ctx) {
        CloudLoadBalancers clb = ctx.loadBalancers();               // pyrax.cloud_loadbalancers: the default region
        CloudLoadBalancers ord = ctx.loadBalancers("ORD");          // or ctx.region("ORD").loadBalancers()
        return clb;
    }

    CloudLoadBalancers settings(CloudContextBuilder builder) {
        CloudContext ctx = builder                                  // identity, region... as usual
                .serviceSettings(LoadBalancerSettings.builder()
                        .waitTimeout(Duration.ofMinutes(10))        // how long one change may take in all
                        .waitInterval(Duration.ofSeconds(2))        // between two reads of the status
                        .build())
                .build();
        CloudLoadBalancers impatient = ctx.loadBalancers().withSettings(LoadBalancerSettings.builder()
                .waitTimeout(Duration.ofMinutes(1)).build());       // another client of the same endpoint
        return impatient;
    }

    List<LoadBalancer> listing(CloudLoadBalancers clb) {
        List<LoadBalancer> balancers = clb.list();                  // clb.list(): every page followed
        for (LoadBalancer lb : balancers) {
            out.println("(" + lb.name() + ", " + lb.id() + ")");
        }
        return balancers;
    }

    LoadBalancer create(CloudLoadBalancers clb, Server server1, Server server2) {
        String server1Ip = server1.networks().get("private").get(0);    // server1.networks["private"][0]
        String server2Ip = server2.networks().get("private").get(0);
        NodeSpec node1 = NodeSpec.builder(server1Ip, 80).condition(NodeCondition.ENABLED).build();
        NodeSpec node2 = NodeSpec.builder(server2Ip, 80).condition(NodeCondition.ENABLED).build();

        VirtualIpSpec vip = VirtualIpSpec.publicIp();                   // clb.VirtualIP(type="PUBLIC")

        LoadBalancer lb = clb.create("example_lb", 80, "HTTP", LoadBalancerCreateOptions.builder()
                .nodes(node1, node2)
                .virtualIps(vip)
                .build());
        lb = Waiter.shared().waitForBuild(lb);                          // BUILD, then ACTIVE
        return lb;
    }

    LoadBalancer details(CloudLoadBalancers clb) {
        LoadBalancer lb = clb.get("82663");
        out.println("Load Balancer: " + lb.name());
        out.println("ID: " + lb.id());
        out.println("Status: " + lb.status());
        out.println("Nodes: " + lb.nodes());
        out.println("Virtual IPs: " + lb.virtualIps());
        out.println("Algorithm: " + lb.algorithm());
        out.println("Protocol: " + lb.protocol());
        return lb;
    }

    void algorithmsAndProtocols(CloudLoadBalancers clb) {
        out.println(clb.algorithms());                                  // [LEAST_CONNECTIONS, RANDOM, ...]
        out.println(clb.protocols());                                   // [DNS_TCP, DNS_UDP, FTP, HTTP, ...]
    }

    void sslTermination(LoadBalancer lb, String privateKey, String certificate) {
        lb.addSslTermination(SslTerminationOptions.builder(443, privateKey, certificate)
                .enabled(true)
                .secureTrafficOnly(false)
                .build());

        lb.updateSslTermination(SslTerminationUpdate.builder().secureTrafficOnly(true).build());
        lb.deleteSslTermination();                                      // then add it again with new certificates
    }

    void metadata(LoadBalancer lb) {
        out.println("Initial metadata: " + lb.getMetadata());
        lb.setMetadata(Map.of("a", "one", "b", "two", "c", "three"));
        out.println("New metadata: " + lb.getMetadata());
        lb.updateMetadata(Map.of("d", "four"));
        out.println("Updated metadata: " + lb.getMetadata());
        lb.setMetadata(Map.of("e", "five"));
        out.println("After set_metadata: " + lb.getMetadata());
        lb.deleteMetadata();
        out.println("After delete_metadata: " + lb.getMetadata());
    }

    void update(CloudLoadBalancers clb, LoadBalancer lb) {
        lb.update(LoadBalancerUpdate.builder().timeout(60).algorithm("RANDOM").build());
        clb.update(lb.id(), LoadBalancerUpdate.builder().timeout(60).algorithm("RANDOM").build());
    }

    void addAndRemoveNodes(CloudLoadBalancers clb) {
        LoadBalancer lb = clb.list().get(0).reload();                   // a listing's snapshot has no nodes
        out.println("Current nodes: " + lb.nodes());
        NodeSpec newNode = NodeSpec.of("10.177.1.2", 80);               // ENABLED unless told otherwise
        lb.addNodes(newNode);                                           // returns once lb is ACTIVE again
        lb = lb.reload();
        out.println("After adding node: " + lb.nodes());
        Node addedNode = lb.nodes().stream()
                .filter(node -> newNode.address().equals(node.address())).findFirst().orElseThrow();
        addedNode.delete();                                             // likewise
        out.println("After removing node: " + lb.reload().nodes());
    }

    void toggleCondition(CloudLoadBalancers clb) {
        LoadBalancer lb = clb.list().get(0).reload();
        out.println("Initial: " + lb.nodes().stream().map(n -> n.id() + " " + n.condition()).toList());
        Node node = lb.nodes().get(0);
        node.update(NodeUpdate.condition(node.condition() == NodeCondition.ENABLED
                ? NodeCondition.DISABLED : NodeCondition.ENABLED));
        out.println("Toggled: " + lb.reload().nodes().stream().map(n -> n.id() + " " + n.condition()).toList());
    }

    void nodeMetadata(LoadBalancer lb) {
        Node node = lb.nodes().get(0);
        node.setMetadata(Map.of("role", "web"));                        // as lb.setMetadata, for the node
        out.println(node.getMetadata());                                // {role=web}
    }

    void usage(CloudLoadBalancers clb, LoadBalancer lb) {
        AccountUsage accountUsage = clb.getAccountUsage();              // clb.get_usage(): the whole account
        List<UsageRecord> records = lb.getUsage();                      // lb.get_usage(): this balancer
        List<UsageRecord> october = lb.getUsage(UsageOptions.builder()
                .start(LocalDate.of(2012, 10, 1))                       // a date, a LocalDateTime, an Instant,
                .end("2012-10-15 14:00:00")                             // "YYYY-MM-DD HH:MM:SS" or "YYYY-MM-DD"
                .build());
        out.println(october.get(0).numPolls() + " polls from " + october.get(0).startTime());
    }

    void stats(LoadBalancer lb) {
        LoadBalancerStats stats = lb.getStats();
        out.println("connectTimeOut=" + stats.connectTimeOut() + " maxConn=" + stats.maxConn());
    }

    void healthMonitors(LoadBalancer lb) {
        Optional<HealthMonitor> hm = lb.getHealthMonitor();             // empty when none was added

        lb.addHealthMonitor(HealthMonitor.connect()
                .delay(10).timeout(10).attemptsBeforeDeactivation(3)
                .build());

        lb.addHealthMonitor(HealthMonitor.http("/", "^[234][0-9][0-9]$", ".* testing .*")
                .delay(10).timeout(10).attemptsBeforeDeactivation(3)
                .hostHeader("example.com")
                .build());

        lb.deleteHealthMonitor();
    }

    void sessionPersistence(LoadBalancer lb) {
        out.println(lb.getSessionPersistence());                        // Optional.empty by default
        lb.setSessionPersistence(PersistenceType.HTTP_COOKIE);
        lb.deleteSessionPersistence();
    }

    void connectionLogging(LoadBalancer lb) {
        out.println("Current logging status: " + lb.getConnectionLogging());
        lb.setConnectionLogging(true);
        out.println("Logging status after enable: " + lb.getConnectionLogging());
        lb.setConnectionLogging(false);
        out.println("Logging status after disable: " + lb.getConnectionLogging());
    }

    void accessList(LoadBalancer lb) {
        out.println("Starting: " + lb.getAccessList());
        NetworkItem networkItem1 = NetworkItem.allow("10.20.30.40");
        NetworkItem networkItem2 = NetworkItem.deny("0.0.0.0/0");
        lb.addAccessList(List.of(networkItem1, networkItem2));
        out.println("After: " + lb.getAccessList());
        lb.deleteAccessListItem("19021");                               // or deleteAccessListItems(ids)
        out.println("After deletion: " + lb.getAccessList());
        lb.deleteAccessList();
    }

    void errorPage(LoadBalancer lb) {
        out.println(lb.getErrorPage());
        String html = "<html><body>Sorry, something is amiss!</body></html>";
        lb.setErrorPage(html);
        lb.clearErrorPage();                                            // back to the default page
    }

    void contentCaching(LoadBalancer lb) {
        lb.setContentCaching(true);                                     // lb.content_caching = True
        lb.setContentCaching(false);                                    // lb.content_caching = False
        out.println(lb.getContentCaching());
    }

    void connectionThrottling(LoadBalancer lb) {
        lb.addConnectionThrottle(ConnectionThrottle.builder()
                .maxConnections(100).minConnections(10).maxConnectionRate(50).rateInterval(60)
                .build());
        Optional<ConnectionThrottle> throttle = lb.getConnectionThrottle();
        lb.deleteConnectionThrottle();
    }

    void failures(LoadBalancer lb) {
        try {
            lb.update(LoadBalancerUpdate.builder().timeout(60).build());
        } catch (LoadBalancerFailedException e) {                       // ERROR or SUSPENDED: no recovery by itself
            out.println(lb.id() + " is " + e.balancerStatus());
        } catch (WaitTimeoutException e) {                              // still PENDING_UPDATE after waitTimeout
            out.println(lb.id() + " is still busy");
        }
    }

    String url(LoadBalancer lb) {
        String url = lb.url();                                          // what Cloud DNS takes for PTR records
        lb.delete();                                                    // PENDING_DELETE, then DELETED
        return url;
    }
}
