package org.cloudsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ClassDataSharingTest {

    @Test
    void aCommandLineToolKeepsBothCompilersOnlyForTheBigTransfers() {
        Path archive = Path.of("/tmp/sdk.aot");

        assertThat(ClassDataSharing.cliOptions(archive, Task.RESYNC)).contains("-XX:TieredStopAtLevel=1",
                "-Dio.netty.jfr.enabled=false").anyMatch(option -> option.endsWith("=/tmp/sdk.aot"));
        assertThat(ClassDataSharing.cliOptions(archive, Task.LIST)).contains("-XX:TieredStopAtLevel=1");
        assertThat(ClassDataSharing.cliOptions(archive, Task.DOWNLOAD)).doesNotContain("-XX:TieredStopAtLevel=1")
                .contains("-Dio.netty.jfr.enabled=false").anyMatch(option -> option.endsWith("=/tmp/sdk.aot"));
        assertThat(ClassDataSharing.cliOptions(archive, Task.UPLOAD)).doesNotContain("-XX:TieredStopAtLevel=1");
    }
}
