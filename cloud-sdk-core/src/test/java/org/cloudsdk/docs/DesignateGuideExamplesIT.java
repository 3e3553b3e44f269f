package org.cloudsdk.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.designate.Designate;
import org.cloudsdk.designate.RecordSet;
import org.cloudsdk.designate.Zone;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.it.LocalCloud;
import org.cloudsdk.wait.WaitOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the examples of {@code docs/designate.md} against the local cloud's Designate, in the
 * guide's order, on the guide's zones ({@code example.edu.}, {@code north.example.edu.} and an
 * imported one), deleted at the end even on failure. The reverse DNS example needs a floating IP,
 * which the local cloud has not: it is compiled only (its requests are checked by WireMock in
 * {@code TaskRequestsTest}).
 */
class DesignateGuideExamplesIT {

    private static final WaitOptions WAIT = WaitOptions.builder().interval(Duration.ofMillis(500))
            .deadline(Duration.ofMinutes(2)).build();
    private static final String IMPORTED = "imported.example.org.";

    private static CloudContext ctx;
    private static Designate dns;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final DesignateGuideExamples examples = new DesignateGuideExamples(new PrintStream(printed, true,
            StandardCharsets.UTF_8));

    @BeforeAll
    static void connect() {
        ctx = LocalCloud.demo().build();
        dns = ctx.designate();
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void theClientIsOnePerRegion() {
        List<Designate> clients = examples.client(ctx, LocalCloud.get("region"));
        assertThat(clients.get(0)).isSameAs(clients.get(1)).isSameAs(ctx.region(LocalCloud.get("region")).designate());
    }

    @Test
    void theGuideFromCreateToDelete() {
        try {
            Zone zone = examples.create(dns);
            assertThat(zone.isActive()).isTrue();
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("PENDING CREATE");

            assertThat(examples.list(dns)).contains(zone);
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("example.edu. ACTIVE ttl=600");

            assertThat(examples.subzones(dns, zone)).extracting(Zone::name).containsExactly("north.example.edu.");

            List<RecordSet> sets = examples.records(zone);
            assertThat(sets).allSatisfy(set -> assertThat(set.isActive()).isTrue());
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("www.example.edu. A")
                    .contains("example.edu. SOA").contains("example.edu. MX");

            RecordSet www = examples.update(zone, sets.get(0));
            assertThat(www.records()).containsExactly("192.0.2.12");
            assertThat(www.ttl()).contains(600);
            assertThat(dns.getZone(zone.id()).ttl()).contains(1200);

            Zone imported = examples.importExport(dns, """
                    $ORIGIN %1$s
                    $TTL 3600
                    %1$s IN SOA ns1.cloud-sdk.test. hostmaster.example.org. 2024050801 3600 1800 604800 86400
                    %1$s IN NS ns1.cloud-sdk.test.
                    www.%1$s IN A 192.0.2.1
                    """.formatted(IMPORTED));
            assertThat(imported.name()).isEqualTo(IMPORTED);
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("www." + IMPORTED);

            dns.findZone("north.example.edu.").ifPresent(north -> north.delete(WAIT));
            examples.delete(dns, zone, www);
            assertThat(dns.findZone("example.edu.")).isEmpty();
            assertThatThrownBy(() -> dns.getRecordSet(zone.id(), www.id())).isInstanceOf(NotFoundException.class);
        } finally {
            for (String name : List.of(IMPORTED, "north.example.edu.", "example.edu.")) {
                try {
                    dns.findZone(name).ifPresent(zone -> zone.delete(WAIT));
                } catch (NotFoundException alreadyGone) {
                    // deleted meanwhile
                }
            }
        }
    }
}
