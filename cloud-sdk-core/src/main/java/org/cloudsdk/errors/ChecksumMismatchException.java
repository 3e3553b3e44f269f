package org.cloudsdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * Downloaded data is not what the server said it holds: its checksum, computed while it was
 * written, differs from the one the service published (an image's MD5 {@code checksum} or its
 * {@code os_hash_value}). Nothing was left under the target's name.
 */
public class ChecksumMismatchException extends CloudException {

    private static final long serialVersionUID = 1L;

    private final String algorithm;
    private final String expected;
    private final String actual;

    /**
     * @param message what went wrong
     * @param algorithm the checksum's algorithm as the service names it ({@code md5}, {@code sha512})
     * @param expected the checksum the service published
     * @param actual the checksum of the bytes received
     * @param details service and operation
     * @param cause the underlying failure, or null
     */
    public ChecksumMismatchException(String message, String algorithm, String expected, String actual,
            ErrorDetails details, @Nullable Throwable cause) {
        super(message, details, cause);
        this.algorithm = algorithm;
        this.expected = expected;
        this.actual = actual;
    }

    /** @return the checksum's algorithm as the service names it */
    public String algorithm() {
        return algorithm;
    }

    /** @return the checksum the service published */
    public String expected() {
        return expected;
    }

    /** @return the checksum of the bytes received */
    public String actual() {
        return actual;
    }
}
