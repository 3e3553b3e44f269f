package org.cloudsdk.designate;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.cloudsdk.wait.WaitOptions;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A zone import task (pyrax's Cloud DNS {@code import_domain}): Designate reads a BIND zone file
 * and creates the zone it describes, {@code PENDING} until {@code COMPLETE} (then
 * {@link #zoneId()} names the new zone) or {@code ERROR} (then {@link #message()} says why).
 */
public final class ZoneImport extends Resource<ZoneImport> {

    /** The status of a task still running. */
    public static final String PENDING = "PENDING";
    /** The status of a task done. */
    public static final String COMPLETE = "COMPLETE";
    /** The status of a task that failed. */
    public static final String ERROR = "ERROR";

    private final Designate designate;
    private final ZoneTaskFields fields;

    ZoneImport(Designate designate, JsonNode json) {
        super(json);
        this.designate = Objects.requireNonNull(designate, "designate must not be null");
        this.fields = readFields(ZoneTaskFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return {@code PENDING}, {@code COMPLETE} or {@code ERROR} */
    public @Nullable String status() {
        return fields.status();
    }

    /** @return the zone the import created, once {@code COMPLETE} */
    public Optional<String> zoneId() {
        return Optional.ofNullable(fields.zoneId());
    }

    /** @return Designate's message: what was imported, or why it failed */
    public Optional<String> message() {
        return Optional.ofNullable(fields.message());
    }

    /** @return when the task was created */
    public @Nullable Instant createdAt() {
        return fields.createdAt();
    }

    @Override
    public CompletableFuture<ZoneImport> reloadAsync() {
        return designate.getZoneImportAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "zone_import";
    }

    /**
     * @param options interval and deadline
     * @return the first snapshot that is {@code COMPLETE}
     * @throws org.cloudsdk.wait.ResourceFailedException when the import fails ({@code ERROR})
     */
    public ZoneImport waitUntilComplete(WaitOptions options) {
        return designate.waitForTask(this, options);
    }

    /** @return the first snapshot that is {@code COMPLETE}, waited for with {@link Designate#DEFAULT_WAIT} */
    public ZoneImport waitUntilComplete() {
        return waitUntilComplete(Designate.DEFAULT_WAIT);
    }

    /** Deletes the task's record (not the zone it created). */
    public void delete() {
        designate.deleteZoneImport(id());
    }

    @Override
    public String toString() {
        return "ZoneImport[id=" + id() + ", status=" + status() + ", zoneId=" + fields.zoneId() + "]";
    }
}
