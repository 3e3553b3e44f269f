package org.cloudsdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cloudsdk.CloudContext;
import org.cloudsdk.designate.Designate;
import org.cloudsdk.designate.DesignateAction;
import org.cloudsdk.designate.DesignateStatus;
import org.cloudsdk.designate.NameServer;
import org.cloudsdk.designate.RecordSet;
import org.cloudsdk.designate.RecordSetCreateOptions;
import org.cloudsdk.designate.RecordSetListOptions;
import org.cloudsdk.designate.RecordSetUpdateOptions;
import org.cloudsdk.designate.RecordType;
import org.cloudsdk.designate.Zone;
import org.cloudsdk.designate.ZoneCreateOptions;
import org.cloudsdk.designate.ZoneListOptions;
import org.cloudsdk.designate.ZoneUpdateOptions;
import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.ForbiddenException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.paging.Page;
import org.cloudsdk.wait.WaitOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Designate against the local cloud's real Designate (the fake backend; mini-DNS is the pool's name
 * server, so changes go ACTIVE within seconds): zones and record sets of every type created,
 * changed, waited for and deleted, paging, import and export. Every zone a test makes is deleted
 * afterwards, even when the test fails.
 */
class DesignateIT {

    private static final WaitOptions WAIT = WaitOptions.builder().interval(Duration.ofMillis(500))
            .deadline(Duration.ofMinutes(2)).build();

