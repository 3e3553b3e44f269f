package org.cloudsdk.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.Function;

import org.cloudsdk.loadbalancer.LoadBalancerSettings;
import org.cloudsdk.octavia.OctaviaSettings;
import org.junit.jupiter.api.Test;

/** The bounds of a service's waits: their checks, and the builder service settings are made with. */
class WaitBoundsTest {

    private static final WaitBounds MINUTE = new WaitBounds(Duration.ofMinutes(1), Duration.ofSeconds(1));

    @Test
    void valuesAreKeptAndCompared() {
        WaitBounds same = new WaitBounds(Duration.ofSeconds(60), Duration.ofMillis(1000));

        assertThat(MINUTE.waitTimeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(MINUTE.waitInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(same).isEqualTo(MINUTE).hasSameHashCodeAs(MINUTE);
        assertThat(MINUTE).hasToString("WaitBounds[waitTimeout=PT1M, waitInterval=PT1S]");
        assertThat(new WaitBounds(Duration.ofSeconds(2), Duration.ofSeconds(2)).waitInterval())
                .isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void boundsMustBePositiveAndTheIntervalNotLongerThanTheTimeout() {
        assertThatThrownBy(() -> new WaitBounds(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("waitTimeout must be a positive duration, was PT0S");
        assertThatThrownBy(() -> new WaitBounds(Duration.ofSeconds(1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("waitInterval must be a positive duration, was null");
        assertThatThrownBy(() -> new WaitBounds(Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("waitInterval (PT2S) must not be longer than waitTimeout (PT1S)");
    }

    @Test
    void theBuilderStartsFromTheBoundsAndChecksEachValueAsItIsSet() {
        WaitBounds.Builder<String> builder = MINUTE.toBuilder(WaitBounds::toString);

        assertThat(builder.waitInterval(Duration.ofMillis(250)).build())
                .isEqualTo("WaitBounds[waitTimeout=PT1M, waitInterval=PT0.25S]");
        assertThatThrownBy(() -> builder.waitTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("waitTimeout must be a positive");
        assertThatThrownBy(() -> MINUTE.toBuilder(Function.identity()).waitInterval(Duration.ofMinutes(2)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be longer than");
    }

    @Test
    void servicesSettingsOfTheSameBoundsAreEqualOnlyWithinTheirService() {
        LoadBalancerSettings clb = LoadBalancerSettings.builder().waitTimeout(Duration.ofMinutes(1))
                .waitInterval(Duration.ofSeconds(1)).build();
        OctaviaSettings octavia = OctaviaSettings.builder().waitTimeout(Duration.ofMinutes(1))
                .waitInterval(Duration.ofSeconds(1)).build();

        assertThat(clb.bounds()).isEqualTo(MINUTE).isEqualTo(octavia.bounds());
        assertThat((Object) clb).isNotEqualTo(octavia);
        assertThat(clb.toBuilder().build()).isEqualTo(clb).hasSameHashCodeAs(clb).isNotSameAs(clb);
        assertThat(clb).hasToString("LoadBalancerSettings[waitTimeout=PT1M, waitInterval=PT1S]");
        assertThat(octavia).hasToString("OctaviaSettings[waitTimeout=PT1M, waitInterval=PT1S]");
    }
}
