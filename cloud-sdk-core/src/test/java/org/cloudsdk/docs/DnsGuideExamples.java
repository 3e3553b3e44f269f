package org.cloudsdk.docs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.CloudContext;
import org.cloudsdk.CloudContextBuilder;
import org.cloudsdk.compute.Server;
import org.cloudsdk.dns.CloudDns;
import org.cloudsdk.dns.DnsRecord;
import org.cloudsdk.dns.DnsSettings;
import org.cloudsdk.dns.Domain;
import org.cloudsdk.dns.DomainChange;
import org.cloudsdk.dns.DomainUpdate;
import org.cloudsdk.dns.NewDomain;
import org.cloudsdk.dns.NewRecord;
import org.cloudsdk.dns.PtrDevice;
import org.cloudsdk.dns.PtrRecord;
import org.cloudsdk.dns.RecordType;
import org.cloudsdk.dns.RecordUpdate;
import org.cloudsdk.errors.DnsCallTimedOutException;
import org.cloudsdk.errors.DomainCreationFailedException;
import org.cloudsdk.errors.NoMoreResultsException;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.Page;

/**
 * The examples of {@code docs/dns.md}, as compiled code: the body of each method is a
 * {@code java} block of the guide, character for character but for indentation
 * ({@code DocExamplesMatchSourcesTest} checks it).
 *
 * <p>What a block takes for granted is a parameter of its method, named as the guide names it:
 * {@code dns} is the {@link CloudDns} client ({@code ctx.dns()}), {@code dom} a domain,
 * {@code rec} a record of it, {@code server} a cloud server. {@code out} is where the examples
 * print. No Cloud DNS runs here, so {@code DnsGuideExamplesTest} runs them against WireMock
 * answering as the v1.0 API reference documents.
 */
public class DnsGuideExamples {

    private final PrintStream out;

    /** @param out where the examples print */
    public DnsGuideExamples(PrintStream out) {
        this.out = out;
    }

    /** Reaching the client. */
    public CloudDns connecting(CloudContext ctx) {
        CloudDns dns = ctx.dns();
        return dns;
    }

    /** pyrax's set_timeout and set_delay, as twins. */
    public List<CloudDns> timeouts(CloudDns dns) {
        CloudDns patient = dns.withTimeout(Duration.ofSeconds(30));    // dns.set_timeout(30)
        CloudDns unbounded = dns.withTimeout(Duration.ZERO);           // dns.set_timeout(0): wait as long as it takes
        CloudDns slower = dns.withDelay(Duration.ofMillis(2200));       // dns.set_delay(2.2)
        return List.of(patient, unbounded, slower);
    }

    /** The same settings for every client of a context. */
    public CloudDns contextSettings(CloudContextBuilder builder) {
        CloudContext ctx = builder
                .serviceSettings(DnsSettings.builder().timeout(Duration.ofSeconds(30)).delay(Duration.ofSeconds(2)).build())
                .build();
        CloudDns dns = ctx.dns();      // waits up to 30 s for a job, checking every 2 s
        return dns;
    }

    /** Listing domains. */
    public List<Domain> listingDomains(CloudDns dns) {
        List<Domain> domains = dns.list();
        return domains;
    }

    /** The chapter's paging loop: 15 domains in pages of 4. */
    public void paging(CloudDns dns) {
        Page<Domain> domains = dns.list(4);
        out.println(domains.items());
        while (true) {
            try {
                domains = dns.listNextPage(domains);
                out.println(domains.items());
            } catch (NoMoreResultsException e) {
                break;
            }
        }
    }

    /** The iterator over every domain. */
    public void iterating(CloudDns dns) {
        for (Domain domain : dns.getDomainIterator()) {
            out.println(domain.name());
        }
    }

    /** The simplest create. */
    public Domain creating(CloudDns dns) {
        Domain dom = dns.create("example.edu", "sample@example.edu");
        return dom;
    }

