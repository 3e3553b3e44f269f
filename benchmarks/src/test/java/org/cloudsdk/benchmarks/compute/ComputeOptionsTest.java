package org.cloudsdk.benchmarks.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.cloudsdk.benchmarks.compute.ComputeOptions.Measure;
import org.junit.jupiter.api.Test;

class ComputeOptionsTest {

    @Test
    void defaultsAreTheIssuesSizes() {
        ComputeOptions options = ComputeOptions.parse();

        assertThat(options.servers()).isEqualTo(5000);
        assertThat(options.waits()).isEqualTo(1000);
        assertThat(options.iterations()).isEqualTo(3);
        assertThat(options.warmup()).isEqualTo(2);
        assertThat(options.measurements()).containsExactlyInAnyOrder(Measure.values());
        assertThat(options.maxLimit()).isEqualTo(1000);
        assertThat(options.activeAfter()).isEqualTo(new DelayRange(2000, 6000));
        assertThat(options.results()).isEqualTo(Path.of("benchmarks", "results"));
    }

    @Test
    void readsEveryOption() {
        ComputeOptions options = ComputeOptions.parse("--servers", "30", "--waits", "10", "--iterations", "1",
                "--warmup", "0", "--only", "list, JSON", "--max-limit", "10", "--active-after", "100-500", "--seed", "3",
                "--results", "/tmp/out");

        assertThat(options).isEqualTo(new ComputeOptions(30, 10, 1, 0, java.util.Set.of(Measure.LIST, Measure.JSON), 10,
                new DelayRange(100, 500), 3, Path.of("/tmp/out")));
    }

    @Test
    void refusesBadOptionsNamingTheOption() {
        assertThatThrownBy(() -> ComputeOptions.parse("--servers", "0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--servers must be a whole number from 1 to 1000000, was '0'");
        assertThatThrownBy(() -> ComputeOptions.parse("--waits", "many")).hasMessageStartingWith("--waits must be");
        assertThatThrownBy(() -> ComputeOptions.parse("--iterations", "0")).hasMessageStartingWith("--iterations must be");
        assertThatThrownBy(() -> ComputeOptions.parse("--warmup", "-1")).hasMessageStartingWith("--warmup must be");
        assertThatThrownBy(() -> ComputeOptions.parse("--iterations")).hasMessage("--iterations needs a value");
        assertThatThrownBy(() -> ComputeOptions.parse("--only", "list,sprint"))
                .hasMessage("--only: unknown measurement 'sprint' (expected some of list, waits, json)");
        assertThatThrownBy(() -> ComputeOptions.parse("--active-after", "6000-2000"))
                .hasMessageStartingWith("--active-after must be MIN-MAX milliseconds");
        assertThatThrownBy(() -> ComputeOptions.parse("--active-after", "soon"))
                .hasMessageStartingWith("--active-after must be MIN-MAX milliseconds");
        assertThatThrownBy(() -> ComputeOptions.parse("--fast", "1")).hasMessageStartingWith("unknown option --fast");
        assertThatThrownBy(() -> ComputeOptions.parse("servers")).hasMessageContaining("'servers'");
    }
}
