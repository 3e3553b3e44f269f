package org.cloudsdk.objectstorage;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * A container's CDN properties, pyrax's {@code cdn_enabled}, {@code cdn_ttl},
 * {@code cdn_log_retention}, {@code cdn_uri}, {@code cdn_ssl_uri}, {@code cdn_streaming_uri} and
 * {@code cdn_ios_uri}, as the CDN endpoint reports them ({@code HEAD} on the container).
 *
 * <p>A container that was never published reads as {@link #notEnabled()}: disabled, the default
 * TTL of 86,400 seconds, no log retention and no URIs. A container published once and made private
 * again keeps its URIs (the CDN reports them), with {@code enabled} false.
 *
 * @param enabled whether the container is public on the CDN ({@code X-Cdn-Enabled})
 * @param ttl how long, in seconds, the CDN caches its objects ({@code X-Ttl})
 * @param logRetention whether the CDN's access logs are kept in the account ({@code X-Log-Retention})
 * @param uri the HTTP URI of the container on the CDN ({@code X-Cdn-Uri}), or null
 * @param sslUri the HTTPS URI ({@code X-Cdn-Ssl-Uri}), or null
 * @param streamingUri the streaming URI ({@code X-Cdn-Streaming-Uri}), or null
 * @param iosUri the iOS streaming URI ({@code X-Cdn-Ios-Uri}), or null
 */
public record CdnInfo(boolean enabled, long ttl, boolean logRetention, @Nullable String uri, @Nullable String sslUri,
        @Nullable String streamingUri, @Nullable String iosUri) {

    /** The TTL the CDN applies when none is given: one day. */
    public static final long DEFAULT_TTL = 86_400;
    /** The shortest TTL the CDN accepts: 15 minutes. */
    public static final long MIN_TTL = 900;
    /** The longest TTL the CDN accepts: one year. */
    public static final long MAX_TTL = 31_536_000;

    private static final CdnInfo NOT_ENABLED = new CdnInfo(false, DEFAULT_TTL, false, null, null, null, null);

    /** @return the properties of a container that is not on the CDN */
    public static CdnInfo notEnabled() {
        return NOT_ENABLED;
    }

    /**
     * @param headers the CDN's answer to {@code HEAD /<container>}
     * @return the properties; absent values take the defaults of {@link #notEnabled()}
     */
    static CdnInfo fromHeaders(HttpHeaders headers) {
        long ttl = SwiftValues.count(headers, "X-Ttl");
        return new CdnInfo(flag(headers.getFirst("X-Cdn-Enabled")), ttl > 0 ? ttl : DEFAULT_TTL,
                flag(headers.getFirst("X-Log-Retention")), uri(headers, "X-Cdn-Uri"), uri(headers, "X-Cdn-Ssl-Uri"),
                uri(headers, "X-Cdn-Streaming-Uri"), uri(headers, "X-Cdn-Ios-Uri"));
    }

    /**
     * @param ttl a TTL in seconds
     * @return it, when the CDN accepts it
     * @throws IllegalArgumentException naming {@code ttl} and the range otherwise
     */
    static long checkTtl(long ttl) {
        if (ttl < MIN_TTL || ttl > MAX_TTL) {
            throw new IllegalArgumentException("ttl must be " + MIN_TTL + " to " + MAX_TTL
                    + " seconds (15 minutes to one year), was " + ttl);
        }
        return ttl;
    }

    /** The CDN writes its booleans as {@code True}/{@code False}; accept any case. */
    private static boolean flag(@Nullable String value) {
        return value != null && value.trim().toLowerCase(Locale.ROOT).equals("true");
    }

    private static @Nullable String uri(HttpHeaders headers, String name) {
        String value = headers.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
