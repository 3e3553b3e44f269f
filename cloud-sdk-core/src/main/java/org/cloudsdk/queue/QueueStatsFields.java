package org.cloudsdk.queue;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The {@code messages} object of a queue's statistics. */
record QueueStatsFields(long claimed, long free, long total, @Nullable Summary oldest, @Nullable Summary newest) {

    /** The oldest or newest message, as the statistics describe it. */
    record Summary(double age, @Nullable Instant created, @Nullable String href) {
    }
}
