package org.cloudsdk.errors;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A Cloud DNS job adding reverse DNS (PTR) records to a device ended in ERROR (pyrax's {@code PTRRecordCreationFailed}). */
public class PtrRecordCreationFailedException extends DnsJobFailedException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, with the server's messages
     * @param details the first fault's code as status, the service, operation and server message
     * @param jobId the job's id, or null
     * @param faults what the server said
     */
    public PtrRecordCreationFailedException(String message, ErrorDetails details, @Nullable String jobId, List<Fault> faults) {
        super(message, details, jobId, faults);
    }
}
