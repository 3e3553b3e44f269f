package org.cloudsdk.docs;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cloudsdk.CloudContext;
import org.cloudsdk.CloudContextBuilder;
import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.UnsupportedMicroversionException;
import org.cloudsdk.http.Microversion;
import org.cloudsdk.octavia.HealthMonitor;
import org.cloudsdk.octavia.HealthMonitorOptions;
import org.cloudsdk.octavia.HealthMonitorType;
import org.cloudsdk.octavia.L7CompareType;
import org.cloudsdk.octavia.L7Policy;
import org.cloudsdk.octavia.L7PolicyAction;
import org.cloudsdk.octavia.L7PolicyOptions;
import org.cloudsdk.octavia.L7RuleOptions;
import org.cloudsdk.octavia.L7RuleType;
import org.cloudsdk.octavia.LbAlgorithm;
import org.cloudsdk.octavia.Listener;
import org.cloudsdk.octavia.ListenerOptions;
import org.cloudsdk.octavia.ListenerProtocol;
import org.cloudsdk.octavia.LoadBalancer;
import org.cloudsdk.octavia.LoadBalancerOptions;
import org.cloudsdk.octavia.LoadBalancerStats;
import org.cloudsdk.octavia.Member;
import org.cloudsdk.octavia.MemberOptions;
import org.cloudsdk.octavia.MemberSpec;
import org.cloudsdk.octavia.Octavia;
import org.cloudsdk.octavia.OctaviaListOptions;
import org.cloudsdk.octavia.OctaviaSettings;
import org.cloudsdk.octavia.Pool;
import org.cloudsdk.octavia.PoolOptions;
import org.cloudsdk.octavia.PoolProtocol;
import org.cloudsdk.octavia.Provider;
import org.cloudsdk.octavia.Quota;
import org.cloudsdk.octavia.SessionPersistence;
import org.cloudsdk.octavia.StatusNode;
import org.cloudsdk.octavia.StatusTree;
import org.cloudsdk.octavia.Vip;

/**
 * The examples of {@code docs/octavia.md}, as compiled code: the body of each method is a
 * {@code java} block of the guide, character for character but for indentation
 * ({@code DocExamplesMatchSourcesTest} checks it), so the guide cannot show code that does not
 * compile against the real API.
 *
 * <p>What a block takes for granted is a parameter of its method, named as the guide names it:
 * {@code ctx} is a {@link CloudContext}, {@code builder} a {@link CloudContextBuilder},
 * {@code octavia} its {@link Octavia}, {@code lb} a {@link LoadBalancer}, {@code http} a
 * {@link Listener}, {@code pool} a {@link Pool}, {@code member} a {@link Member},
 * {@code subnetId} the VIP subnet's id and {@code projectId} the project's. {@code out} is where
 * the examples print. {@code OctaviaGuideExamplesIT} runs them against the local Octavia.
 */
public final class OctaviaGuideExamples {

    private final PrintStream out;

    /** @param out where the examples print ({@code System.out} in an application) */
    public OctaviaGuideExamples(PrintStream out) {
        this.out = out;
    }

    // ---------------------------------------------------------------- the client

    List<Octavia> client(CloudContext ctx, String region) {
        Octavia octavia = ctx.octavia();                        // the default region
        Octavia other = ctx.octavia(region);                    // or ctx.region(region).octavia()
        Microversion version = octavia.apiVersion();            // 2.26 on Octavia 11: the newest it lists
        out.println(version);
        return List.of(octavia, other);
    }

    CloudContext settings(CloudContextBuilder builder) {
        OctaviaSettings settings = OctaviaSettings.builder()
                .waitTimeout(Duration.ofMinutes(5))             // how long waits and busy retries last
                .waitInterval(Duration.ofSeconds(1))            // how often they poll
                .build();
        CloudContext ctx = builder.serviceSettings(settings).build();
        Octavia patient = ctx.octavia().withSettings(settings.toBuilder()
                .waitTimeout(Duration.ofMinutes(20)).build());  // one client, other settings
        out.println(patient.settings());
        return ctx;
    }

