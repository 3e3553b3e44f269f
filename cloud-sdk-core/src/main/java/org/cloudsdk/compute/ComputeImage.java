package org.cloudsdk.compute;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * An image as compute sees it (pyrax's {@code cs.images}): a base image of the provider or a
 * snapshot of a server. {@code Waiter.shared().waitUntil(image, "status", List.of("ACTIVE"))}
 * waits for a new snapshot to be usable.
 */
public final class ComputeImage extends Resource<ComputeImage> {

    /** The metadata key and value that mark an image made from a server. */
    static final String IMAGE_TYPE = "image_type";
    static final String SNAPSHOT = "snapshot";

    private final Compute compute;
    private final ImageFields fields;

    ComputeImage(Compute compute, JsonNode json) {
        super(json);
        this.compute = Objects.requireNonNull(compute, "compute must not be null");
        this.fields = readFields(ImageFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its name */
    public @Nullable String name() {
        return fields.name();
    }

    /** @return {@code ACTIVE}, {@code SAVING}, {@code ERROR}, {@code DELETED}... */
    public @Nullable String status() {
        return fields.status();
    }

    /** @return the progress of a snapshot being saved, in percent, if reported */
    public Optional<Integer> progress() {
        return Optional.ofNullable(fields.progress());
    }

    /** @return the smallest root disk it needs, in GB, if reported */
    public Optional<Integer> minDisk() {
        return Optional.ofNullable(fields.minDisk());
    }

    /** @return the least RAM it needs, in MB, if reported */
    public Optional<Integer> minRam() {
        return Optional.ofNullable(fields.minRam());
    }

    /** @return its size in bytes, if reported */
    public Optional<Long> size() {
        return Optional.ofNullable(fields.size());
    }

    /** @return when it was created */
    public @Nullable Instant created() {
        return fields.created();
    }

    /** @return when it last changed */
    public @Nullable Instant updated() {
        return fields.updated();
    }

    /** @return its metadata */
    public Map<String, String> metadata() {
        return fields.metadata();
    }

    /** @return whether it was made from a server (metadata {@code image_type=snapshot}) */
    public boolean isSnapshot() {
        return SNAPSHOT.equals(fields.metadata().get(IMAGE_TYPE));
    }

    /** @return the id of the server it was made from, for a snapshot */
    public Optional<String> serverId() {
        JsonNode server = fields.server();
        return server != null && server.isObject() ? Optional.ofNullable(Server.textOrNull(server.get("id")))
                : Optional.empty();
    }

    /** Deletes the image. */
    public void delete() {
        compute.deleteImage(id());
    }

    @Override
    public CompletableFuture<ComputeImage> reloadAsync() {
        return compute.getImageAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "image";
    }

    @Override
    public String toString() {
        return "ComputeImage[id=" + id() + ", name=" + name() + ", status=" + status() + "]";
    }
}
