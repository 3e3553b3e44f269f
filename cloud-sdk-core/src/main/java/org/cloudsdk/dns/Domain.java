package org.cloudsdk.dns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.Page;
import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A Cloud DNS domain (pyrax's {@code CloudDNSDomain}), subdomains included: in Cloud DNS a
 * subdomain is a domain of its own, related to its parent only by its name. The handle is a
 * snapshot carrying the operations pyrax put on the domain: records, subdomains, update, delete,
 * changes, export. A domain from a listing carries the listing's fields only; {@link #reload()}
 * reads it whole.
 */
public final class Domain extends Resource<Domain> {

    private final CloudDns dns;
    private final DomainFields fields;

    Domain(CloudDns dns, JsonNode json) {
        super(json);
        this.dns = Objects.requireNonNull(dns, "dns must not be null");
        this.fields = readFields(DomainFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its fully-qualified name, such as {@code example.edu} */
    public String name() {
        return fields.name();
    }

    /** @return the administrator's email address, when the snapshot has it */
    public Optional<String> emailAddress() {
        return Optional.ofNullable(fields.emailAddress());
    }

    /** @return its TTL in seconds, when the snapshot has it */
    public Optional<Integer> ttl() {
        return Optional.ofNullable(fields.ttl());
    }

    /** @return its comment */
    public Optional<String> comment() {
        return Optional.ofNullable(fields.comment());
    }

    /** @return the account that owns it */
    public Optional<String> accountId() {
        return Optional.ofNullable(fields.accountId());
    }

    /** @return when it was created */
    public Optional<Instant> created() {
        return Optional.ofNullable(fields.created());
    }

    /** @return when it last changed */
    public Optional<Instant> updated() {
        return Optional.ofNullable(fields.updated());
    }

    /** @return the names of its name servers ({@code dns1.stabletransit.com}...), when the snapshot has them */
    public List<String> nameservers() {
        List<DomainFields.NameServer> servers = fields.nameservers();
        return servers == null ? List.of() : servers.stream().map(DomainFields.NameServer::name)
                .filter(Objects::nonNull).map(String.class::cast).toList();
    }

    /**
     * @return the records this snapshot carries (those created with it, in a create's answer);
     *     empty otherwise: {@link #listRecords()} reads them
     */
    public List<DnsRecord> records() {
        JsonNode list = fields.recordsList();
        List<DnsRecord> records = new ArrayList<>();
        if (list != null) {
            list.path("records").forEach(record -> records.add(new DnsRecord(dns, id(), record)));
        }
        return List.copyOf(records);
    }

    /**
     * @return the subdomains this snapshot carries (those created with it, in a create's answer);
     *     empty otherwise: {@link #listSubdomains()} reads them
     */
    public List<Domain> subdomains() {
        JsonNode subdomains = fields.subdomains();
        List<Domain> domains = new ArrayList<>();
        if (subdomains != null) {
            subdomains.path("domains").forEach(domain -> domains.add(new Domain(dns, domain)));
        }
        return List.copyOf(domains);
    }

    /** @return the client this domain came from */
    public CloudDns client() {
        return dns;
    }

    // ---------------------------------------------------------------- the domain itself

    /**
     * pyrax's {@code dom.update(emailAddress=, ttl=, comment=)}; waits for the job.
     *
     * @param update what to change
     */
    public void update(DomainUpdate update) {
        dns.updateDomain(id(), update);
    }

    /** pyrax's {@code dom.delete()}: its subdomains become domains of their own; waits for the job. */
    public void delete() {
        dns.delete(id());
    }

    /**
     * pyrax's {@code dom.delete(delete_subdomains=True)}.
     *
     * @param deleteSubdomains whether to delete its subdomains too
     */
    public void delete(boolean deleteSubdomains) {
        dns.delete(id(), deleteSubdomains);
    }

    /**
     * @param since the start of the period
     * @return pyrax's {@code dom.changes_since(datetime)}
     */
    public List<DomainChange> changesSince(Instant since) {
        return dns.changesSince(id(), since);
    }

    /**
     * @param since the first day of the period (from midnight UTC)
     * @return pyrax's {@code dom.changes_since(date)}
     */
    public List<DomainChange> changesSince(LocalDate since) {
        return dns.changesSince(id(), since);
    }

    /** @return pyrax's {@code dom.export()}: the domain in BIND 9 format, its subdomains left out */
    public String export() {
        return dns.exportDomain(id());
    }

    // ---------------------------------------------------------------- subdomains

    /** @return pyrax's {@code dom.list_subdomains()}: every subdomain, page after page */
    public List<Domain> listSubdomains() {
        return dns.listSubdomains(id());
    }

    /**
     * @param limit subdomains per page, 1 to 100
     * @param offset 0 or a multiple of the limit
     * @return pyrax's {@code dom.list_subdomains(limit=, offset=)}: one page
     */
    public Page<Domain> listSubdomains(int limit, int offset) {
        return dns.listSubdomains(id(), limit, offset);
    }

    /** @return pyrax's {@code dns.get_subdomain_iterator(dom)} */
    public Listing<Domain> getSubdomainIterator() {
        return dns.getSubdomainIterator(id());
    }

    // ---------------------------------------------------------------- records

    /** @return pyrax's {@code dom.list_records()}: every record, page after page */
    public List<DnsRecord> listRecords() {
        return dns.listRecords(id());
    }

    /**
     * @param limit records per page, 1 to 100
     * @param offset 0 or a multiple of the limit
     * @return pyrax's {@code dom.list_records(limit=, offset=)}: one page
     */
    public Page<DnsRecord> listRecords(int limit, int offset) {
        return dns.listRecords(id(), limit, offset);
    }

    /** @return pyrax's {@code dns.get_record_iterator(dom)} */
    public Listing<DnsRecord> getRecordIterator() {
        return dns.getRecordIterator(id());
    }

    /**
     * @param type the type
     * @param name the exact name, or null for any
     * @param data the exact data, or null for any
     * @return pyrax's {@code dom.search_records(record_type, name=, data=)}
     */
    public List<DnsRecord> searchRecords(RecordType type, @Nullable String name, @Nullable String data) {
        return dns.searchRecords(id(), type, name, data);
    }

    /**
     * @param type the type
     * @param name the exact name, or null for any
     * @param data the exact data, or null for any
     * @return pyrax's {@code dom.find_record(...)}: the only match, or empty
     * @throws org.cloudsdk.errors.NoUniqueMatchException when several match
     */
    public Optional<DnsRecord> findRecord(RecordType type, @Nullable String name, @Nullable String data) {
        return dns.findRecord(id(), type, name, data);
    }

    /**
     * @param records the records to add, in one call
     * @return pyrax's {@code dom.add_records(records)}: the new records
     */
    public List<DnsRecord> addRecords(List<NewRecord> records) {
        return dns.addRecords(id(), records);
    }

    /**
     * @param record the record to add
     * @return pyrax's {@code dom.add_record(record)}: the new record
     */
    public DnsRecord addRecord(NewRecord record) {
        return dns.addRecord(id(), record);
    }

    /**
     * @param recordId the record's id, such as {@code A-9393844}
     * @return pyrax's {@code dom.get_record(record)}
     */
    public DnsRecord getRecord(String recordId) {
        return dns.getRecord(id(), recordId);
    }

    /**
     * pyrax's {@code dom.update_record(rec, ttl=600)}.
     *
     * @param record the record
     * @param update what to change
     */
    public void updateRecord(DnsRecord record, RecordUpdate update) {
        dns.updateRecord(id(), record, update);
    }

    /**
     * pyrax's {@code dom.update_records(records)}: several records in one call.
     *
     * @param updates each record and what to change on it
     */
    public void updateRecords(Map<DnsRecord, RecordUpdate> updates) {
        dns.updateRecords(id(), updates);
    }

    /**
     * pyrax's {@code dom.delete_record(rec)}; the domain's last NS record is refused before any
     * delete request.
     *
     * @param recordId the record's id
     */
    public void deleteRecord(String recordId) {
        dns.deleteRecord(id(), recordId);
    }

    @Override
    public CompletableFuture<Domain> reloadAsync() {
        return dns.getAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "domain";
    }

    @Override
    public String toString() {
        return "Domain[id=" + id() + ", name=" + name() + ttl().map(ttl -> ", ttl=" + ttl).orElse("")
                + emailAddress().map(email -> ", emailAddress=" + email).orElse("") + "]";
    }
}
