package org.cloudsdk.loadbalancer;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.loadbalancer.ClbStub.accepted;
import static org.cloudsdk.loadbalancer.ClbStub.immutable;
import static org.cloudsdk.loadbalancer.ClbStub.path;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.cloudsdk.errors.ClientErrorException;
import org.cloudsdk.wait.WaitTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * A balancer is immutable while PENDING_UPDATE: the client's changes of one balancer go one after
 * the other, each waits for ACTIVE, a 422 "immutable" answer is retried within the wait timeout,
 * ERROR and SUSPENDED end a change at once, and other balancers are not held up.
 */
class PendingUpdateTest {

    private static final String NODE_A = "/loadbalancers/2000/nodes/1";
    private static final String NODE_B = "/loadbalancers/2000/nodes/2";
    private static final String LB = "/loadbalancers/2000";

    private final ClbStub stub = new ClbStub();
    private final CloudLoadBalancers clb = stub.clb;

    @AfterEach
    void close() {
        stub.close();
    }

    /** After each accepted change the balancer reads PENDING_UPDATE twice, then ACTIVE. */
    private void pendingTwiceAfterEachChange(String lb) {
        stub.server.stubFor(get(urlEqualTo(path(lb))).inScenario("status").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(ClbFixtures.balancer("2000", "ACTIVE"))));
        stub.server.stubFor(get(urlEqualTo(path(lb))).inScenario("status").whenScenarioStateIs("changed")
                .willReturn(okJson(ClbFixtures.balancer("2000", "PENDING_UPDATE"))).willSetStateTo("still"));
        stub.server.stubFor(get(urlEqualTo(path(lb))).inScenario("status").whenScenarioStateIs("still")
                .willReturn(okJson(ClbFixtures.balancer("2000", "PENDING_UPDATE"))).willSetStateTo(Scenario.STARTED));
    }

    @Test
    void twoConcurrentChangesOfOneBalancerGoOneAfterTheOther() throws Exception {
        warmUp();
        pendingTwiceAfterEachChange(LB);
        // the first change is slow to answer: without the balancer's turn the second would be sent meanwhile
        stub.server.stubFor(put(urlEqualTo(path(NODE_A))).inScenario("status").willReturn(accepted().withFixedDelay(300))
                .willSetStateTo("changed"));
        stub.server.stubFor(put(urlEqualTo(path(NODE_B))).inScenario("status").willReturn(accepted())
                .willSetStateTo("changed"));

        CompletableFuture<Void> first = CompletableFuture.runAsync(
                () -> clb.updateNode("2000", "1", NodeUpdate.condition(NodeCondition.DISABLED)));
        waitUntilReceived(1);
        CompletableFuture<Void> second = CompletableFuture.runAsync(
                () -> clb.updateNode("2000", "2", NodeUpdate.condition(NodeCondition.DRAINING)));
        CompletableFuture.allOf(first, second).get(30, TimeUnit.SECONDS);

        assertThat(stub.log()).containsExactly(
                "PUT " + path(NODE_A), "GET " + path(LB), "GET " + path(LB), "GET " + path(LB),
                "PUT " + path(NODE_B), "GET " + path(LB), "GET " + path(LB), "GET " + path(LB));
        assertThat(clb.mutationsForTest().busyBalancers()).isZero();
    }

    @Test
    void aChangeOfAnotherBalancerIsNotHeldUp() throws Exception {
        warmUp();
        pendingTwiceAfterEachChange(LB);
        stub.server.stubFor(put(urlEqualTo(path(NODE_A))).inScenario("status").willReturn(accepted().withFixedDelay(500))
                .willSetStateTo("changed"));
        stub.server.stubFor(put(urlEqualTo(path("/loadbalancers/3000/nodes/9")))
                .willReturn(accepted()));
        stub.status("3000", "ACTIVE");

        CompletableFuture<Void> slow = CompletableFuture.runAsync(
                () -> clb.updateNode("2000", "1", NodeUpdate.condition(NodeCondition.DISABLED)));
        waitUntilReceived(1);
        clb.updateNode("3000", "9", NodeUpdate.weight(5));
        List<String> whileTheFirstWasPending = stub.log();
        slow.get(30, TimeUnit.SECONDS);

        assertThat(whileTheFirstWasPending).containsExactly("PUT " + path(NODE_A), "PUT " + path("/loadbalancers/3000/nodes/9"),
                "GET " + path("/loadbalancers/3000"));
    }

    @Test
    void anImmutableAnswerIsRetriedOnceTheBalancerIsActive() {
        stub.server.stubFor(put(urlEqualTo(path(NODE_A))).inScenario("status").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(immutable()).willSetStateTo("busy"));
        stub.server.stubFor(get(urlEqualTo(path(LB))).inScenario("status").whenScenarioStateIs("busy")
                .willReturn(okJson(ClbFixtures.balancer("2000", "PENDING_UPDATE"))).willSetStateTo("free"));
        stub.server.stubFor(get(urlEqualTo(path(LB))).inScenario("status").whenScenarioStateIs("free")
                .willReturn(okJson(ClbFixtures.balancer("2000", "ACTIVE"))));
        stub.server.stubFor(put(urlEqualTo(path(NODE_A))).inScenario("status").whenScenarioStateIs("free")
                .willReturn(accepted()).willSetStateTo("done"));
        stub.server.stubFor(get(urlEqualTo(path(LB))).inScenario("status").whenScenarioStateIs("done")
                .willReturn(okJson(ClbFixtures.balancer("2000", "ACTIVE"))));

        clb.updateNode("2000", "1", NodeUpdate.weight(10));

        assertThat(stub.log()).containsExactly("PUT " + path(NODE_A), "GET " + path(LB), "GET " + path(LB),
                "PUT " + path(NODE_A), "GET " + path(LB));
    }

    @Test
    void anImmutableAnswerPastTheWaitTimeoutEndsTheChangeWithTheRefusalAsCause() {
        stub.server.stubFor(put(urlEqualTo(path(NODE_A))).willReturn(immutable()));
        stub.status("2000", "ACTIVE");
        CloudLoadBalancers impatient = clb.withSettings(LoadBalancerSettings.builder()
                .waitTimeout(Duration.ofMillis(500)).waitInterval(Duration.ofMillis(20)).build());
        warmUp();

        assertThatThrownBy(() -> impatient.updateNode("2000", "1", NodeUpdate.weight(10)))
                .isInstanceOf(WaitTimeoutException.class).hasMessageContaining("still refused the change as immutable (422)")
                .cause().isInstanceOf(ClientErrorException.class).hasMessageContaining("considered immutable")
                .satisfies(cause -> assertThat(((ClientErrorException) cause).status()).isEqualTo(422));
        // retried: PUT, (pause, GET ACTIVE, PUT)... until the timeout
        assertThat(stub.log()).filteredOn(line -> line.startsWith("PUT")).hasSizeGreaterThan(1);
        assertThat(stub.log()).filteredOn(line -> line.startsWith("GET")).isNotEmpty();
        assertThat(clb.mutationsForTest().busyBalancers()).isZero();
    }

    @Test
    void anErrorStatusEndsTheChangeAtOnce() {
        stub.server.stubFor(put(urlEqualTo(path(NODE_A))).willReturn(accepted()));
        stub.status("2000", "ERROR");

        assertThatThrownBy(() -> clb.updateNode("2000", "1", NodeUpdate.weight(10)))
                .isInstanceOf(LoadBalancerFailedException.class).hasMessageContaining("load balancer 2000 is ERROR")
                .satisfies(e -> {
                    LoadBalancerFailedException failed = (LoadBalancerFailedException) e;
                    assertThat(failed.balancerStatus()).isEqualTo(LoadBalancerStatus.ERROR);
                    assertThat(failed.lastSnapshot(LoadBalancer.class).statusValue()).isEqualTo(LoadBalancerStatus.ERROR);
                });
        assertThat(stub.log()).containsExactly("PUT " + path(NODE_A), "GET " + path(LB));
    }

    @Test
    void aSuspendedBalancerEndsTheRetryOfAnImmutableAnswerAtOnce() {
        stub.server.stubFor(put(urlEqualTo(path(NODE_A))).willReturn(immutable()));
        stub.status("2000", "SUSPENDED");

        assertThatThrownBy(() -> clb.updateNode("2000", "1", NodeUpdate.weight(10)))
                .isInstanceOf(LoadBalancerFailedException.class)
                .satisfies(e -> assertThat(((LoadBalancerFailedException) e).balancerStatus())
                        .isEqualTo(LoadBalancerStatus.SUSPENDED));
        assertThat(stub.log()).containsExactly("PUT " + path(NODE_A), "GET " + path(LB));
    }

    @Test
    void aBalancerThatStaysPendingEndsTheChangeAtTheWaitTimeout() {
        warmUp();
        stub.server.stubFor(put(urlEqualTo(path(NODE_A))).willReturn(accepted()));
        stub.status("2000", "PENDING_UPDATE");
        CloudLoadBalancers impatient = clb.withSettings(LoadBalancerSettings.builder()
                .waitTimeout(Duration.ofMillis(300)).waitInterval(Duration.ofMillis(20)).build());

        assertThatThrownBy(() -> impatient.updateNode("2000", "1", NodeUpdate.weight(10)))
                .isInstanceOf(WaitTimeoutException.class);
        assertThat(stub.log().get(0)).isEqualTo("PUT " + path(NODE_A));
        assertThat(clb.mutationsForTest().busyBalancers()).isZero();
    }

    /** The first request of a JVM takes longer than the short timeouts of these tests: make it first. */
    private void warmUp() {
        stub.status("2000", "ACTIVE");
        clb.get("2000");
        stub.server.resetRequests();
    }

    private void waitUntilReceived(int requests) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (stub.server.getAllServeEvents().size() < requests && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        // the slow answer is on its way: give the second caller time to try its turn
        Thread.sleep(50);
    }
}
