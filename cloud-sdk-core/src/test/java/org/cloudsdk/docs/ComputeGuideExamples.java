package org.cloudsdk.docs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.CloudContext;
import org.cloudsdk.CloudContextBuilder;
import org.cloudsdk.compute.Compute;
import org.cloudsdk.compute.ComputeImage;
import org.cloudsdk.compute.DiskConfig;
import org.cloudsdk.compute.Flavor;
import org.cloudsdk.compute.KeyPair;
import org.cloudsdk.compute.NetworkAttachment;
import org.cloudsdk.compute.RebootType;
import org.cloudsdk.compute.RebuildOptions;
import org.cloudsdk.compute.Server;
import org.cloudsdk.compute.ServerCreateOptions;
import org.cloudsdk.compute.ServerListOptions;
import org.cloudsdk.compute.ServerState;
import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.NoUniqueMatchException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.http.Microversion;
import org.cloudsdk.wait.NotFoundPolicy;
import org.cloudsdk.wait.ResourceFailedException;
import org.cloudsdk.wait.WaitTimeoutException;
import org.cloudsdk.wait.Waiter;

/**
 * The examples of {@code docs/compute.md}, as compiled code: the body of each method is a
 * {@code java} block of the guide, character for character but for indentation
 * ({@code DocExamplesMatchSourcesTest} checks it), so the guide cannot show code that does not
 * compile against the real API.
 *
 * <p>What a block takes for granted is a parameter of its method, named as the guide names it:
 * {@code ctx} is a {@link CloudContext}, {@code compute} its {@link Compute}, {@code waiter} a
 * {@link Waiter} ({@code Waiter.shared()} or the application's), {@code server} a {@link Server},
 * {@code imageId}, {@code flavorId} and {@code networkId} ids of the cloud. {@code out} is where the
 * examples print. {@code ComputeGuideExamplesIT} runs them against the local Nova.
 */
public final class ComputeGuideExamples {

    private final PrintStream out;

    /** @param out where the examples print ({@code System.out} in an application) */
    public ComputeGuideExamples(PrintStream out) {
        this.out = out;
    }

    // ---------------------------------------------------------------- the client

    /** The client, three ways to the same one per region. */
    List<Compute> client(CloudContext ctx, String region) {
        Compute compute = ctx.compute();                        // pyrax.cloudservers: the default region
        Compute other = ctx.compute(region);                    // or ctx.region(region).compute()
        Compute same = ctx.service(Compute.SERVICE, region);    // the registration's generic form: other itself
        return List.of(compute, other, same);
    }

    // ---------------------------------------------------------------- listings

    List<Server> listingServers(Compute compute) {
        List<Server> servers = compute.listServers();           // cs.servers.list(): every page followed
        for (Server server : servers) {
            out.println(server.name() + " " + server.status() + " " + server.networks());
        }
        List<Server> building = compute.listServers(ServerListOptions.builder().status("BUILD").build());
        List<Server> firstTen = compute.servers(ServerListOptions.defaults()).stream().limit(10).toList();
        return servers;
    }

    List<ComputeImage> listingImages(Compute compute) {
        List<ComputeImage> imgs = compute.listImages();         // cs.images.list(), cs.list_images()
        for (ComputeImage img : imgs) {
            out.println(img.name() + "   -- ID: " + img.id());
        }
        return imgs;
    }

    List<List<ComputeImage>> imageTypes(Compute compute) {
        List<ComputeImage> base = compute.listBaseImages();     // cs.list_base_images(): the provider's
        List<ComputeImage> snapshots = compute.listSnapshots(); // cs.list_snapshots(): made from servers
        return List.of(base, snapshots);
    }

    ComputeImage findingAnImage(Compute compute) {
        ComputeImage ubuImage = compute.listImages().stream()
                .filter(img -> img.name().contains("Ubuntu 14.04") && img.name().contains("PVHVM"))
                .findFirst()
                .orElseThrow();
        return ubuImage;
    }

    List<Flavor> listingFlavors(Compute compute) {
        List<Flavor> flvs = compute.listFlavors();              // cs.list_flavors(), cs.flavors.list()
        for (Flavor flv : flvs) {
            out.println("Name: " + flv.name());
            out.println("  ID: " + flv.id());
            out.println("  RAM: " + flv.ram());
            out.println("  Disk: " + flv.disk());
            out.println("  VCPUs: " + flv.vcpus());
        }
        return flvs;
    }

