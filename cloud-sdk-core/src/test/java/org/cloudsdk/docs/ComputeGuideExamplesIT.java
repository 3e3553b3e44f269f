package org.cloudsdk.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cloudsdk.CloudContext;
import org.cloudsdk.compute.Compute;
import org.cloudsdk.compute.ComputeImage;
import org.cloudsdk.compute.Flavor;
import org.cloudsdk.compute.KeyPair;
import org.cloudsdk.compute.NetworkAttachment;
import org.cloudsdk.compute.Server;
import org.cloudsdk.compute.ServerCreateOptions;
import org.cloudsdk.compute.ServerState;
import org.cloudsdk.errors.NoEndpointForServiceException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.Microversion;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.it.LocalCloud;
import org.cloudsdk.wait.NotFoundPolicy;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the examples of {@code docs/compute.md} ({@link ComputeGuideExamples}) against the local
 * Keystone and Nova (fake driver), in the guide's order, and checks what the guide says they do.
 * The first server ({@code first_server}) and the second ({@code meta_server}) made by the create
 * examples go through the rest of the chapter; every server, image and key pair made here is
 * deleted afterwards.
 *
 * <p>The waiter handed to the examples polls every half second (its defaults stand for
 * {@code Waiter.shared()}'s), so the chapter runs in a minute or two. The one example not run
 * here is {@code deleteAllServers()}: in the shared demo project it would delete the servers of
 * other tests running at the same time; its filtered twin is run instead. The administrator's
 * {@code resetState} runs in an administrator's context on the demo project's server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComputeGuideExamplesIT {

    /** A real OpenSSH public key; Nova parses it and computes its fingerprint. */
    private static final String PUBLIC_KEY =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHqVo8oFHjkhPiGZnfCHfsez9xJ9c8nKW+k74iuvDzjt cloud-sdk-guide";
    private static final List<String> KEY_NAMES = List.of("my_key", "my_generated_key");
    /** The names the examples give servers: what an example that failed half-way may leave. */
    private static final Set<String> SERVER_NAMES = Set.of("first_server", "meta_server", "clone", "rebuilt_server",
            "web");

    private final CloudContext ctx = LocalCloud.demo().build();
    private final CloudContext adminCtx = LocalCloud.admin().build();
    private final Compute compute = ctx.compute();
    private final Waiter waiter = Waiter.builder()
            .defaults(WaitOptions.defaults().toBuilder().interval(Duration.ofMillis(500))
                            .deadline(Duration.ofMinutes(3)).build(),
                    WaitOptions.forBuild().toBuilder().interval(Duration.ofMillis(500))
                            .deadline(Duration.ofMinutes(3)).build())
            .build();
    private final String imageId = LocalCloud.get("image.id");
    private final String flavorId = LocalCloud.get("flavor.tiny.id");
    private final String networkId = LocalCloud.get("network.id");
    private final List<String> servers = Collections.synchronizedList(new ArrayList<>());
    private Set<Server> before = Set.of();
    private final List<String> images = new ArrayList<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ComputeGuideExamples examples =
            new ComputeGuideExamples(new PrintStream(printed, true, StandardCharsets.UTF_8));

    /** A Glance image named like the guide's Ubuntu image (a record without data: Nova lists it). */
    private String ubuntuImageId;
    private Server first;
    private Server meta;

    @TempDir
    Path tmp;

    @BeforeAll
    void prepare() {
        deleteKeyPairs();   // left by a run that was killed
        before = Set.copyOf(compute.listServers());
        ServiceClient glance = ctx.client("image", null);
        ObjectNode image = Json.object().put("name", "Ubuntu 14.04 LTS (Trusty Tahr) (PVHVM) guide-" + UUID.randomUUID())
                .put("disk_format", "raw").put("container_format", "bare");
        ubuntuImageId = glance.execute(glance.request(HttpMethod.POST, "createImage").path("/v2/images")
                .jsonBody(Json.write(image))).json().path("id").asString();
    }

    @BeforeEach
    void forgetWhatWasPrinted() {
        printed.reset();
    }

    @AfterAll
    void deleteEverything() {
        try {
            compute.listServers().stream()
                    .filter(server -> SERVER_NAMES.contains(server.name()) && !before.contains(server))
                    .forEach(server -> servers.add(server.id()));
            for (String id : Set.copyOf(servers)) {
                try {
                    compute.deleteServer(id);
                } catch (NotFoundException alreadyGone) {
                    // an example deleted it
                }
            }
            for (String id : images) {
                try {
                    compute.deleteImage(id);
                } catch (NotFoundException alreadyGone) {
                    // deleted by the test that made it
                }
            }
            deleteKeyPairs();
            if (ubuntuImageId != null) {
                ServiceClient glance = ctx.client("image", null);
                glance.execute(glance.request(HttpMethod.DELETE, "deleteImage").path("/v2/images/{id}", ubuntuImageId));
            }
        } finally {
            waiter.close();
            adminCtx.close();
            ctx.close();
        }
    }

    private void deleteKeyPairs() {
        for (String name : KEY_NAMES) {
            try {
                compute.deleteKeypair(name);
            } catch (NotFoundException absent) {
                // nothing to clean up
            }
        }
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private Server track(Server server) {
        servers.add(server.id());
        return server;
    }

    private Server gone(Server server) {
        return waiter.waitUntil(server, "status", List.of("DELETED"),
                waiter.untilDefaults().toBuilder().notFound(NotFoundPolicy.SUCCEED).build());
    }

    /** Nova may still show a deleted server (status DELETED) for a moment: the 404 follows. */
    private void awaitNotFound(Server server) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                compute.getServer(server.id());
            } catch (NotFoundException gone) {
                return;
            }
            assertThat(System.nanoTime()).as("%s still found after 60 s", server).isLessThan(deadline);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A retried DELETE whose first attempt went through answers 404: the server is gone either way. */
    private void deleteQuietly(Server server) {
        try {
            server.delete();
        } catch (NotFoundException alreadyGone) {
            // deleted
        }
    }

    private Server newServer(String name) {
        return track(compute.createServer(name, imageId, flavorId, ServerCreateOptions.builder()
                .networks(List.of(NetworkAttachment.network(networkId))).build()));
    }

    @Test
    @Order(1)
    void theClient() {
        String region = LocalCloud.get("region");

        List<Compute> clients = examples.client(ctx, region);

        assertThat(clients).containsOnly(compute);
        assertThat(clients.get(1)).isSameAs(ctx.region(region).compute()).isSameAs(clients.get(2));
        assertThat(compute.client().region()).isEqualTo(region);
        assertThatThrownBy(() -> examples.client(ctx, "ORD")).isInstanceOf(NoEndpointForServiceException.class)
                .hasMessageContaining("'ORD'").hasMessageContaining(region);
    }

    @Test
    @Order(2)
    void listingImages() {
        List<ComputeImage> imgs = examples.listingImages(compute);

        assertThat(imgs).extracting(ComputeImage::id).contains(imageId, ubuntuImageId);
        assertThat(printed()).contains(LocalCloud.get("image.name") + "   -- ID: " + imageId + "\n");
    }

    @Test
    @Order(3)
    void imageTypes() {
        List<List<ComputeImage>> types = examples.imageTypes(compute);

        assertThat(types.get(0)).extracting(ComputeImage::id).contains(imageId);
        assertThat(types.get(1)).extracting(ComputeImage::id).doesNotContain(imageId)
                .allSatisfy(id -> assertThat(compute.getImage(id).isSnapshot()).isTrue());
    }

    @Test
    @Order(4)
    void findingAnImageByPartOfItsName() {
        assertThat(examples.findingAnImage(compute).id()).isEqualTo(ubuntuImageId);
    }

    @Test
    @Order(5)
    void listingFlavors() {
        List<Flavor> flvs = examples.listingFlavors(compute);

        assertThat(flvs).extracting(Flavor::name).contains("m1.tiny", "m1.small", "m1.medium");
        Flavor tiny = compute.getFlavor(flavorId);
        assertThat(printed()).contains("Name: m1.tiny\n  ID: " + flavorId + "\n  RAM: " + tiny.ram() + "\n  Disk: "
                + tiny.disk() + "\n  VCPUs: " + tiny.vcpus() + "\n");
    }

    @Test
    @Order(6)
    void findingAFlavorByRam() {
        Flavor flavor = examples.findingAFlavor(compute);

        assertThat(flavor.id()).isEqualTo(LocalCloud.get("flavor.small.id"));
        assertThat(flavor.ram()).isEqualTo(2048);
    }

    @Test
    @Order(7)
    void storingAPublicKey() throws IOException {
        Path keyFile = Files.writeString(tmp.resolve("id_rsa.pub"), PUBLIC_KEY + "\n");

        KeyPair key = examples.keyPair(compute, keyFile);

        assertThat(compute.getKeypair("my_key").publicKey()).isEqualTo(PUBLIC_KEY);
        assertThat(key.privateKey()).isEmpty();
        assertThat(printed()).isEqualTo("my_key " + key.fingerprint() + "\n");
    }

    @Test
    @Order(8)
    void aGeneratedKeyPairComesWithItsPrivateKeyOnce() {
        KeyPair generated = examples.generatedKeyPair(compute);

        assertThat(generated.privateKey()).hasValueSatisfying(key -> assertThat(key).contains("PRIVATE KEY"));
        assertThat(generated.toString()).doesNotContain(generated.privateKey().get());
        assertThat(generated.reload().privateKey()).isEmpty();
        generated.delete();
    }

    @Test
    @Order(9)
    void creatingAServer() {
        first = track(examples.creatingAServer(compute, imageId, flavorId, networkId));

        assertThat(first.status()).isEqualTo("BUILD");
        assertThat(first.adminPass()).isPresent();
        assertThat(printed()).isEqualTo("ID: " + first.id() + "\nStatus: BUILD\nAdmin password: "
                + first.adminPass().get() + "\nNetworks: {}\n");
    }

    @Test
    @Order(10)
    void refreshingTheSnapshot() {
        Server fresh = examples.refreshing(compute, first);

        assertThat(fresh).isEqualTo(first);
        assertThat(fresh.adminPass()).isEmpty();
        assertThat(first.status()).as("the snapshot itself never changes").isEqualTo("BUILD");
        assertThat(printed()).isEqualTo(fresh.networks() + "\n");
    }

    @Test
    @Order(11)
    void waitUntilActive() {
        Server active = examples.waitUntil(waiter, first);

        assertThat(active.status()).isEqualTo("ACTIVE");
        assertThat(active.keyName()).contains("my_key");
    }

    @Test
    @Order(12)
    void waitForBuild() {
        first = examples.waitForBuild(waiter, first);

        assertThat(first.status()).isEqualTo("ACTIVE");
        assertThat(first.networks()).containsKey("demo-net");
    }

    @Test
    @Order(13)
    void waitingForManyWithFutures() {
        examples.waitAsync(waiter, List.of(first)).join();

        assertThat(printed()).isEqualTo("1 servers are ACTIVE\n");
    }

    @Test
    @Order(14)
    void aBuiltServerAndAFailedOne() {
        examples.waitFailures(waiter, first);
        assertThat(printed()).isEqualTo("built: " + first.networks() + "\n");

        printed.reset();
        adminCtx.compute().resetState(first.id(), ServerState.ERROR);
        examples.waitFailures(waiter, first);
        assertThat(printed()).isEqualTo("first_server failed to build\n");
    }

    @Test
    @Order(15)
    void resettingAServersState() {
        examples.resettingState(adminCtx, first);

        first = first.reload();
        assertThat(first.status()).isEqualTo("ACTIVE");
    }

    @Test
    @Order(16)
    void creatingAServerWithMetadataFilesAndAKey() {
        meta = track(examples.creatingWithOptions(compute, imageId, flavorId, networkId));

        Map<String, String> metadata = examples.checkingMetadata(compute, waiter, meta);

        assertThat(metadata).containsExactlyInAnyOrderEntriesOf(Map.of("test_key", "test_value", "meaning_of_life", "42"));
        meta = meta.reload();
        assertThat(meta.keyName()).contains("my_key");
        assertThat(meta.status()).isEqualTo("ACTIVE");
    }

    @Test
    @Order(17)
    void theLimitsOfTheTableAreCheckedBeforeAnyRequest() {
        Map<String, String> six = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5", "f", "6");
        assertThatThrownBy(() -> ServerCreateOptions.builder().metadata(six).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metadata");
        ServerCreateOptions.Builder sixFiles = ServerCreateOptions.builder();
        for (int i = 0; i < 6; i++) {
            sixFiles.file("/root/f" + i, "x");
        }
        assertThatThrownBy(sixFiles::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("files");
        assertThatThrownBy(() -> ServerCreateOptions.builder().file("/root/big", "x".repeat(2049)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2048 bytes");
        assertThatThrownBy(() -> ServerCreateOptions.builder().file("relative", "x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
        assertThatThrownBy(() -> ServerCreateOptions.builder().file("/root/bin", "a\0b").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> ServerCreateOptions.builder().metadata(Map.of("k", "v".repeat(256))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("255");
        assertThatThrownBy(() -> compute.createServer("n".repeat(256), imageId, flavorId))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> ServerCreateOptions.builder().userData("u".repeat(50_000)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userData");
        assertThatThrownBy(() -> compute.findFlavorByRam(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ram");
    }

    @Test
    @Order(18)
    void listingServers() {
        List<Server> listed = examples.listingServers(compute);

        assertThat(listed).contains(first, meta);
        assertThat(printed()).contains("first_server ACTIVE " + first.networks() + "\n");
    }

    @Test
    @Order(19)
    void serverMetadata() {
        Map<String, String> after = examples.metadata(meta);

        assertThat(after).doesNotContainKey("env").containsEntry("test_key", "test_value");
    }

    @Test
    @Order(20)
    void rebootingAndChangingThePassword() {
        Server rebooted = examples.rebooting(waiter, first);
        assertThat(rebooted.status()).isEqualTo("ACTIVE");

        examples.changingThePassword(first);
        assertThat(first.reload().status()).isEqualTo("ACTIVE");
    }

    @Test
    @Order(21)
    void resizingAndConfirming() {
        meta = examples.resizing(waiter, meta, LocalCloud.get("flavor.small.id"));

        assertThat(meta.status()).isEqualTo("ACTIVE");
        assertThat(meta.flavorName()).contains("m1.small");
    }

    @Test
    @Order(22)
    void resizingAndReverting() {
        meta = examples.revertingAResize(waiter, meta, LocalCloud.get("flavor.medium.id"));

        assertThat(meta.status()).isEqualTo("ACTIVE");
        assertThat(meta.flavorName()).contains("m1.small");
    }

    @Test
    @Order(23)
    void creatingAnImageAndACloneOfIt() {
        Server clone = track(examples.creatingAnImage(compute, waiter, meta, compute.getFlavor(flavorId), networkId));

        String snapshotId = clone.imageId().orElseGet(() -> clone.reload().imageId().orElseThrow());
        images.add(snapshotId);
        ComputeImage snapshot = compute.getImage(snapshotId);
        assertThat(snapshot.name()).isEqualTo("base_image");
        assertThat(snapshot.status()).isEqualTo("ACTIVE");
        assertThat(snapshot.isSnapshot()).isTrue();
        assertThat(snapshot.serverId()).contains(meta.id());
        assertThat(waiter.waitForBuild(clone).name()).isEqualTo("clone");
    }

    @Test
    @Order(24)
    void creatingAnImageByTheServersId() {
        String id = examples.creatingAnImageById(compute, first.id());
        images.add(id);

        ComputeImage image = waiter.waitUntil(compute.getImage(id), "status", List.of("ACTIVE"));
        assertThat(image.name()).isEqualTo("my_image_name");
        assertThat(image.metadata()).containsEntry("purpose", "backup");
        assertThat(compute.listSnapshots()).contains(image);
    }

    @Test
    @Order(25)
    void rebuilding() {
        first = examples.rebuilding(waiter, first, imageId);

        assertThat(first.status()).isEqualTo("ACTIVE");
        assertThat(first.name()).isEqualTo("rebuilt_server");
        assertThat(first.metadata()).isEqualTo(Map.of("role", "web"));
        assertThat(printed()).startsWith("Admin password: ").doesNotContain("null");
    }

    @Test
    @Order(26)
    void errorsOfALiveServerAndOfAnAmbiguousName() {
        Server web1 = newServer("web");
        Server web2 = newServer("web");
        try {
            examples.errors(compute, first);
        } finally {
            deleteQuietly(web1);
            deleteQuietly(web2);
        }

        assertThat(printed()).startsWith("409 ").containsPattern("compute: \\d+ servers are named 'web'; use an id\n");
    }

    @Test
    @Order(27)
    void deletingSomeServers() {
        Server test = newServer("test-" + UUID.randomUUID());

        examples.deletingSomeServers(compute);

        assertThat(gone(test).id()).isEqualTo(test.id());
        assertThat(compute.listServers()).contains(first, meta);
    }

    @Test
    @Order(28)
    void deletingAServer() {
        Server last = examples.deletingAServer(waiter, meta);

        assertThat(last.id()).isEqualTo(meta.id());
        assertThat(last.status()).as("DELETED, or what the last poll before the 404 saw").isIn("DELETED", "ACTIVE");
        awaitNotFound(meta);

        examples.errors(compute, meta);
        assertThat(printed()).startsWith(meta.id() + " is gone\n");
    }

    @Test
    @Order(29)
    void microversions() {
        assertThat(examples.microversions(compute)).contains(Microversion.parse("2.90"));
        Compute pinned = compute.withMicroversion("2.61");
        assertThat(pinned.microversion()).contains(Microversion.parse("2.61"));
        assertThat(pinned.listServers()).contains(first);
        assertThat(pinned.listFlavors()).extracting(Flavor::id).contains(flavorId);
    }

    @Test
    @Order(30)
    void aContextPinnedToAMicroversion() {
        try (CloudContext pinned = examples.pinnedContext(LocalCloud.demo())) {
            assertThat(pinned.compute().microversion()).contains(Microversion.parse("2.79"));
            assertThat(pinned.compute().listFlavors()).isNotEmpty();
        }
    }
}
