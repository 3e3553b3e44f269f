package org.cloudsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.cloudsdk.benchmarks.Contender.Role;
import org.cloudsdk.benchmarks.Measurement.Status;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    private static Contender contender(String id, Role role, boolean javaLibrary, boolean verifies) {
        return new Contender() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String label() {
                return id;
            }

            @Override
            public Role role() {
                return role;
            }

            @Override
            public boolean javaLibrary() {
                return javaLibrary;
            }

            @Override
            public boolean verifiesTransfers() {
                return verifies;
            }

            @Override
            public Plan plan(Task task, Workload workload) {
                return Plan.omit();
            }
        };
    }

    private static Measurement ok(Task task, Contender contender, double... seconds) {
        return new Measurement(task, contender, Status.OK, java.util.Arrays.stream(seconds)
                .mapToObj(s -> Duration.ofMillis(Math.round(s * 1000))).toList(), "");
    }

    private final Contender ceiling = contender("ceiling", Role.REFERENCE, false, false);
    private final Contender sdk = contender("sdk", Role.SDK, true, true);
    private final Contender swift = contender("swift", Role.PEER, false, true);
    private final Contender rclone = contender("rclone", Role.PEER, false, true);
    private final Contender jclouds = contender("jclouds", Role.PEER, true, false);
    private final Contender openstack4j = contender("openstack4j", Role.PEER, true, false);

    private static ResultTable process(Measurement... rows) {
        return new ResultTable(List.of(rows), Mode.PROCESS);
    }

    @Test
    void syncMustStayNearTheCeiling() {
        ResultTable table = process(ok(Task.SYNC, ceiling, 28), ok(Task.SYNC, sdk, 29), ok(Task.SYNC, swift, 27));

        assertThat(table.reference(Task.SYNC)).hasValue(28.0);
        assertThat(table.verdict(ok(Task.SYNC, sdk, 29))).isEqualTo("PASS");
        assertThat(table.verdict(ok(Task.SYNC, sdk, 29.5))).isEqualTo("MISS");
    }

    @Test
    void resyncIsComparedWithTheBestCommandLinePeerAndMustBeatTheJavaPeers() {
        Measurement failedPeer = new Measurement(Task.RESYNC, rclone, Status.FAILED, List.of(), "boom");
        ResultTable table = process(ok(Task.RESYNC, sdk, 0.9), ok(Task.RESYNC, swift, 8), failedPeer,
                ok(Task.RESYNC, openstack4j, 0.95), ok(Task.RESYNC, jclouds, 1.4));

        assertThat(table.reference(Task.RESYNC)).hasValue(8.0);
        assertThat(table.verdict(ok(Task.RESYNC, sdk, 0.9))).isEqualTo("PASS");
        assertThat(table.verdict(ok(Task.RESYNC, sdk, 0.97))).as("0.12x the swift CLI, behind openstack4j")
                .isEqualTo("MISS");
        assertThat(table.verdict(ok(Task.RESYNC, sdk, 1.0))).as("above 0.12x").isEqualTo("MISS");
        assertThat(table.verdict(ok(Task.RESYNC, sdk, 0.945))).as("within 1% of openstack4j").isEqualTo("LEVEL");
    }

    @Test
    void aLeadOfOnePercentOrLessIsATieNotAWin() {
        ResultTable table = process(ok(Task.LIST, rclone, 1.24), ok(Task.LIST, swift, 2.0), ok(Task.LIST, sdk, 1.239));

        assertThat(table.verdict(ok(Task.LIST, sdk, 1.239))).as("ahead of rclone by a millisecond").isEqualTo("LEVEL");
        assertThat(table.verdict(ok(Task.LIST, sdk, 1.22))).as("1.6% ahead").isEqualTo("PASS");
        assertThat(table.verdict(ok(Task.LIST, sdk, 1.24))).isEqualTo("MISS");
    }

    @Test
    void transfersAreComparedOnlyWithThePeersThatVerifyThem() {
        ResultTable table = process(ok(Task.UPLOAD, ceiling, 3), ok(Task.UPLOAD, sdk, 4.5), ok(Task.UPLOAD, swift, 5),
                ok(Task.UPLOAD, rclone, 4.8), ok(Task.UPLOAD, jclouds, 4));

        assertThat(table.reference(Task.UPLOAD)).hasValue(4.8);
        assertThat(table.verdict(ok(Task.UPLOAD, sdk, 4.5))).isEqualTo("PASS");
        assertThat(table.verdict(ok(Task.UPLOAD, sdk, 4.8))).isEqualTo("MISS");
    }

    @Test
    void loadIsComparedWithTheFasterJavaPeer() {
        ResultTable table = process(ok(Task.LOAD, sdk, 30), ok(Task.LOAD, jclouds, 32), ok(Task.LOAD, openstack4j, 60));

        assertThat(table.reference(Task.LOAD)).hasValue(32.0);
        assertThat(table.verdict(ok(Task.LOAD, sdk, 30))).isEqualTo("PASS");
    }

    @Test
    void warmTasksAreComparedWithTheMachinesFloor() {
        Contender floor = contender("floor", Role.REFERENCE, false, false);
        ResultTable table = new ResultTable(List.of(ok(Task.DOWNLOAD, floor, 2.0), ok(Task.DOWNLOAD, sdk, 2.2),
                ok(Task.LIST, floor, 0.5), ok(Task.LIST, sdk, 0.61), ok(Task.RESYNC, floor, 0.1),
                ok(Task.RESYNC, sdk, 0.13)), Mode.WARM);

        assertThat(table.reference(Task.DOWNLOAD)).hasValue(2.0);
        assertThat(table.verdict(ok(Task.DOWNLOAD, sdk, 2.2))).isEqualTo("PASS");
        assertThat(table.verdict(ok(Task.DOWNLOAD, sdk, 2.21))).isEqualTo("MISS");
        assertThat(table.verdict(ok(Task.LIST, sdk, 0.61))).isEqualTo("MISS");
        assertThat(table.verdict(ok(Task.RESYNC, sdk, 0.13))).isEqualTo("PASS");
        assertThat(table.markdown()).contains("≤ 1.1× the verified floor (curl + md5sum)");
    }

    @Test
    void medianOfRepeatsAndRowsInTheMarkdownAndCsv() {
        Measurement repeated = ok(Task.LIST, sdk, 3, 1, 2);
        Measurement notApplicable = new Measurement(Task.LIST, swift, Status.NOT_APPLICABLE, List.of(), "a | b");
        ResultTable table = process(repeated, ok(Task.LIST, rclone, 4), notApplicable);

        assertThat(repeated.median()).isEqualTo(Duration.ofSeconds(2));
        assertThat(table.markdown()).contains("| list | **sdk** | 2.00 s (median of 3) | 0.50× | ahead of rclone (--jvm cli on JDK 25) | PASS |")
                .contains("| list | swift | n/a |  |  |  | a \\| b |");
        assertThat(table.csv()).contains("list,\"sdk\",SDK,OK,2,1.000,\"\"").contains("list,\"swift\",PEER,NOT_APPLICABLE,,,\"a | b\"");
    }

    @Test
    void warmProcessesReportTheirTimedRuns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path out = dir.resolve("x.out");
        java.nio.file.Files.writeString(out, "RESULT count=3\n" + CommandLine.warmLine(List.of(1_500_000_000L, 250_000L))
                + "\n");

        ProcessTimer.Outcome outcome = new ProcessTimer.Outcome(0, Duration.ofSeconds(9), false, out,
                dir.resolve("x.err"));

        assertThat(outcome.warmSamples()).containsExactly(Duration.ofMillis(1500), Duration.ofNanos(250_000));
        assertThat(outcome.result()).containsEntry("count", "3");
    }

    @Test
    void resultLinesAreReadAsFields() {
        assertThat(ProcessTimer.fields("RESULT count=20000 errors=0")).containsEntry("count", "20000")
                .containsEntry("errors", "0");
    }
}
