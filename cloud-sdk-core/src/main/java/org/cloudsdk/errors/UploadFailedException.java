package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * An upload did not store exactly the bytes that were sent (pyrax's {@code UploadFailed}): the
 * server refused the content because it did not match the {@code ETag} given (HTTP 422, nothing
 * stored), or the {@code ETag} the server answered differs from the MD5 computed while sending
 * (the bad object is deleted). The message gives both checksums when they are known.
 */
public class UploadFailedException extends CloudException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String expectedEtag;
    private final @Nullable String actualEtag;

    /**
     * @param message what went wrong
     * @param expectedEtag the MD5 the content should have had, or null
     * @param actualEtag the MD5 the server reported, or null
     * @param details status, service, operation, request id, server message
     * @param cause the underlying failure, or null
     */
    public UploadFailedException(String message, @Nullable String expectedEtag, @Nullable String actualEtag,
            ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
        this.expectedEtag = expectedEtag;
        this.actualEtag = actualEtag;
    }

    /** @return the MD5 the content should have had, or null */
    public @Nullable String expectedEtag() {
        return expectedEtag;
    }

    /** @return the MD5 the server reported, or null when it refused the content */
    public @Nullable String actualEtag() {
        return actualEtag;
    }
}
