package org.cloudsdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Random;

import org.cloudsdk.errors.CloudException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand reader of the common shapes must agree with the formatters on every text it accepts:
 * the formatters are its oracle, over the shapes the APIs send and over random mutations of them.
 */
class TimestampsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-01T10:00:00Z", "2025-03-01T10:02:30.000000", "2019-03-11 18:42:52",
            "2019-03-11T18:42:52+01:00", "2019-03-11T18:42:52-05:30", "2011-05-19T08:07:08.000+0000",
            "2011-05-19T08:07:08.123456789Z", "2011-05-19T08:07:08.1Z", "2024-02-29T23:59:59.999-0800",
            "0001-01-01T00:00:00Z", "2011-05-19T08:07:08+18:00"})
    void readsTheShapesTheApisSendByHandAsTheFormattersDo(String text) {
        Instant fast = Timestamps.common(text);

        assertThat(fast).isNotNull().isEqualTo(Timestamps.formatted(text, "t"));
        assertThat(Timestamps.parse(text, "t")).isEqualTo(fast);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011-05-19T08:07:08.12+0000", "2019-03-11 18:42:52Z", "2019-03-11t18:42:52z",
            "2019-03-11T18:42Z", "2019-03-11T18:42:52.Z", "2019-03-11T18:42:52+05", "2019-03-11T18:42:52+05:30:15",
            "2023-02-29T10:00:00Z", "2019-03-11T24:00:00Z", "2019-03-11T18:42:52+19:00", "+12019-03-11T18:42:52Z",
            "2019-03-11T18:42:52.1234567891Z", "yesterday", ""})
    void leavesEveryOtherTextToTheFormatters(String text) {
        assertThat(Timestamps.common(text)).isNull();
    }

    @Test
    void readsTheTimestampsOfEveryApiToTheInstantTheyName() {
        assertThat(Timestamps.parse("2011-05-19T08:07:08.000+0000", "t")).isEqualTo(Instant.parse("2011-05-19T08:07:08Z"));
        assertThat(Timestamps.parse("2019-03-11T18:42:52+01:00", "t")).isEqualTo(Instant.parse("2019-03-11T17:42:52Z"));
        assertThat(Timestamps.parse("2019-03-11 18:42:52", "t")).isEqualTo(Instant.parse("2019-03-11T18:42:52Z"));
        assertThat(Timestamps.parse("2026-11-21T13:26:45.704470", "t")).isEqualTo(Instant.parse("2026-11-21T13:26:45.704470Z"));
        assertThat(Timestamps.parse("2024-02-29T23:59:59.5-08:00", "t")).isEqualTo(Instant.parse("2024-03-01T07:59:59.5Z"));
    }

    @Test
    void whatTheFormattersReadOnlyTheyReadAndWhatNoneReadsIsAnErrorNamingThePath() {
        assertThat(Timestamps.parse("2019-03-11t18:42:52z", "t")).isEqualTo(Instant.parse("2019-03-11T18:42:52Z"));
        assertThat(Timestamps.parse("2019-03-11T18:42Z", "t")).isEqualTo(Instant.parse("2019-03-11T18:42:00Z"));
        assertThatThrownBy(() -> Timestamps.parse("2023-02-29T10:00:00Z", "Server.created"))
                .isInstanceOf(CloudException.class).hasMessage("Server.created: not a timestamp: 2023-02-29T10:00:00Z");
        assertThatThrownBy(() -> Timestamps.parse("yesterday", "Volume.created_at"))
                .isInstanceOf(CloudException.class).hasMessage("Volume.created_at: not a timestamp: yesterday");
    }

    @Test
    void agreesWithTheFormattersOnRandomMutationsOfTheShapes() {
        String[] seeds = {"2025-03-01T10:00:00Z", "2011-05-19T08:07:08.000+0000", "2019-03-11 18:42:52",
                "2019-03-11T18:42:52.123456-05:30"};
        String alphabet = "0123456789-:.+ TZ";
        Random random = new Random(16);
        int accepted = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder(seeds[random.nextInt(seeds.length)]);
            for (int changes = 1 + random.nextInt(2); changes > 0 && text.length() > 0; changes--) {
                int at = random.nextInt(text.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.setCharAt(at, c);
                    case 1 -> text.insert(at, c);
                    default -> text.deleteCharAt(at);
                }
            }
            String mutated = text.toString();
            Instant fast = Timestamps.common(mutated);
            if (fast != null) {
                accepted++;
                assertThat(Timestamps.formatted(mutated, "t")).as(mutated).isEqualTo(fast);
            }
        }
        assertThat(accepted).as("mutations the hand reader accepted").isGreaterThan(1_000);
    }
}
