package org.cloudsdk.dns;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.cloudsdk.errors.DnsJobFailedException;
import org.cloudsdk.errors.DomainCreationFailedException;
import org.cloudsdk.errors.DomainDeletionFailedException;
import org.cloudsdk.errors.DomainRecordAdditionFailedException;
import org.cloudsdk.errors.DomainRecordDeletionFailedException;
import org.cloudsdk.errors.DomainRecordUpdateFailedException;
import org.cloudsdk.errors.DomainUpdateFailedException;
import org.cloudsdk.errors.NoUniqueMatchException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.errors.PtrRecordCreationFailedException;
import org.cloudsdk.errors.PtrRecordDeletionFailedException;
import org.cloudsdk.errors.PtrRecordUpdateFailedException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.Page;
import org.cloudsdk.paging.PagingScheme;
import org.cloudsdk.service.ServiceContext;
import org.cloudsdk.service.ServiceDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rackspace Cloud DNS (pyrax's {@code pyrax.cloud_dns}; API v1.0, catalog type {@code rax:dns}):
 * domains, subdomains, records and reverse DNS (PTR) records of Rackspace devices. Cloud DNS is
 * Rackspace's own API; stock OpenStack's DNS service is Designate, which has a client of its own.
 * Reached from a context:
 *
 * <pre>{@code
 * CloudDns dns = ctx.dns();
 * Domain dom = dns.create("example.edu", "sample@example.edu");
 * dom.addRecord(NewRecord.of(RecordType.A, "www.example.edu", "192.0.2.7"));
 * }</pre>
 *
 * <p>Every mutation of Cloud DNS is an asynchronous job: the service answers 202 at once, and the
 * client reads the job's status until it is COMPLETED (the call returns its result) or ERROR (a
 * typed {@link DnsJobFailedException} with the server's messages, such as
 * {@link DomainCreationFailedException}); after {@link DnsSettings#timeout()} (5 s unless told)
 * the call ends with {@link org.cloudsdk.errors.DnsCallTimedOutException}. Checks are
 * {@link DnsSettings#delay()} apart (0.5 s) and slow down when the service answers a rate limit.
 * Each mutation has a blocking form and a {@link CompletableFuture} form ({@code ...Async}).
 *
 * <p>Listings page by limit (1 to 100, 100 unless told) and offset (0 or a multiple of the
 * limit): {@code list(limit, offset)} returns one {@link Page} whose {@code nextPage()} and
 * {@code previousPage()} throw {@link org.cloudsdk.errors.NoMoreResultsException} at the ends;
 * {@code list()} reads every page; {@code getDomainIterator()} fetches pages as iteration
 * reaches them. Every rule of the chapter is checked before any request, with an
 * {@link IllegalArgumentException} naming the parameter.
 *
 * <p>Cloud DNS is not regional: every region's client talks to the same endpoint. Immutable and
 * thread-safe; {@link #withSettings(DnsSettings)} gives a twin with other polling settings.
 */
public final class CloudDns {

    /** The registration of Cloud DNS: {@code ctx.dns()}, the starter's bean and health entry. */
    public static final ServiceDefinition<CloudDns> SERVICE = ServiceDefinition
            .builder("dns", ServiceType.DNS, CloudDns.class, CloudDns::create)
            .catalogTypes("rax:dns")
            .healthCheck(CloudDns::healthDetails)
            .build();

    private static final PagingScheme PAGING = PagingScheme.limitOffset(DnsLimits.MAX_LIMIT, DnsLimits.MAX_LIMIT);
    /** Cloud DNS's date format: {@code 2012-01-01T00:00:00+0000}. */
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SINCE_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final ServiceClient client;
    private final DnsJobs jobs;

    CloudDns(ServiceClient client, DnsSettings settings) {
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.jobs = new DnsJobs(client, settings);
    }

    private static CloudDns create(ServiceContext context) {
        return new CloudDns(context.client(), context.settings(DnsSettings.class).orElse(DnsSettings.defaults()));
    }

    /** @return the underlying service client (endpoint, raw requests) */
    public ServiceClient client() {
        return client;
    }

    /** @return how this client waits for jobs */
    public DnsSettings settings() {
        return jobs.settings();
    }

    /**
     * @param settings how the twin waits for jobs
     * @return a client of the same endpoint with these settings; this one is unchanged
     */
    public CloudDns withSettings(DnsSettings settings) {
        return new CloudDns(client, Objects.requireNonNull(settings, "settings must not be null"));
    }

    /**
     * pyrax's {@code dns.set_timeout(seconds)}, as a twin: clients are immutable.
     *
     * @param timeout how long a call waits for its job; {@link Duration#ZERO} waits without limit
     * @return a client with that timeout
     */
    public CloudDns withTimeout(Duration timeout) {
        return withSettings(settings().toBuilder().timeout(timeout).build());
    }

    /**
     * pyrax's {@code dns.set_delay(seconds)}, as a twin: clients are immutable.
     *
     * @param delay the pause between two status checks of a job
     * @return a client with that delay
     */
    public CloudDns withDelay(Duration delay) {
        return withSettings(settings().toBuilder().delay(delay).build());
    }

    // ---------------------------------------------------------------- domains

    /**
     * Every domain of the account, page after page. pyrax's {@code dns.list()} returned the first
     * 100 only; {@link #list(int, int)} gives one page.
     *
     * @return the domains: a flat list, subdomains included
     */
    public List<Domain> list() {
        return getDomainIterator().stream().toList();
    }

    /**
     * pyrax's {@code dns.list(limit=)}: the first page.
     *
     * @param limit domains per page, 1 to 100
     * @return the page
     */
    public Page<Domain> list(int limit) {
        return list(limit, 0);
    }

    /**
     * pyrax's {@code dns.list(limit=, offset=)}: one page, whose {@code nextPage()} and
     * {@code previousPage()} fetch its neighbours.
     *
     * @param limit domains per page, 1 to 100
     * @param offset 0 or a multiple of the limit
     * @return the page
     * @throws IllegalArgumentException when the limit or offset breaks those rules
     */
    public Page<Domain> list(int limit, int offset) {
        return domainListing(null, limit, offset).firstPage();
    }

    /**
     * pyrax's {@code dns.list_next_page()}: the page after one that was listed.
     *
     * @param page a page of domains
     * @return the next page
     * @throws org.cloudsdk.errors.NoMoreResultsException when it was the last
     */
    public Page<Domain> listNextPage(Page<Domain> page) {
        return Objects.requireNonNull(page, "page must not be null").nextPage();
    }

    /**
     * pyrax's {@code dns.list_previous_page()}.
     *
     * @param page a page of domains
     * @return the page before it
     * @throws org.cloudsdk.errors.NoMoreResultsException when it was the first
     */
    public Page<Domain> listPreviousPage(Page<Domain> page) {
        return Objects.requireNonNull(page, "page must not be null").previousPage();
    }

    /**
     * pyrax's {@code dns.get_domain_iterator()}: every domain, a page of 100 fetched when the
     * iteration reaches it; each {@code iterator()} or {@code stream()} starts again.
     *
     * @return the listing
     */
    public Listing<Domain> getDomainIterator() {
        return domainListing(null, null, null);
    }

    private Listing<Domain> domainListing(@Nullable String name, @Nullable Integer limit, @Nullable Integer offset) {
        Listing.Builder<Domain> listing = listing("listDomains", json -> new Domain(this, json)).path("/domains")
                .items("domains").query("name", name).limit(limit).offset(offset);
        if (name != null) {
            // a name search that matches nothing may be answered 404
            listing.notFoundAsEmpty();
        }
        return listing.build();
    }

    /**
     * pyrax's {@code dns.get(id)}: the domain, without its records and subdomains (as pyrax asked).
     *
     * @param domainId the domain's id
     * @return a fresh snapshot, with its name servers
     * @throws org.cloudsdk.errors.NotFoundException when there is no such domain
     */
    public Domain get(String domainId) {
        return Transport.blockValue(getAsync(domainId));
    }

    Mono<Domain> getAsync(String domainId) {
        String id = DnsLimits.text(domainId, "domainId");
        return read("getDomain", request -> request.path("/domains/{id}", id).query("showRecords", "false")
                .query("showSubdomains", "false")).map(response -> new Domain(this, response.json()));
    }

    /**
     * pyrax's {@code dns.find(name=...)}: the domain of exactly this name (case aside), found
     * with the API's name filter.
     *
     * @param name a fully-qualified domain name
     * @return the domain, or empty
     * @throws NoUniqueMatchException when several have it
     */
    public Optional<Domain> find(String name) {
        String wanted = DnsLimits.text(name, "name");
        return unique("domain", wanted, domainListing(wanted, null, null).stream()
                .filter(domain -> domain.name().equalsIgnoreCase(wanted)).toList());
    }

    /**
     * pyrax's {@code dns.create(name=, emailAddress=)}: a domain with a TTL of 3600 seconds.
     *
     * @param name the fully-qualified domain name
     * @param emailAddress the administrator's email address
     * @return the new domain
     * @throws DomainCreationFailedException when the job fails (a domain that exists, say)
     */
    public Domain create(String name, String emailAddress) {
        return create(NewDomain.of(name, emailAddress));
    }

    /**
     * pyrax's {@code dns.create(name=, emailAddress=, ttl=, comment=, subdomains=, records=)}: the
     * domain, its subdomains and its records in one call.
     *
     * @param domain what to create
     * @return the new domain, with the records and subdomains created with it
     * @throws DomainCreationFailedException when the job fails
     */
    public Domain create(NewDomain domain) {
        return Transport.blockValue(createMono(domain));
    }

    /**
     * @param domain what to create
     * @return the new domain, when its job completes
     */
    public CompletableFuture<Domain> createAsync(NewDomain domain) {
        return createMono(domain).toFuture();
    }

    private Mono<Domain> createMono(NewDomain domain) {
        Objects.requireNonNull(domain, "domain must not be null");
        ObjectNode body = Json.object();
        body.putArray("domains").add(domain.toJson());
        return job(HttpMethod.POST, "createDomain", DomainCreationFailedException::new,
                request -> request.path("/domains").jsonBody(Json.write(body)))
                .map(response -> firstDomain(response, "createDomain"));
    }

    /**
     * pyrax's {@code dns.update_domain(dom, emailAddress=, ttl=, comment=)}.
     *
     * @param domainId the domain's id
     * @param update what to change
     * @throws DomainUpdateFailedException when the job fails
     */
    public void updateDomain(String domainId, DomainUpdate update) {
        Transport.block(updateDomainMono(domainId, update));
    }

    /**
     * @param domainId the domain's id
     * @param update what to change
     * @return done when the job completes
     */
    public CompletableFuture<Void> updateDomainAsync(String domainId, DomainUpdate update) {
        return updateDomainMono(domainId, update).toFuture();
    }

    private Mono<Void> updateDomainMono(String domainId, DomainUpdate update) {
        String id = DnsLimits.text(domainId, "domainId");
        Objects.requireNonNull(update, "update must not be null");
        return job(HttpMethod.PUT, "updateDomain", DomainUpdateFailedException::new,
                request -> request.path("/domains/{id}", id).jsonBody(Json.write(update.toJson()))).then();
    }

    /**
     * pyrax's {@code dns.delete(dom)}: the domain and its records; its subdomains become domains of
     * their own.
     *
     * @param domainId the domain's id
     * @throws DomainDeletionFailedException when the job fails
     */
    public void delete(String domainId) {
        delete(domainId, false);
    }

    /**
     * pyrax's {@code dns.delete(dom, delete_subdomains=)}.
     *
     * @param domainId the domain's id
     * @param deleteSubdomains whether to delete its subdomains too
     * @throws DomainDeletionFailedException when the job fails
     */
    public void delete(String domainId, boolean deleteSubdomains) {
        Transport.block(deleteMono(domainId, deleteSubdomains));
    }

    /**
     * @param domainId the domain's id
     * @param deleteSubdomains whether to delete its subdomains too
     * @return done when the job completes
     */
    public CompletableFuture<Void> deleteAsync(String domainId, boolean deleteSubdomains) {
        return deleteMono(domainId, deleteSubdomains).toFuture();
    }

    private Mono<Void> deleteMono(String domainId, boolean deleteSubdomains) {
        String id = DnsLimits.text(domainId, "domainId");
        return job(HttpMethod.DELETE, "deleteDomain", DomainDeletionFailedException::new,
                request -> request.path("/domains/{id}", id).query("deleteSubdomains", deleteSubdomains ? "true" : null))
                .then();
    }

    /**
     * pyrax's {@code dns.changes_since(dom, datetime)}.
     *
     * @param domainId the domain's id
     * @param since the start of the period
     * @return what changed since then, oldest first as the service orders them
     */
    public List<DomainChange> changesSince(String domainId, Instant since) {
        String id = DnsLimits.text(domainId, "domainId");
        String when = SINCE.format(Objects.requireNonNull(since, "since must not be null"));
        ApiResponse response = Transport.blockValue(read("changesSince",
                request -> request.path("/domains/{id}/changes", id).query("since", when)));
        List<DomainChange> changes = new ArrayList<>();
        response.json().path("changes").forEach(change -> changes.add(new DomainChange(change)));
        return List.copyOf(changes);
    }

    /**
     * pyrax's {@code dns.changes_since(dom, date)}.
     *
     * @param domainId the domain's id
     * @param since the first day, from midnight UTC
     * @return what changed since then
     */
    public List<DomainChange> changesSince(String domainId, LocalDate since) {
        return changesSince(domainId, Objects.requireNonNull(since, "since must not be null").atStartOfDay()
                .toInstant(ZoneOffset.UTC));
    }

    /**
     * pyrax's {@code dns.changes_since(dom, "2012-01-01 00:00:00")}: the chapter's text forms.
     *
     * @param domainId the domain's id
     * @param since {@code YYYY-MM-DD HH:MM:SS} or {@code YYYY-MM-DD}, in UTC
     * @return what changed since then
     * @throws IllegalArgumentException when the text is in neither form
     */
    public List<DomainChange> changesSince(String domainId, String since) {
        String text = DnsLimits.text(since, "since").trim();
        Instant instant;
        try {
            instant = text.length() <= 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : LocalDateTime.parse(text, SINCE_TEXT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("since must be 'YYYY-MM-DD HH:MM:SS' or 'YYYY-MM-DD', was '" + since + "'",
                    e);
        }
        return changesSince(domainId, instant);
    }

    /**
     * pyrax's {@code dns.export_domain(dom)}: the domain in BIND 9 format (its subdomains are not
     * included). The export is a job too.
     *
     * @param domainId the domain's id
     * @return the zone file's text
     * @throws DnsJobFailedException when the job fails
     */
    public String exportDomain(String domainId) {
        return Transport.blockValue(exportMono(domainId));
    }

    /**
     * @param domainId the domain's id
     * @return the zone file's text, when the job completes
     */
    public CompletableFuture<String> exportDomainAsync(String domainId) {
        return exportMono(domainId).toFuture();
    }

    private Mono<String> exportMono(String domainId) {
        String id = DnsLimits.text(domainId, "domainId");
        return job(HttpMethod.GET, "exportDomain", DnsJobFailedException::new,
                request -> request.path("/domains/{id}/export", id))
                .map(response -> response.path("contents").asString(""));
    }

    /**
     * pyrax's {@code dns.import_domain(data)}: creates a domain from a BIND 9 zone file.
     *
     * @param bind9 the zone file's text
     * @return the new domain
     * @throws DomainCreationFailedException when the job fails
     */
    public Domain importDomain(String bind9) {
        return Transport.blockValue(importMono(bind9));
    }

    /**
     * @param bind9 the zone file's text
     * @return the new domain, when the job completes
     */
    public CompletableFuture<Domain> importDomainAsync(String bind9) {
        return importMono(bind9).toFuture();
    }

    private Mono<Domain> importMono(String bind9) {
        String contents = DnsLimits.text(bind9, "bind9");
        ObjectNode body = Json.object();
        body.putArray("domains").addObject().put("contentType", "BIND_9").put("contents", contents);
        return job(HttpMethod.POST, "importDomain", DomainCreationFailedException::new,
                request -> request.path("/domains/import").jsonBody(Json.write(body)))
                .map(response -> firstDomain(response, "importDomain"));
    }

    // ---------------------------------------------------------------- subdomains

    /**
     * pyrax's {@code dns.list_subdomains(dom)}: every subdomain, page after page; none (which the
     * service may answer with 404) is an empty list.
     *
     * @param domainId the parent domain's id
     * @return its subdomains
     */
    public List<Domain> listSubdomains(String domainId) {
        return getSubdomainIterator(domainId).stream().toList();
    }

    /**
     * pyrax's {@code dns.list_subdomains(dom, limit=, offset=)}: one page.
     *
     * @param domainId the parent domain's id
     * @param limit subdomains per page, 1 to 100
     * @param offset 0 or a multiple of the limit
     * @return the page
     */
    public Page<Domain> listSubdomains(String domainId, int limit, int offset) {
        return subdomainListing(domainId, limit, offset).firstPage();
    }

    /**
     * @param page a page of subdomains
     * @return pyrax's {@code dns.list_subdomains_next_page()}
     * @throws org.cloudsdk.errors.NoMoreResultsException when it was the last
     */
    public Page<Domain> listSubdomainsNextPage(Page<Domain> page) {
        return Objects.requireNonNull(page, "page must not be null").nextPage();
    }

    /**
     * @param page a page of subdomains
     * @return pyrax's {@code dns.list_subdomains_previous_page()}
     * @throws org.cloudsdk.errors.NoMoreResultsException when it was the first
     */
    public Page<Domain> listSubdomainsPreviousPage(Page<Domain> page) {
        return Objects.requireNonNull(page, "page must not be null").previousPage();
    }

    /**
     * @param domainId the parent domain's id
     * @return pyrax's {@code dns.get_subdomain_iterator(dom)}
     */
    public Listing<Domain> getSubdomainIterator(String domainId) {
        return subdomainListing(domainId, null, null);
    }

    private Listing<Domain> subdomainListing(String domainId, @Nullable Integer limit, @Nullable Integer offset) {
        String id = DnsLimits.text(domainId, "domainId");
        // a domain without subdomains may be answered 404: an empty list
        return listing("listSubdomains", json -> new Domain(this, json)).path("/domains/{id}/subdomains", id)
                .items("domains").limit(limit).offset(offset).notFoundAsEmpty().build();
    }

    // ---------------------------------------------------------------- records

    /**
     * pyrax's {@code dns.list_records(dom)}: every record, page after page.
     *
     * @param domainId the domain's id
     * @return its records
     */
    public List<DnsRecord> listRecords(String domainId) {
        return getRecordIterator(domainId).stream().toList();
    }

    /**
     * pyrax's {@code dns.list_records(dom, limit=, offset=)}: one page.
     *
     * @param domainId the domain's id
     * @param limit records per page, 1 to 100
     * @param offset 0 or a multiple of the limit
     * @return the page
     */
    public Page<DnsRecord> listRecords(String domainId, int limit, int offset) {
        return recordListing(domainId, limit, offset).build().firstPage();
    }

    /**
     * @param page a page of records
     * @return pyrax's {@code dns.list_records_next_page()}
     * @throws org.cloudsdk.errors.NoMoreResultsException when it was the last
     */
    public Page<DnsRecord> listRecordsNextPage(Page<DnsRecord> page) {
        return Objects.requireNonNull(page, "page must not be null").nextPage();
    }

    /**
     * @param page a page of records
     * @return pyrax's {@code dns.list_records_previous_page()}
     * @throws org.cloudsdk.errors.NoMoreResultsException when it was the first
     */
    public Page<DnsRecord> listRecordsPreviousPage(Page<DnsRecord> page) {
        return Objects.requireNonNull(page, "page must not be null").previousPage();
    }

    /**
     * @param domainId the domain's id
     * @return pyrax's {@code dns.get_record_iterator(dom)}
     */
    public Listing<DnsRecord> getRecordIterator(String domainId) {
        return recordListing(domainId, null, null).build();
    }

    private Listing.Builder<DnsRecord> recordListing(String domainId, @Nullable Integer limit, @Nullable Integer offset) {
        String id = DnsLimits.text(domainId, "domainId");
        return listing("listRecords", json -> new DnsRecord(this, id, json)).path("/domains/{id}/records", id)
                .items("records").limit(limit).offset(offset);
    }

    /**
     * pyrax's {@code dns.search_records(dom, record_type, name=, data=)}, every page; no match
     * (which the service may answer with 404) is an empty list.
     *
     * @param domainId the domain's id
     * @param type the type
     * @param name the exact name, or null for any
     * @param data the exact data, or null for any
     * @return the matching records
     */
    public List<DnsRecord> searchRecords(String domainId, RecordType type, @Nullable String name,
            @Nullable String data) {
        RecordType checked = DnsLimits.type(type);
        // a search that matches nothing may be answered 404: an empty list
        return recordListing(domainId, null, null).query("type", checked.name()).query("name", name)
                .query("data", data).notFoundAsEmpty().build().stream().toList();
    }

    /**
     * pyrax's {@code dns.find_record(dom, record_type, name=, data=)}.
     *
     * @param domainId the domain's id
     * @param type the type
     * @param name the exact name, or null for any
     * @param data the exact data, or null for any
     * @return the only matching record, or empty
     * @throws NoUniqueMatchException when several match (pyrax's {@code DomainRecordNotUnique})
     */
    public Optional<DnsRecord> findRecord(String domainId, RecordType type, @Nullable String name,
            @Nullable String data) {
        return unique(type + " record", name == null ? "(any name)" : name, searchRecords(domainId, type, name, data));
    }

    /**
     * pyrax's {@code dns.get_record(dom, record)}.
     *
     * @param domainId the domain's id
     * @param recordId the record's id, such as {@code A-9393844}
     * @return the record
     * @throws org.cloudsdk.errors.NotFoundException when there is no such record
     */
    public DnsRecord getRecord(String domainId, String recordId) {
        return Transport.blockValue(getRecordAsync(domainId, recordId));
    }

    Mono<DnsRecord> getRecordAsync(String domainId, String recordId) {
        String id = DnsLimits.text(domainId, "domainId");
        String record = DnsLimits.text(recordId, "recordId");
        return read("getRecord", request -> request.path("/domains/{id}/records/{recordId}", id, record))
                .map(response -> new DnsRecord(this, id, response.json()));
    }

    /**
     * pyrax's {@code dns.add_records(dom, records)}: several records in one call.
     *
     * @param domainId the domain's id
     * @param records the records, at least one
     * @return the new records, in the order the service gives
     * @throws DomainRecordAdditionFailedException when the job fails
     */
    public List<DnsRecord> addRecords(String domainId, List<NewRecord> records) {
        return Transport.blockValue(addRecordsMono(domainId, records));
    }

    /**
     * @param domainId the domain's id
     * @param records the records, at least one
     * @return the new records, when the job completes
     */
    public CompletableFuture<List<DnsRecord>> addRecordsAsync(String domainId, List<NewRecord> records) {
        return addRecordsMono(domainId, records).toFuture();
    }

    /**
     * pyrax's {@code dom.add_record(record)}.
     *
     * @param domainId the domain's id
     * @param record the record
     * @return the new record
     * @throws DomainRecordAdditionFailedException when the job fails
     */
    public DnsRecord addRecord(String domainId, NewRecord record) {
        List<DnsRecord> added = addRecords(domainId, List.of(Objects.requireNonNull(record, "record must not be null")));
        if (added.isEmpty()) {
            throw new DomainRecordAdditionFailedException("addRecords on " + client.service()
                    + ": the job completed without the new record", org.cloudsdk.errors.ErrorDetails.of(
                            client.service(), "addRecords"), null, List.of());
        }
        return added.get(0);
    }

    private Mono<List<DnsRecord>> addRecordsMono(String domainId, List<NewRecord> records) {
        String id = DnsLimits.text(domainId, "domainId");
        ArrayNode list = recordArray(records, "records");
        ObjectNode body = Json.object();
        body.set("records", list);
        return job(HttpMethod.POST, "addRecords", DomainRecordAdditionFailedException::new,
                request -> request.path("/domains/{id}/records", id).jsonBody(Json.write(body)))
                .map(response -> {
                    List<DnsRecord> added = new ArrayList<>();
                    response.path("records").forEach(record -> added.add(new DnsRecord(this, id, record)));
                    return List.copyOf(added);
                });
    }

    /**
     * pyrax's {@code dns.update_record(dom, rec, data=, priority=, ttl=, comment=)}. The record's
     * type decides what the update may hold (an address for A, AAAA and PTR data; a priority only
     * for MX and SRV).
     *
     * @param domainId the domain's id
     * @param record the record, as listed or fetched
     * @param update what to change
     * @throws DomainRecordUpdateFailedException when the job fails
     */
    public void updateRecord(String domainId, DnsRecord record, RecordUpdate update) {
        Transport.block(updateRecordsMono(domainId, Map.of(Objects.requireNonNull(record, "record must not be null"),
                Objects.requireNonNull(update, "update must not be null"))));
    }

    /**
     * @param domainId the domain's id
     * @param record the record
     * @param update what to change
     * @return done when the job completes
     */
    public CompletableFuture<Void> updateRecordAsync(String domainId, DnsRecord record, RecordUpdate update) {
        return updateRecordsMono(domainId, Map.of(Objects.requireNonNull(record, "record must not be null"),
                Objects.requireNonNull(update, "update must not be null"))).toFuture();
    }

    /**
     * pyrax's {@code dns.update_records(dom, records)}: several records in one call.
     *
     * @param domainId the domain's id
     * @param updates each record and what to change on it
     * @throws DomainRecordUpdateFailedException when the job fails
     */
    public void updateRecords(String domainId, Map<DnsRecord, RecordUpdate> updates) {
        Transport.block(updateRecordsMono(domainId, updates));
    }

    private Mono<Void> updateRecordsMono(String domainId, Map<DnsRecord, RecordUpdate> updates) {
        String id = DnsLimits.text(domainId, "domainId");
        Objects.requireNonNull(updates, "updates must not be null");
        if (updates.isEmpty()) {
            throw new IllegalArgumentException("updates must name at least one record");
        }
        ArrayNode records = Json.array();
        updates.forEach((record, update) -> {
            Objects.requireNonNull(record, "updates must not hold a null record");
            Objects.requireNonNull(update, "updates must not hold a null update");
            update.checkFor(record.type());
            ObjectNode json = records.addObject();
            json.put("id", record.id());
            json.put("name", record.name());
            update.addTo(json);
        });
        ObjectNode body = Json.object();
        body.set("records", records);
        return job(HttpMethod.PUT, "updateRecords", DomainRecordUpdateFailedException::new,
                request -> request.path("/domains/{id}/records", id).jsonBody(Json.write(body))).then();
    }

    /**
     * pyrax's {@code dns.delete_record(dom, rec)}. A domain must keep at least one NS record:
     * deleting its last one is refused before the delete request (the check reads the domain's
     * NS records when the id names an NS record).
     *
     * @param domainId the domain's id
     * @param recordId the record's id
     * @throws IllegalArgumentException when it is the domain's last NS record
     * @throws DomainRecordDeletionFailedException when the job fails
     */
    public void deleteRecord(String domainId, String recordId) {
        Transport.block(deleteRecordsMono(domainId, List.of(DnsLimits.text(recordId, "recordId"))));
    }

    /**
     * @param domainId the domain's id
     * @param recordId the record's id
     * @return done when the job completes; failed with {@link IllegalArgumentException} for the
     *     domain's last NS record
     */
    public CompletableFuture<Void> deleteRecordAsync(String domainId, String recordId) {
        return deleteRecordsMono(domainId, List.of(DnsLimits.text(recordId, "recordId"))).toFuture();
    }

    /**
     * Deletes several records of a domain in one call; the domain must keep at least one NS record.
     *
     * @param domainId the domain's id
     * @param recordIds the records' ids, at least one
     * @throws IllegalArgumentException when they include every NS record of the domain
     * @throws DomainRecordDeletionFailedException when the job fails
     */
    public void deleteRecords(String domainId, Collection<String> recordIds) {
        Transport.block(deleteRecordsMono(domainId, recordIds));
    }

    private Mono<Void> deleteRecordsMono(String domainId, Collection<String> recordIds) {
        String id = DnsLimits.text(domainId, "domainId");
        Objects.requireNonNull(recordIds, "recordIds must not be null");
        Set<String> ids = new LinkedHashSet<>();
        recordIds.forEach(recordId -> ids.add(DnsLimits.text(recordId, "recordIds")));
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("recordIds must name at least one record");
        }
        Mono<ApiResponse> sent = ids.size() == 1
                ? Mono.defer(() -> client.exchange(client.request(HttpMethod.DELETE, "deleteRecord")
                        .path("/domains/{id}/records/{recordId}", id, ids.iterator().next())))
                : Mono.defer(() -> {
                    ApiRequest.Builder request = client.request(HttpMethod.DELETE, "deleteRecords")
                            .path("/domains/{id}/records", id);
                    ids.forEach(recordId -> request.query("id", recordId));
                    return client.exchange(request);
                });
        String operation = ids.size() == 1 ? "deleteRecord" : "deleteRecords";
        return keepsANameServer(id, ids).then(sent)
                .flatMap(response -> jobs.await(response, operation, DomainRecordDeletionFailedException::new))
                .then();
    }

    /** Fails when the records to delete are every NS record the domain has. */
    private Mono<Void> keepsANameServer(String domainId, Set<String> deleting) {
        if (deleting.stream().noneMatch(recordId -> DnsLimits.typeOfId(recordId) == RecordType.NS)) {
            return Mono.empty();
        }
        return recordListing(domainId, null, null).query("type", RecordType.NS.name()).build().flux()
                .map(DnsRecord::id).collectList().flatMap(nameServers -> {
                    List<String> kept = nameServers.stream().filter(ns -> !deleting.contains(ns)).toList();
                    if (!nameServers.isEmpty() && kept.isEmpty()) {
                        return Mono.error(new IllegalArgumentException("recordId: " + String.join(", ", deleting)
                                + (nameServers.size() == 1 ? " is the last NS record" : " are all the NS records")
                                + " of domain " + domainId + "; a domain must keep at least one NS record, so nothing"
                                + " was deleted"));
                    }
                    return Mono.empty();
                });
    }

    // ---------------------------------------------------------------- reverse DNS

    /**
     * pyrax's {@code dns.list_ptr_records(device)}: every PTR record of the device (an empty list
     * when it has none, which the service may answer with 404), in one request.
     *
     * @param device the server or load balancer
     * @return its PTR records
     */
    public List<PtrRecord> listPtrRecords(PtrDevice device) {
        Objects.requireNonNull(device, "device must not be null");
        // one request, as pyrax's: a device has a few addresses, and the reference documents no paging here
        ApiResponse response = Transport.blockValue(read("listPtrRecords", request -> request
                .path("/rdns/{service}", device.serviceName()).query("href", device.url()))
                .onErrorResume(NotFoundException.class, none -> Mono.empty())
                .defaultIfEmpty(new ApiResponse(200, HttpHeaders.EMPTY, new byte[0])));
        List<PtrRecord> records = new ArrayList<>();
        if (response.body().length > 0) {
            response.json().path("records").forEach(record -> records.add(new PtrRecord(this, device, record)));
        }
        return List.copyOf(records);
    }

    /**
     * @param device the server or load balancer
     * @param recordId the PTR record's id, such as {@code PTR-539528}
     * @return the record
     * @throws org.cloudsdk.errors.NotFoundException when the device has no such record
     */
    public PtrRecord getPtrRecord(PtrDevice device, String recordId) {
        return Transport.blockValue(getPtrRecordAsync(device, recordId));
    }

    Mono<PtrRecord> getPtrRecordAsync(PtrDevice device, String recordId) {
        Objects.requireNonNull(device, "device must not be null");
        String id = DnsLimits.text(recordId, "recordId");
        return read("getPtrRecord", request -> request.path("/rdns/{service}/{recordId}", device.serviceName(), id)
                .query("href", device.url())).map(response -> new PtrRecord(this, device, response.json()));
    }

    /**
     * pyrax's {@code dns.add_ptr_records(device, records)}: reverse DNS for the device's addresses.
     *
     * @param device the server or load balancer
     * @param records PTR records ({@link NewRecord#ptr}), at least one
     * @return the new PTR records
     * @throws IllegalArgumentException when a record is not of type PTR
     * @throws PtrRecordCreationFailedException when the job fails
     */
    public List<PtrRecord> addPtrRecords(PtrDevice device, List<NewRecord> records) {
        return Transport.blockValue(addPtrRecordsMono(device, records));
    }

    /**
     * @param device the server or load balancer
     * @param records PTR records, at least one
     * @return the new PTR records, when the job completes
     */
    public CompletableFuture<List<PtrRecord>> addPtrRecordsAsync(PtrDevice device, List<NewRecord> records) {
        return addPtrRecordsMono(device, records).toFuture();
    }

    private Mono<List<PtrRecord>> addPtrRecordsMono(PtrDevice device, List<NewRecord> records) {
        Objects.requireNonNull(device, "device must not be null");
        ArrayNode list = recordArray(records, "records");
        for (NewRecord record : records) {
            if (record.type() != RecordType.PTR) {
                throw new IllegalArgumentException("records must all be of type PTR for reverse DNS, one is "
                        + record.type());
            }
        }
        return job(HttpMethod.POST, "addPtrRecords", PtrRecordCreationFailedException::new,
                request -> request.path("/rdns").jsonBody(Json.write(rdnsBody(device, list))))
                .map(response -> {
                    List<PtrRecord> added = new ArrayList<>();
                    response.path("records").forEach(record -> added.add(new PtrRecord(this, device, record)));
                    return List.copyOf(added);
                });
    }

    /**
     * pyrax's {@code dns.update_ptr_record(device, record, domain_name, data, ttl=, comment=)}:
     * only the TTL and the comment can change; the name and address must be the record's own.
     *
     * @param device the server or load balancer
     * @param recordId the PTR record's id
     * @param domainName the record's domain name, unchanged
     * @param ipAddress the record's address, unchanged
     * @param update the new TTL and/or comment (no data, no priority)
     * @throws PtrRecordUpdateFailedException when the job fails
     */
    public void updatePtrRecord(PtrDevice device, String recordId, String domainName, String ipAddress,
            RecordUpdate update) {
        Transport.block(updatePtrRecordMono(device, recordId, domainName, ipAddress, update));
    }

    /**
     * @param device the server or load balancer
     * @param recordId the PTR record's id
     * @param domainName the record's domain name, unchanged
     * @param ipAddress the record's address, unchanged
     * @param update the new TTL and/or comment
     * @return done when the job completes
     */
    public CompletableFuture<Void> updatePtrRecordAsync(PtrDevice device, String recordId, String domainName,
            String ipAddress, RecordUpdate update) {
        return updatePtrRecordMono(device, recordId, domainName, ipAddress, update).toFuture();
    }

    private Mono<Void> updatePtrRecordMono(PtrDevice device, String recordId, String domainName, String ipAddress,
            RecordUpdate update) {
        Objects.requireNonNull(device, "device must not be null");
        String id = DnsLimits.text(recordId, "recordId");
        String name = DnsLimits.domainName(domainName, "domainName");
        String address = DnsLimits.address(ipAddress, "ipAddress");
        Objects.requireNonNull(update, "update must not be null");
        if (update.data().isPresent() || update.priority().isPresent()) {
            throw new IllegalArgumentException("update may change only the ttl and comment of a PTR record; to change"
                    + " its address or name, delete it and add a new one");
        }
        ArrayNode list = Json.array();
        ObjectNode record = list.addObject();
        record.put("name", name);
        record.put("id", id);
        record.put("type", RecordType.PTR.name());
        record.put("data", address);
        update.addTo(record);
        return job(HttpMethod.PUT, "updatePtrRecord", PtrRecordUpdateFailedException::new,
                request -> request.path("/rdns").jsonBody(Json.write(rdnsBody(device, list)))).then();
    }

    /**
     * pyrax's {@code dns.delete_ptr_records(device)}: every PTR record of the device.
     *
     * @param device the server or load balancer
     * @throws PtrRecordDeletionFailedException when the job fails
     */
    public void deletePtrRecords(PtrDevice device) {
        Transport.block(deletePtrRecordsMono(device, null));
    }

    /**
     * pyrax's {@code dns.delete_ptr_records(device, ip_address=)}: the device's PTR records of one address.
     *
     * @param device the server or load balancer
     * @param ipAddress the address
     * @throws PtrRecordDeletionFailedException when the job fails
     */
    public void deletePtrRecords(PtrDevice device, String ipAddress) {
        Transport.block(deletePtrRecordsMono(device, DnsLimits.address(ipAddress, "ipAddress")));
    }

    /**
     * @param device the server or load balancer
     * @param ipAddress the address whose records go, or null for all of them
     * @return done when the job completes
     */
    public CompletableFuture<Void> deletePtrRecordsAsync(PtrDevice device, @Nullable String ipAddress) {
        return deletePtrRecordsMono(device, ipAddress == null ? null : DnsLimits.address(ipAddress, "ipAddress"))
                .toFuture();
    }

    private Mono<Void> deletePtrRecordsMono(PtrDevice device, @Nullable String ipAddress) {
        Objects.requireNonNull(device, "device must not be null");
        return job(HttpMethod.DELETE, "deletePtrRecords", PtrRecordDeletionFailedException::new,
                request -> request.path("/rdns/{service}", device.serviceName()).query("href", device.url())
                        .query("ip", ipAddress)).then();
    }

    private static ObjectNode rdnsBody(PtrDevice device, ArrayNode records) {
        ObjectNode body = Json.object();
        body.putObject("recordsList").set("records", records);
        body.putObject("link").put("content", "").put("href", device.url()).put("rel", device.serviceName());
        return body;
    }

    // ---------------------------------------------------------------- health

    /** The health entry's read: one domain (a cheap GET that proves the token and endpoint). */
    private Mono<Map<String, Object>> healthDetails() {
        return client.exchange(client.request(HttpMethod.GET, "listDomains").path("/domains").query("limit", 1))
                .map(response -> {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("region", String.valueOf(client.region()));
                    details.put("interface", client.endpointInterface());
                    return details;
                });
    }

    @Override
    public String toString() {
        return "CloudDns[interface=" + client.endpointInterface() + ", " + settings() + "]";
    }

    // ---------------------------------------------------------------- plumbing

    private <T> Listing.Builder<T> listing(String operation, Function<JsonNode, T> mapper) {
        return Listing.builder(client, operation, PAGING, mapper::apply);
    }

    private Mono<ApiResponse> read(String operation, Function<ApiRequest.Builder, ApiRequest.Builder> spec) {
        return Mono.defer(() -> client.exchange(spec.apply(client.request(HttpMethod.GET, operation))));
    }

    /** Sends a mutation and waits for its job; the request is built now, so bad input fails before anything is sent. */
    private Mono<JsonNode> job(HttpMethod method, String operation, DnsJobs.Failure failure,
            Function<ApiRequest.Builder, ApiRequest.Builder> spec) {
        ApiRequest.Builder request = spec.apply(client.request(method, operation));
        return Mono.defer(() -> client.exchange(request)).flatMap(response -> jobs.await(response, operation, failure));
    }

    private Domain firstDomain(JsonNode response, String operation) {
        JsonNode domain = response.path("domains").path(0);
        if (!domain.isObject()) {
            throw new DnsJobFailedException(operation + " on " + client.service()
                    + ": the job completed without describing the domain", org.cloudsdk.errors.ErrorDetails.of(
                            client.service(), operation), null, List.of());
        }
        return new Domain(this, domain);
    }

    private static ArrayNode recordArray(@Nullable List<NewRecord> records, String parameter) {
        Objects.requireNonNull(records, parameter + " must not be null");
        if (records.isEmpty()) {
            throw new IllegalArgumentException(parameter + " must hold at least one record");
        }
        ArrayNode list = Json.array();
        for (NewRecord record : records) {
            list.add(Objects.requireNonNull(record, parameter + " must not hold null").toJson());
        }
        return list;
    }

    private <T> Optional<T> unique(String kind, String name, List<T> matches) {
        if (matches.size() > 1) {
            throw new NoUniqueMatchException(client.service() + ": " + matches.size() + " " + kind + "s match '" + name
                    + "'; use an id");
        }
        return matches.stream().findFirst();
    }
}
