package org.cloudsdk.designate;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** The acceptance of a {@link ZoneTransferRequest}: {@code COMPLETE} once the zone has moved to the accepting project. */
public final class ZoneTransferAccept extends Resource<ZoneTransferAccept> {

    private final Designate designate;
    private final TransferFields fields;

    ZoneTransferAccept(Designate designate, JsonNode json) {
        super(json);
        this.designate = Objects.requireNonNull(designate, "designate must not be null");
        this.fields = readFields(TransferFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return {@code PENDING}, {@code COMPLETE} or {@code ERROR} */
    public @Nullable String status() {
        return fields.status();
    }

    /** @return the zone transferred */
    public Optional<String> zoneId() {
        return Optional.ofNullable(fields.zoneId());
    }

    /** @return the request it accepted */
    public Optional<String> transferRequestId() {
        return Optional.ofNullable(fields.zoneTransferRequestId());
    }

    @Override
    public CompletableFuture<ZoneTransferAccept> reloadAsync() {
        return designate.getTransferAcceptAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "zone_transfer_accept";
    }

    @Override
    public String toString() {
        return "ZoneTransferAccept[id=" + id() + ", status=" + status() + ", zoneId=" + fields.zoneId() + "]";
    }
}
