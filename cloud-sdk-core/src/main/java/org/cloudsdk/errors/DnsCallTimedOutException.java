package org.cloudsdk.errors;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A Cloud DNS job did not reach COMPLETED or ERROR within the client's timeout (pyrax's
 * {@code DNSCallTimedOut}). The job may still finish on the server: its id lets a caller look
 * it up, and a later listing shows its outcome.
 */
public class DnsCallTimedOutException extends CloudException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String jobId;
    private final transient Duration timeout;

    /**
     * @param message which call did not complete, and after how long
     * @param details the service and operation
     * @param jobId the job's id, or null when the server gave none
     * @param timeout the timeout that ran out
     */
    public DnsCallTimedOutException(String message, ErrorDetails details, @Nullable String jobId, Duration timeout) {
        super(message, details, null);
        this.jobId = jobId;
        this.timeout = timeout;
    }

    /** @return the id of the job still pending, or null */
    public @Nullable String jobId() {
        return jobId;
    }

    /** @return the timeout that ran out */
    public Duration timeout() {
        return timeout;
    }
}
