package org.cloudsdk.autoconfigure.sync;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * When a job runs, with {@code @Scheduled} semantics: either a cron expression (the next run is
 * the first match after the previous one ended) or a fixed delay between the end of a run and the
 * start of the next, after an initial delay.
 *
 * @param cron the cron expression, or null
 * @param fixedDelay the delay between runs, or null with a cron expression
 * @param initialDelay the delay before the first fixed-delay run (zero with a cron expression)
 */
public record SyncSchedule(@Nullable String cron, @Nullable Duration fixedDelay, Duration initialDelay) {

    /** @return for people: {@code cron 0 0 * * * *} or {@code fixed-delay 30s, initial-delay 0s} */
    public String describe() {
        return cron != null ? "cron " + cron
                : "fixed-delay " + text(fixedDelay) + ", initial-delay " + text(initialDelay);
    }

    /** A schedule made by hand may lack both; {@link SyncJobDefinition} never makes one. */
    private static String text(@Nullable Duration duration) {
        if (duration == null) {
            return "none";
        }
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }
}
