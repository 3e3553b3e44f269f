package org.cloudsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class RunnerOptionsTest {

    @Test
    void defaultsRunEveryTaskOnceAtFullScale() {
        RunnerOptions options = RunnerOptions.parse();

        assertThat(options.scale()).isEqualTo(1.0);
        assertThat(options.tasks()).containsExactlyInAnyOrder(Task.values());
        assertThat(options.samples(Task.SYNC)).isEqualTo(1);
        assertThat(options.samples(Task.RESYNC)).isEqualTo(3);
        assertThat(options.samples(Task.LIST)).isEqualTo(3);
        assertThat(options.results()).isEqualTo(Path.of("benchmarks", "results"));
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(900));
        assertThat(options.cliJvm()).isFalse();
    }

    @Test
    void readsEveryOption() {
        RunnerOptions options = RunnerOptions.parse("--scale", "0.05", "--only", "list,LOAD", "--repeat", "3",
                "--results", "out", "--work", "/tmp/w", "--timeout", "60", "--jvm", "cli");

        assertThat(options.scale()).isEqualTo(0.05);
        assertThat(options.tasks()).containsExactlyInAnyOrder(Task.LIST, Task.LOAD);
        assertThat(options.samples(Task.SYNC)).isEqualTo(3);
        assertThat(options.samples(Task.LOAD)).isEqualTo(3);
        assertThat(options.results()).isEqualTo(Path.of("out"));
        assertThat(options.work()).isEqualTo(Path.of("/tmp/w"));
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.cliJvm()).isTrue();
    }

    @Test
    void resyncBringsTheSyncThatFillsItsContainers() {
        assertThat(RunnerOptions.parse("--only", "resync").tasks()).containsExactlyInAnyOrder(Task.SYNC, Task.RESYNC);
    }

    @Test
    void refusesWhatItCannotRun() {
        assertThatThrownBy(() -> RunnerOptions.parse("--only", "sprint")).hasMessageContaining("unknown task 'sprint'")
                .hasMessageContaining("iterate");
        assertThatThrownBy(() -> RunnerOptions.parse("--scale", "0")).hasMessageContaining("--scale");
        assertThatThrownBy(() -> RunnerOptions.parse("--scale", "many")).hasMessageContaining("must be a number");
        assertThatThrownBy(() -> RunnerOptions.parse("--repeat", "0")).hasMessageContaining("--repeat must be 1 to 25");
        assertThatThrownBy(() -> RunnerOptions.parse("--repeat")).hasMessageContaining("--repeat needs a value");
        assertThatThrownBy(() -> RunnerOptions.parse("--fast", "1")).hasMessageContaining("unknown option --fast");
        assertThatThrownBy(() -> RunnerOptions.parse("--jvm", "fast")).hasMessageContaining("--jvm must be plain or cli");
    }

    @Test
    void warmModeMeasuresTheRepeatableTasksAfterUntimedRuns() {
        RunnerOptions warm = RunnerOptions.parse("--mode", "warm");
        RunnerOptions warmup = RunnerOptions.parse("--mode", "warm", "--only", "resync", "--warmup", "0");

        assertThat(warm.tasks()).containsExactlyInAnyOrder(Task.RESYNC, Task.UPLOAD, Task.DOWNLOAD, Task.LOAD,
                Task.LIST);
        assertThat(warm.samples(Task.LIST)).isEqualTo(5);
        assertThat(warm.warmupRuns(Task.LIST)).isEqualTo(10);
        assertThat(warm.samples(Task.RESYNC)).isEqualTo(10);
        assertThat(warm.warmupRuns(Task.RESYNC)).isEqualTo(40);
        assertThat(warm.warmupRuns(Task.UPLOAD)).isEqualTo(1);
        assertThat(warmup.tasks()).containsExactly(Task.RESYNC);
        assertThat(warmup.warmupRuns(Task.RESYNC)).isZero();
        assertThatThrownBy(() -> RunnerOptions.parse("--mode", "warm", "--only", "sync,iterate"))
                .hasMessageContaining("no task of [iterate, sync] is measured in warm mode");
        assertThatThrownBy(() -> RunnerOptions.parse("--mode", "warm", "--jvm", "cli"))
                .hasMessageContaining("--jvm cli");
        assertThatThrownBy(() -> RunnerOptions.parse("--warmup", "2")).hasMessageContaining("--warmup needs --mode warm");
        assertThatThrownBy(() -> RunnerOptions.parse("--mode", "hot")).hasMessageContaining("--mode must be process or warm");
    }

    @Test
    void scaledWorkloadKeepsSmallFloorsAndNeverScalesTheThreads() {
        Workload full = Workload.scaled(1, Path.of("/tmp/w"));
        Workload tiny = Workload.scaled(0.0001, Path.of("/tmp/w"));

        assertThat(full.syncFiles()).isEqualTo(2_000);
        assertThat(full.bigFileBytes()).isEqualTo(1L << 30);
        assertThat(full.loadCalls()).isEqualTo(10_000);
        assertThat(full.listObjects()).isEqualTo(20_000);
        assertThat(full.iterateEntries()).isEqualTo(1_000_000);
        assertThat(tiny.syncFiles()).isEqualTo(10);
        assertThat(tiny.bigFileBytes()).isEqualTo(1L << 20);
        assertThat(tiny.loadThreads()).isEqualTo(64);
        assertThat(tiny.listContainer()).isEqualTo("bench-list-100");
    }
}
