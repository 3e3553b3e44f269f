package org.cloudsdk.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * The timed runs of one contender on one task.
 *
 * @param task the task
 * @param contender the contender
 * @param status how it went
 * @param samples the wall time of every successful run
 * @param note a count, a throughput, a failure or the reason for "n/a"
 */
public record Measurement(Task task, Contender contender, Status status, List<Duration> samples, String note) {

    /** How a measurement went. */
    public enum Status {
        /** Every run succeeded and was checked. */
        OK,
        /** A run failed or its outcome was wrong; later repeats were skipped. */
        FAILED,
        /** The contender cannot do the task. */
        NOT_APPLICABLE
    }

    /** Copies the samples. */
    public Measurement {
        samples = List.copyOf(samples);
    }

    /** @return the median wall time of the runs (the mean of the middle two for an even count) */
    public Duration median() {
        if (samples.isEmpty()) {
            throw new IllegalStateException("no sample for " + contender.label() + " on " + task.id());
        }
        List<Duration> sorted = samples.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    /** @return the median in seconds */
    public double seconds() {
        return median().toNanos() / 1e9;
    }

    /** @return whether it has a time to compare */
    public boolean ok() {
        return status == Status.OK;
    }
}
