package org.cloudsdk.dns;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A record of a Cloud DNS domain (pyrax's {@code CloudDNSRecord}): its id (such as
 * {@code A-9393844}), type, name, data, TTL, priority (MX and SRV) and comment, with the domain
 * it belongs to. A snapshot carrying pyrax's {@code update()} and {@code delete()}.
 */
public final class DnsRecord extends Resource<DnsRecord> {

    private final CloudDns dns;
    private final String domainId;
    private final RecordFields fields;

    DnsRecord(CloudDns dns, String domainId, JsonNode json) {
        super(json);
        this.dns = Objects.requireNonNull(dns, "dns must not be null");
        this.domainId = Objects.requireNonNull(domainId, "domainId must not be null");
        this.fields = readFields(RecordFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return the id of the domain it belongs to (pyrax's {@code domain_id}) */
    public String domainId() {
        return domainId;
    }

    /** @return the domain or subdomain name it is for */
    public String name() {
        return fields.name();
    }

    /** @return its type; UNKNOWN for a type this SDK does not list */
    public RecordType type() {
        RecordType type = fields.type();
        return type == null ? DnsLimits.typeOfId(id()) : type;
    }

    /** @return its data: an address, a host name, text... */
    public String data() {
        String data = fields.data();
        return data == null ? "" : data;
    }

    /** @return its TTL in seconds, when the snapshot has it */
    public Optional<Integer> ttl() {
        return Optional.ofNullable(fields.ttl());
    }

    /** @return its priority (MX and SRV records) */
    public Optional<Integer> priority() {
        return Optional.ofNullable(fields.priority());
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
     * pyrax's {@code rec.update(data=, priority=, ttl=, comment=)}; waits for the job.
     *
     * @param update what to change
     */
    public void update(RecordUpdate update) {
        dns.updateRecord(domainId, this, update);
    }

    /** pyrax's {@code rec.delete()}; the domain's last NS record is refused before any delete request. */
    public void delete() {
        dns.deleteRecord(domainId, id());
    }

    @Override
    public CompletableFuture<DnsRecord> reloadAsync() {
        return dns.getRecordAsync(domainId, id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "record";
    }

    @Override
    public String toString() {
        return describe("DnsRecord", id(), type(), name(), data(), fields.ttl(), fields.priority());
    }

    static String describe(String kind, String id, RecordType type, String name, String data, @Nullable Integer ttl,
            @Nullable Integer priority) {
        return kind + "[id=" + id + ", type=" + type + ", name=" + name + ", data=" + data
                + (ttl == null ? "" : ", ttl=" + ttl) + (priority == null ? "" : ", priority=" + priority) + "]";
    }
}
