package org.cloudsdk.blockstorage;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A volume type (pyrax's {@code CloudBlockStorageVolumeType}): read-only, such as Rackspace's
 * {@code SATA} and {@code SSD}. Its name is what {@link VolumeCreateOptions.Builder#volumeType}
 * takes.
 */
public final class VolumeType extends Resource<VolumeType> {

    private final BlockStorage blockStorage;
    private final VolumeTypeFields fields;

    VolumeType(BlockStorage blockStorage, JsonNode json) {
        super(json);
        this.blockStorage = Objects.requireNonNull(blockStorage, "blockStorage must not be null");
        this.fields = readFields(VolumeTypeFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its name, such as {@code SSD} */
    public @Nullable String name() {
        return fields.name();
    }

    /** @return its description, if any */
    public Optional<String> description() {
        return Optional.ofNullable(fields.description());
    }

    /** @return its extra specs (backend hints), often empty */
    public Map<String, String> extraSpecs() {
        return fields.extraSpecs();
    }

    /** @return whether every project may use it (true unless the cloud says otherwise) */
    public boolean isPublic() {
        return !Boolean.FALSE.equals(fields.isPublic());
    }

    @Override
    public CompletableFuture<VolumeType> reloadAsync() {
        return blockStorage.getVolumeTypeAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "volume_type";
    }

    @Override
    public String toString() {
        return "VolumeType[id=" + id() + ", name=" + name() + "]";
    }
}
