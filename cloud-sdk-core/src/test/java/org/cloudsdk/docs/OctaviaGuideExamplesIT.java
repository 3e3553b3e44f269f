package org.cloudsdk.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.it.BalancerCleanup;
import org.cloudsdk.it.LocalCloud;
import org.cloudsdk.octavia.HealthMonitor;
import org.cloudsdk.octavia.L7Policy;
import org.cloudsdk.octavia.LbAlgorithm;
import org.cloudsdk.octavia.Listener;
import org.cloudsdk.octavia.LoadBalancer;
import org.cloudsdk.octavia.Member;
import org.cloudsdk.octavia.Octavia;
import org.cloudsdk.octavia.OctaviaSettings;
import org.cloudsdk.octavia.Pool;
import org.cloudsdk.octavia.ProvisioningStatus;
import org.cloudsdk.octavia.SessionPersistence;
import org.cloudsdk.octavia.StatusTree;
import org.cloudsdk.wait.ResourceFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the examples of {@code docs/octavia.md} against the local Octavia, in the guide's order, on
 * one balancer named {@code example_lb}, deleted with everything under it at the end even on
 * failure. The SSL termination example needs a key manager the local cloud lacks and is compiled
 * only.
 */
class OctaviaGuideExamplesIT {

    private static final OctaviaSettings QUICK = OctaviaSettings.builder().waitTimeout(Duration.ofMinutes(8))
            .waitInterval(Duration.ofSeconds(1)).build();

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final OctaviaGuideExamples examples = new OctaviaGuideExamples(new PrintStream(printed, true,
            StandardCharsets.UTF_8));
    private CloudContext ctx;
    private LoadBalancer lb;

    @BeforeEach
    void connect() {
        ctx = LocalCloud.demo().serviceSettings(QUICK).build();
    }

    @AfterEach
    void cleanUp() {
        try {
            if (lb != null) {
                BalancerCleanup.deleteCascadeAndWait(lb);
            }
        } catch (NotFoundException alreadyGone) {
            // the guide deleted it
        } finally {
            ctx.close();
        }
    }

    @Test
    void theClientIsOnePerRegionWithTheContextsSettings() {
        String region = LocalCloud.get("region");
        List<Octavia> clients = examples.client(ctx, region);
        assertThat(clients.get(0)).isSameAs(clients.get(1)).isSameAs(ctx.region(region).octavia());
        assertThat(clients.get(0).settings()).isSameAs(QUICK);
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("2.");

        try (CloudContext configured = examples.settings(LocalCloud.demo())) {
            assertThat(configured.octavia().settings().waitTimeout()).isEqualTo(Duration.ofMinutes(5));
        }
    }

    @Test
    void theGuideFromCreateToCascadeDelete() {
        Octavia octavia = ctx.octavia();
        String subnetId = LocalCloud.get("vip.subnet.id");

        lb = examples.create(octavia, subnetId);
        assertThat(lb.provisioningStatus()).isEqualTo(ProvisioningStatus.ACTIVE);
        Pool pool = examples.listenerPoolAndMembers(lb, subnetId);
        HealthMonitor monitor = examples.monitor(pool);
        assertThat(monitor.poolId()).isEqualTo(pool.id());
        List<Member> members = octavia.members().list(pool.id());
        assertThat(members).extracting(Member::address).containsExactlyInAnyOrder("10.177.1.1", "10.177.1.2");

        examples.busy(lb, members.get(0));
        assertThat(lb.reload().description()).isEqualTo("busy");

        assertThat(examples.list(octavia, lb)).contains(lb);
        examples.paging(octavia, pool);
        StatusTree tree = examples.status(lb.reload());
        assertThat(tree.find("healthmonitor", monitor.id())).isPresent();

        Listener limited = examples.accessAndThrottling(lb.reload());
        assertThat(limited.connectionLimit()).isEqualTo(1000);
        assertThat(limited.allowedCidrs()).containsExactly("192.0.2.0/24", "198.51.100.0/24");
        Pool sticky = examples.persistence(pool.reload());
        assertThat(sticky.sessionPersistence()).contains(SessionPersistence.httpCookie());
        assertThat(sticky.lbAlgorithm()).isEqualTo(LbAlgorithm.LEAST_CONNECTIONS);
        Member drained = examples.drain(members.get(0).reload());
        assertThat(drained.weight()).isZero();
        assertThat(drained.adminStateUp()).isFalse();
        examples.replaceMembers(octavia, pool, subnetId);
        assertThat(octavia.members().list(pool.id())).extracting(Member::address)
                .containsExactlyInAnyOrder("10.177.1.1", "10.177.1.3");

        L7Policy policy = examples.layer7(lb.reload(), limited, subnetId);
        assertThat(policy.reload().ruleIds()).hasSize(1);
        examples.catalog(octavia, LocalCloud.get("demo.project.id"));
        examples.errors(lb);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("weight must be 0 to 256")
                .contains("already using protocol");

        try {
            examples.delete(lb.reload());
        } catch (ResourceFailedException lockedDatabase) {
            // the local Octavia's sqlite under load: its worker left the balancer in ERROR
            BalancerCleanup.deleteCascadeAndWait(lb);
        }
        assertThatThrownBy(lb::reload).isInstanceOf(NotFoundException.class);
        lb = null;
    }
}
