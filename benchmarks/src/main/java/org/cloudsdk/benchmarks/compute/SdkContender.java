package org.cloudsdk.benchmarks.compute;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.cloudsdk.CloudContext;
import org.cloudsdk.benchmarks.SdkContexts;
import org.cloudsdk.compute.Compute;
import org.cloudsdk.compute.Server;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;

/**
 * cloud-sdk through its public API only: a context built like any application's (isolated from
 * this machine's configuration), {@code compute().listServers()}, which follows Nova's
 * {@code servers_links}, and a {@link Waiter} of its own whose {@code waitForBuildAsync} polls
 * every wait on its small scheduler without holding a thread per wait.
 */
public final class SdkContender implements ComputeContender {

    private final CloudContext context;
    private final Compute compute;
    private final Waiter waiter = Waiter.builder().build();
    private List<Server> created = List.of();

    /** @param stub the Nova stub to talk to */
    public SdkContender(NovaStub stub) {
        context = SdkContexts.isolated().authEndpoint(stub.authUrl()).region(REGION).username("bench")
                .password("bench-password").tenantName("bench").userDomainName("Default")
                .projectDomainName("Default").build();
        compute = context.compute();
    }

    @Override
    public String name() {
        return "cloud-sdk";
    }

    @Override
    public String pagingNote() {
        return "`listServers()` follows `servers_links`";
    }

    @Override
    public String waitingNote() {
        return "`Waiter.waitForBuildAsync`, 1 s interval, 2 scheduler threads";
    }

    @Override
    public List<Server> listAll() {
        return compute.listServers();
    }

    @Override
    public String idOf(Object server) {
        return ((Server) server).id();
    }

    @Override
    public void create(int run, int count) {
        created = IntStream.range(0, count)
                .mapToObj(n -> compute.createServer("wait-" + run + "-" + n, IMAGE_ID, FLAVOR_ID)).toList();
    }

    @Override
    public int awaitActive(Duration timeout) throws Exception {
        WaitOptions options = WaitOptions.builder().interval(POLL_INTERVAL).deadline(timeout).build();
        List<CompletableFuture<Server>> waits = created.stream().map(server -> waiter.waitForBuildAsync(server, options))
                .toList();
        // the waits' own deadline ends them; this bound only guards against a wait that never completes
        CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new))
                .get(timeout.plusSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
        return (int) waits.stream().map(CompletableFuture::join).filter(server -> "ACTIVE".equals(server.status()))
                .count();
    }

    @Override
    public void close() {
        waiter.close();
        context.close();
    }
}
