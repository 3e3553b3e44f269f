package org.cloudsdk.octavia;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.cloudsdk.CloudContext;
import org.cloudsdk.TestCloud;
import org.junit.jupiter.api.Test;

/** The settings of an Octavia client: defaults, copies, and how a context and a client get them. */
class OctaviaSettingsTest {

    @Test
    void theDefaultsWaitTenMinutesPollingEveryTwoSeconds() {
        OctaviaSettings defaults = OctaviaSettings.defaults();

        assertThat(defaults.waitTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(defaults.waitInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(OctaviaSettings.builder().build()).isEqualTo(defaults).hasSameHashCodeAs(defaults);
        assertThat(defaults).hasToString("OctaviaSettings[waitTimeout=PT10M, waitInterval=PT2S]");
    }

    @Test
    void aCopyChangesOnlyWhatIsSet() {
        OctaviaSettings quick = OctaviaSettings.builder().waitTimeout(Duration.ofMinutes(1)).build();
        OctaviaSettings quicker = quick.toBuilder().waitInterval(Duration.ofMillis(250)).build();

        assertThat(quicker.waitTimeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(quicker.waitInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(quick.waitInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(quicker).isNotEqualTo(quick);
    }

    @Test
    void aContextGivesItsClientsTheSettingsItWasBuiltWith() {
        OctaviaSettings quick = OctaviaSettings.builder().waitTimeout(Duration.ofMinutes(1)).build();
        try (CloudContext configured = TestCloud.isolatedBuilder().serviceSettings(quick).build();
                CloudContext plain = TestCloud.isolatedBuilder().build()) {
            Octavia octavia = configured.service(Octavia.SERVICE, "ORD");

            assertThat(octavia.settings()).isSameAs(quick);
            assertThat(plain.service(Octavia.SERVICE, "ORD").settings()).isSameAs(OctaviaSettings.defaults());
            Octavia slower = octavia.withSettings(OctaviaSettings.defaults());
            assertThat(slower.settings()).isSameAs(OctaviaSettings.defaults());
            assertThat(slower.client()).isSameAs(octavia.client());
            assertThat(octavia.settings()).isSameAs(quick);
        }
    }
}
