package org.cloudsdk.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.blockstorage.BlockStorage;
import org.cloudsdk.blockstorage.BlockStorageProvider;
import org.cloudsdk.blockstorage.Snapshot;
import org.cloudsdk.blockstorage.Volume;
import org.cloudsdk.blockstorage.VolumeDeleteOptions;
import org.cloudsdk.compute.Compute;
import org.cloudsdk.compute.NetworkAttachment;
import org.cloudsdk.compute.Server;
import org.cloudsdk.compute.ServerCreateOptions;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.it.LocalCloud;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;
import org.junit.jupiter.api.Test;

/**
 * Runs the examples of {@code docs/block-storage.md} against the local cloud's Cinder and Nova, in
 * the chapter's order: the client, types, a volume created, waited for, renamed, attached,
 * detached, snapshotted, its snapshots listed and deleted, and the volume deleted. The waiter
 * handed to the examples polls every half second.
 */
class BlockStorageGuideExamplesIT {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final BlockStorageGuideExamples examples =
            new BlockStorageGuideExamples(new PrintStream(printed, true, StandardCharsets.UTF_8));

    @Test
    void theChapterRunsOnTheLocalCloud() {
        WaitOptions fast = WaitOptions.builder().interval(Duration.ofMillis(500)).deadline(Duration.ofMinutes(3)).build();
        List<Runnable> cleanup = new ArrayList<>();
        try (CloudContext ctx = LocalCloud.demo().build();
                Waiter waiter = Waiter.builder().defaults(fast, fast).build()) {
            String region = LocalCloud.get("region");
            List<BlockStorage> clients = examples.client(ctx, region);
            BlockStorage cbs = clients.get(0);
            assertThat(clients).allSatisfy(client -> assertThat(client).isSameAs(cbs));
            assertThat(examples.provider(cbs)).isEqualTo(BlockStorageProvider.CINDER);
            assertThat(examples.types(cbs)).isNotEmpty();
            try {
                Volume vol = examples.creating(cbs);
                cleanup.add(() -> cbs.deleteVolume(vol.id(), VolumeDeleteOptions.forced().toBuilder().stepWait(fast).build()));
                Volume available = examples.waiting(waiter, vol);
                assertThat(available.size()).isEqualTo(500);
                assertThat(examples.listing(cbs)).contains(vol);
                assertThat(examples.updating(available).metadata()).containsEntry("owner", "ops");

                Compute compute = ctx.compute(region);
                Server server = compute.createServer("docs-bs-" + vol.id().substring(0, 8), LocalCloud.get("image.id"),
                        LocalCloud.get("flavor.tiny.id"), ServerCreateOptions.builder()
                                .networks(List.of(NetworkAttachment.network(LocalCloud.get("network.id")))).build());
                cleanup.add(0, () -> compute.deleteServer(server.id()));
                waiter.waitForBuild(server);
                assertThat(examples.attaching(compute, waiter, available, server.id()).isAttached()).isTrue();
                assertThat(examples.detaching(waiter, available).isAttached()).isFalse();

                Snapshot snap = examples.snapshotting(cbs, waiter, available, available.id());
                assertThat(examples.listingSnapshots(cbs, available)).hasSize(2);
                examples.deletingSnapshots(waiter, available, snap);
                assertThat(cbs.listSnapshots(vol.id())).isEmpty();
                examples.deleting(waiter, available);
                assertThat(cbs.listVolumes()).doesNotContain(vol);
            } finally {
                for (Runnable step : cleanup) {
                    try {
                        step.run();
                    } catch (NotFoundException alreadyGone) {
                        // deleted by the examples themselves
                    }
                }
            }
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("New Volume: Volume[", "available 500 GB");
    }
}
