package org.cloudsdk.errors;

/**
 * The TLS handshake with a server failed: its certificate is not trusted or does not name the
 * host, or the server refused the handshake (for example because it requires a client
 * certificate). The message names the host and the setting that fixes it. Never retried: a
 * handshake that failed for these reasons fails the same way again.
 */
public class TlsHandshakeException extends ConnectionFailedException {

    private static final long serialVersionUID = 1L;

    private final String host;

    /**
     * @param message what went wrong and which setting fixes it
     * @param host the server's {@code host:port}
     * @param details service and operation
     * @param cause the handshake's failure
     */
    public TlsHandshakeException(String message, String host, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
        this.host = host;
    }

    /** @return the server's {@code host:port} */
    public String host() {
        return host;
    }
}
