package org.cloudsdk.designate;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.cloudsdk.errors.NoUniqueMatchException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.RequestBody;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.PagingScheme;
import org.cloudsdk.service.ServiceContext;
import org.cloudsdk.service.ServiceDefinition;
import org.cloudsdk.util.Arguments;
import org.cloudsdk.wait.NotFoundPolicy;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waitable;
import org.cloudsdk.wait.Waiter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Designate (OpenStack's DNS service, API v2, catalog type {@code dns}): zones, record sets, zone
 * import and export, zone transfers, name servers, quotas, TLDs and the PTR records of floating
 * IPs, in one region. Reached from a context:
 *
 * <pre>{@code
 * Designate dns = ctx.designate();
 * Zone zone = dns.createZone("example.org.", "hostmaster@example.org").waitUntilActive();
 * RecordSet www = zone.createRecordSet("www.example.org.", RecordType.A, List.of("192.0.2.10"));
 * }</pre>
 *
 * <p>Designate is asynchronous: a change answers at once with the resource {@code PENDING} and
 * its {@code action} ({@code CREATE}, {@code UPDATE}, {@code DELETE}); it becomes {@code ACTIVE}
 * (action {@code NONE}) once the name servers serve it, or {@code ERROR}. The handles wait for
 * that ({@link Zone#waitUntilActive()}); deletes with {@link WaitOptions} return once the resource
 * is gone.
 *
 * <p>Every rule of Designate's API is checked before a request, with an
 * {@link IllegalArgumentException} naming the parameter: fully qualified names ending with a dot,
 * e-mail addresses, TTLs, description lengths, page sizes and the data of each record type. What
 * the server refuses arrives as the transport's typed {@code CloudException}s
 * ({@code NotFoundException}, {@code ConflictException} for a duplicate zone, ...).
 *
 * <p>Rackspace's Cloud DNS ({@code rax:dns}, pyrax's {@code clouddns}) is another API with another
 * client, {@code org.cloudsdk.dns.CloudDns}; {@code docs/designate.md} maps one to the other.
 *
 * <p>Thread-safe; one client per region is shared by the whole application.
 */
public final class Designate {

    /** The registration of Designate: {@code ctx.designate()}, the starter's bean and health entry. */
    public static final ServiceDefinition<Designate> SERVICE = ServiceDefinition
            .builder("designate", ServiceType.DNS, Designate.class, Designate::create)
            .catalogTypes("dns")
            .healthCheck(Designate::healthDetails)
            .build();

    /**
     * The waits of the handles' {@code waitUntilActive()} and {@code waitUntilComplete()}: a poll
     * every 2 seconds (Designate usually settles a change within seconds), for at most 5 minutes.
     */
    public static final WaitOptions DEFAULT_WAIT = WaitOptions.builder().interval(Duration.ofSeconds(2))
            .deadline(Duration.ofMinutes(5)).build();

    /** Designate's largest page ({@code max_limit_v2}). */
    public static final int MAX_PAGE_SIZE = 1000;

    private static final PagingScheme PAGING = PagingScheme.nextLink().withMaxLimit(MAX_PAGE_SIZE);
    private static final Set<String> ACTIVE = Set.of(DesignateStatus.ACTIVE.name());
    private static final Set<String> COMPLETE = Set.of(ZoneExport.COMPLETE);
    private static final Set<String> GONE = Set.of(DesignateStatus.DELETED.name());
    private static final String TEXT_DNS = "text/dns";

    private final ServiceClient client;

    Designate(ServiceClient client) {
        this.client = Objects.requireNonNull(client, "client must not be null");
    }

    private static Designate create(ServiceContext context) {
        return new Designate(DesignateEndpoint.versioned(context.client()));
    }

    /** @return the underlying service client (its endpoint is Designate's v2 URL) */
    public ServiceClient client() {
        return client;
    }

    // ---------------------------------------------------------------- zones

    /**
     * pyrax's {@code dns.list()}: every zone of the project, page after page.
     *
     * @return the zones
     */
    public List<Zone> listZones() {
        return listZones(ZoneListOptions.defaults());
    }

    /**
     * @param options filters, page size and the zone to start after
     * @return every matching zone, following Designate's next links
     */
    public List<Zone> listZones(ZoneListOptions options) {
        return zones(options).stream().toList();
    }

    /**
     * The lazy form of {@link #listZones(ZoneListOptions)}: a page is fetched when iteration reaches
     * it ({@code stream()}, {@code pages()}, {@code firstPage()} and its {@code nextPage()}).
     *
     * @param options filters, page size and the zone to start after
     * @return the listing
     */
    public Listing<Zone> zones(ZoneListOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        Listing.Builder<Zone> listing = listing("listZones", "zones", json -> new Zone(this, json)).path("/zones");
        options.filters().forEach(listing::query);
        return listing.limit(options.limit().orElse(null)).marker(options.marker().orElse(null)).build();
    }

    /**
     * pyrax's {@code dns.list_subdomains(domain)}: the zones under a zone's name (Designate makes a
     * zone whose name ends with another zone's name of the same project a child of it).
     *
     * @param zoneName the parent zone's name, such as {@code example.org.}
     * @return the zones whose names end with {@code .example.org.}
     */
    public List<Zone> listSubzones(String zoneName) {
        String parent = DnsNames.domain(zoneName, "zoneName");
        return listZones(ZoneListOptions.builder().name("*." + parent).build());
    }

    /**
     * pyrax's {@code dns.get(id)}.
     *
     * @param zoneId the zone's id
     * @return a fresh snapshot
     * @throws org.cloudsdk.errors.NotFoundException when there is no such zone
     */
    public Zone getZone(String zoneId) {
        return Transport.blockValue(getZoneAsync(zoneId));
    }

    Mono<Zone> getZoneAsync(String zoneId) {
        String id = DnsNames.id(zoneId, "zoneId");
        return send(HttpMethod.GET, "getZone", request -> request.path("/zones/{id}", id))
                .map(response -> new Zone(this, response.json()));
    }

    /**
     * pyrax's {@code dns.find(name=...)}: the zone of exactly this name.
     *
     * @param name the zone's fully qualified name, with its trailing dot
     * @return the zone, or empty when there is none
     * @throws NoUniqueMatchException when several zones have it (zones of several projects, seen
     *     by an administrator)
     */
    public Optional<Zone> findZone(String name) {
        String checked = DnsNames.domain(name, "name");
        List<Zone> matches = listZones(ZoneListOptions.builder().name(checked).build()).stream()
                .filter(zone -> checked.equalsIgnoreCase(zone.name())).toList();
        if (matches.size() > 1) {
            throw new NoUniqueMatchException("designate: " + matches.size() + " zones are named '" + checked
                    + "'; use an id");
        }
        return matches.stream().findFirst();
    }

    /**
     * pyrax's {@code dns.create(name=..., emailAddress=...)}: a PRIMARY zone with Designate's TTL.
     *
     * @param name its fully qualified name, with the trailing dot ({@code example.org.})
     * @param email the e-mail address of its SOA record
     * @return the zone ({@code PENDING}, action {@code CREATE}); wait with {@link Zone#waitUntilActive()}
     * @throws org.cloudsdk.errors.ConflictException when the zone exists already
     */
    public Zone createZone(String name, String email) {
        return createZone(name, email, ZoneCreateOptions.defaults());
    }

    /**
     * pyrax's {@code dns.create(name=..., emailAddress=..., ttl=..., comment=...)}: a PRIMARY zone.
     *
     * @param name its fully qualified name, with the trailing dot
     * @param email the e-mail address of its SOA record
     * @param options TTL, description, attributes
     * @return the zone ({@code PENDING}, action {@code CREATE})
     */
    public Zone createZone(String name, String email, ZoneCreateOptions options) {
        ObjectNode body = zoneBody(DnsNames.domain(name, "name"), options);
        body.put("email", DnsNames.email(email, "email"));
        body.put("type", ZoneType.PRIMARY.name());
        return postZone(body);
    }

    /**
     * A SECONDARY zone: Designate transfers it from its masters (and its e-mail address is
     * Designate's own).
     *
     * @param name its fully qualified name, with the trailing dot
     * @param masters the servers to transfer it from: IPv4 addresses with an optional
     *     {@code :port}, or IPv6 addresses
     * @param options TTL, description, attributes
     * @return the zone ({@code PENDING}, action {@code CREATE})
     */
    public Zone createSecondaryZone(String name, List<String> masters, ZoneCreateOptions options) {
        ObjectNode body = zoneBody(DnsNames.domain(name, "name"), options);
        body.put("type", ZoneType.SECONDARY.name());
        ArrayNode list = body.putArray("masters");
        checkMasters(masters).forEach(list::add);
        return postZone(body);
    }

    /**
     * @param name its fully qualified name, with the trailing dot
     * @param masters the servers to transfer it from
     * @return the zone ({@code PENDING}, action {@code CREATE})
     */
    public Zone createSecondaryZone(String name, List<String> masters) {
        return createSecondaryZone(name, masters, ZoneCreateOptions.defaults());
    }

    private ObjectNode zoneBody(String name, ZoneCreateOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        ObjectNode body = Json.object();
        body.put("name", name);
        options.ttl().ifPresent(value -> body.put("ttl", value));
        options.description().ifPresent(value -> body.put("description", value));
        if (!options.attributes().isEmpty()) {
            ObjectNode attributes = body.putObject("attributes");
            options.attributes().forEach(attributes::put);
        }
        return body;
    }

    private Zone postZone(ObjectNode body) {
        ApiResponse response = block(send(HttpMethod.POST, "createZone",
                request -> request.path("/zones").jsonBody(Json.write(body))));
        return new Zone(this, response.json());
    }

    /**
     * pyrax's {@code domain.update(emailAddress=..., ttl=..., comment=...)}.
     *
     * @param zoneId the zone's id
     * @param options the e-mail address, TTL or description to change
     * @return the zone as the update answered it ({@code PENDING}, action {@code UPDATE})
     * @throws IllegalArgumentException when the options change nothing
     */
    public Zone updateZone(String zoneId, ZoneUpdateOptions options) {
        String id = DnsNames.id(zoneId, "zoneId");
        Objects.requireNonNull(options, "options must not be null");
        if (options.isEmpty()) {
            throw new IllegalArgumentException("options must change the email, ttl or description; they change nothing");
        }
        ObjectNode body = Json.object();
        options.email().ifPresent(value -> body.put("email", value));
        options.ttl().ifPresent(value -> body.put("ttl", value));
        options.description().ifPresent(value -> body.put("description", value));
        ApiResponse response = block(send(HttpMethod.PATCH, "updateZone",
                request -> request.path("/zones/{id}", id).jsonBody(Json.write(body))));
        return new Zone(this, response.json());
    }

    /**
     * pyrax's {@code domain.delete()}: deletes the zone and all its record sets (its subzones
     * stay). Returns at once.
     *
     * @param zoneId the zone's id
     * @return the zone as the delete answered it ({@code PENDING}, action {@code DELETE})
     * @throws org.cloudsdk.errors.NotFoundException when there is no such zone
     */
    public Zone deleteZone(String zoneId) {
        String id = DnsNames.id(zoneId, "zoneId");
        ApiResponse response = block(send(HttpMethod.DELETE, "deleteZone", request -> request.path("/zones/{id}", id)));
        return new Zone(this, response.json());
    }

    /**
     * Deletes the zone and returns once it is gone (its GET answers 404).
     *
     * @param zoneId the zone's id
     * @param wait interval and deadline of the wait
     * @return the last snapshot seen before the zone disappeared
     * @throws org.cloudsdk.wait.ResourceFailedException when the deletion fails ({@code ERROR})
     */
    public Zone deleteZone(String zoneId, WaitOptions wait) {
        Objects.requireNonNull(wait, "wait must not be null");
        return untilGone(deleteZone(zoneId), wait);
    }

    /**
     * Waits until a zone is {@code ACTIVE}.
     *
     * @param zone the zone, as a create or update answered it
     * @param options interval, deadline, verbosity
     * @return the first snapshot that is {@code ACTIVE}
     * @throws org.cloudsdk.wait.ResourceFailedException when it reaches {@code ERROR}
     * @throws org.cloudsdk.wait.WaitTimeoutException when the deadline passes first
     */
    public Zone waitForZone(Zone zone, WaitOptions options) {
        return untilActive(zone, options);
    }

    /**
     * The name servers that serve a zone (what its NS record set lists).
     *
     * @param zoneId the zone's id
     * @return its name servers, by priority as Designate orders them
     */
    public List<NameServer> listNameServers(String zoneId) {
        String id = DnsNames.id(zoneId, "zoneId");
        JsonNode body = block(send(HttpMethod.GET, "listNameServers",
                request -> request.path("/zones/{id}/nameservers", id))).json();
        return body.path("nameservers").valueStream()
                .map(node -> new NameServer(node.path("hostname").asString(), node.path("priority").asInt()))
                .toList();
    }

    // ---------------------------------------------------------------- record sets

    /**
     * pyrax's {@code domain.list_records()}: every record set of a zone, its SOA and NS included.
     *
     * @param zoneId the zone's id
     * @return the record sets
     */
    public List<RecordSet> listRecordSets(String zoneId) {
        return listRecordSets(zoneId, RecordSetListOptions.defaults());
    }

    /**
     * pyrax's {@code domain.search_records(type, name, data)}, with Designate's filters.
     *
     * @param zoneId the zone's id
     * @param options filters and paging
     * @return every matching record set of the zone
     */
    public List<RecordSet> listRecordSets(String zoneId, RecordSetListOptions options) {
        return recordSets(zoneId, options).stream().toList();
    }

    /**
     * @param zoneId the zone's id
     * @param options filters and paging
     * @return the lazy listing of the zone's matching record sets
     */
    public Listing<RecordSet> recordSets(String zoneId, RecordSetListOptions options) {
        String id = DnsNames.id(zoneId, "zoneId");
        return recordSetListing("listRecordSets", options, listing -> listing.path("/zones/{id}/recordsets", id));
    }

    /**
     * The record sets of every zone of the project ({@code GET /v2/recordsets}).
     *
     * @param options filters and paging
     * @return every matching record set
     */
    public List<RecordSet> listAllRecordSets(RecordSetListOptions options) {
        return allRecordSets(options).stream().toList();
    }

    /**
     * @param options filters and paging
     * @return the lazy listing of the matching record sets of every zone
     */
    public Listing<RecordSet> allRecordSets(RecordSetListOptions options) {
        return recordSetListing("listAllRecordSets", options, listing -> listing.path("/recordsets"));
    }

    private Listing<RecordSet> recordSetListing(String operation, RecordSetListOptions options,
            Function<Listing.Builder<RecordSet>, Listing.Builder<RecordSet>> path) {
        Objects.requireNonNull(options, "options must not be null");
        Listing.Builder<RecordSet> listing = path.apply(listing(operation, "recordsets",
                json -> new RecordSet(this, json)));
        options.filters().forEach(listing::query);
        return listing.limit(options.limit().orElse(null)).marker(options.marker().orElse(null)).build();
    }

    /**
     * pyrax's {@code domain.get_record(id)}.
     *
     * @param zoneId the zone's id
     * @param recordSetId the record set's id
     * @return a fresh snapshot
     * @throws org.cloudsdk.errors.NotFoundException when there is no such record set
     */
    public RecordSet getRecordSet(String zoneId, String recordSetId) {
        return Transport.blockValue(getRecordSetAsync(zoneId, recordSetId));
    }

    Mono<RecordSet> getRecordSetAsync(String zoneId, String recordSetId) {
        String zone = DnsNames.id(zoneId, "zoneId");
        String id = DnsNames.id(recordSetId, "recordSetId");
        return send(HttpMethod.GET, "getRecordSet", request -> request.path("/zones/{zone}/recordsets/{id}", zone, id))
                .map(response -> new RecordSet(this, response.json()));
    }

    /**
     * pyrax's {@code domain.find_record(type, name=...)}: the record set of this name and type.
     *
     * @param zoneId the zone's id
     * @param name its fully qualified name
     * @param type its type
     * @return the record set, or empty when there is none
     */
    public Optional<RecordSet> findRecordSet(String zoneId, String name, RecordType type) {
        Objects.requireNonNull(type, "type must not be null");
        String checked = type == RecordType.SRV ? DnsNames.srv(name, "name") : DnsNames.host(name, "name");
        List<RecordSet> matches = listRecordSets(zoneId, RecordSetListOptions.builder().name(checked).type(type).build())
                .stream().filter(set -> checked.equalsIgnoreCase(set.name()) && set.type() == type).toList();
        if (matches.size() > 1) {
            throw new NoUniqueMatchException("designate: " + matches.size() + " " + type + " record sets are named '"
                    + checked + "'; use an id");
        }
        return matches.stream().findFirst();
    }

    /**
     * pyrax's {@code domain.add_records([...])}, one name and type at a time: Designate keeps the
     * records of one name and type in one record set.
     *
     * @param zoneId the zone's id
     * @param name the record set's fully qualified name, in the zone ({@code www.example.org.})
     * @param type its type
     * @param records its records, checked against the type ({@code 192.0.2.10}, {@code 10 mail.example.org.})
     * @return the record set ({@code PENDING}, action {@code CREATE})
     */
    public RecordSet createRecordSet(String zoneId, String name, RecordType type, List<String> records) {
        return createRecordSet(zoneId, name, type, records, RecordSetCreateOptions.defaults());
    }

    /**
     * @param zoneId the zone's id
     * @param name the record set's fully qualified name, in the zone
     * @param type its type
     * @param records its records, checked against the type
     * @param options TTL and description
     * @return the record set ({@code PENDING}, action {@code CREATE})
     * @throws org.cloudsdk.errors.ConflictException when a record set of that name and type exists
     */
    public RecordSet createRecordSet(String zoneId, String name, RecordType type, List<String> records,
            RecordSetCreateOptions options) {
        String zone = DnsNames.id(zoneId, "zoneId");
        Objects.requireNonNull(type, "type must not be null");
        List<String> checked = RecordData.check(type, records, "records");
        String setName = switch (type) {
            case SRV -> DnsNames.srv(name, "name");
            case NS -> DnsNames.domain(name, "name");
            default -> DnsNames.host(name, "name");
        };
        Objects.requireNonNull(options, "options must not be null");
        ObjectNode body = Json.object();
        body.put("name", setName);
        body.put("type", type.name());
        options.ttl().ifPresent(value -> body.put("ttl", value));
        options.description().ifPresent(value -> body.put("description", value));
        ArrayNode list = body.putArray("records");
        checked.forEach(list::add);
        ApiResponse response = block(send(HttpMethod.POST, "createRecordSet",
                request -> request.path("/zones/{zone}/recordsets", zone).jsonBody(Json.write(body))));
        return new RecordSet(this, response.json());
    }

    /**
     * pyrax's {@code record.update(data=..., ttl=..., comment=...)}: the records given replace all
     * of the record set's.
     *
     * @param zoneId the zone's id
     * @param recordSetId the record set's id
     * @param options the records, TTL or description to change
     * @return the record set as the update answered it ({@code PENDING}, action {@code UPDATE})
     * @throws IllegalArgumentException when the options change nothing
     */
    public RecordSet updateRecordSet(String zoneId, String recordSetId, RecordSetUpdateOptions options) {
        String zone = DnsNames.id(zoneId, "zoneId");
        String id = DnsNames.id(recordSetId, "recordSetId");
        Objects.requireNonNull(options, "options must not be null");
        if (options.isEmpty()) {
            throw new IllegalArgumentException("options must change the records, ttl or description; they change nothing");
        }
        ObjectNode body = Json.object();
        options.records().ifPresent(records -> {
            ArrayNode list = body.putArray("records");
            records.forEach(list::add);
        });
        if (options.zoneTtl()) {
            body.putNull("ttl");
        }
        options.ttl().ifPresent(value -> body.put("ttl", value));
        options.description().ifPresent(value -> body.put("description", value));
        ApiResponse response = block(send(HttpMethod.PUT, "updateRecordSet",
                request -> request.path("/zones/{zone}/recordsets/{id}", zone, id).jsonBody(Json.write(body))));
        return new RecordSet(this, response.json());
    }

    /**
     * pyrax's {@code record.delete()}: deletes the record set (all its records). Returns at once.
     *
     * @param zoneId the zone's id
     * @param recordSetId the record set's id
     * @return the record set as the delete answered it ({@code PENDING}, action {@code DELETE})
     */
    public RecordSet deleteRecordSet(String zoneId, String recordSetId) {
        String zone = DnsNames.id(zoneId, "zoneId");
        String id = DnsNames.id(recordSetId, "recordSetId");
        ApiResponse response = block(send(HttpMethod.DELETE, "deleteRecordSet",
                request -> request.path("/zones/{zone}/recordsets/{id}", zone, id)));
        return new RecordSet(this, response.json());
    }

    /**
     * Deletes the record set and returns once it is gone.
     *
     * @param zoneId the zone's id
     * @param recordSetId the record set's id
     * @param wait interval and deadline of the wait
     * @return the last snapshot seen before the record set disappeared
     */
    public RecordSet deleteRecordSet(String zoneId, String recordSetId, WaitOptions wait) {
        Objects.requireNonNull(wait, "wait must not be null");
        return untilGone(deleteRecordSet(zoneId, recordSetId), wait);
    }

    /**
     * Waits until a record set is {@code ACTIVE}.
     *
     * @param recordSet the record set, as a create or update answered it
     * @param options interval, deadline, verbosity
     * @return the first snapshot that is {@code ACTIVE}
     * @throws org.cloudsdk.wait.ResourceFailedException when it reaches {@code ERROR}
     */
    public RecordSet waitForRecordSet(RecordSet recordSet, WaitOptions options) {
        return untilActive(recordSet, options);
    }

    // ---------------------------------------------------------------- import and export

    /**
     * pyrax's {@code dns.import_domain(zone_file)}: asks Designate to create the zone a BIND zone
     * file describes ({@code $ORIGIN}, SOA, NS and the other records). Returns at once.
     *
     * @param zoneFile the zone file's text
     * @return the import task ({@code PENDING}); {@link ZoneImport#waitUntilComplete()} waits for it
     */
    public ZoneImport importZone(String zoneFile) {
        String text = Arguments.requireText(zoneFile, "zoneFile");
        ApiResponse response = block(send(HttpMethod.POST, "importZone", request -> request
                .path("/zones/tasks/imports").body(RequestBody.text(text, TEXT_DNS))));
        return new ZoneImport(this, response.json());
    }

    /**
     * Imports a zone file, waits for the import and returns the new zone.
     *
     * @param zoneFile the zone file's text
     * @param wait interval and deadline of the wait for the import
     * @return the zone the import created
     * @throws org.cloudsdk.wait.ResourceFailedException when the import fails (its message says why)
     */
    public Zone importZone(String zoneFile, WaitOptions wait) {
        ZoneImport done = waitForTask(importZone(zoneFile), wait);
        return getZone(done.zoneId().orElseThrow(() -> new org.cloudsdk.errors.CloudException(
                "designate: zone import " + done.id() + " completed without a zone_id")));
    }

    /**
     * @param importId the import task's id
     * @return a fresh snapshot
     */
    public ZoneImport getZoneImport(String importId) {
        return Transport.blockValue(getZoneImportAsync(importId));
    }

    Mono<ZoneImport> getZoneImportAsync(String importId) {
        String id = DnsNames.id(importId, "importId");
        return send(HttpMethod.GET, "getZoneImport", request -> request.path("/zones/tasks/imports/{id}", id))
                .map(response -> new ZoneImport(this, response.json()));
    }

    /** @return every zone import task of the project */
    public List<ZoneImport> listZoneImports() {
        return listing("listZoneImports", "imports", json -> new ZoneImport(this, json)).path("/zones/tasks/imports")
                .build().stream().toList();
    }

    /** @param importId the import task to forget (the zone it made stays) */
    public void deleteZoneImport(String importId) {
        String id = DnsNames.id(importId, "importId");
        block(send(HttpMethod.DELETE, "deleteZoneImport", request -> request.path("/zones/tasks/imports/{id}", id)));
    }

    /**
     * pyrax's {@code domain.export()}, first step: asks Designate to write the zone as a zone file.
     *
     * @param zoneId the zone's id
     * @return the export task ({@code PENDING})
     */
    public ZoneExport exportZone(String zoneId) {
        String id = DnsNames.id(zoneId, "zoneId");
        ApiResponse response = block(send(HttpMethod.POST, "exportZone",
                request -> request.path("/zones/{id}/tasks/export", id)));
        return new ZoneExport(this, response.json());
    }

    /**
     * pyrax's {@code domain.export()}: exports the zone, waits for the export and fetches the file.
     *
     * @param zoneId the zone's id
     * @param wait interval and deadline of the wait for the export
     * @return the zone file ({@code text/dns})
     */
    public String exportZoneFile(String zoneId, WaitOptions wait) {
        Objects.requireNonNull(wait, "wait must not be null");
        ZoneExport done = waitForTask(exportZone(zoneId), wait);
        return getZoneExportContent(done.id());
    }

    /**
     * @param exportId the export task's id
     * @return a fresh snapshot
     */
    public ZoneExport getZoneExport(String exportId) {
        return Transport.blockValue(getZoneExportAsync(exportId));
    }

    Mono<ZoneExport> getZoneExportAsync(String exportId) {
        String id = DnsNames.id(exportId, "exportId");
        return send(HttpMethod.GET, "getZoneExport", request -> request.path("/zones/tasks/exports/{id}", id))
                .map(response -> new ZoneExport(this, response.json()));
    }

    /**
     * @param exportId a {@code COMPLETE} export task's id
     * @return the zone file it wrote ({@code text/dns})
     */
    public String getZoneExportContent(String exportId) {
        String id = DnsNames.id(exportId, "exportId");
        return block(send(HttpMethod.GET, "getZoneExportContent", request -> request
                .path("/zones/tasks/exports/{id}/export", id).setHeader("Accept", TEXT_DNS))).bodyAsString();
    }

    /** @return every zone export task of the project */
    public List<ZoneExport> listZoneExports() {
        return listing("listZoneExports", "exports", json -> new ZoneExport(this, json)).path("/zones/tasks/exports")
                .build().stream().toList();
    }

    /** @param exportId the export task to delete, with its file */
    public void deleteZoneExport(String exportId) {
        String id = DnsNames.id(exportId, "exportId");
        block(send(HttpMethod.DELETE, "deleteZoneExport", request -> request.path("/zones/tasks/exports/{id}", id)));
    }

    /**
     * Waits until an import or export task is {@code COMPLETE}.
     *
     * @param task the task
     * @param options interval, deadline
     * @param <T> {@link ZoneImport} or {@link ZoneExport}
     * @return the first snapshot that is {@code COMPLETE}
     * @throws org.cloudsdk.wait.ResourceFailedException when it reaches {@code ERROR}
     */
    public <T extends Waitable<T>> T waitForTask(T task, WaitOptions options) {
        Objects.requireNonNull(task, "task must not be null");
        Objects.requireNonNull(options, "options must not be null");
        return Waiter.shared().waitUntil(task, "status", COMPLETE, options);
    }

    // ---------------------------------------------------------------- transfers

    /**
     * Offers a zone to any project that is given the request's id and key.
     *
     * @param zoneId the zone's id
     * @return the request, with its key
     */
    public ZoneTransferRequest createTransferRequest(String zoneId) {
        return createTransferRequest(zoneId, null, null);
    }

    /**
     * @param zoneId the zone's id
     * @param targetProjectId the only project that may accept it, or null for any with the key
     * @param description a description (at most 160 characters), or null
     * @return the request, with its key
     */
    public ZoneTransferRequest createTransferRequest(String zoneId, @Nullable String targetProjectId,
            @Nullable String description) {
        String id = DnsNames.id(zoneId, "zoneId");
        ObjectNode body = Json.object();
        if (targetProjectId != null) {
            body.put("target_project_id", DnsNames.id(targetProjectId, "targetProjectId"));
        }
        if (description != null) {
            body.put("description", DnsNames.description(description, "description"));
        }
        ApiResponse response = block(send(HttpMethod.POST, "createTransferRequest", request -> request
                .path("/zones/{id}/tasks/transfer_requests", id).jsonBody(Json.write(body))));
        return new ZoneTransferRequest(this, response.json());
    }

    /** @return the transfer requests the project made or may accept */
    public List<ZoneTransferRequest> listTransferRequests() {
        return listing("listTransferRequests", "transfer_requests", json -> new ZoneTransferRequest(this, json))
                .path("/zones/tasks/transfer_requests").build().stream().toList();
    }

    /**
     * @param requestId the request's id
     * @return a fresh snapshot
     */
    public ZoneTransferRequest getTransferRequest(String requestId) {
        return Transport.blockValue(getTransferRequestAsync(requestId));
    }

    Mono<ZoneTransferRequest> getTransferRequestAsync(String requestId) {
        String id = DnsNames.id(requestId, "requestId");
        return send(HttpMethod.GET, "getTransferRequest", request -> request
                .path("/zones/tasks/transfer_requests/{id}", id)).map(response -> new ZoneTransferRequest(this, response.json()));
    }

    /** @param requestId the request to withdraw */
    public void deleteTransferRequest(String requestId) {
        String id = DnsNames.id(requestId, "requestId");
        block(send(HttpMethod.DELETE, "deleteTransferRequest", request -> request
                .path("/zones/tasks/transfer_requests/{id}", id)));
    }

    /**
     * Accepts a zone offered by another project: the zone moves to this client's project.
     *
     * @param requestId the transfer request's id
     * @param key the request's key
     * @return the acceptance ({@code COMPLETE} once the zone has moved)
     */
    public ZoneTransferAccept acceptTransferRequest(String requestId, String key) {
        ObjectNode body = Json.object();
        body.put("key", Arguments.requireText(key, "key"));
        body.put("zone_transfer_request_id", DnsNames.id(requestId, "requestId"));
        ApiResponse response = block(send(HttpMethod.POST, "acceptTransferRequest", request -> request
                .path("/zones/tasks/transfer_accepts").jsonBody(Json.write(body))));
        return new ZoneTransferAccept(this, response.json());
    }

    /**
     * @param acceptId the acceptance's id
     * @return a fresh snapshot
     */
    public ZoneTransferAccept getTransferAccept(String acceptId) {
        return Transport.blockValue(getTransferAcceptAsync(acceptId));
    }

    Mono<ZoneTransferAccept> getTransferAcceptAsync(String acceptId) {
        String id = DnsNames.id(acceptId, "acceptId");
        return send(HttpMethod.GET, "getTransferAccept", request -> request
                .path("/zones/tasks/transfer_accepts/{id}", id)).map(response -> new ZoneTransferAccept(this, response.json()));
    }

    // ---------------------------------------------------------------- reverse DNS of floating IPs

    /**
     * pyrax's {@code dns.list_ptr_records(device)}, for Neutron floating IPs: the PTR records of the
     * project's floating IPs (those without one are listed without {@code ptrdname}).
     *
     * @return the floating IPs' PTR records
     */
    public List<FloatingIpPtr> listFloatingIpPtrs() {
        return listing("listFloatingIpPtrs", "floatingips", json -> new FloatingIpPtr(this, json))
                .path("/reverse/floatingips").build().stream().toList();
    }

    /**
     * @param region the floating IP's region, as Designate names it ({@code RegionOne})
     * @param floatingIpId the floating IP's id
     * @return its PTR record
     */
    public FloatingIpPtr getFloatingIpPtr(String region, String floatingIpId) {
        return Transport.blockValue(getFloatingIpPtrAsync(ptrId(region, floatingIpId)));
    }

    Mono<FloatingIpPtr> getFloatingIpPtrAsync(String ptrId) {
        String id = DnsNames.id(ptrId, "ptrId");
        return send(HttpMethod.GET, "getFloatingIpPtr", request -> request.path("/reverse/floatingips/{id}", id))
                .map(response -> new FloatingIpPtr(this, response.json()));
    }

    /**
     * pyrax's {@code dns.add_ptr_records(device, records)} and {@code update_ptr_record}: sets the
     * name a floating IP resolves back to.
     *
     * @param region the floating IP's region
     * @param floatingIpId the floating IP's id
     * @param ptrdname the fully qualified name, with its trailing dot
     * @param options TTL and description
     * @return the PTR record ({@code PENDING})
     */
    public FloatingIpPtr setFloatingIpPtr(String region, String floatingIpId, String ptrdname,
            FloatingIpPtrOptions options) {
        String id = ptrId(region, floatingIpId);
        Objects.requireNonNull(options, "options must not be null");
        ObjectNode body = Json.object();
        body.put("ptrdname", DnsNames.domain(ptrdname, "ptrdname"));
        options.ttl().ifPresent(value -> body.put("ttl", value));
        options.description().ifPresent(value -> body.put("description", value));
        return patchPtr(id, body, "setFloatingIpPtr");
    }

    /**
     * @param region the floating IP's region
     * @param floatingIpId the floating IP's id
     * @param ptrdname the fully qualified name, with its trailing dot
     * @return the PTR record ({@code PENDING})
     */
    public FloatingIpPtr setFloatingIpPtr(String region, String floatingIpId, String ptrdname) {
        return setFloatingIpPtr(region, floatingIpId, ptrdname, FloatingIpPtrOptions.defaults());
    }

    /**
     * pyrax's {@code dns.delete_ptr_records(device)}: removes the floating IP's PTR record.
     *
     * @param region the floating IP's region
     * @param floatingIpId the floating IP's id
     */
    public void unsetFloatingIpPtr(String region, String floatingIpId) {
        ObjectNode body = Json.object();
        body.putNull("ptrdname");
        String id = ptrId(region, floatingIpId);
        block(send(HttpMethod.PATCH, "unsetFloatingIpPtr",
                request -> request.path("/reverse/floatingips/{id}", id).jsonBody(Json.write(body))));
    }

    private FloatingIpPtr patchPtr(String id, ObjectNode body, String operation) {
        ApiResponse response = block(send(HttpMethod.PATCH, operation,
                request -> request.path("/reverse/floatingips/{id}", id).jsonBody(Json.write(body))));
        return new FloatingIpPtr(this, response.json());
    }

    private static String ptrId(String region, String floatingIpId) {
        String checkedRegion = Arguments.requireText(region, "region");
        if (checkedRegion.indexOf(':') >= 0 || checkedRegion.indexOf('/') >= 0) {
            throw new IllegalArgumentException("region must be a region name without ':' or '/', was '" + region + "'");
        }
        return checkedRegion + ":" + DnsNames.id(floatingIpId, "floatingIpId");
    }

    // ---------------------------------------------------------------- quotas and TLDs

    /** @return the quotas of this client's project */
    public DnsQuotas getQuotas() {
        return new DnsQuotas(block(send(HttpMethod.GET, "getQuotas", request -> request.path("/quotas"))).json());
    }

    /**
     * @param projectId a project (another than the token's needs an administrator)
     * @return its quotas
     */
    public DnsQuotas getQuotas(String projectId) {
        String id = DnsNames.id(projectId, "projectId");
        return new DnsQuotas(block(send(HttpMethod.GET, "getQuotas",
                request -> request.path("/quotas/{id}", id))).json());
    }

    /**
     * @return the top-level domains the cloud allows zones under (none: any)
     * @throws org.cloudsdk.errors.ForbiddenException for a user who is not an administrator, under
     *     Designate's default policy
     */
    public List<Tld> listTlds() {
        return listing("listTlds", "tlds", json -> new Tld(this, json)).path("/tlds").build().stream().toList();
    }

    /**
     * @param tldId the TLD's id
     * @return the TLD
     */
    public Tld getTld(String tldId) {
        return Transport.blockValue(getTldAsync(tldId));
    }

    Mono<Tld> getTldAsync(String tldId) {
        String id = DnsNames.id(tldId, "tldId");
        return send(HttpMethod.GET, "getTld", request -> request.path("/tlds/{id}", id))
                .map(response -> new Tld(this, response.json()));
    }

    // ---------------------------------------------------------------- health

    /** The health entry's read: one zone at most (a cheap GET that proves the token and endpoint). */
    private Mono<Map<String, Object>> healthDetails() {
        return client.exchange(client.request(HttpMethod.GET, "listZones").path("/zones").query("limit", 1))
                .map(response -> {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("region", String.valueOf(client.region()));
                    details.put("interface", client.endpointInterface());
                    details.put("api", "v2");
                    return details;
                });
    }

    @Override
    public String toString() {
        return "Designate[region=" + client.region() + ", interface=" + client.endpointInterface() + "]";
    }

    // ---------------------------------------------------------------- plumbing

    /**
     * @param value a page size
     * @return it, when Designate accepts it
     * @throws IllegalArgumentException when outside 1 to 1000
     */
    static int pageSize(int value) {
        if (value < 1 || value > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_PAGE_SIZE + ", was " + value);
        }
        return value;
    }

    private static List<String> checkMasters(@Nullable List<String> masters) {
        Objects.requireNonNull(masters, "masters must not be null");
        if (masters.isEmpty()) {
            throw new IllegalArgumentException("masters must name at least one server to transfer the zone from");
        }
        for (int i = 0; i < masters.size(); i++) {
            String master = Objects.requireNonNull(masters.get(i), "masters[" + i + "] must not be null");
            if (!isMaster(master)) {
                throw new IllegalArgumentException("masters[" + i + "] must be an IPv4 address with an optional :port"
                        + " (1 to 65535) or an IPv6 address, was '" + master + "'");
            }
        }
        return List.copyOf(masters);
    }

    private static boolean isMaster(String master) {
        if (RecordData.isAddress(master)) {
            return true;
        }
        int colon = master.lastIndexOf(':');
        if (colon < 0 || colon != master.indexOf(':') || !master.substring(colon + 1).matches("[1-9]\\d{0,4}")) {
            return false;
        }
        int port = Integer.parseInt(master.substring(colon + 1));
        return port <= 65535 && RecordData.isAddress(master.substring(0, colon));
    }

    private <T extends Waitable<T>> T untilActive(T handle, WaitOptions options) {
        Objects.requireNonNull(handle, "handle must not be null");
        Objects.requireNonNull(options, "options must not be null");
        return Waiter.shared().waitUntil(handle, "status", ACTIVE, options);
    }

    private <T extends Waitable<T>> T untilGone(T handle, WaitOptions options) {
        // Designate answers 404 once a deleted resource is purged: that is the end of the wait
        return Waiter.shared().waitUntil(handle, "status", GONE, options.toBuilder().notFound(NotFoundPolicy.SUCCEED)
                .build());
    }

    private Mono<ApiResponse> send(HttpMethod method, String operation,
            Function<ApiRequest.Builder, ApiRequest.Builder> spec) {
        return client.exchange(spec.apply(client.request(method, operation)));
    }

    private <T> Listing.Builder<T> listing(String operation, String items, Function<JsonNode, T> mapper) {
        return Listing.builder(client, operation, PAGING, mapper::apply).items(items);
    }

    private static ApiResponse block(Mono<ApiResponse> response) {
        return Transport.blockValue(response);
    }
}