    // ---------------------------------------------------------------- building a balancer

    LoadBalancer create(Octavia octavia, String subnetId) {
        LoadBalancer lb = octavia.loadBalancers().create(Vip.subnet(subnetId),
                LoadBalancerOptions.builder().name("example_lb").description("web front").build());
        out.println(lb.vipAddress().orElse("no VIP yet") + " " + lb.provisioningStatus());   // PENDING_CREATE
        lb = lb.waitForActive();                                // ACTIVE: ready for listeners
        return lb;
    }

    Pool listenerPoolAndMembers(LoadBalancer lb, String subnetId) {
        Listener http = lb.createListener(ListenerProtocol.HTTP, 80, ListenerOptions.defaults()).waitForActive();
        Pool pool = http.createPool(PoolProtocol.HTTP, LbAlgorithm.ROUND_ROBIN, PoolOptions.defaults())
                .waitForActive();
        MemberOptions onSubnet = MemberOptions.builder().subnetId(subnetId).build();
        Member node1 = pool.createMember("10.177.1.1", 80, onSubnet).waitForActive();      // clb.Node(...)
        Member node2 = pool.createMember("10.177.1.2", 80, onSubnet).waitForActive();
        out.println(node1.address() + " " + node2.address());
        return pool;
    }

    HealthMonitor monitor(Pool pool) {
        HealthMonitor monitor = pool.createHealthMonitor(HealthMonitorType.HTTP, 10, 10, 3,    // delay, timeout, retries
                HealthMonitorOptions.builder().urlPath("/").expectedCodes("200-299").build());
        return monitor.waitForActive();
    }

    void busy(LoadBalancer lb, Member member) {
        member.update(MemberOptions.builder().weight(5).build());                   // the balancer: PENDING_UPDATE
        lb.update(LoadBalancerOptions.builder().description("busy").build());       // 409 "immutable": sent again
        lb.waitForActive();                                                         // until accepted, then waited for
    }

    // ---------------------------------------------------------------- reading

    List<LoadBalancer> list(Octavia octavia, LoadBalancer lb) {
        List<LoadBalancer> all = octavia.loadBalancers().list();                    // clb.list()
        LoadBalancer same = octavia.loadBalancers().get(lb.id());                   // clb.get(id), or lb.reload()
        Optional<LoadBalancer> named = octavia.loadBalancers().find("example_lb");
        out.println(all.size() + " " + same.name() + " " + named.isPresent());
        return all;
    }

    void paging(Octavia octavia, Pool pool) {
        OctaviaListOptions onePerPage = OctaviaListOptions.builder().pageSize(1).build();
        octavia.members().listing(pool.id(), onePerPage).pages()                    // members_links, page by page
                .forEach(page -> out.println(page.items()));
        List<LoadBalancer> active = octavia.loadBalancers().list(OctaviaListOptions.builder()
                .filter("provisioning_status", "ACTIVE").filter("name", "example_lb").build());
        out.println(active);
    }

    StatusTree status(LoadBalancer lb) {
        StatusTree tree = lb.status();                          // GET .../loadbalancers/{id}/status
        for (StatusNode node : tree.nodes()) {
            out.println(node.kind() + " " + node.id() + " " + node.provisioningStatus() + " " + node.operatingStatus());
        }
        LoadBalancerStats stats = lb.stats();                   // lb.get_stats()
        out.println(stats.activeConnections() + " active, " + stats.totalConnections() + " in all");
        return tree;
    }

    // ---------------------------------------------------------------- changing

