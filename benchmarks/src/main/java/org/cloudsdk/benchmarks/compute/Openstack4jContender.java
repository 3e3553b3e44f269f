package org.cloudsdk.benchmarks.compute;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.openstack4j.api.Builders;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.api.compute.ServerService;
import org.openstack4j.core.transport.Config;
import org.openstack4j.model.common.Identifier;
import org.openstack4j.model.compute.Server;
import org.openstack4j.model.identity.v3.Token;
import org.openstack4j.openstack.OSFactory;

/**
 * openstack4j 3.12 (a peer, used as a library from Maven Central) doing the same work as its user
 * would.
 *
 * <p>Listing: its {@code servers().list()} sends one {@code GET /servers/detail} and returns that
 * one page (Nova's first 1,000); it does not follow {@code servers_links}. Its user pages by hand
 * through its API, {@code servers().list(Map)} with {@code limit} and {@code marker} (the last id),
 * until a page comes back short or empty; that is what this does.
 *
 * <p>Waiting: {@code servers().waitForServerStatus(id, ACTIVE, max, unit)} blocks its thread,
 * polling every second (fixed in openstack4j), so concurrent waits need a thread each: a fixed pool
 * of as many threads as waits. Its session is a thread-local, so each pool thread makes its client
 * from the one token ({@code OSFactory.clientFromToken}), as its documentation says, and the
 * connection pool is as large as the number of threads so they are not queued behind it.
 */
public final class Openstack4jContender implements ComputeContender {

    private final int page;
    private final int threads;
    private final Token token;
    private final Config config;
    private final ThreadLocal<OSClientV3> clients;
    private final AtomicInteger threadNumbers = new AtomicInteger();
    private ExecutorService pool;
    private List<String> created = List.of();

    /**
     * @param stub the Nova stub to talk to
     * @param page the page size it asks for: the server's {@code max_limit}, since a page shorter
     *     than the one asked for is how its user knows the listing is over
     * @param threads the threads of the waits (one per concurrent wait)
     */
    public Openstack4jContender(NovaStub stub, int page, int threads) {
        this.page = page;
        this.threads = threads;
        int connections = Math.max(64, threads);
        config = Config.newConfig().withMaxConnections(connections).withMaxConnectionsPerRoute(connections)
                .withConnectionTimeout(30_000).withReadTimeout(60_000);
        OSClientV3 client = OSFactory.builderV3().endpoint(stub.authUrl()).withConfig(config)
                .credentials("bench", "bench-password", Identifier.byName("Default"))
                .scopeToProject(Identifier.byName("bench"), Identifier.byName("Default")).authenticate();
        client.useRegion(REGION);
        token = client.getToken();
        clients = ThreadLocal.withInitial(() -> OSFactory.clientFromToken(token, config).useRegion(REGION));
        clients.set(client);
    }

    @Override
    public String name() {
        return "openstack4j 3.12";
    }

    @Override
    public String pagingNote() {
        return "`list(Map)` with limit + marker by hand (`list()` returns page 1 only)";
    }

    @Override
    public String waitingNote() {
        return "`waitForServerStatus` (blocking, 1 s fixed), one pool thread per wait";
    }

    private ServerService servers() {
        return clients.get().compute().servers();
    }

    @Override
    public List<Server> listAll() {
        List<Server> all = new ArrayList<>();
        String marker = null;
        // bounded: a server that kept answering full pages would otherwise never end the loop
        for (int pages = 0; pages < 100_000; pages++) {
            Map<String, String> query = new HashMap<>();
            query.put("limit", Integer.toString(page));
            if (marker != null) {
                query.put("marker", marker);
            }
            List<? extends Server> servers = servers().list(query);
            all.addAll(servers);
            if (servers.size() < page) {
                return all;
            }
            marker = servers.get(servers.size() - 1).getId();
        }
        throw new IllegalStateException("openstack4j's listing did not end after 100,000 pages");
    }

    @Override
    public String idOf(Object server) {
        return ((Server) server).getId();
    }

    @Override
    public void create(int run, int count) {
        List<String> ids = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Server server = servers().boot(Builders.server().name("wait-" + run + "-" + n).image(IMAGE_ID)
                    .flavor(FLAVOR_ID).build());
            ids.add(server.getId());
        }
        created = List.copyOf(ids);
    }

    @Override
    public int awaitActive(Duration timeout) throws Exception {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, "os4j-wait-" + threadNumbers.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
        int seconds = (int) Math.max(1, timeout.toSeconds());
        List<Future<Server>> waits = new ArrayList<>(created.size());
        for (String id : created) {
            waits.add(pool.submit(() -> servers().waitForServerStatus(id, Server.Status.ACTIVE, seconds,
                    TimeUnit.SECONDS)));
        }
        long deadline = System.nanoTime() + timeout.plusSeconds(10).toNanos();
        int active = 0;
        for (Future<Server> wait : waits) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                waits.forEach(w -> w.cancel(true));
                throw new TimeoutException("openstack4j's waits did not end within " + timeout.plusSeconds(10));
            }
            Server server = wait.get(left, TimeUnit.NANOSECONDS);
            if (server != null && server.getStatus() == Server.Status.ACTIVE) {
                active++;
            }
        }
        return active;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