    /** A create with a TTL and a comment. */
    public Domain creatingWithTtlAndComment(CloudDns dns) {
        Domain dom = dns.create(NewDomain.builder("example.edu", "sample@example.edu")
                .ttl(600).comment("Primary domain for this documentation.").build());
        out.println(dom);   // Domain[id=3534921, name=example.edu, ttl=600, emailAddress=sample@example.edu]
        return dom;
    }

    /** Listing subdomains. */
    public List<Domain> listingSubdomains(CloudDns dns, Domain dom) {
        List<Domain> subs = dom.listSubdomains();
        // or
        subs = dns.listSubdomains(dom.id());
        return subs;
    }

    /** Listing records. */
    public List<DnsRecord> listingRecords(CloudDns dns, Domain dom) {
        List<DnsRecord> recs = dom.listRecords();
        // or
        recs = dns.listRecords(dom.id());
        recs.forEach(out::println);  // DnsRecord[id=CNAME-11284972, type=CNAME, name=sample001.example.edu, ...]
        return recs;
    }

    /** Paging subdomains and records, and their iterators. */
    public List<DnsRecord> pagingRecords(CloudDns dns, Domain dom) {
        Page<DnsRecord> page = dom.listRecords(2, 0);
        while (page.hasNext()) {
            page = dns.listRecordsNextPage(page);
        }
        Listing<Domain> subIter = dns.getSubdomainIterator(dom.id());
        Listing<DnsRecord> recIter = dns.getRecordIterator(dom.id());
        List<DnsRecord> allRecords = recIter.stream().toList();
        return allRecords;
    }

    /** Adding the chapter's A and MX records. */
    public void addingRecords(CloudDns dns, Domain dom) {
        List<NewRecord> recs = List.of(
                NewRecord.builder(RecordType.A, "example.edu", "192.168.0.42").ttl(6000).build(),
                NewRecord.builder(RecordType.MX, "example.edu", "mail.example.edu").priority(50)
                        .comment("Backup mail server").build());
        out.println(dom.addRecords(recs));
        // or
        out.println(dns.addRecords(dom.id(), recs));
    }

    /** Adding a subdomain. */
    public Domain addingASubdomain(CloudDns dns) {
        Domain subdom1 = dns.create(NewDomain.builder("north.example.edu", "sample@rackspace.edu")
                .comment("1st sample subdomain").build());
        return subdom1;
    }

    /** The chapter's domain, records and four subdomains in one call. */
    public Domain combining(CloudDns dns) {
        NewDomain example = NewDomain.builder("example.edu", "sample@rackspace.edu")
                .comment("Primary domain")
                .subdomain(NewDomain.builder("north.example.edu", "sample@rackspace.edu")
                        .comment("1st sample subdomain").build())
                .subdomain(NewDomain.builder("west.example.edu", "sample@rackspace.edu")
                        .comment("2nd sample subdomain").build())
                .subdomain(NewDomain.of("southeast.example.edu", "sample@rackspace.edu"))
                .subdomain(NewDomain.builder("southby.southeast.example.edu", "sample@rackspace.edu")
                        .comment("Final sample subdomain").build())
                .record(NewRecord.builder(RecordType.A, "example.edu", "192.168.0.42").ttl(6000).build())
                .record(NewRecord.builder(RecordType.MX, "example.edu", "mail.example.edu").priority(50)
                        .comment("Backup mail server").build())
                .build();
        Domain dom = dns.create(example);
        return dom;
    }

    /** Updating a domain. */
    public void updatingADomain(CloudDns dns, Domain dom) {
        dom.update(DomainUpdate.builder().ttl(1200).build());
        // or
        dns.updateDomain(dom.id(), DomainUpdate.builder().ttl(1200).build());
    }

    /** Deleting a domain. */
    public void deletingADomain(CloudDns dns, Domain dom) {
        dom.delete();
        // or
        dns.delete(dom.id());
        // its subdomains too
        dns.delete(dom.id(), true);
    }

    /** What changed since a day. */
    public List<DomainChange> changes(Domain dom) {
        List<DomainChange> changes = dom.changesSince(LocalDate.of(2012, 11, 27));
        changes.forEach(out::println);
        return changes;
    }