    private static CloudContext ctx;
    private static Designate dns;
    private final List<String> zones = new ArrayList<>();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void connect() {
        ctx = LocalCloud.demo().build();
        dns = ctx.designate();
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @AfterEach
    void deleteZones() {
        for (String id : zones) {
            try {
                dns.deleteZone(id, WAIT);
            } catch (NotFoundException alreadyGone) {
                // deleted by the test itself
            }
        }
    }

    private Zone create(String label) {
        Zone zone = dns.createZone(label + "-" + suffix + ".cloud-sdk.test.", "hostmaster@cloud-sdk.test",
                ZoneCreateOptions.builder().ttl(3600).description("cloud-sdk " + label).build());
        zones.add(zone.id());
        return zone;
    }

    @Test
    void theCatalogsDnsEndpointIsDesignateV2() {
        assertThat(Designate.SERVICE.checkHealth(dns).block()).containsEntry("api", "v2");
        assertThat(dns.getQuotas().zones()).hasValueSatisfying(zones -> assertThat(zones).isPositive());
        // Designate's default policy keeps the TLDs to administrators; none are set here, so any is allowed
        assertThatThrownBy(dns::listTlds).isInstanceOf(ForbiddenException.class);
        try (CloudContext admin = LocalCloud.admin().build()) {
            assertThat(admin.designate().listTlds()).isEmpty();
        }
    }

    @Test
    void aZoneAndItsRecordSetsFromCreateToDelete() {
        Zone created = create("life");
        assertThat(created.status()).isEqualTo(DesignateStatus.PENDING);
        assertThat(created.action()).isEqualTo(DesignateAction.CREATE);

        Zone zone = created.waitUntilActive(WAIT);
        String name = zone.name();
        assertThat(zone.isActive()).isTrue();
        assertThat(dns.findZone(name)).contains(zone);
        assertThat(zone.listNameServers()).extracting(NameServer::hostname).isNotEmpty();
        assertThat(zone.listRecordSets()).extracting(RecordSet::type).contains(RecordType.SOA, RecordType.NS);
        assertThatThrownBy(() -> dns.createZone(name, "hostmaster@cloud-sdk.test")).isInstanceOf(ConflictException.class);

        Zone updated = zone.update(ZoneUpdateOptions.builder().ttl(600).description("changed").build()).waitUntilActive(WAIT);
        assertThat(updated.ttl()).contains(600);
        assertThat(updated.description()).contains("changed");

        List<RecordSet> sets = List.of(
                zone.createRecordSet("www." + name, RecordType.A, List.of("192.0.2.10", "192.0.2.11"),
                        RecordSetCreateOptions.builder().ttl(300).description("web").build()),
                zone.createRecordSet("www." + name, RecordType.AAAA, List.of("2001:db8::10")),
                zone.createRecordSet("ftp." + name, RecordType.CNAME, List.of("www." + name)),
                zone.createRecordSet(name, RecordType.MX, List.of("10 mail1." + name, "20 mail2." + name)),
                zone.createRecordSet(name, RecordType.TXT, List.of("\"v=spf1 mx -all\"")),
                zone.createRecordSet("_sip._tcp." + name, RecordType.SRV, List.of("10 0 5060 www." + name)),
                zone.createRecordSet("dev." + name, RecordType.NS, List.of("ns1.example.net.")),
                zone.createRecordSet("10." + name, RecordType.PTR, List.of("www." + name)),
                zone.createRecordSet(name, RecordType.CAA, List.of("0 issue letsencrypt.org")),
                zone.createRecordSet("host." + name, RecordType.SSHFP, List.of(
                        "1 2 6467a09c59607b01fef22ef6918c44a2eaaa14a5e055cfe91bf614b5796d2df0")),
                zone.createRecordSet("spf." + name, RecordType.SPF, List.of("\"v=spf1 +all\"")),
                zone.createRecordSet("*." + name, RecordType.A, List.of("192.0.2.99")));
        List<RecordSet> active = sets.stream().map(set -> set.waitUntilActive(WAIT)).toList();
        assertThat(active).allSatisfy(set -> assertThat(set.isActive()).isTrue());
        assertThat(active.get(0).records()).containsExactlyInAnyOrder("192.0.2.10", "192.0.2.11");
        assertThat(active.get(0).ttl()).contains(300);

        // paging: two at a time through the zone's 14 record sets (12 + SOA + NS)
        Page<RecordSet> first = dns.recordSets(zone.id(), RecordSetListOptions.builder().limit(2).build()).firstPage();
        assertThat(first.items()).hasSize(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(dns.recordSets(zone.id(), RecordSetListOptions.builder().limit(2).build()).stream().count())
                .isEqualTo(14);
        assertThat(dns.listRecordSets(zone.id(), RecordSetListOptions.builder().type(RecordType.A).build()))
                .extracting(RecordSet::name).containsExactlyInAnyOrder("www." + name, "*." + name);
        assertThat(dns.listAllRecordSets(RecordSetListOptions.builder().name("www." + name).build())).hasSize(2);
        assertThat(dns.findRecordSet(zone.id(), "www." + name, RecordType.AAAA)).contains(active.get(1));

        RecordSet www = active.get(0).update(RecordSetUpdateOptions.builder()
                .records(RecordType.A, List.of("192.0.2.12")).zoneTtl().build()).waitUntilActive(WAIT);
        assertThat(www.records()).containsExactly("192.0.2.12");
        assertThat(www.ttl()).isEmpty();

        RecordSet gone = active.get(2).delete(WAIT);
        assertThat(gone.id()).isEqualTo(active.get(2).id());
        assertThatThrownBy(() -> dns.getRecordSet(zone.id(), gone.id())).isInstanceOf(NotFoundException.class);

        Zone deleting = zone.delete(WAIT);
        assertThat(deleting.id()).isEqualTo(zone.id());
        assertThatThrownBy(() -> dns.getZone(zone.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void zonesArePagedAndFiltered() {
        List<Zone> made = List.of(create("page-a"), create("page-b"), create("page-c"));
        made.forEach(zone -> zone.waitUntilActive(WAIT));

        List<Zone> listed = dns.listZones(ZoneListOptions.builder().name("*-" + suffix + ".cloud-sdk.test.").limit(1)
                .build());

        assertThat(listed).containsExactlyInAnyOrderElementsOf(made);
        assertThat(dns.listZones(ZoneListOptions.builder().name("page-a-" + suffix + ".cloud-sdk.test.")
                .status(DesignateStatus.ACTIVE).build())).containsExactly(made.get(0));
    }

    @Test
    void aZoneFileIsImportedAndExported() {
        String name = "import-" + suffix + ".cloud-sdk.test.";
        String file = """
                $ORIGIN %1$s
                $TTL 3600
                %1$s IN SOA ns1.cloud-sdk.test. hostmaster.cloud-sdk.test. 2024050801 3600 1800 604800 86400
                %1$s IN NS ns1.cloud-sdk.test.
                www.%1$s IN A 192.0.2.1
                %1$s IN MX 10 mail.%1$s
                """.formatted(name);

        Zone zone = dns.importZone(file, WAIT);
        zones.add(zone.id());

        assertThat(zone.name()).isEqualTo(name);
        zone = zone.waitUntilActive(WAIT);
        assertThat(dns.findRecordSet(zone.id(), "www." + name, RecordType.A)).hasValueSatisfying(
                set -> assertThat(set.records()).containsExactly("192.0.2.1"));
        String exported = dns.exportZoneFile(zone.id(), WAIT);
        assertThat(exported).contains("$ORIGIN " + name).contains("www." + name).contains("192.0.2.1")
                .contains("10 mail." + name);
    }
}
