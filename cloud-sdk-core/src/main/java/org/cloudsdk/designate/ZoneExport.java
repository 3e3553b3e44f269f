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
 * A zone export task (pyrax's Cloud DNS {@code export_domain}): Designate writes the zone as a BIND
 * zone file, {@code PENDING} until {@code COMPLETE}; {@link #content()} then fetches the file.
 */
public final class ZoneExport extends Resource<ZoneExport> {

    /** The status of a task still running. */
    public static final String PENDING = "PENDING";
    /** The status of a task done. */
    public static final String COMPLETE = "COMPLETE";
    /** The status of a task that failed. */
    public static final String ERROR = "ERROR";

    private final Designate designate;
    private final ZoneTaskFields fields;

    ZoneExport(Designate designate, JsonNode json) {
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

    /** @return the zone exported */
    public Optional<String> zoneId() {
        return Optional.ofNullable(fields.zoneId());
    }

    /** @return Designate's message, such as why it failed */
    public Optional<String> message() {
        return Optional.ofNullable(fields.message());
    }

    /**
     * @return where the file is, once {@code COMPLETE}: {@code designate://v2/zones/tasks/exports/<id>/export}
     *     for Designate's own store (read it with {@link #content()})
     */
    public Optional<String> location() {
        return Optional.ofNullable(fields.location());
    }

    /** @return when the task was created */
    public @Nullable Instant createdAt() {
        return fields.createdAt();
    }

    @Override
    public CompletableFuture<ZoneExport> reloadAsync() {
        return designate.getZoneExportAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "zone_export";
    }

    /**
     * @param options interval and deadline
     * @return the first snapshot that is {@code COMPLETE}
     * @throws org.cloudsdk.wait.ResourceFailedException when the export fails ({@code ERROR})
     */
    public ZoneExport waitUntilComplete(WaitOptions options) {
        return designate.waitForTask(this, options);
    }

    /** @return the first snapshot that is {@code COMPLETE}, waited for with {@link Designate#DEFAULT_WAIT} */
    public ZoneExport waitUntilComplete() {
        return waitUntilComplete(Designate.DEFAULT_WAIT);
    }

    /** @return the exported zone file ({@code text/dns}); the task must be {@code COMPLETE} */
    public String content() {
        return designate.getZoneExportContent(id());
    }

    /** Deletes the task and its file. */
    public void delete() {
        designate.deleteZoneExport(id());
    }

    @Override
    public String toString() {
        return "ZoneExport[id=" + id() + ", status=" + status() + ", zoneId=" + fields.zoneId() + "]";
    }
}
