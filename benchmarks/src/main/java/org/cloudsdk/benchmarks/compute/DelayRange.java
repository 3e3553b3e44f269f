package org.cloudsdk.benchmarks.compute;

import java.util.SplittableRandom;

/**
 * A range of delays in milliseconds, such as {@code 2000-6000}.
 *
 * @param minMillis the shortest
 * @param maxMillis the longest (inclusive)
 */
public record DelayRange(long minMillis, long maxMillis) {

    /** Checks the bounds. */
    public DelayRange {
        if (minMillis < 0 || maxMillis < minMillis) {
            throw new IllegalArgumentException("a delay range needs 0 <= min <= max milliseconds, was " + minMillis
                    + "-" + maxMillis);
        }
    }

    /**
     * @param random the source
     * @return a delay in the range
     */
    public long pick(SplittableRandom random) {
        return minMillis == maxMillis ? minMillis : random.nextLong(minMillis, maxMillis + 1);
    }

    @Override
    public String toString() {
        return minMillis + "-" + maxMillis + " ms";
    }
}
