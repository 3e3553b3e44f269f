package org.cloudsdk.blockstorage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.compute.Compute;
import org.cloudsdk.compute.Server;
import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A volume as the block storage service last described it (pyrax's
 * {@code CloudBlockStorageVolume}): an immutable snapshot with the operations pyrax put on it.
 * {@link #reload()} returns a fresh snapshot; {@code Waiter.shared().waitUntil(volume, "status",
 * Set.of(Volume.AVAILABLE))} waits for it. Every field of the response is kept
 * ({@link #attribute(String)}, {@link #json()}).
 */
public final class Volume extends Resource<Volume> {

    /** The status of a volume ready to be attached, snapshotted or deleted. */
    public static final String AVAILABLE = "available";
    /** The status of an attached volume. */
    public static final String IN_USE = "in-use";
    /** The status of a volume being created. */
    public static final String CREATING = "creating";
    /** The status of a volume whose creation or last operation failed. */
    public static final String ERROR = "error";

    private final BlockStorage blockStorage;
    private final VolumeFields fields;

    Volume(BlockStorage blockStorage, JsonNode json) {
        super(json);
        this.blockStorage = Objects.requireNonNull(blockStorage, "blockStorage must not be null");
        this.fields = readFields(VolumeFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its name (Cinder's {@code name}, Rackspace's {@code display_name}), or null when it has none */
    public @Nullable String name() {
        return fields.name() != null ? fields.name() : fields.displayName();
    }

    /** @return its description, or null when it has none */
    public @Nullable String description() {
        return fields.description() != null ? fields.description() : fields.displayDescription();
    }

    /** @return its size in GB (0 when not reported) */
    public int size() {
        Integer size = fields.size();
        return size == null ? 0 : size;
    }

    /**
     * @return its status, lower case: {@value #CREATING}, {@value #AVAILABLE}, {@code attaching},
     *     {@value #IN_USE}, {@code detaching}, {@code deleting}, {@value #ERROR}...
     */
    public @Nullable String status() {
        return fields.status();
    }

    /** @return the name of its volume type ({@code SATA}, {@code SSD}), if reported */
    public Optional<String> volumeType() {
        return Optional.ofNullable(fields.volumeType());
    }

    /** @return its availability zone ({@code nova} on Rackspace), if reported */
    public Optional<String> availabilityZone() {
        return Optional.ofNullable(fields.availabilityZone());
    }

    /** @return when it was created */
    public @Nullable Instant createdAt() {
        return fields.createdAt();
    }

    /** @return when it last changed, if reported */
    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(fields.updatedAt());
    }

    /** @return the snapshot it was made from, if any */
    public Optional<String> snapshotId() {
        return Optional.ofNullable(fields.snapshotId());
    }

    /** @return the volume it was cloned from, if any (Cinder's {@code source_volid}) */
    public Optional<String> sourceVolumeId() {
        return Optional.ofNullable(fields.sourceVolid());
    }

    /** @return whether a server can boot from it */
    public boolean bootable() {
        return Boolean.TRUE.equals(fields.bootable());
    }

    /** @return whether it may be attached to several servers at once */
    public boolean multiattach() {
        return Boolean.TRUE.equals(fields.multiattach());
    }

    /** @return the project it belongs to, when the cloud says (an administrator's view) */
    public Optional<String> tenantId() {
        return Optional.ofNullable(fields.tenantId());
    }

    /** @return its metadata */
    public Map<String, String> metadata() {
        return fields.metadata();
    }

    /** @return where it is attached (empty when it is not) */
    public List<VolumeAttachment> attachments() {
        return fields.attachments();
    }

    /** @return whether this snapshot shows it attached to a server */
    public boolean isAttached() {
        return !fields.attachments().isEmpty();
    }

    /** @return the client this snapshot came from */
    public BlockStorage blockStorage() {
        return blockStorage;
    }

    @Override
    public CompletableFuture<Volume> reloadAsync() {
        return blockStorage.getVolumeAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "volume";
    }

    /**
     * pyrax's {@code vol.attach_to_instance(server, mountpoint)}, through the server's own compute
     * client (Nova's {@code os-volume_attachments}). Returns when Nova accepted it; wait for
     * {@value #IN_USE}.
     *
     * @param server the server
     * @param mountpoint the device on the server, such as {@code /dev/xvdb}
     */
    public void attachToInstance(Server server, String mountpoint) {
        blockStorage.attachToInstance(id(), server, mountpoint);
    }

    /**
     * pyrax's {@code vol.attach_to_instance(server_id, mountpoint)}, through the compute endpoint
     * of the same region of the context.
     *
     * @param serverId the server's id
     * @param mountpoint the device on the server, such as {@code /dev/xvdb}
     */
    public void attachToInstance(String serverId, String mountpoint) {
        blockStorage.attachToInstance(id(), serverId, mountpoint);
    }

    /**
     * @param compute the compute client of the server's region
     * @param serverId the server's id
     * @param mountpoint the device on the server, such as {@code /dev/xvdb}
     */
    public void attachToInstance(Compute compute, String serverId, String mountpoint) {
        blockStorage.attachToInstance(id(), compute, serverId, mountpoint);
    }

    /**
     * pyrax's {@code vol.detach()}: detaches the volume from the server it is attached to, read now
     * (nothing happens when it is not attached). Wait for {@value #AVAILABLE} before deleting it.
     */
    public void detach() {
        blockStorage.detach(id());
    }

    /** pyrax's {@code vol.delete()}: refused while attached or snapshotted. */
    public void delete() {
        blockStorage.deleteVolume(id());
    }

    /** @param options {@link VolumeDeleteOptions#forced()} for pyrax's {@code vol.delete(force=True)} */
    public void delete(VolumeDeleteOptions options) {
        blockStorage.deleteVolume(id(), options);
    }

    /**
     * @param options the name, description or metadata to change
     * @return the volume after the change
     */
    public Volume update(VolumeUpdateOptions options) {
        return blockStorage.updateVolume(id(), options);
    }

    /**
     * pyrax's {@code vol.rename(name)}.
     *
     * @param name the new name
     * @return the volume after the change
     */
    public Volume rename(String name) {
        return update(VolumeUpdateOptions.builder().name(name).build());
    }

    /**
     * pyrax's {@code vol.create_snapshot(name=...)}.
     *
     * @param name the snapshot's name
     * @return the snapshot, being created
     */
    public Snapshot createSnapshot(String name) {
        return blockStorage.createSnapshot(id(), SnapshotCreateOptions.builder().name(name).build());
    }

    /**
     * @param options name, description, force
     * @return the snapshot, being created
     */
    public Snapshot createSnapshot(SnapshotCreateOptions options) {
        return blockStorage.createSnapshot(id(), options);
    }

    /** @return pyrax's {@code vol.list_snapshots()}: the snapshots of this volume */
    public List<Snapshot> listSnapshots() {
        return blockStorage.listSnapshots(id());
    }

    /**
     * pyrax's {@code vol.delete_all_snapshots()}: one at a time, each waited for until gone.
     *
     * @return the snapshots deleted
     */
    public List<Snapshot> deleteAllSnapshots() {
        return blockStorage.deleteAllSnapshots(id());
    }

    @Override
    public String toString() {
        return "Volume[id=" + id() + ", name=" + name() + ", size=" + size() + ", status=" + status() + "]";
    }
}
