package org.cloudsdk.errors;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A Cloud DNS job ended in ERROR: the request was accepted (HTTP 202) but the service could not
 * carry it out. {@link #faults()} holds what the server said, one entry per failed item when it
 * sent {@code failedItems}; {@link #status()} is the fault's code (such as 409 for a domain that
 * already exists). The subclasses name the operation as pyrax's exceptions did
 * ({@code DomainCreationFailed}, {@code DomainRecordAdditionFailed}, ...).
 */
public class DnsJobFailedException extends CloudException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String jobId;
    private final transient List<Fault> faults;

    /**
     * @param message what failed, with the server's messages
     * @param details the first fault's code as status, the service, operation and server message
     * @param jobId the job's id, or null when the server gave none
     * @param faults what the server said, at least one entry
     */
    public DnsJobFailedException(String message, ErrorDetails details, @Nullable String jobId, List<Fault> faults) {
        super(message, details, null);
        this.jobId = jobId;
        this.faults = List.copyOf(Objects.requireNonNull(faults, "faults must not be null"));
    }

    /** @return the failed job's id, or null */
    public @Nullable String jobId() {
        return jobId;
    }

    /** @return the server's faults, in its order (one per failed item, or the job's one error) */
    public List<Fault> faults() {
        return faults;
    }

    /**
     * One fault of a failed job.
     *
     * @param code the HTTP-like code the server gave the fault (400, 409, ...), or 0
     * @param message its short message, or null
     * @param details its longer explanation, or null
     */
    public record Fault(int code, @Nullable String message, @Nullable String details) {

        /** @return the details when given, else the message, else the code */
        public String describe() {
            String text = details != null && !details.isBlank() ? details : message;
            return (text == null || text.isBlank() ? "no message" : text.replace('\n', ' ').trim())
                    + (code == 0 ? "" : " (" + code + ")");
        }
    }
}
