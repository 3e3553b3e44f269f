package org.cloudsdk.image;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * An import or export task (pyrax's {@code ImageTask}, Rackspace Cloud Images): poll it with
 * {@link #reload()} as the chapter does, or wait for it with {@link #waitForCompletion()}.
 */
public final class ImageTask extends Resource<ImageTask> {

    private final Images images;
    private final TaskFields fields;

    ImageTask(Images images, JsonNode json) {
        super(json);
        this.images = Objects.requireNonNull(images, "images must not be null");
        this.fields = readFields(TaskFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return {@code import} or {@code export} */
    public @Nullable String type() {
        return fields.type();
    }

    /** @return pending, processing, success or failure */
    public TaskStatus status() {
        return fields.status() == null ? TaskStatus.UNKNOWN : fields.status();
    }

    /** @return why it failed, for a failed task (Rackspace writes {@code "None"} until then) */
    public Optional<String> message() {
        return Optional.ofNullable(fields.message()).filter(text -> !text.isEmpty() && !text.equals("None"));
    }

    /** @return the project that made it */
    public @Nullable String owner() {
        return fields.owner();
    }

    /** @return what it was asked to do ({@code import_from}, {@code image_uuid}...) */
    public Optional<JsonNode> input() {
        return Optional.ofNullable(fields.input()).map(JsonNode::deepCopy);
    }

    /** @return what it produced, once it succeeded ({@code image_id} of an import...) */
    public Optional<JsonNode> result() {
        return Optional.ofNullable(fields.result()).map(JsonNode::deepCopy);
    }

    /** @return the id of the image an import made, once it succeeded */
    public Optional<String> importedImageId() {
        JsonNode result = fields.result();
        JsonNode id = result == null ? null : result.get("image_id");
        return id == null || id.isNull() ? Optional.empty() : Optional.of(id.asString());
    }

    /** @return when it was created */
    public @Nullable Instant createdAt() {
        return fields.createdAt();
    }

    /** @return when it last changed */
    public @Nullable Instant updatedAt() {
        return fields.updatedAt();
    }

    /** @return when Glance forgets it, once it has ended */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(fields.expiresAt());
    }

    @Override
    public CompletableFuture<ImageTask> reloadAsync() {
        return images.getTaskAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "image_task";
    }

    /**
     * Waits with the shared waiter for the task to succeed, polling every 5 seconds for up to an
     * hour (image transfers are slow).
     *
     * @return the successful task
     * @throws org.cloudsdk.wait.ResourceFailedException when it fails; its last snapshot's
     *     {@link #message()} says why
     */
    public ImageTask waitForCompletion() {
        return waitForCompletion(Waiter.shared(), WaitOptions.defaults().toBuilder()
                .deadline(java.time.Duration.ofHours(1)).build());
    }

    /**
     * @param waiter the waiter to poll with
     * @param options interval, deadline...; {@code failure} is added to its failure values
     * @return the successful task
     * @throws org.cloudsdk.wait.ResourceFailedException when it fails
     */
    public ImageTask waitForCompletion(Waiter waiter, WaitOptions options) {
        Objects.requireNonNull(waiter, "waiter must not be null");
        Objects.requireNonNull(options, "options must not be null");
        java.util.Set<String> failures = new java.util.LinkedHashSet<>(options.failureValues());
        failures.add(TaskStatus.FAILURE.value());
        return waiter.waitUntil(this, Waiter.STATUS, List.of(TaskStatus.SUCCESS.value()),
                options.toBuilder().failureValues(failures).build());
    }

    @Override
    public String toString() {
        return "ImageTask[id=" + id() + ", type=" + type() + ", status=" + status().value() + "]";
    }
}
