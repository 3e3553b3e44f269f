package org.cloudsdk.docs;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.wait.NotFoundPolicy;
import org.cloudsdk.wait.ResourceFailedException;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.WaitTimeoutException;
import org.cloudsdk.wait.Waitable;
import org.cloudsdk.wait.Waiter;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;

/**
 * The examples of {@code docs/waiting.md}, as compiled code: the body of each method is a
 * {@code java} block of the guide, character for character but for indentation
 * ({@code WaitingGuideExamplesTest} checks it, and runs them against scripted handles).
 *
 * <p>The compute handles do not exist yet, so {@code Server} and {@code LoadBalancer} are type
 * parameters standing for any {@link Waitable} handle: the blocks read as they will with the real
 * types. {@code waiter} is a {@link Waiter}, {@code server}, {@code srv}, {@code lb} and
 * {@code servers} handles, {@code out} where the examples print.
 */
public final class WaitingGuideExamples {

    private WaitingGuideExamples() {
    }

    static Waiter sharedWaiter() {
        Waiter waiter = Waiter.shared();
        return waiter;
    }

    static <Server extends Waitable<Server>> Server waitForBuild(Waiter waiter, Server srv) {
        Server built = waiter.waitForBuild(srv);
        return built;
    }

    static <Server extends Waitable<Server>> Server waitUntil(Waiter waiter, Server srv) {
        Server newSrv = waiter.waitUntil(srv, "status", List.of("ACTIVE", "ERROR"));
        return newSrv;
    }

    static <LoadBalancer extends Waitable<LoadBalancer>> LoadBalancer loadBalancer(Waiter waiter, LoadBalancer lb) {
        WaitOptions options = WaitOptions.builder()
                .interval(Duration.ofSeconds(1))
                .attempts(30)
                .verbose(true)
                .build();
        lb = waiter.waitUntil(lb, "status", List.of("ACTIVE"), options);
        return lb;
    }

    static <Server extends Waitable<Server>> Server verboseBuild(Waiter waiter, Server srv) {
        Server built = waiter.waitForBuild(srv, WaitOptions.forBuild().toBuilder()
                .verbose(true)
                .verboseOutput(System.out::println)
                .build());
        return built;
    }

    static <Server extends Waitable<Server>> void failures(Waiter waiter, Server srv, PrintStream out) {
        try {
            Server built = waiter.waitForBuild(srv, WaitOptions.forBuild().toBuilder()
                    .deadline(Duration.ofMinutes(15))
                    .build());
            out.println("built: " + built.id());
        } catch (ResourceFailedException e) {
            out.println(e.lastSnapshot().id() + " failed: status=" + e.lastValue().orElse(null));
        } catch (WaitTimeoutException e) {
            out.println("still " + e.lastValue().orElse(null) + " after " + e.elapsed());
        }
    }

    static <Server extends Waitable<Server>> CompletableFuture<Void> async(Waiter waiter, Server srv, PrintStream out) {
        CompletableFuture<Server> building = waiter.waitForBuildAsync(srv);
        CompletableFuture<Void> reported = building
                .thenAccept(built -> out.println(built.id() + " is " + built.attribute("status").orElseThrow()));
        return reported;
    }

    static <Server extends Waitable<Server>> List<Server> many(Waiter waiter, List<Server> servers) {
        List<CompletableFuture<Server>> builds = servers.stream()
                .map(server -> waiter.waitForBuildAsync(server))
                .toList();
        CompletableFuture.allOf(builds.toArray(CompletableFuture[]::new)).join();
        List<Server> built = builds.stream().map(CompletableFuture::join).toList();
        return built;
    }

    static <Server extends Waitable<Server>> CompletableFuture<Server> callback(Waiter waiter, Server srv,
            PrintStream out) {
        CompletableFuture<Server> wait = waiter.waitForBuild(srv, WaitOptions.forBuild(), (built, error) -> {
            if (error != null) {
                out.println("the build failed: " + error.getMessage());
            } else {
                out.println(built.id() + " is ready");
            }
        });
        return wait;
    }

    static <Server extends Waitable<Server>> boolean cancel(Waiter waiter, Server srv) {
        CompletableFuture<Server> building = waiter.waitForBuildAsync(srv);
        boolean cancelled = building.cancel(true);
        return cancelled;
    }

    static <Server extends Waitable<Server>> Server deletion(Waiter waiter, Server server) {
        Server last = waiter.waitUntil(server, "status", List.of("DELETED"), WaitOptions.builder()
                .notFound(NotFoundPolicy.SUCCEED)
                .deadline(Duration.ofMinutes(5))
                .build());
        return last;
    }

    static Waiter ownWaiter(io.micrometer.observation.ObservationRegistry registry) {
        Waiter waiter = Waiter.builder()
                .threads(2)
                .observationRegistry(registry)
                .build();
        return waiter;
    }

    /**
     * The smallest handle over a Nova server document, as the guide shows it; {@code WaiterHttpTest}
     * waits on it through WireMock.
     *
     * @param client the compute client
     * @param id the server's id
     * @param json the {@code server} object of the last GET
     */
    public record Server(ServiceClient client, String id, JsonNode json) implements Waitable<Server> {

        @Override
        public Optional<Object> attribute(String name) {
            JsonNode value = json.get(name);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            return Optional.of(value.isNumber() ? value.numberValue() : value.isString() ? value.asString() : value);
        }

        @Override
        public CompletableFuture<Server> reloadAsync() {
            return client.exchange(client.request(HttpMethod.GET, "getServer").path("/servers/{id}", id))
                    .map(response -> new Server(client, id, response.json().path("server")))
                    .toFuture();
        }

        @Override
        public String resourceType() {
            return "server";
        }
    }
}
