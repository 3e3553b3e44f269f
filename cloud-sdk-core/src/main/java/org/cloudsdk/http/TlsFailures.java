package org.cloudsdk.http;

import java.net.URI;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Locale;

import javax.net.ssl.SSLHandshakeException;

/**
 * Recognises a failed TLS handshake among connection failures and words it: what went wrong with
 * which host, and the setting that fixes it. Such a failure is final, never retried.
 */
final class TlsFailures {

    private TlsFailures() {
    }

    /** @return true when the failure is a TLS handshake that failed (untrusted, wrong name, refused) */
    static boolean isHandshakeFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SSLHandshakeException) {
                return true;
            }
            // TLS 1.3: the server's refusal of a missing client certificate arrives after the client's handshake
            if (t instanceof javax.net.ssl.SSLException && String.valueOf(t.getMessage()).contains("fatal alert")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param baseUrl the URL the request went to
     * @param error the handshake's failure
     * @return why, naming the host and the setting that fixes it
     */
    static String describe(String baseUrl, Throwable error) {
        String host = hostOf(baseUrl);
        Throwable root = error;
        boolean untrusted = false;
        boolean wrongName = false;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException
                    || text.contains("pkix") || text.contains("certification path")) {
                untrusted = true;
            } else if (t instanceof CertificateException && (text.contains("subject alternative name")
                    || text.contains("no name matching"))) {
                wrongName = true;
            }
        }
        String reason = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        if (untrusted) {
            return "the TLS certificate of " + host + " is not trusted (" + reason + "); if it is signed by your "
                    + "cloud's own CA, add that CA with " + TlsContexts.CA_BUNDLE_NAMES + " (or a trust store: "
                    + TlsContexts.TRUST_STORE_NAMES + ")";
        }
        if (wrongName) {
            return "the TLS certificate of " + host + " does not name that host (" + reason + "); reach the "
                    + "server by a name its certificate holds";
        }
        return "the TLS handshake with " + host + " failed (" + reason + "); if the server requires a client "
                + "certificate, set " + TlsContexts.CLIENT_CERT_NAMES + " with " + TlsContexts.CLIENT_KEY_NAMES;
    }

    /** @return {@code host:port} of a URL, or the URL itself when it cannot be parsed */
    static String hostOf(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null) {
                return url;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getHost() + ":" + port;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
