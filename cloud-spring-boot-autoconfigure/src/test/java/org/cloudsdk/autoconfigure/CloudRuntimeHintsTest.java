package org.cloudsdk.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.cloudsdk.http.SdkVersion;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** The hints of {@code META-INF/spring/aot.factories} cover what the SDK reads at run time. */
class CloudRuntimeHintsTest {

    @Test
    void theVersionResourceIsKeptAndExists() {
        RuntimeHints hints = new RuntimeHints();
        SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
                .load(RuntimeHintsRegistrar.class)
                .forEach(registrar -> registrar.registerHints(hints, getClass().getClassLoader()));

        assertThat(RuntimeHintsPredicates.resource().forResource(CloudRuntimeHints.VERSION_RESOURCE)).accepts(hints);
        // the hint names the resource SdkVersion actually reads
        assertThat(getClass().getClassLoader().getResource(CloudRuntimeHints.VERSION_RESOURCE)).isNotNull();
        assertThat(SdkVersion.get()).isNotEqualTo("unknown");
    }
}
