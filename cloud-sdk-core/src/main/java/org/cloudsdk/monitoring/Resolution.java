package org.cloudsdk.monitoring;

/**
 * The granularities Cloud Monitoring keeps data points at: full resolution and roll-ups over 5,
 * 20, 60, 240 and 1,440 minutes. The API reference's schedule says how long each is kept: FULL 2
 * days, MIN5 10 days, MIN20 20 days, MIN60 155 days, MIN240 300 days, MIN1440 5 years; a range
 * older than that returns no points.
 */
public enum Resolution {
    /** Every data point as recorded. */
    FULL,
    /** 5-minute roll-ups. */
    MIN5,
    /** 20-minute roll-ups. */
    MIN20,
    /** Hourly roll-ups. */
    MIN60,
    /** 4-hour roll-ups. */
    MIN240,
    /** Daily roll-ups. */
    MIN1440
}