    Listener accessAndThrottling(LoadBalancer lb) {
        Listener http = lb.octavia().listeners().get(lb.listenerIds().get(0));
        Listener limited = http.update(ListenerOptions.builder()
                .connectionLimit(1000)                          // connection throttling
                .allowedCidrs(List.of("192.0.2.0/24", "198.51.100.0/24"))   // the access list: only these
                .insertHeaders(Map.of("X-Forwarded-For", "true"))
                .timeoutClientData(Duration.ofSeconds(30))
                .build());
        return limited.waitForActive();
    }

    Pool persistence(Pool pool) {
        Pool sticky = pool.update(PoolOptions.builder()
                .sessionPersistence(SessionPersistence.httpCookie())   // or sourceIp(), appCookie("JSESSIONID")
                .lbAlgorithm(LbAlgorithm.LEAST_CONNECTIONS)
                .build());
        return sticky.waitForActive();
    }

    Member drain(Member member) {
        Member draining = member.update(MemberOptions.builder().weight(0).build());  // no new connections
        Member disabled = draining.waitForActive().update(MemberOptions.builder().adminStateUp(false).build());
        return disabled.waitForActive();
    }

    void replaceMembers(Octavia octavia, Pool pool, String subnetId) {
        MemberOptions onSubnet = MemberOptions.builder().subnetId(subnetId).build();
        octavia.members().replaceAll(pool.id(), List.of(                            // the pool's members, exactly
                MemberSpec.of("10.177.1.1", 80, onSubnet),
                MemberSpec.of("10.177.1.3", 80, onSubnet)));
        octavia.loadBalancers().waitForActive(pool.loadBalancerId());
    }

    L7Policy layer7(LoadBalancer lb, Listener http, String subnetId) {
        Pool images = lb.octavia().pools().createForLoadBalancer(lb.id(), PoolProtocol.HTTP,
                LbAlgorithm.ROUND_ROBIN, PoolOptions.builder().name("images").build()).waitForActive();
        L7Policy policy = http.createL7Policy(L7PolicyAction.REDIRECT_TO_POOL,
                L7PolicyOptions.builder().redirectPoolId(images.id()).position(1).build()).waitForActive();
        policy.createRule(L7RuleType.PATH, L7CompareType.STARTS_WITH, "/images", L7RuleOptions.defaults())
                .waitForActive();                                // /images/... goes to the images pool
        return policy;
    }

    Listener sslTermination(LoadBalancer lb, String certificateRef) {
        Listener https = lb.createListener(ListenerProtocol.TERMINATED_HTTPS, 443, ListenerOptions.builder()
                .defaultTlsContainerRef(certificateRef)         // a Barbican secret: certificate, key, chain
                .defaultPoolId(lb.poolIds().get(0))
                .build());
        return https.waitForActive();
    }

    // ---------------------------------------------------------------- deleting

    void delete(LoadBalancer lb) {
        lb.deleteCascade();                                     // listeners, pools, members, monitors with it
        lb.waitForDeleted();                                    // until Octavia answers 404
    }

    // ---------------------------------------------------------------- the deployment

    void catalog(Octavia octavia, String projectId) {
        List<Provider> providers = octavia.catalog().listProviders();              // amphora, ovn...
        Quota quota = octavia.catalog().getQuota(projectId);                       // -1: no limit
        out.println(providers + " " + octavia.catalog().listFlavors() + " " + quota.loadBalancer().orElse(-1));
    }

    // ---------------------------------------------------------------- errors

    void errors(LoadBalancer lb) {
        try {
            MemberOptions.builder().weight(300);
        } catch (IllegalArgumentException tooHeavy) {           // weight must be 0 to 256: nothing was sent
            out.println(tooHeavy.getMessage());
        }
        try {
            lb.createListener(ListenerProtocol.HTTP, 80, ListenerOptions.builder().tags(List.of("web")).build());
        } catch (UnsupportedMicroversionException tooNew) {     // tags need API 2.5: nothing was sent
            out.println(tooNew.getMessage());
        } catch (ConflictException portTaken) {                 // port 80 has a listener: not sent again
            out.println(portTaken.serverMessage());
        }
    }
}
