package org.cloudsdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.ForbiddenException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.http.Microversion;
import org.cloudsdk.octavia.HealthMonitor;
import org.cloudsdk.octavia.HealthMonitorOptions;
import org.cloudsdk.octavia.HealthMonitorType;
import org.cloudsdk.octavia.L7CompareType;
import org.cloudsdk.octavia.L7Policy;
import org.cloudsdk.octavia.L7PolicyAction;
import org.cloudsdk.octavia.L7PolicyOptions;
import org.cloudsdk.octavia.L7Rule;
import org.cloudsdk.octavia.L7RuleOptions;
import org.cloudsdk.octavia.L7RuleType;
import org.cloudsdk.octavia.LbAlgorithm;
import org.cloudsdk.octavia.Listener;
import org.cloudsdk.octavia.ListenerOptions;
import org.cloudsdk.octavia.ListenerProtocol;
import org.cloudsdk.octavia.LoadBalancer;
import org.cloudsdk.octavia.LoadBalancerOptions;
import org.cloudsdk.octavia.Member;
import org.cloudsdk.octavia.MemberOptions;
import org.cloudsdk.octavia.Octavia;
import org.cloudsdk.octavia.OctaviaListOptions;
import org.cloudsdk.octavia.OctaviaSettings;
import org.cloudsdk.octavia.Pool;
import org.cloudsdk.octavia.PoolOptions;
import org.cloudsdk.octavia.PoolProtocol;
import org.cloudsdk.octavia.ProvisioningStatus;
import org.cloudsdk.octavia.SessionPersistence;
import org.cloudsdk.octavia.StatusTree;
import org.cloudsdk.octavia.Vip;
import org.cloudsdk.paging.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scenario on the local Octavia (noop drivers: objects reach ACTIVE in seconds, the
 * VIP is a fake address and nothing is ever ONLINE): a balancer on the VIP subnet with a listener,
 * a pool, two members, a health monitor, an L7 policy with a rule; the status tree; paging with a
 * page size of one; updates (two sent at once, the busy balancer's 409 retried); a failover by
 * the administrator; a cascade delete waited for. The balancer is deleted with everything
 * under it on failure too.
 */
class OctaviaIT {

    /** Polls often (the noop drivers are quick); the deadline allows for a local cloud under load. */
    private static final OctaviaSettings QUICK = OctaviaSettings.builder().waitTimeout(Duration.ofMinutes(8))
            .waitInterval(Duration.ofSeconds(1)).build();

    private CloudContext demo;
    private Octavia octavia;
    private String balancerId;

    @BeforeEach
    void connect() {
        demo = LocalCloud.demo().serviceSettings(QUICK).build();
        octavia = demo.service(Octavia.SERVICE, null);
    }

    @AfterEach
    void cleanUp() {
        try {
            if (balancerId != null) {
                BalancerCleanup.deleteCascadeAndWait(octavia.loadBalancers().get(balancerId));
            }
        } catch (NotFoundException alreadyGone) {
            // the test deleted it
        } finally {
            demo.close();
        }
    }

    @Test
    void aBalancerWithEverythingUnderItIsBuiltChangedAndDeletedInCascade() {
        assertThat(octavia.settings()).isEqualTo(QUICK);
        assertThat(octavia.apiVersion()).isGreaterThanOrEqualTo(Microversion.parse("2.12"));
        String tag = "it-" + UUID.randomUUID();
        String subnetId = LocalCloud.get("vip.subnet.id");

        LoadBalancer created = octavia.loadBalancers().create(Vip.subnet(subnetId), LoadBalancerOptions.builder()
                .name("it-octavia").description("OctaviaIT").tags(List.of(tag)).build());
        balancerId = created.id();
        assertThat(created.provisioningStatus()).isIn(ProvisioningStatus.PENDING_CREATE, ProvisioningStatus.ACTIVE);
        assertThat(created.vipSubnetId()).contains(subnetId);
        assertThat(created.vipAddress()).isPresent();
        LoadBalancer lb = created.waitForActive();
        assertThat(lb.provisioningStatus()).isEqualTo(ProvisioningStatus.ACTIVE);
        assertThat(lb.tags()).containsExactly(tag);

        // one change at a time, each waited for: the local Octavia keeps its state in SQLite, and
        // changes sent while the worker writes can fail there with "database is locked" (500)
        Listener listener = lb.createListener(ListenerProtocol.HTTP, 80, ListenerOptions.builder().name("it-http")
                .connectionLimit(500).allowedCidrs(List.of("192.0.2.0/24"))
                .insertHeaders(Map.of("X-Forwarded-For", "true")).timeoutClientData(Duration.ofSeconds(30)).build())
                .waitForActive();
        Pool pool = listener.createPool(PoolProtocol.HTTP, LbAlgorithm.ROUND_ROBIN, PoolOptions.builder()
                .name("it-pool").sessionPersistence(SessionPersistence.httpCookie()).build()).waitForActive();
        Member first = pool.createMember("192.0.2.10", 8080, MemberOptions.builder().subnetId(subnetId).weight(5)
                .build()).waitForActive();
        Member second = pool.createMember("192.0.2.11", 8080, MemberOptions.builder().subnetId(subnetId).build())
                .waitForActive();
        HealthMonitor monitor = pool.createHealthMonitor(HealthMonitorType.HTTP, 5, 3, 2, HealthMonitorOptions
                .builder().urlPath("/health").expectedCodes("200-204").build()).waitForActive();
        L7Policy policy = listener.createL7Policy(L7PolicyAction.REDIRECT_TO_URL, L7PolicyOptions.builder()
                .redirectUrl("https://www.example.com").position(1).build()).waitForActive();
        L7Rule rule = policy.createRule(L7RuleType.PATH, L7CompareType.STARTS_WITH, "/old", L7RuleOptions.defaults());

        lb = octavia.loadBalancers().waitForActive(lb.id());
        assertThat(rule.waitForActive().value()).isEqualTo("/old");
        assertThat(lb.listenerIds()).containsExactly(listener.id());
        assertThat(lb.poolIds()).containsExactly(pool.id());
        Listener readListener = listener.reload();
        assertThat(readListener.connectionLimit()).isEqualTo(500);
        assertThat(readListener.allowedCidrs()).containsExactly("192.0.2.0/24");
        assertThat(readListener.defaultPoolId()).contains(pool.id());
        assertThat(readListener.timeoutClientData()).contains(Duration.ofSeconds(30));
        assertThat(pool.reload().sessionPersistence()).contains(SessionPersistence.httpCookie());
        assertThat(pool.reload().healthMonitorId()).contains(monitor.id());
        assertThat(policy.reload().ruleIds()).containsExactly(rule.id());

        StatusTree tree = lb.status();
        assertThat(tree.allActive()).isTrue();
        // Octavia 11 lists no L7 policies in the tree (the API reference shows them)
        assertThat(tree.nodes()).extracting(node -> node.kind() + ":" + node.id()).contains(
                "loadbalancer:" + lb.id(), "listener:" + listener.id(), "pool:" + pool.id(), "member:" + first.id(),
                "member:" + second.id(), "healthmonitor:" + monitor.id());

        // pages of one: each member on its own page, the balancer found by its tag
        List<Page<Member>> pages = octavia.members().listing(pool.id(), OctaviaListOptions.builder().pageSize(1)
                .build()).pages().toList();
        assertThat(pages.stream().flatMap(page -> page.items().stream()).toList()).containsExactlyInAnyOrder(first,
                second);
        assertThat(pages).allSatisfy(page -> assertThat(page.items()).hasSizeLessThanOrEqualTo(1));
        assertThat(pages.stream().filter(page -> !page.isEmpty())).hasSize(2);
        assertThat(octavia.loadBalancers().list(OctaviaListOptions.builder().tags(tag).pageSize(1).build()))
                .containsExactly(lb);

        // two changes at once: the second is refused (409, immutable) until the first is applied,
        // and sent again until it is accepted
        Member updated = first.update(MemberOptions.builder().weight(0).backup(true).build());
        LoadBalancer renamed = lb.update(LoadBalancerOptions.builder().name("it-octavia-renamed").build());
        assertThat(renamed.waitForActive().name()).isEqualTo("it-octavia-renamed");
        Member readMember = updated.waitForActive();
        assertThat(readMember.weight()).isZero();
        assertThat(readMember.backup()).isTrue();
        assertThat(second.reload().weight()).isEqualTo(1);

        assertThat(lb.stats().totalConnections()).isZero();
        assertThatThrownBy(lb::failover).isInstanceOf(ForbiddenException.class);
        try (CloudContext admin = LocalCloud.admin().serviceSettings(QUICK).build()) {
            Octavia asAdmin = admin.service(Octavia.SERVICE, null);
            asAdmin.loadBalancers().failover(lb.id());
            assertThat(asAdmin.loadBalancers().waitForActive(lb.id()).provisioningStatus())
                    .isEqualTo(ProvisioningStatus.ACTIVE);
        }

        // the cascade delete, sent again should the local sqlite leave the balancer in ERROR
        BalancerCleanup.deleteCascadeAndWait(lb);
        assertThatThrownBy(lb::reload).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> octavia.pools().get(pool.id())).isInstanceOf(NotFoundException.class);
        balancerId = null;
    }
}