    /** Importing a BIND 9 zone file. */
    public Domain importing(CloudDns dns, Path bindfile) throws IOException {
        String data = Files.readString(bindfile);
        Domain dom = dns.importDomain(data);
        return dom;
    }

    /** Exporting a domain. */
    public String exporting(CloudDns dns, Domain dom) {
        String exp = dom.export();
        // or
        exp = dns.exportDomain(dom.id());
        out.print(exp);
        return exp;
    }

    /** Finding records. */
    public Optional<DnsRecord> findingRecords(Domain dom) {
        Optional<DnsRecord> mx = dom.findRecord(RecordType.MX, "example.edu", null);
        List<DnsRecord> cnames = dom.searchRecords(RecordType.CNAME, null, "example.edu");
        return mx;
    }

    /** Updating a record. */
    public void updatingARecord(CloudDns dns, Domain dom, DnsRecord rec) {
        rec.update(RecordUpdate.builder().ttl(600).build());
        // or
        dom.updateRecord(rec, RecordUpdate.builder().ttl(600).build());
        // or
        dns.updateRecord(dom.id(), rec, RecordUpdate.builder().ttl(600).build());
    }

    /** Deleting a record. */
    public void deletingARecord(CloudDns dns, Domain dom, DnsRecord rec) {
        rec.delete();
        // or
        dom.deleteRecord(rec.id());
        // or
        dns.deleteRecord(dom.id(), rec.id());
    }

    /** The last NS record stays. */
    public void lastNameServer(Domain dom) {
        try {
            dom.deleteRecord("NS-6703063");
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());   // recordId: NS-6703063 is the last NS record of domain 3534921; ...
        }
    }

    /** Listing PTR records. */
    public List<PtrRecord> listingPtrRecords(CloudDns dns, Server server) {
        List<PtrRecord> records = dns.listPtrRecords(PtrDevice.server(server));
        records.forEach(out::println);  // PtrRecord[id=PTR-539528, type=PTR, name=1-2-3-4.abc.example.edu, data=1.2.3.4, ttl=7500]
        return records;
    }

    /** A load balancer named by its URL. */
    public PtrDevice loadBalancerDevice() {
        PtrDevice balancer = PtrDevice.loadBalancer(
                "https://ord.loadbalancers.api.rackspacecloud.com/v1.0/000000/loadbalancers/1234");
        return balancer;
    }

    /** Adding PTR records for IPv4 and IPv6. */
    public List<PtrRecord> addingPtrRecords(CloudDns dns, Server server) {
        List<NewRecord> recs = List.of(
                NewRecord.builder(RecordType.PTR, "example.edu", "1.2.3.4").ttl(7200).build(),
                NewRecord.builder(RecordType.PTR, "example.edu", "2001:db8::7").ttl(7200).build());
        List<PtrRecord> added = dns.addPtrRecords(PtrDevice.server(server), recs);
        return added;
    }

    /** Updating a PTR record's TTL. */
    public void updatingAPtrRecord(CloudDns dns, Server server) {
        dns.updatePtrRecord(PtrDevice.server(server), "PTR-539528", "example.edu", "1.2.3.4",
                RecordUpdate.builder().ttl(9600).build());
    }

    /** Deleting PTR records. */
    public void deletingPtrRecords(CloudDns dns, Server server) {
        // To delete just one PTR record:
        dns.deletePtrRecords(PtrDevice.server(server), "1.2.3.4");
        // To delete all PTR records for the device:
        dns.deletePtrRecords(PtrDevice.server(server));
    }

    /** What a failed or slow job raises. */
    public void errors(CloudDns dns) {
        try {
            dns.create("example.edu", "sample@example.edu");
        } catch (DomainCreationFailedException e) {
            out.println(e.getMessage());   // createDomain on dns failed: job ... ended in ERROR: Domain already exists (409)
        } catch (DnsCallTimedOutException e) {
            out.println("still running: job " + e.jobId());
        }
    }

    /** The CompletableFuture forms. */
    public Domain async(CloudDns dns) {
        CompletableFuture<Domain> pending = dns.createAsync(NewDomain.of("example.edu", "sample@example.edu"));
        Domain dom = pending.join();
        return dom;
    }
}
