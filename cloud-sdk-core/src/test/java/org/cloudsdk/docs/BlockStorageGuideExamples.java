package org.cloudsdk.docs;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cloudsdk.CloudContext;
import org.cloudsdk.blockstorage.BlockStorage;
import org.cloudsdk.blockstorage.BlockStorageProvider;
import org.cloudsdk.blockstorage.Snapshot;
import org.cloudsdk.blockstorage.SnapshotCreateOptions;
import org.cloudsdk.blockstorage.Volume;
import org.cloudsdk.blockstorage.VolumeCreateOptions;
import org.cloudsdk.blockstorage.VolumeDeleteOptions;
import org.cloudsdk.blockstorage.VolumeListOptions;
import org.cloudsdk.blockstorage.VolumeType;
import org.cloudsdk.blockstorage.VolumeUpdateOptions;
import org.cloudsdk.compute.Compute;
import org.cloudsdk.compute.Server;
import org.cloudsdk.errors.VolumeNotAvailableException;
import org.cloudsdk.http.Microversion;
import org.cloudsdk.wait.NotFoundPolicy;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;

/**
 * The examples of {@code docs/block-storage.md}, as compiled code: the body of each method is a
 * {@code java} block of the guide, character for character but for indentation
 * ({@code DocExamplesMatchSourcesTest} checks it), so the guide cannot show code that does not
 * compile against the real API.
 *
 * <p>What a block takes for granted is a parameter of its method, named as the guide names it:
 * {@code ctx} is a {@link CloudContext}, {@code cbs} its {@link BlockStorage}, {@code compute} its
 * {@link Compute}, {@code waiter} a {@link Waiter}, {@code vol} a {@link Volume}, {@code snap} a
 * {@link Snapshot}, {@code serverId}, {@code volumeId} and {@code snapshotId} ids of the cloud.
 * {@code out} is where the examples print. {@code BlockStorageGuideExamplesIT} runs them against
 * the local Cinder.
 */
public final class BlockStorageGuideExamples {

    private final PrintStream out;

    /** @param out where the examples print ({@code System.out} in an application) */
    public BlockStorageGuideExamples(PrintStream out) {
        this.out = out;
    }

    List<BlockStorage> client(CloudContext ctx, String region) {
        BlockStorage cbs = ctx.blockStorage();                  // pyrax.cloud_blockstorage: the default region
        BlockStorage other = ctx.blockStorage(region);          // or ctx.region(region).blockStorage()
        BlockStorage same = ctx.service(BlockStorage.SERVICE, region);  // the registration's generic form
        return List.of(cbs, other, same);
    }

    BlockStorageProvider provider(BlockStorage cbs) {
        BlockStorageProvider provider = cbs.provider();         // CINDER or RACKSPACE, read from the catalog
        Optional<Microversion> version = cbs.microversion();    // Cinder's negotiated microversion; none on Rackspace
        BlockStorage pinned = cbs.withMicroversion("3.59");     // or cloud.services.volume.microversion
        return provider;
    }

    List<VolumeType> types(BlockStorage cbs) {
        List<VolumeType> types = cbs.listTypes();               // cbs.list_types(): read-only
        for (VolumeType type : types) {
            out.println(type.name() + " id=" + type.id() + " extra_specs=" + type.extraSpecs());
        }
        return types;
    }

    List<Volume> listing(BlockStorage cbs) {
        List<Volume> volumes = cbs.listVolumes();               // cbs.list(): every page followed
        List<Volume> ready = cbs.listVolumes(VolumeListOptions.builder().status(Volume.AVAILABLE).build());
        Optional<Volume> named = cbs.findVolume("my_fast_volume");
        return volumes;
    }

    Volume creating(BlockStorage cbs) {
        Volume vol = cbs.createVolume("my_fast_volume", 500,
                VolumeCreateOptions.builder().volumeType("SSD").build());
        out.println("New Volume: " + vol);
        return vol;
    }

    List<Volume> creatingWithEveryOption(BlockStorage cbs, String snapshotId, String volumeId) {
        Volume full = cbs.createVolume("db-data", 100, VolumeCreateOptions.builder()
                .volumeType("SATA")
                .description("database files")
                .metadata(Map.of("app", "db"))
                .build());
        Volume restored = cbs.createVolume("restored", 100, VolumeCreateOptions.builder().snapshotId(snapshotId).build());
        Volume cloned = cbs.createVolume("cloned", 100, VolumeCreateOptions.builder().sourceVolumeId(volumeId).build());
        return List.of(full, restored, cloned);
    }

    Volume waiting(Waiter waiter, Volume vol) {
        Volume available = waiter.waitUntil(vol, "status", Set.of(Volume.AVAILABLE));
        out.println(available.status() + " " + available.size() + " GB " + available.volumeType().orElse("?"));
        return available;
    }

    Volume updating(Volume vol) {
        Volume renamed = vol.rename("my_renamed_volume");       // vol.rename(name)
        Volume updated = vol.update(VolumeUpdateOptions.builder()
                .description("now described").metadata(Map.of("owner", "ops")).build());
        return updated;
    }

    Volume attaching(Compute compute, Waiter waiter, Volume vol, String serverId) {
        Server server = compute.getServer(serverId);
        vol.attachToInstance(server, "/dev/xvdb");              // vol.attach_to_instance(server, mountpoint=...)
        Volume inUse = waiter.waitUntil(vol, "status", Set.of(Volume.IN_USE));
        out.println(inUse.attachments());
        return inUse;
    }

    Volume detaching(Waiter waiter, Volume vol) {
        vol.detach();                                           // vol.detach(), cbs.detach(id): nothing if not attached
        Volume detached = waiter.waitUntil(vol, "status", Set.of(Volume.AVAILABLE));
        return detached;
    }

    void deleting(Waiter waiter, Volume vol) {
        try {
            vol.delete();                                       // vol.delete(), cbs.delete_volume(vol)
        } catch (VolumeNotAvailableException attachedOrSnapshotted) {
            vol.delete(VolumeDeleteOptions.forced());           // vol.delete(force=True)
        }
        waiter.waitUntil(vol, "status", Set.of("deleted"),
                WaitOptions.builder().notFound(NotFoundPolicy.SUCCEED).build());
    }

    Snapshot snapshotting(BlockStorage cbs, Waiter waiter, Volume vol, String volumeId) {
        Snapshot snap = vol.createSnapshot("My Snapshot");      // vol.create_snapshot(name="My Snapshot")
        waiter.waitUntil(snap, "status", Set.of(Snapshot.AVAILABLE));  // one snapshot of a volume at a time
        Snapshot byId = cbs.createSnapshot(volumeId,            // cbs.create_snapshot(volume_id, name=..., force=True)
                SnapshotCreateOptions.builder().name("Nightly").description("nightly").force(true).build());
        return snap;
    }

    List<Snapshot> listingSnapshots(BlockStorage cbs, Volume vol) {
        out.println(cbs.listSnapshots());                       // cbs.list_snapshots()
        List<Snapshot> ofVolume = vol.listSnapshots();          // vol.list_snapshots()
        out.println(ofVolume);
        return ofVolume;
    }

    List<Snapshot> deletingSnapshots(Waiter waiter, Volume vol, Snapshot snap) {
        Snapshot ready = waiter.waitUntil(snap, "status", Set.of(Snapshot.AVAILABLE));
        ready.delete();                                         // snap.delete(), cbs.delete_snapshot(snap)
        List<Snapshot> deleted = vol.deleteAllSnapshots();      // vol.delete_all_snapshots(): one at a time
        return deleted;
    }
}
