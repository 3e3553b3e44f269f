package org.cloudsdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cloudsdk.CloudContext;
import org.cloudsdk.compute.Compute;
import org.cloudsdk.compute.ComputeImage;
import org.cloudsdk.compute.Flavor;
import org.cloudsdk.compute.KeyPair;
import org.cloudsdk.compute.NetworkAttachment;
import org.cloudsdk.compute.RebootType;
import org.cloudsdk.compute.Server;
import org.cloudsdk.compute.ServerCreateOptions;
import org.cloudsdk.compute.ServerListOptions;
import org.cloudsdk.compute.ServerState;
import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.http.Microversion;
import org.cloudsdk.wait.NotFoundPolicy;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compute against the local cloud's real Nova (fake driver): the chapter's life of a server, from
 * a key pair to its deletion, and the read-only listings.
 */
class ComputeIT {

    /** A real OpenSSH public key; Nova parses it and computes its fingerprint. */
    static final String PUBLIC_KEY =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHqVo8oFHjkhPiGZnfCHfsez9xJ9c8nKW+k74iuvDzjt cloud-sdk-it";

    private static final WaitOptions FAST = WaitOptions.forBuild().toBuilder().interval(Duration.ofMillis(500))
            .deadline(Duration.ofMinutes(3)).build();

    private static CloudContext ctx;
    private static Compute compute;

