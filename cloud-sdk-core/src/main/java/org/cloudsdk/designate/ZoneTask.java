package org.cloudsdk.designate;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.service.Resource;
import org.cloudsdk.wait.WaitOptions;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * What {@link ZoneImport} and {@link ZoneExport} share: a Designate task on a zone that is
 * {@code PENDING} until {@code COMPLETE} or {@code ERROR}, its typed fields and its waits.
 *
 * @param <T> the task's own type
 */
abstract class ZoneTask<T extends ZoneTask<T>> extends Resource<T> {

    /** The status of a task still running. */
    public static final String PENDING = "PENDING";
    /** The status of a task done. */
    public static final String COMPLETE = "COMPLETE";
    /** The status of a task that failed. */
    public static final String ERROR = "ERROR";

    final Designate designate;
    final ZoneTaskFields fields;

    ZoneTask(Designate designate, JsonNode json) {
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

    /** @return the zone: the one exported, or the one an import created once {@code COMPLETE} */
    public Optional<String> zoneId() {
        return Optional.ofNullable(fields.zoneId());
    }

    /** @return Designate's message: what was imported, or why the task failed */
    public Optional<String> message() {
        return Optional.ofNullable(fields.message());
    }

    /** @return when the task was created */
    public @Nullable Instant createdAt() {
        return fields.createdAt();
    }

    /**
     * @param options interval and deadline
     * @return the first snapshot that is {@code COMPLETE}
     * @throws org.cloudsdk.wait.ResourceFailedException when the task fails ({@code ERROR})
     */
    public T waitUntilComplete(WaitOptions options) {
        return designate.waitForTask(self(), options);
    }

    /** @return the first snapshot that is {@code COMPLETE}, waited for with {@link Designate#DEFAULT_WAIT} */
    public T waitUntilComplete() {
        return waitUntilComplete(Designate.DEFAULT_WAIT);
    }

    @SuppressWarnings("unchecked")
    private T self() {
        return (T) this;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[id=" + id() + ", status=" + status() + ", zoneId=" + fields.zoneId() + "]";
    }
}
