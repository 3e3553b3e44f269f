package org.cloudsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class MachineFloorTest {

    private final MachineFloor floor = new MachineFloor("http://127.0.0.1:8080/v1/AUTH_p", Path.of("/tmp/h"));

    @Test
    void listsFullPagesThenTheShortOneOnOneCurl() {
        assertThat(floor.listPages("@/tmp/h", "big", 20_000)).containsExactly("curl", "-sS", "-f", "-H", "@/tmp/h",
                "-o", "/dev/null", "http://127.0.0.1:8080/v1/AUTH_p/big?format=json&limit=10000",
                "-o", "/dev/null", "http://127.0.0.1:8080/v1/AUTH_p/big?format=json&limit=10000&marker=obj-009999",
                "-o", "/dev/null", "http://127.0.0.1:8080/v1/AUTH_p/big?format=json&limit=10000&marker=obj-019999");
        assertThat(floor.listPages("@/tmp/h", "small", 2_000)).hasSize(8);
    }

    @Test
    void floorsExistForTheWarmTasksOnly() {
        Workload w = Workload.scaled(0.05, Path.of("/tmp/w"));

        assertThat(floor.plan(Task.DOWNLOAD, w)).isInstanceOfSatisfying(Plan.Run.class,
                run -> assertThat(run.invocation().command()).startsWith("bash", "-c").contains(
                        "http://127.0.0.1:8080/v1/AUTH_p/bench-download/big.bin", "/tmp/w/download-floor.bin"));
        assertThat(floor.plan(Task.RESYNC, w)).isInstanceOfSatisfying(Plan.Run.class,
                run -> assertThat(run.invocation().command()).contains(
                        "http://127.0.0.1:8080/v1/AUTH_p/bench-resync-100?format=json&limit=10000"));
        for (Task task : List.of(Task.SYNC, Task.LOAD, Task.ITERATE)) {
            assertThat(floor.plan(task, w)).isInstanceOf(Plan.Omit.class);
        }
    }
}