    Flavor findingAFlavor(Compute compute) {
        Flavor flavor2GB = compute.findFlavorByRam(2048).orElseThrow();   // the first flavor of exactly 2048 MB
        Optional<Flavor> small = compute.findFlavor("m1.small");           // by its exact name
        return flavor2GB;
    }

    // ---------------------------------------------------------------- key pairs

    KeyPair keyPair(Compute compute, Path keyFile) throws IOException {
        KeyPair key = compute.createKeypair("my_key", Files.readString(keyFile));   // keyFile: ~/.ssh/id_rsa.pub
        out.println(key.name() + " " + key.fingerprint());
        return key;
    }

    KeyPair generatedKeyPair(Compute compute) {
        KeyPair generated = compute.createKeypair("my_generated_key");  // the cloud makes the pair
        String privateKey = generated.privateKey().orElseThrow();        // given this once: save it now
        return generated;
    }

    // ---------------------------------------------------------------- creating a server

    Server creatingAServer(Compute compute, String imageId, String flavorId, String networkId) {
        Server server = compute.createServer("first_server", imageId, flavorId, ServerCreateOptions.builder()
                .keyName("my_key")
                .networks(List.of(NetworkAttachment.network(networkId)))
                .build());
        out.println("ID: " + server.id());
        out.println("Status: " + server.status());
        out.println("Admin password: " + server.adminPass().orElse(null));
        out.println("Networks: " + server.networks());
        return server;
    }

    Server refreshing(Compute compute, Server server) {
        server = server.reload();                               // cs.servers.get(server.id)
        server = compute.getServer(server.id());                // the same
        out.println(server.networks());
        return server;
    }

    // ---------------------------------------------------------------- waiting

    Server waitUntil(Waiter waiter, Server server) {
        Server active = waiter.waitUntil(server, "status", List.of("ACTIVE"));    // ERROR ends it at once
        return active;
    }

    Server waitForBuild(Waiter waiter, Server server) {
        Server built = waiter.waitForBuild(server);            // ACTIVE; every 20 s unless the waiter says otherwise
        return built;
    }

    CompletableFuture<Void> waitAsync(Waiter waiter, List<Server> servers) {
        List<CompletableFuture<Server>> builds = servers.stream()
                .map(server -> waiter.waitForBuildAsync(server))
                .toList();
        CompletableFuture<Void> all = CompletableFuture.allOf(builds.toArray(CompletableFuture[]::new))
                .thenRun(() -> out.println(builds.size() + " servers are ACTIVE"));
        return all;
    }

    void waitFailures(Waiter waiter, Server server) {
        try {
            Server built = waiter.waitForBuild(server, waiter.buildDefaults().toBuilder()
                    .deadline(Duration.ofMinutes(15))
                    .build());
            out.println("built: " + built.networks());
        } catch (ResourceFailedException e) {                   // the server went to ERROR
            out.println(e.lastSnapshot(Server.class).name() + " failed to build");
        } catch (WaitTimeoutException e) {                      // still not ACTIVE after 15 minutes
            out.println("still " + e.lastValue().orElse(null) + " after " + e.elapsed());
        }
    }

    // ---------------------------------------------------------------- create options

    Server creatingWithOptions(Compute compute, String imageId, String flavorId, String networkId) {
        String content = """
                This is the contents of the text file.
                It has several lines of text.

                And it even has a blank line.""";
        ServerCreateOptions options = ServerCreateOptions.builder()
                .metadata(Map.of("test_key", "test_value", "meaning_of_life", "42"))
                .file("/root/testfile", content)
                .keyName("my_key")
                .networks(List.of(NetworkAttachment.network(networkId)))
                .diskConfig(DiskConfig.AUTO)
                .build();
        Server server = compute.createServer("meta_server", imageId, flavorId, options);
        return server;
    }

    Map<String, String> checkingMetadata(Compute compute, Waiter waiter, Server server) {
        Server built = waiter.waitForBuild(server);
        Map<String, String> meta = compute.getServer(built.id()).metadata();   // {test_key=test_value, meaning_of_life=42}
        return meta;
    }

    // ---------------------------------------------------------------- deleting

    Server deletingAServer(Waiter waiter, Server server) {
        server.delete();
        Server last = waiter.waitUntil(server, "status", List.of("DELETED"), waiter.untilDefaults().toBuilder()
                .notFound(NotFoundPolicy.SUCCEED)                  // gone (404) is what we wait for
                .build());
        return last;
    }

