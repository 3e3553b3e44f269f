package org.cloudsdk.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.cloudsdk.CloudContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

/** The sample application against the real local cloud. */
@SpringBootTest(properties = "cloud.sync.jobs.sample.enabled=false")
class SampleApplicationIT {

    @Autowired
    private CloudContext cloud;

    @Test
    void printsTheCatalogOfTheLocalCloud() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new CatalogPrinter(cloud, new PrintStream(buffer, true, StandardCharsets.UTF_8))
                .run(new DefaultApplicationArguments());
        String printed = buffer.toString(StandardCharsets.UTF_8);

        assertThat(printed).contains("Authenticated as demo in project demo");
        assertThat(printed).containsPattern("object-store\\s+RegionOne\\s+public\\s+http://127.0.0.1:8080/v1/AUTH_");
        assertThat(printed).containsPattern("object-store\\s+RegionOne\\s+internal\\s+http://127.0.0.1:8081/v1/AUTH_");
        assertThat(printed).contains("identity").doesNotContain("demopass");
    }
}
