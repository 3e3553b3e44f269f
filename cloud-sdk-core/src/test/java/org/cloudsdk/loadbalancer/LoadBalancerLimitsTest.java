package org.cloudsdk.loadbalancer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every documented limit of Cloud Load Balancers is refused before any request, with an
 * {@link IllegalArgumentException} naming the parameter; the stub proves nothing was sent.
 */
class LoadBalancerLimitsTest {

    private static final LoadBalancerCreateOptions ONE_VIP = LoadBalancerCreateOptions.builder()
            .virtualIps(VirtualIpSpec.publicIp()).build();

    private final ClbStub stub = new ClbStub();
    private final CloudLoadBalancers clb = stub.clb;

    @AfterEach
    void nothingWasSent() {
        assertThat(stub.log()).isEmpty();
        stub.close();
    }

    private static void refused(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void balancers() {
        refused(() -> clb.create(" ", 80, "HTTP", ONE_VIP), "name must not be blank");
        refused(() -> clb.create("x".repeat(129), 80, "HTTP", ONE_VIP), "name must be 1 to 128 characters, was 129");
        refused(() -> clb.create("lb", 0, "HTTP", ONE_VIP), "port must be 1 to 65535, was 0");
        refused(() -> clb.create("lb", 65536, "HTTP", ONE_VIP), "port must be 1 to 65535, was 65536");
        refused(() -> clb.create("lb", 80, "", ONE_VIP), "protocol must not be blank");
        refused(() -> clb.create("lb", 80, "HTTP", LoadBalancerCreateOptions.defaults()), "virtualIps must hold at least one");
        refused(() -> LoadBalancerCreateOptions.builder().timeout(121), "timeout (seconds) must be 1 to 120, was 121");
        refused(() -> LoadBalancerCreateOptions.builder().timeout(0), "timeout (seconds) must be 1 to 120, was 0");
        refused(() -> LoadBalancerCreateOptions.builder().sessionPersistence(PersistenceType.UNKNOWN), "sessionPersistence");
        refused(() -> LoadBalancerCreateOptions.builder().accessList(Collections.nCopies(101, NetworkItem.deny("0.0.0.0/0"))),
                "accessList must hold at most 100 items, had 101");
        refused(() -> LoadBalancerCreateOptions.builder().metadata(Map.of("k", "v".repeat(257))),
                "metadata: the value of 'k' must be at most 256 characters");
        refused(() -> LoadBalancerUpdate.builder().name("x".repeat(129)), "name must be 1 to 128 characters");
        refused(() -> LoadBalancerUpdate.builder().port(-1), "port must be 1 to 65535");
        refused(() -> LoadBalancerUpdate.builder().timeout(500), "timeout (seconds) must be 1 to 120");
        refused(() -> clb.get("abc"), "loadBalancerId must be a numeric id, was 'abc'");
        refused(() -> clb.delete("12/34"), "loadBalancerId must be a numeric id");
        refused(() -> LoadBalancerListOptions.builder().pageSize(101), "pageSize must be 1 to 100, was 101");
        refused(() -> LoadBalancerListOptions.builder().pageSize(0), "pageSize must be 1 to 100, was 0");
        refused(() -> LoadBalancerListOptions.builder().marker("next"), "marker must be a numeric id");
        refused(() -> LoadBalancerListOptions.builder().status(LoadBalancerStatus.UNKNOWN), "status must be a value the API knows");
    }

    @Test
    void nodesAndVirtualIps() {
        refused(() -> NodeSpec.of("10.1.1.1", 0), "port must be 1 to 65535, was 0");
        refused(() -> NodeSpec.of("", 80), "address must not be blank");
        refused(() -> NodeSpec.builder("10.1.1.1", 80).condition(NodeCondition.DRAINING),
                "condition of a new node must be ENABLED or DISABLED, was DRAINING");
        refused(() -> NodeSpec.builder("10.1.1.1", 80).weight(0), "weight must be 1 to 100, was 0");
        refused(() -> NodeSpec.builder("10.1.1.1", 80).weight(101), "weight must be 1 to 100, was 101");
        refused(() -> NodeSpec.builder("10.1.1.1", 80).type(NodeType.UNKNOWN), "type must be a value the API knows");
        refused(() -> NodeUpdate.builder().build(), "a node update must set at least one of condition, weight, type");
        refused(() -> NodeUpdate.weight(101), "weight must be 1 to 100, was 101");
        refused(() -> NodeUpdate.condition(NodeCondition.UNKNOWN), "condition must be a value the API knows");
        refused(() -> clb.addNodes("2000", List.of()), "nodes must hold at least one node");
        refused(() -> clb.deleteNodes("2000", List.of()), "nodeIds must name at least one id");
        refused(() -> clb.deleteNodes("2000", List.of("1", "two")), "nodeIds must be a numeric id, was 'two'");
        refused(() -> clb.updateNode("2000", "x", NodeUpdate.weight(3)), "nodeId must be a numeric id");
        refused(() -> VirtualIpSpec.shared("vip"), "virtualIpId must be a numeric id");
        refused(() -> VirtualIpSpec.of(VirtualIpType.UNKNOWN, IpVersion.IPV4), "type must be a value the API knows");
        refused(() -> clb.addVirtualIp("2000", VirtualIpSpec.servicenet()), "vip must be a new IPV6 address");
    }

    @Test
    void healthMonitorsTakeTheDocumentedRanges() {
        refused(() -> HealthMonitor.connect().delay(0), "delay must be 1 to 3600, was 0");
        refused(() -> HealthMonitor.connect().delay(3601), "delay must be 1 to 3600, was 3601");
        refused(() -> HealthMonitor.connect().timeout(0), "timeout must be 1 to 300, was 0");
        refused(() -> HealthMonitor.connect().timeout(301), "timeout must be 1 to 300, was 301");
        refused(() -> HealthMonitor.connect().attemptsBeforeDeactivation(0), "attemptsBeforeDeactivation must be 1 to 10, was 0");
        refused(() -> HealthMonitor.connect().attemptsBeforeDeactivation(11), "attemptsBeforeDeactivation must be 1 to 10, was 11");
        refused(() -> HealthMonitor.connect().path("/").build(), "apply to HTTP and HTTPS monitors only");
        refused(() -> HealthMonitor.http("/", "^2", " "), "bodyRegex must not be blank");
        refused(() -> HealthMonitor.https("", "^2", "ok"), "path must not be blank");
        refused(() -> HealthMonitor.http("/", "", "ok"), "statusRegex must not be blank");
    }

    @Test
    void throttlesSslUsageAndErrorPages() {
        refused(() -> ConnectionThrottle.builder().build(), "a connection throttle must set at least one of");
        refused(() -> ConnectionThrottle.builder().maxConnections(100_001), "maxConnections must be 0 to 100000, was 100001");
        refused(() -> ConnectionThrottle.builder().minConnections(1_001), "minConnections must be 0 to 1000, was 1001");
        refused(() -> ConnectionThrottle.builder().maxConnectionRate(-1), "maxConnectionRate must be 0 to 100000, was -1");
        refused(() -> ConnectionThrottle.builder().rateInterval(0), "rateInterval must be 1 to 3600, was 0");
        refused(() -> ConnectionThrottle.builder().rateInterval(3601), "rateInterval must be 1 to 3600, was 3601");
        refused(() -> SslTerminationOptions.builder(0, "key", "cert"), "securePort must be 1 to 65535, was 0");
        refused(() -> SslTerminationOptions.builder(443, " ", "cert"), "privateKey must not be blank");
        refused(() -> SslTerminationOptions.builder(443, "key", ""), "certificate must not be blank");
        refused(() -> SslTerminationUpdate.builder().build(), "an SSL termination update must set at least one of");
        refused(() -> SslTerminationUpdate.builder().securePort(70000), "securePort must be 1 to 65535");
        refused(() -> UsageOptions.builder().start("15/10/2012"), "start must be \"YYYY-MM-DD HH:MM:SS\" or \"YYYY-MM-DD\"");
        refused(() -> UsageOptions.builder().end("2012-10-15T14:00"), "end must be \"YYYY-MM-DD HH:MM:SS\" or \"YYYY-MM-DD\"");
        refused(() -> UsageOptions.builder().start("2012-10-16").end("2012-10-15").build(), "start must not be after end");
        refused(() -> clb.setErrorPage("2000", " "), "html must not be blank");
        refused(() -> clb.setSessionPersistence("2000", PersistenceType.UNKNOWN), "type must be a value the API knows");
    }

    @Test
    void accessListsAndMetadata() {
        refused(() -> NetworkItem.allow("10.0.0.256"), "address must be an IPv4 or IPv6 address or network (CIDR)");
        refused(() -> NetworkItem.allow("example.com"), "address must be an IPv4 or IPv6 address or network (CIDR)");
        refused(() -> NetworkItem.deny("10.0.0.0/33"), "the prefix length of '10.0.0.0/33' must be 0 to 32");
        refused(() -> NetworkItem.deny("2001:db8::/129"), "must be 0 to 128");
        refused(() -> NetworkItem.of("10.0.0.1", NetworkItemType.UNKNOWN), "type must be a value the API knows");
        assertThat(NetworkItem.deny("2001:db8::/32").address()).isEqualTo("2001:db8::/32");
        assertThat(NetworkItem.allow("192.0.2.0/24").address()).isEqualTo("192.0.2.0/24");
        refused(() -> clb.addAccessList("2000", List.of()), "items must hold 1 to 100 network items, had 0");
        refused(() -> clb.addAccessList("2000", IntStream.range(0, 101).mapToObj(i -> NetworkItem.deny("10.0.0." + (i % 250)))
                .toList()), "items must hold 1 to 100 network items, had 101");
        refused(() -> clb.deleteAccessListItems("2000", List.of()), "itemIds must name at least one id");
        refused(() -> clb.setMetadata("2000", Map.of("k".repeat(257), "v")), "metadata: keys must be 1 to 256 characters");
        refused(() -> clb.setMetadata("2000", Map.of("", "v")), "metadata: keys must be 1 to 256 characters");
        refused(() -> clb.updateNodeMetadata("2000", "1", Map.of("k", "v".repeat(257))), "must be at most 256 characters");
        refused(() -> clb.deleteMetadata("2000", List.of(" ")), "keys must not be blank");
    }

    @Test
    void settings() {
        refused(() -> LoadBalancerSettings.builder().waitTimeout(Duration.ZERO), "waitTimeout must be a positive duration, was PT0S");
        refused(() -> LoadBalancerSettings.builder().waitInterval(Duration.ofSeconds(-1)), "waitInterval must be a positive duration");
        refused(() -> LoadBalancerSettings.builder().waitTimeout(Duration.ofSeconds(1)).waitInterval(Duration.ofSeconds(2))
                .build(), "waitInterval (PT2S) must not be longer than waitTimeout (PT1S)");
        assertThat(LoadBalancerSettings.defaults().waitTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(LoadBalancerSettings.defaults().waitInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoadBalancerSettings.defaults().toBuilder().build()).isEqualTo(LoadBalancerSettings.defaults());
    }
}
