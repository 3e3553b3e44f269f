package org.cloudsdk.benchmarks.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A tiny run of the whole harness: it proves the work is done, never how fast. */
class ComputeBenchmarkTest {

    @Test
    void bothLibrariesListEveryServerAndSeeEveryWaitEndActive() throws Exception {
        ComputeOptions options = ComputeOptions.parse("--servers", "30", "--waits", "10", "--iterations", "1",
                "--warmup", "0", "--max-limit", "10", "--active-after", "100-600");
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        ComputeReport report = ComputeBenchmark.run(options, new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(report.listings()).extracting(ComputeReport.Listing::library)
                .containsExactly("cloud-sdk", "openstack4j 3.12");
        assertThat(report.listings()).allSatisfy(listing -> {
            assertThat(listing.listed()).isEqualTo(30);
            // 30 servers in pages of 10: three full pages, then the empty one the last full page links
            assertThat(listing.requests().median()).isGreaterThanOrEqualTo(4);
            assertThat(listing.peakThreads()).isPositive();
            assertThat(listing.cpu().median()).isPositive();
        });
        assertThat(report.waits()).extracting(ComputeReport.Waits::active).containsExactly(10, 10);
        assertThat(report.waits()).allSatisfy(waits -> {
            // every server is polled once in BUILD at least, then once ACTIVE
            assertThat(waits.requests().median()).isGreaterThanOrEqualTo(20);
            assertThat(waits.seconds().median()).isLessThan(30);
            assertThat(waits.allocated().median()).isPositive();
        });
        assertThat(report.json()).hasSize(2).allSatisfy(json -> {
            assertThat(json.recordsPerSecond().median()).isPositive();
            assertThat(json.recordsPerCpuSecond().median()).isPositive();
            assertThat(json.bytesPerRecord().median()).isPositive();
        });
        String markdown = report.markdown("benchmarks/run.sh compute --servers 30");
        assertThat(markdown).contains("### Listing 30 servers", "### 10 concurrent waits for ACTIVE",
                "### JSON model reading", "| cloud-sdk |", "| openstack4j 3.12 |");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("cloud-sdk list:", "openstack4j 3.12 waits:");
    }
}
