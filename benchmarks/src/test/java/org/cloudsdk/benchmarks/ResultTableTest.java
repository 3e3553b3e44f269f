package org.cloudsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.cloudsdk.benchmarks.Contender.Role;
import org.cloudsdk.benchmarks.Measurement.Status;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    private static Contender contender(String id, Role role) {
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
            public Plan plan(Task task, Workload workload) {
                return Plan.omit();
            }
        };
    }

    private static Measurement ok(Task task, Contender contender, double... seconds) {
        return new Measurement(task, contender, Status.OK, java.util.Arrays.stream(seconds)
                .mapToObj(s -> Duration.ofMillis(Math.round(s * 1000))).toList(), "");
    }

    private final Contender ceiling = contender("ceiling", Role.REFERENCE);
    private final Contender sdk = contender("sdk", Role.SDK);
    private final Contender swift = contender("swift", Role.PEER);
    private final Contender rclone = contender("rclone", Role.PEER);

    @Test
    void syncMustStayNearTheCeilingAndAheadOfEveryPeer() {
        ResultTable near = new ResultTable(List.of(ok(Task.SYNC, ceiling, 28), ok(Task.SYNC, sdk, 29),
                ok(Task.SYNC, swift, 30), ok(Task.SYNC, rclone, 33)));
        ResultTable behindAPeer = new ResultTable(List.of(ok(Task.SYNC, ceiling, 28), ok(Task.SYNC, sdk, 29.4),
                ok(Task.SYNC, swift, 29)));

        assertThat(near.reference(Task.SYNC)).hasValue(28.0);
        assertThat(near.verdict(ok(Task.SYNC, sdk, 29))).isEqualTo("PASS");
        assertThat(near.verdict(ok(Task.SYNC, sdk, 29.5))).isEqualTo("MISS");
        assertThat(behindAPeer.verdict(ok(Task.SYNC, sdk, 29.4))).isEqualTo("MISS");
    }

    @Test
    void resyncIsComparedWithTheBestPeerThatSucceeded() {
        Measurement failedPeer = new Measurement(Task.RESYNC, rclone, Status.FAILED, List.of(), "boom");
        ResultTable table = new ResultTable(List.of(ok(Task.RESYNC, sdk, 1.2), ok(Task.RESYNC, swift, 8),
                failedPeer));

        assertThat(table.reference(Task.RESYNC)).hasValue(8.0);
        assertThat(table.verdict(ok(Task.RESYNC, sdk, 1.2))).isEqualTo("PASS");
        assertThat(table.verdict(ok(Task.RESYNC, sdk, 1.3))).isEqualTo("MISS");
    }

    @Test
    void medianOfRepeatsAndRowsInTheMarkdownAndCsv() {
        Measurement repeated = ok(Task.LIST, sdk, 3, 1, 2);
        Measurement notApplicable = new Measurement(Task.LIST, swift, Status.NOT_APPLICABLE, List.of(), "a | b");
        ResultTable table = new ResultTable(List.of(repeated, ok(Task.LIST, rclone, 4), notApplicable));

        assertThat(repeated.median()).isEqualTo(Duration.ofSeconds(2));
        assertThat(table.markdown()).contains("| list | **sdk** | 2.00 s (median of 3) | 0.50× | ahead of every peer | PASS |")
                .contains("| list | swift | n/a |  |  |  | a \\| b |");
        assertThat(table.csv()).contains("list,\"sdk\",SDK,OK,2,1.000,\"\"").contains("list,\"swift\",PEER,NOT_APPLICABLE,,,\"a | b\"");
    }

    @Test
    void resultLinesAreReadAsFields() {
        assertThat(ProcessTimer.fields("RESULT count=20000 errors=0")).containsEntry("count", "20000")
                .containsEntry("errors", "0");
    }
}
