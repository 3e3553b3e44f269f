package org.cloudsdk.http;

/**
 * The kind of work a request serves, which chooses its retry policy ({@link RetryPolicies}): a
 * person or a request thread waiting for an answer wants a quick failure, while unattended bulk
 * work (a folder sync or upload, the segments of a large object, a scheduled job) should wait out
 * a short outage of the service rather than fail its files.
 */
public enum Workload {

    /** A call someone waits on: retried briefly, then fails fast. */
    INTERACTIVE,

    /** Unattended bulk work: retried with a longer budget, riding through short outages. */
    BACKGROUND
}
