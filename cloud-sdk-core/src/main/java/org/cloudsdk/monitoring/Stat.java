package org.cloudsdk.monitoring;

import java.util.Locale;

/** The statistics a data point query may select ({@code select=}); the service returns the average by default. */
public enum Stat {
    /** The mean of the points rolled up. */
    AVERAGE,
    /** Their variance. */
    VARIANCE,
    /** Their minimum. */
    MIN,
    /** Their maximum. */
    MAX;

    /** @return the name in the query ({@code average}) */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
