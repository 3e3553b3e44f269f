package org.cloudsdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cloudsdk.CloudContext;
import org.cloudsdk.blockstorage.BlockStorage;
import org.cloudsdk.blockstorage.BlockStorageProvider;
import org.cloudsdk.blockstorage.Snapshot;
import org.cloudsdk.blockstorage.Volume;
import org.cloudsdk.blockstorage.VolumeAttachment;
import org.cloudsdk.blockstorage.VolumeCreateOptions;
import org.cloudsdk.blockstorage.VolumeDeleteOptions;
import org.cloudsdk.blockstorage.VolumeType;
import org.cloudsdk.compute.Compute;
import org.cloudsdk.compute.NetworkAttachment;
import org.cloudsdk.compute.Server;
import org.cloudsdk.compute.ServerCreateOptions;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.errors.VolumeNotAvailableException;
import org.cloudsdk.wait.NotFoundPolicy;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;
import org.junit.jupiter.api.Test;

/**
 * Block storage against the local cloud's real Cinder (fake volume driver) and Nova (fake driver):
 * the chapter's life of a volume, from its creation to its forced deletion.
 */
class BlockStorageIT {

    private static final WaitOptions FAST = WaitOptions.builder().interval(Duration.ofMillis(500))
            .deadline(Duration.ofMinutes(3)).build();
    private static final WaitOptions GONE = FAST.toBuilder().notFound(NotFoundPolicy.SUCCEED).build();

    private final Waiter waiter = Waiter.shared();

    @Test
    void readsTheVolumeTypesAndSpeaksCinderAtANegotiatedMicroversion() {
        try (CloudContext ctx = LocalCloud.demo().build()) {
            BlockStorage cbs = ctx.service(BlockStorage.SERVICE, LocalCloud.get("region"));

            assertThat(cbs.provider()).isEqualTo(BlockStorageProvider.CINDER);
            assertThat(cbs.microversion()).isPresent();
            assertThat(cbs.serverMicroversions()).isPresent();
            List<VolumeType> types = cbs.listTypes();
            assertThat(types).extracting(VolumeType::name).contains("SATA", "SSD");
            VolumeType ssd = types.stream().filter(type -> "SSD".equals(type.name())).findFirst().orElseThrow();
            assertThat(cbs.getVolumeType(ssd.id())).isEqualTo(ssd);
            assertThatThrownBy(() -> cbs.createVolume("never", 0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("size must be a positive number of GB, was 0");
        }
    }

    /** The scenario: available, attached and detached, snapshotted, copied, refused, forced. */
    @Test
    void aVolumeIsAttachedDetachedSnapshottedCopiedAndOnlyAForcedDeleteRemovesItWithItsSnapshots() {
        String tag = "it-bs-" + UUID.randomUUID().toString().substring(0, 8);
        List<Runnable> cleanup = new ArrayList<>();
        try (CloudContext ctx = LocalCloud.demo().build()) {
            String region = LocalCloud.get("region");
            BlockStorage cbs = ctx.service(BlockStorage.SERVICE, region);
            Compute compute = ctx.compute(region);
            try {
                Volume created = cbs.createVolume(tag, 1, VolumeCreateOptions.builder().volumeType("SSD")
                        .description("made by " + getClass().getSimpleName()).metadata(Map.of("purpose", "it")).build());
                cleanup.add(() -> forceDelete(cbs, created.id()));
                Volume vol = waiter.waitUntil(created, "status", Set.of(Volume.AVAILABLE), FAST);
                assertThat(vol.name()).isEqualTo(tag);
                assertThat(vol.size()).isEqualTo(1);
                assertThat(vol.volumeType()).contains("SSD");
                assertThat(vol.metadata()).containsEntry("purpose", "it");
                assertThat(vol.isAttached()).isFalse();
                assertThat(cbs.findVolume(tag)).contains(vol);
                assertThat(cbs.listVolumes()).contains(vol);
                assertThat(vol.rename(tag + "-renamed").name()).isEqualTo(tag + "-renamed");

                Server server = compute.createServer(tag, LocalCloud.get("image.id"), LocalCloud.get("flavor.tiny.id"),
                        ServerCreateOptions.builder().networks(List.of(NetworkAttachment.network(LocalCloud.get("network.id"))))
                                .build());
                cleanup.add(0, () -> compute.deleteServer(server.id()));
                Server active = waiter.waitForBuild(server, FAST);

                vol.attachToInstance(active, "/dev/vdb");
                Volume inUse = waiter.waitUntil(vol, "status", Set.of(Volume.IN_USE), FAST);
                assertThat(inUse.attachments()).extracting(VolumeAttachment::serverId).containsExactly(active.id());
                inUse.detach();
                Volume detached = waiter.waitUntil(inUse, "status", Set.of(Volume.AVAILABLE), FAST);
                assertThat(detached.isAttached()).isFalse();
                assertThat(cbs.detach(detached.id())).as("detaching a detached volume does nothing").isFalse();

                Snapshot snap = waiter.waitUntil(detached.createSnapshot(tag + "-snap"), "status",
                        Set.of(Snapshot.AVAILABLE), FAST);
                assertThat(snap.volumeId()).isEqualTo(vol.id());
                assertThat(detached.listSnapshots()).containsExactly(snap);
                assertThat(cbs.listSnapshots()).contains(snap);

                Volume copyCreated = cbs.createVolume(tag + "-copy", 1, VolumeCreateOptions.builder().snapshotId(snap.id())
                        .build());
                cleanup.add(0, () -> forceDelete(cbs, copyCreated.id()));
                Volume copy = waiter.waitUntil(copyCreated, "status", Set.of(Volume.AVAILABLE), FAST);
                assertThat(copy.snapshotId()).contains(snap.id());

                // attached and snapshotted: refused by Cinder, then forced (detach, snapshots, volume)
                detached.attachToInstance(compute, active.id(), "/dev/vdb");
                Volume attachedAgain = waiter.waitUntil(detached, "status", Set.of(Volume.IN_USE), FAST);
                assertThatThrownBy(attachedAgain::delete).isInstanceOf(VolumeNotAvailableException.class)
                        .hasMessageContaining("deleting volume " + vol.id() + " was refused");
                attachedAgain.delete(VolumeDeleteOptions.forced().toBuilder().stepWait(FAST).build());
                waiter.waitUntil(attachedAgain, "status", Set.of("deleted"), GONE);
                assertThatThrownBy(() -> cbs.getVolume(vol.id())).isInstanceOf(NotFoundException.class);
                assertThatThrownBy(() -> cbs.getSnapshot(snap.id())).isInstanceOf(NotFoundException.class);
                assertThat(cbs.getVolume(copy.id()).status()).isEqualTo(Volume.AVAILABLE);
            } finally {
                cleanup.forEach(BlockStorageIT::quietly);
            }
        }
    }

    private static void forceDelete(BlockStorage cbs, String volumeId) {
        try {
            cbs.deleteVolume(volumeId, VolumeDeleteOptions.forced().toBuilder().stepWait(FAST).build());
        } catch (NotFoundException alreadyGone) {
            // deleted by the test itself
        }
    }

    private static void quietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            System.err.println("cleanup: " + e);
        }
    }
}
