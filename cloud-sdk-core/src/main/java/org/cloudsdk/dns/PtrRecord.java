package org.cloudsdk.dns;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;

import tools.jackson.databind.JsonNode;

/**
 * A reverse DNS record of a device (pyrax's {@code CloudDNSPTRRecord}): the IP address in
 * {@link #data()} resolves to the domain name in {@link #name()}. A snapshot carrying its device,
 * with pyrax's {@code delete()} and an {@link #update(RecordUpdate)} of its TTL and comment.
 */
public final class PtrRecord extends Resource<PtrRecord> {

    private final CloudDns dns;
    private final PtrDevice device;
    private final RecordFields fields;

    PtrRecord(CloudDns dns, PtrDevice device, JsonNode json) {
        super(json);
        this.dns = Objects.requireNonNull(dns, "dns must not be null");
        this.device = Objects.requireNonNull(device, "device must not be null");
        this.fields = readFields(RecordFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return the device it belongs to */
    public PtrDevice device() {
        return device;
    }

    /** @return the domain name the address resolves to */
    public String name() {
        return fields.name();
    }

    /** @return the IP address */
    public String data() {
        String data = fields.data();
        return data == null ? "" : data;
    }

    /** @return its TTL in seconds, when the snapshot has it */
    public Optional<Integer> ttl() {
        return Optional.ofNullable(fields.ttl());
    }

    /** @return its comment */
    public Optional<String> comment() {
        return Optional.ofNullable(fields.comment());
    }

    /** @return when it was created */
    public Optional<Instant> created() {
        return Optional.ofNullable(fields.created());
    }

    /** @return when it last changed */
    public Optional<Instant> updated() {
        return Optional.ofNullable(fields.updated());
    }

    /**
     * pyrax's {@code dns.update_ptr_record(device, record, name, address, ttl=, comment=)} for
     * this record: only the TTL and comment can change.
     *
     * @param update the new TTL and/or comment
     */
    public void update(RecordUpdate update) {
        dns.updatePtrRecord(device, id(), name(), data(), update);
    }

    /** pyrax's {@code ptr.delete()}: deletes the device's PTR records of this address. */
    public void delete() {
        dns.deletePtrRecords(device, data());
    }

    @Override
    public CompletableFuture<PtrRecord> reloadAsync() {
        return dns.getPtrRecordAsync(device, id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "ptr record";
    }

    @Override
    public String toString() {
        return DnsRecord.describe("PtrRecord", id(), RecordType.PTR, name(), data(), fields.ttl(), null);
    }
}