    List<Server> deletingAllServers(Compute compute) {
        List<Server> deleted = compute.deleteAllServers();      // every server of the project in this region
        return deleted;
    }

    void deletingSomeServers(Compute compute) {
        ServerListOptions tests = ServerListOptions.builder().name("^test-").build();   // a regular expression
        for (Server server : compute.listServers(tests)) {
            server.delete();
        }
    }

    // ---------------------------------------------------------------- images

    Server creatingAnImage(Compute compute, Waiter waiter, Server server, Flavor myFlavor, String networkId) {
        String imageId = server.createImage("base_image");      // the id, not an image, as in pyrax
        ComputeImage image = waiter.waitUntil(compute.getImage(imageId), "status", List.of("ACTIVE"));
        Server clone = compute.createServer("clone", image.id(), myFlavor.id(), ServerCreateOptions.builder()
                .networks(List.of(NetworkAttachment.network(networkId)))
                .build());
        return clone;
    }

    String creatingAnImageById(Compute compute, String serverId) {
        String imageId = compute.createImage(serverId, "my_image_name", Map.of("purpose", "backup"));
        return imageId;
    }

    // ---------------------------------------------------------------- changing a server

    Server resizing(Waiter waiter, Server server, String newFlavorId) {
        server.resize(newFlavorId);                             // RESIZE, then VERIFY_RESIZE
        Server resized = waiter.waitUntil(server, "status", List.of("VERIFY_RESIZE"));
        resized.confirmResize();                                // keep it: ACTIVE with the new flavor
        return waiter.waitUntil(resized, "status", List.of("ACTIVE"));
    }

    Server revertingAResize(Waiter waiter, Server server, String newFlavorId) {
        server.resize(newFlavorId);
        waiter.waitUntil(server, "status", List.of("VERIFY_RESIZE")).revertResize();   // back to the old flavor
        return waiter.waitUntil(server, "status", List.of("ACTIVE"));
    }

    void resettingState(CloudContext adminCtx, Server server) {
        Compute adminCompute = adminCtx.compute();              // os-resetState is an administrator's action
        adminCompute.resetState(server.id(), ServerState.ACTIVE);
    }

    Server rebooting(Waiter waiter, Server server) {
        server.reboot();                                        // soft, as pyrax's default
        server.reboot(RebootType.HARD);                         // power-cycled
        return waiter.waitUntil(server, "status", List.of("ACTIVE"));
    }

    void changingThePassword(Server server) {
        server.changePassword("n3w-P4ssw0rd!");                 // when the admin password was lost
    }

    Server rebuilding(Waiter waiter, Server server, String imageId) {
        Server rebuilding = server.rebuild(imageId, RebuildOptions.builder()
                .name("rebuilt_server")
                .metadata(Map.of("role", "web"))
                .build());
        out.println("Admin password: " + rebuilding.adminPass().orElse(null));   // a new one, given once
        return waiter.waitForBuild(rebuilding);
    }

    Map<String, String> metadata(Server server) {
        Map<String, String> meta = server.setMetadata(Map.of("env", "staging"));   // adds or changes, keeps the rest
        server.deleteMetadata(List.of("env"));
        meta = server.getMetadata();                            // read now, not from the snapshot
        return meta;
    }

    // ---------------------------------------------------------------- microversions

    Optional<Microversion> microversions(Compute compute) {
        Optional<Microversion> inUse = compute.microversion();  // negotiated on first use: 2.90 on a recent Nova
        Compute pinned = compute.withMicroversion("2.61");      // the same endpoint, every request at 2.61
        List<Flavor> flavors = pinned.listFlavors();
        return inUse;
    }

    CloudContext pinnedContext(CloudContextBuilder builder) {
        CloudContext ctx = builder.microversion("compute", "2.79").build();   // every compute client of ctx
        return ctx;
    }

    // ---------------------------------------------------------------- errors

    void errors(Compute compute, Server server) {
        try {
            server.confirmResize();
        } catch (ConflictException e) {                         // 409: not in VERIFY_RESIZE
            out.println(e.status() + " " + e.serverMessage());
        } catch (NotFoundException e) {                         // 404: deleted meanwhile
            out.println(server.id() + " is gone");
        }
        try {
            Optional<Server> web = compute.findServer("web");
        } catch (NoUniqueMatchException e) {                    // several are named "web": use an id
            out.println(e.getMessage());
        }
    }
}
