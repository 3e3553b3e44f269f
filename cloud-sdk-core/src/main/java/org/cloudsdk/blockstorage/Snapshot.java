package org.cloudsdk.blockstorage;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A snapshot of a volume as the service last described it (pyrax's
 * {@code CloudBlockStorageSnapshot}): an immutable snapshot of the resource with the operations
 * pyrax put on it. Wait for {@value #AVAILABLE} before using or deleting it.
 */
public final class Snapshot extends Resource<Snapshot> {

    /** The status of a snapshot ready to be used or deleted. */
    public static final String AVAILABLE = "available";
    /** The status of a failed snapshot, which may be deleted too. */
    public static final String ERROR = "error";

    private final BlockStorage blockStorage;
    private final SnapshotFields fields;

    Snapshot(BlockStorage blockStorage, JsonNode json) {
        super(json);
        this.blockStorage = Objects.requireNonNull(blockStorage, "blockStorage must not be null");
        this.fields = readFields(SnapshotFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its name, or null when it has none */
    public @Nullable String name() {
        return fields.name() != null ? fields.name() : fields.displayName();
    }

    /** @return its description, or null when it has none */
    public @Nullable String description() {
        return fields.description() != null ? fields.description() : fields.displayDescription();
    }

    /** @return the volume it was taken of */
    public @Nullable String volumeId() {
        return fields.volumeId();
    }

    /** @return its size in GB, the volume's (0 when not reported) */
    public int size() {
        Integer size = fields.size();
        return size == null ? 0 : size;
    }

    /** @return its status: {@code creating}, {@value #AVAILABLE}, {@code deleting}, {@value #ERROR}... */
    public @Nullable String status() {
        return fields.status();
    }

    /** @return when it was created */
    public @Nullable Instant createdAt() {
        return fields.createdAt();
    }

    /** @return its progress, such as {@code 100%}, when the cloud reports one */
    public Optional<String> progress() {
        return Optional.ofNullable(fields.progress());
    }

    /** @return its metadata */
    public Map<String, String> metadata() {
        return fields.metadata();
    }

    /** @return whether its status allows deleting it ({@value #AVAILABLE} or {@value #ERROR}) */
    public boolean isDeletable() {
        return AVAILABLE.equals(status()) || ERROR.equals(status());
    }

    /** @return the client this snapshot came from */
    public BlockStorage blockStorage() {
        return blockStorage;
    }

    @Override
    public CompletableFuture<Snapshot> reloadAsync() {
        return blockStorage.getSnapshotAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "snapshot";
    }

    /**
     * pyrax's {@code snap.delete()}: refused before any request unless this snapshot shows it
     * {@value #AVAILABLE} or {@value #ERROR}. Cinder deletes one snapshot of a volume at a time: a
     * second delete while one is under way is refused too.
     *
     * @throws org.cloudsdk.errors.SnapshotNotAvailableException when its status does not allow it
     */
    public void delete() {
        if (!isDeletable()) {
            throw new org.cloudsdk.errors.SnapshotNotAvailableException("snapshot " + id() + " must be 'available' or"
                    + " 'error' to be deleted; its status is '" + status() + "' (reload it, or wait for it)");
        }
        blockStorage.deleteSnapshot(id());
    }

    @Override
    public String toString() {
        return "Snapshot[id=" + id() + ", name=" + name() + ", volumeId=" + volumeId() + ", status=" + status() + "]";
    }
}
