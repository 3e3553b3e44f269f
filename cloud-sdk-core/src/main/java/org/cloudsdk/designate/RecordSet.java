package org.cloudsdk.designate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.service.Resource;
import org.cloudsdk.wait.WaitOptions;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A record set as Designate last described it: every record of one name and type in a zone (pyrax's
 * Cloud DNS had one {@code record} per value; Designate groups them). An immutable snapshot;
 * {@link #waitUntilActive()} waits until the name servers serve a change.
 */
public final class RecordSet extends Resource<RecordSet> {

    private final Designate designate;
    private final RecordSetFields fields;

    RecordSet(Designate designate, JsonNode json) {
        super(json);
        this.designate = Objects.requireNonNull(designate, "designate must not be null");
        this.fields = readFields(RecordSetFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return the zone it belongs to */
    public String zoneId() {
        String zoneId = fields.zoneId();
        if (zoneId == null) {
            throw new CloudException("designate: record set " + id() + " was described without its zone_id");
        }
        return zoneId;
    }

    /** @return the zone's name, if given */
    public Optional<String> zoneName() {
        return Optional.ofNullable(fields.zoneName());
    }

    /** @return its fully qualified name, with the trailing dot */
    public @Nullable String name() {
        return fields.name();
    }

    /** @return its type ({@link RecordType#UNKNOWN} for a type this SDK does not name: see {@code attribute("type")}) */
    public RecordType type() {
        return fields.type() == null ? RecordType.UNKNOWN : fields.type();
    }

    /** @return its TTL in seconds, or empty when it uses the zone's */
    public Optional<Integer> ttl() {
        return Optional.ofNullable(fields.ttl());
    }

    /** @return its records, such as {@code [192.0.2.10, 192.0.2.11]} or {@code [10 mail.example.org.]} */
    public List<String> records() {
        return fields.records();
    }

    /** @return its description, if any */
    public Optional<String> description() {
        return Optional.ofNullable(fields.description());
    }

    /** @return {@code ACTIVE}, {@code PENDING} or {@code ERROR} */
    public DesignateStatus status() {
        return fields.status() == null ? DesignateStatus.UNKNOWN : fields.status();
    }

    /** @return the change under way: {@code CREATE}, {@code UPDATE}, {@code DELETE} or {@code NONE} */
    public DesignateAction action() {
        return fields.action() == null ? DesignateAction.UNKNOWN : fields.action();
    }

    /** @return true when the name servers serve it as it is: {@code ACTIVE} with no action under way */
    public boolean isActive() {
        return status() == DesignateStatus.ACTIVE && action() == DesignateAction.NONE;
    }

    /** @return the project that owns it */
    public Optional<String> projectId() {
        return Optional.ofNullable(fields.projectId());
    }

    /** @return its version, counting the changes made to it */
    public Optional<Integer> version() {
        return Optional.ofNullable(fields.version());
    }

    /** @return when it was created */
    public @Nullable Instant createdAt() {
        return fields.createdAt();
    }

    /** @return when it last changed, if ever */
    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(fields.updatedAt());
    }

    /** @return the client this snapshot came from */
    public Designate designate() {
        return designate;
    }

    @Override
    public CompletableFuture<RecordSet> reloadAsync() {
        return designate.getRecordSetAsync(zoneId(), id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "recordset";
    }

    /**
     * Waits until the record set is {@code ACTIVE}, with {@link Designate#DEFAULT_WAIT}.
     *
     * @return the first snapshot that is {@code ACTIVE}
     * @throws org.cloudsdk.wait.ResourceFailedException when it reaches {@code ERROR}
     */
    public RecordSet waitUntilActive() {
        return designate.waitForRecordSet(this, Designate.DEFAULT_WAIT);
    }

    /**
     * @param options interval, deadline and the other settings of the wait
     * @return the first snapshot that is {@code ACTIVE}
     */
    public RecordSet waitUntilActive(WaitOptions options) {
        return designate.waitForRecordSet(this, options);
    }

    /**
     * @param options the records, TTL or description to change
     * @return the record set as the update answered it ({@code PENDING}, action {@code UPDATE})
     */
    public RecordSet update(RecordSetUpdateOptions options) {
        return designate.updateRecordSet(zoneId(), id(), options);
    }

    /** @return the record set as the delete answered it ({@code PENDING}, action {@code DELETE}) */
    public RecordSet delete() {
        return designate.deleteRecordSet(zoneId(), id());
    }

    /**
     * Deletes the record set and returns once it is gone.
     *
     * @param options interval and deadline of the wait
     * @return the last snapshot seen before it disappeared
     */
    public RecordSet delete(WaitOptions options) {
        return designate.deleteRecordSet(zoneId(), id(), options);
    }

    @Override
    public String toString() {
        return "RecordSet[id=" + id() + ", name=" + name() + ", type=" + type() + ", records=" + records()
                + ", status=" + status() + "]";
    }
}