    @BeforeAll
    static void connect() {
        ctx = LocalCloud.demo().build();
        compute = ctx.compute();
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void negotiatesTheNewestMicroversionBothSidesSupport() {
        assertThat(compute.microversion()).contains(Microversion.parse("2.90"));
        assertThat(compute.serverMicroversions()).hasValueSatisfying(range ->
                assertThat(range.max()).isGreaterThanOrEqualTo(Microversion.parse("2.90")));
        assertThat(ctx.compute()).isSameAs(compute);
        assertThat(ctx.region(LocalCloud.get("region")).compute()).isSameAs(compute);
    }

    @Test
    void listsFlavorsWithTheirSizesAndFindsOneByRam() {
        List<Flavor> flavors = compute.listFlavors();

        assertThat(flavors).extracting(Flavor::name).contains("m1.tiny", "m1.small", "m1.medium");
        Flavor tiny = compute.getFlavor(LocalCloud.get("flavor.tiny.id"));
        assertThat(tiny.ram()).isPositive();
        assertThat(tiny.vcpus()).isPositive();
        assertThat(compute.findFlavorByRam(tiny.ram())).contains(tiny);
        assertThat(compute.findFlavor("m1.tiny")).contains(tiny);
        assertThat(tiny.reload()).isEqualTo(tiny);
    }

    @Test
    void listsImagesAsComputeSeesThemEvenPastItsImageApi() {
        // Nova's image API ends at 2.35; the client sends image calls there whatever is negotiated
        List<ComputeImage> images = compute.listImages();

        assertThat(images).extracting(ComputeImage::id).contains(LocalCloud.get("image.id"));
        assertThat(compute.listBaseImages()).extracting(ComputeImage::id).contains(LocalCloud.get("image.id"));
        assertThat(compute.listSnapshots()).extracting(ComputeImage::id).doesNotContain(LocalCloud.get("image.id"));
        assertThat(compute.findImage(LocalCloud.get("image.name"))).map(ComputeImage::id)
                .contains(LocalCloud.get("image.id"));
        assertThat(compute.getImage(LocalCloud.get("image.id")).status()).isEqualTo("ACTIVE");
    }

    @Test
    void keyPairsAreCreatedFromAPublicKeyListedAndDeleted() {
        String name = "it-key-" + UUID.randomUUID();
        KeyPair created = compute.createKeypair(name, PUBLIC_KEY);
        try {
            assertThat(created.fingerprint()).isNotBlank();
            assertThat(compute.listKeypairs()).contains(created);
            assertThat(compute.getKeypair(name).publicKey()).isEqualTo(PUBLIC_KEY);
            assertThatThrownBy(() -> compute.createKeypair(name, PUBLIC_KEY)).isInstanceOf(ConflictException.class);
        } finally {
            created.delete();
        }
        assertThatThrownBy(() -> compute.getKeypair(name)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aServerLivesThroughTheWholeChapter() {
        String keyName = "it-server-key-" + UUID.randomUUID();
        compute.createKeypair(keyName, PUBLIC_KEY);
        String name = "it-server-" + UUID.randomUUID();
        ServerCreateOptions options = ServerCreateOptions.builder()
                .metadata(Map.of("test_key", "test_value", "meaning_of_life", "42"))
                .file("/root/testfile", "This is the contents of the text file.\nIt has several lines of text.\n")
                .keyName(keyName)
                .networks(List.of(NetworkAttachment.network(LocalCloud.get("network.id"))))
                .build();
        Server created = compute.createServer(name, LocalCloud.get("image.id"), LocalCloud.get("flavor.tiny.id"), options);
        try {
            assertThat(created.adminPass()).isPresent();
            assertThat(created.toString()).doesNotContain(created.adminPass().get());
            assertThat(created.status()).isEqualTo("BUILD");

            Server active = Waiter.shared().waitForBuild(created, FAST);

            assertThat(active.status()).isEqualTo("ACTIVE");
            assertThat(active.metadata()).containsEntry("meaning_of_life", "42");
            assertThat(active.keyName()).contains(keyName);
            assertThat(active.adminPass()).isEmpty();
            assertThat(active.networks()).isNotEmpty();
            assertThat(active.networks().values().iterator().next().get(0)).startsWith("10.10.0.");
            assertThat(compute.findServer(name)).contains(active);
            assertThat(compute.listServers(ServerListOptions.builder().name(name).build())).containsExactly(active);
            assertThat(compute.listServers()).contains(active);

            active.resize(LocalCloud.get("flavor.small.id"));
            Server verify = Waiter.shared().waitUntil(active, "status", List.of("VERIFY_RESIZE"), FAST);
            verify.confirmResize();
            Server resized = Waiter.shared().waitUntil(verify, "status", List.of("ACTIVE"), FAST);
            assertThat(resized.flavorName()).contains("m1.small");

            resized.resize(LocalCloud.get("flavor.medium.id"));
            Waiter.shared().waitUntil(resized, "status", List.of("VERIFY_RESIZE"), FAST).revertResize();
            Server reverted = Waiter.shared().waitUntil(resized, "status", List.of("ACTIVE"), FAST);
            assertThat(reverted.flavorName()).contains("m1.small");

            reverted.reboot(RebootType.HARD);
            Waiter.shared().waitUntil(reverted, "status", List.of("ACTIVE"), FAST);
            reverted.changePassword("n3w-Secret-" + UUID.randomUUID());

            assertThat(reverted.setMetadata(Map.of("role", "web"))).containsEntry("role", "web")
                    .containsEntry("test_key", "test_value");
            reverted.deleteMetadata(List.of("role"));
            assertThat(reverted.getMetadata()).doesNotContainKey("role");

            String imageId = reverted.createImage("it-image-" + UUID.randomUUID(), Map.of("purpose", "it"));
            ComputeImage image = Waiter.shared().waitUntil(compute.getImage(imageId), "status", List.of("ACTIVE"), FAST);
            try {
                assertThat(image.isSnapshot()).isTrue();
                assertThat(image.metadata()).containsEntry("purpose", "it");
                assertThat(compute.listSnapshots()).contains(image);
            } finally {
                image.delete();
            }
        } finally {
            created.delete();
            compute.deleteKeypair(keyName);
        }
        Server gone = Waiter.shared().waitUntil(created, "status", List.of("DELETED"),
                FAST.toBuilder().notFound(NotFoundPolicy.SUCCEED).build());
        assertThat(gone.id()).isEqualTo(created.id());
        // the wait ends on the status DELETED or on a 404; Nova may show DELETED for a moment first
        Server afterwards = Waiter.shared().waitUntil(gone, "status", List.of("never"),
                FAST.toBuilder().notFound(NotFoundPolicy.SUCCEED).deadline(Duration.ofMinutes(1)).build());
        assertThat(afterwards.id()).isEqualTo(created.id());
        assertThatThrownBy(() -> compute.getServer(created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAdministratorResetsAStuckServersState() {
        try (CloudContext admin = LocalCloud.admin().build()) {
            Compute adminCompute = admin.compute();
            Server server = adminCompute.createServer("it-reset-" + UUID.randomUUID(), LocalCloud.get("image.id"),
                    LocalCloud.get("flavor.tiny.id"), ServerCreateOptions.builder()
                            .networks(List.of(NetworkAttachment.network(LocalCloud.get("network.id")))).build());
            try {
                Server active = Waiter.shared().waitForBuild(server, FAST);
                adminCompute.resetState(active.id(), ServerState.ERROR);
                assertThat(active.reload().status()).isEqualTo("ERROR");
                active.resetState(ServerState.ACTIVE);
                assertThat(active.reload().status()).isEqualTo("ACTIVE");
            } finally {
                server.delete();
            }
        }
    }
}
