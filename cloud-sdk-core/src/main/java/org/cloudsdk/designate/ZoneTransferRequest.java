package org.cloudsdk.designate;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * An offer to give a zone to another project: that project accepts it with the request's id and
 * {@link #key()} ({@link Designate#acceptTransferRequest(String, String)}). {@code toString()}
 * never shows the key.
 */
public final class ZoneTransferRequest extends Resource<ZoneTransferRequest> {

    private final Designate designate;
    private final TransferFields fields;

    ZoneTransferRequest(Designate designate, JsonNode json) {
        super(json);
        this.designate = Objects.requireNonNull(designate, "designate must not be null");
        this.fields = readFields(TransferFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return the zone offered */
    public @Nullable String zoneId() {
        return fields.zoneId();
    }

    /** @return the zone's name */
    public Optional<String> zoneName() {
        return Optional.ofNullable(fields.zoneName());
    }

    /** @return the secret the receiving project needs (shown to the zone's owner only) */
    public Optional<String> key() {
        return Optional.ofNullable(fields.key());
    }

    /** @return {@code ACTIVE} while it may be accepted, {@code COMPLETE} once it was */
    public @Nullable String status() {
        return fields.status();
    }

    /** @return the only project that may accept it, or empty when any project with the key may */
    public Optional<String> targetProjectId() {
        return Optional.ofNullable(fields.targetProjectId());
    }

    /** @return its description, if any */
    public Optional<String> description() {
        return Optional.ofNullable(fields.description());
    }

    @Override
    public CompletableFuture<ZoneTransferRequest> reloadAsync() {
        return designate.getTransferRequestAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "zone_transfer_request";
    }

    /** Withdraws the offer. */
    public void delete() {
        designate.deleteTransferRequest(id());
    }

    @Override
    public String toString() {
        return "ZoneTransferRequest[id=" + id() + ", zoneName=" + fields.zoneName() + ", status=" + status() + "]";
    }
}
