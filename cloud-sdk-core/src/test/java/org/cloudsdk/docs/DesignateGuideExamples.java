package org.cloudsdk.docs;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.designate.Designate;
import org.cloudsdk.designate.FloatingIpPtr;
import org.cloudsdk.designate.RecordSet;
import org.cloudsdk.designate.RecordSetCreateOptions;
import org.cloudsdk.designate.RecordSetListOptions;
import org.cloudsdk.designate.RecordSetUpdateOptions;
import org.cloudsdk.designate.RecordType;
import org.cloudsdk.designate.Zone;
import org.cloudsdk.designate.ZoneCreateOptions;
import org.cloudsdk.designate.ZoneListOptions;
import org.cloudsdk.designate.ZoneUpdateOptions;
import org.cloudsdk.paging.Page;
import org.cloudsdk.wait.WaitOptions;

/**
 * The examples of {@code docs/designate.md}, as compiled code: the body of each method is a
 * {@code java} block of the guide, character for character but for indentation
 * ({@code DocExamplesMatchSourcesTest} checks it).
 *
 * <p>What a block takes for granted is a parameter of its method, named as the guide names it:
 * {@code ctx} is a {@link CloudContext}, {@code dns} its {@link Designate}, {@code zone} a
 * {@link Zone}, {@code www} a {@link RecordSet}, {@code zoneFile} the text of a BIND zone file,
 * {@code region} and {@code floatingIpId} a region's name and a Neutron floating IP's id.
 * {@code out} is where the examples print. {@code DesignateGuideExamplesIT} runs them against the
 * local cloud's Designate.
 */
public final class DesignateGuideExamples {

    private final PrintStream out;

    /** @param out where the examples print ({@code System.out} in an application) */
    public DesignateGuideExamples(PrintStream out) {
        this.out = out;
    }

    List<Designate> client(CloudContext ctx, String region) {
        Designate dns = ctx.designate();                        // catalog type "dns": the default region
        Designate other = ctx.designate(region);                // or ctx.region(region).designate()
        return List.of(dns, other);
    }

    Zone create(Designate dns) {
        Zone zone = dns.createZone("example.edu.", "sample@example.edu",
                ZoneCreateOptions.builder().ttl(600).description("Sample zone").build());
        out.println(zone.status() + " " + zone.action());       // PENDING CREATE
        zone = zone.waitUntilActive();                          // ACTIVE NONE: the name servers serve it
        return zone;
    }

    List<Zone> list(Designate dns) {
        for (Zone zone : dns.listZones()) {                     // every page, Designate's next links followed
            out.println(zone.name() + " " + zone.status() + " ttl=" + zone.ttl().orElseThrow());
        }
        Page<Zone> page = dns.zones(ZoneListOptions.builder().limit(4).build()).firstPage();
        if (page.hasNext()) {
            page = page.nextPage();                             // pyrax's dns.list_next_page()
        }
        List<Zone> edu = dns.listZones(ZoneListOptions.builder().name("*.edu.").build());
        return edu;
    }

    List<Zone> subzones(Designate dns, Zone zone) {
        Zone north = dns.createZone("north." + zone.name(), "sample@example.edu").waitUntilActive();
        List<Zone> subs = dns.listSubzones(zone.name());        // pyrax's dom.list_subdomains()
        return subs;
    }

    List<RecordSet> records(Zone zone) {
        RecordSet www = zone.createRecordSet("www.example.edu.", RecordType.A, List.of("192.0.2.10", "192.0.2.11"),
                RecordSetCreateOptions.builder().ttl(300).description("web servers").build());
        RecordSet mail = zone.createRecordSet("example.edu.", RecordType.MX,
                List.of("10 mail1.example.edu.", "20 mail2.example.edu."));
        www = www.waitUntilActive();
        for (RecordSet set : zone.listRecordSets()) {           // SOA and NS come with the zone
            out.println(set.name() + " " + set.type() + " " + set.records());
        }
        List<RecordSet> a = zone.listRecordSets(RecordSetListOptions.builder().type(RecordType.A).build());
        return List.of(www, mail.waitUntilActive());
    }

    RecordSet update(Zone zone, RecordSet www) {
        zone = zone.update(ZoneUpdateOptions.builder().ttl(1200).build()).waitUntilActive();
        www = www.update(RecordSetUpdateOptions.builder()
                .records(RecordType.A, List.of("192.0.2.12"))   // replaces all of its records
                .ttl(600).build()).waitUntilActive();
        return www;
    }

    Zone importExport(Designate dns, String zoneFile) {
        Zone imported = dns.importZone(zoneFile, Designate.DEFAULT_WAIT);
        String exported = imported.export();                    // the BIND zone file, text/dns
        out.println(exported);
        return imported;
    }

    void delete(Designate dns, Zone zone, RecordSet www) {
        www.delete();                                           // returns at once: PENDING DELETE
        WaitOptions wait = WaitOptions.builder().interval(Duration.ofSeconds(1))
                .deadline(Duration.ofMinutes(2)).build();
        zone.delete(wait);                                      // returns once the zone is gone
    }

    FloatingIpPtr reverseDns(Designate dns, String region, String floatingIpId) {
        FloatingIpPtr ptr = dns.setFloatingIpPtr(region, floatingIpId, "www.example.edu.");
        for (FloatingIpPtr each : dns.listFloatingIpPtrs()) {
            out.println(each.address() + " -> " + each.ptrdname().orElse("(none)"));
        }
        dns.unsetFloatingIpPtr(region, floatingIpId);
        return ptr;
    }
}
