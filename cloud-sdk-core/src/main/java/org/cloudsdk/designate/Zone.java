package org.cloudsdk.designate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.cloudsdk.wait.WaitOptions;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A zone as Designate last described it (pyrax's Cloud DNS {@code domain}): an immutable snapshot
 * with the operations on it. A change answers at once with the zone {@code PENDING};
 * {@link #waitUntilActive()} waits until the name servers serve it ({@code ACTIVE}, action
 * {@code NONE}), and a zone in {@code ERROR} ends the wait with a failure. Every field of the
 * response is kept ({@link #attribute(String)}, {@link #json()}).
 */
public final class Zone extends Resource<Zone> {

    private final Designate designate;
    private final ZoneFields fields;

    Zone(Designate designate, JsonNode json) {
        super(json);
        this.designate = Objects.requireNonNull(designate, "designate must not be null");
        this.fields = readFields(ZoneFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its fully qualified name, with the trailing dot ({@code example.org.}) */
    public @Nullable String name() {
        return fields.name();
    }

    /** @return the e-mail address of its SOA record (empty for a secondary zone) */
    public Optional<String> email() {
        return Optional.ofNullable(fields.email());
    }

    /** @return the TTL of its SOA record and the default of its record sets, in seconds */
    public Optional<Integer> ttl() {
        return Optional.ofNullable(fields.ttl());
    }

    /** @return the serial of its SOA record */
    public Optional<Long> serial() {
        return Optional.ofNullable(fields.serial());
    }

    /** @return {@code ACTIVE}, {@code PENDING} or {@code ERROR} */
    public DesignateStatus status() {
        return fields.status() == null ? DesignateStatus.UNKNOWN : fields.status();
    }

    /** @return the change under way: {@code CREATE}, {@code UPDATE}, {@code DELETE} or {@code NONE} */
    public DesignateAction action() {
        return fields.action() == null ? DesignateAction.UNKNOWN : fields.action();
    }

    /** @return true when the name servers serve the zone as it is: {@code ACTIVE} with no action under way */
    public boolean isActive() {
        return status() == DesignateStatus.ACTIVE && action() == DesignateAction.NONE;
    }

    /** @return its description, if any */
    public Optional<String> description() {
        return Optional.ofNullable(fields.description());
    }

    /** @return {@code PRIMARY} or {@code SECONDARY} */
    public ZoneType type() {
        return fields.type() == null ? ZoneType.UNKNOWN : fields.type();
    }

    /** @return the masters a secondary zone is transferred from ({@code host} or {@code host:port}) */
    public List<String> masters() {
        return fields.masters();
    }

    /** @return the pool of name servers that serves it */
    public Optional<String> poolId() {
        return Optional.ofNullable(fields.poolId());
    }

    /** @return the project that owns it */
    public Optional<String> projectId() {
        return Optional.ofNullable(fields.projectId());
    }

    /** @return its attributes (scheduling hints such as a pool) */
    public Map<String, String> attributes() {
        return fields.attributes();
    }

    /** @return whether it is shared with other projects, when the server says */
    public Optional<Boolean> shared() {
        return Optional.ofNullable(fields.shared());
    }

    /** @return when it was last transferred to another project, if ever */
    public Optional<Instant> transferredAt() {
        return Optional.ofNullable(fields.transferredAt());
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
    public CompletableFuture<Zone> reloadAsync() {
        return designate.getZoneAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "zone";
    }

    /**
     * Waits until the zone is {@code ACTIVE}, with {@link Designate#DEFAULT_WAIT}.
     *
     * @return the first snapshot that is {@code ACTIVE}
     * @throws org.cloudsdk.wait.ResourceFailedException when it reaches {@code ERROR}
     * @throws org.cloudsdk.wait.WaitTimeoutException when the deadline passes first
     */
    public Zone waitUntilActive() {
        return designate.waitForZone(this, Designate.DEFAULT_WAIT);
    }

    /**
     * @param options interval, deadline and the other settings of the wait
     * @return the first snapshot that is {@code ACTIVE}
     */
    public Zone waitUntilActive(WaitOptions options) {
        return designate.waitForZone(this, options);
    }

    /**
     * @param options the changes: e-mail, TTL, description
     * @return the zone as the update answered it ({@code PENDING}, action {@code UPDATE})
     */
    public Zone update(ZoneUpdateOptions options) {
        return designate.updateZone(id(), options);
    }

    /** @return the zone as the delete answered it ({@code PENDING}, action {@code DELETE}) */
    public Zone delete() {
        return designate.deleteZone(id());
    }

    /**
     * Deletes the zone and its record sets, and returns once it is gone.
     *
     * @param options interval and deadline of the wait
     * @return the last snapshot seen before the zone disappeared
     */
    public Zone delete(WaitOptions options) {
        return designate.deleteZone(id(), options);
    }

    /** @return every record set of the zone, its SOA and NS included */
    public List<RecordSet> listRecordSets() {
        return designate.listRecordSets(id());
    }

    /**
     * @param options filters and page size
     * @return the matching record sets of the zone
     */
    public List<RecordSet> listRecordSets(RecordSetListOptions options) {
        return designate.listRecordSets(id(), options);
    }

    /**
     * @param name the record set's fully qualified name
     * @param type its type
     * @param records its records
     * @return the record set ({@code PENDING})
     */
    public RecordSet createRecordSet(String name, RecordType type, List<String> records) {
        return designate.createRecordSet(id(), name, type, records);
    }

    /**
     * @param name the record set's fully qualified name
     * @param type its type
     * @param records its records
     * @param options TTL and description
     * @return the record set ({@code PENDING})
     */
    public RecordSet createRecordSet(String name, RecordType type, List<String> records, RecordSetCreateOptions options) {
        return designate.createRecordSet(id(), name, type, records, options);
    }

    /** @return the name servers that serve the zone */
    public List<NameServer> listNameServers() {
        return designate.listNameServers(id());
    }

    /**
     * Exports the zone as a BIND zone file: asks for an export, waits for it and fetches the file.
     *
     * @return the zone file ({@code text/dns})
     */
    public String export() {
        return designate.exportZoneFile(id(), Designate.DEFAULT_WAIT);
    }

    @Override
    public String toString() {
        return "Zone[id=" + id() + ", name=" + name() + ", status=" + status() + ", action=" + action() + "]";
    }
}
