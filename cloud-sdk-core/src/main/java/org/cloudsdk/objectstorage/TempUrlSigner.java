package org.cloudsdk.objectstorage;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.web.util.UriUtils;

/**
 * Signs temporary URLs as Swift's {@code tempurl} middleware checks them: an HMAC of
 * {@code METHOD\nexpires\n/v1/AUTH_account/container/object} (the decoded path, which is what the
 * middleware sees) with the account's key, sent as {@code temp_url_sig} and {@code temp_url_expires}.
 * HMAC-SHA256 when the cluster allows it, else HMAC-SHA1; Swift tells them apart by the
 * signature's length.
 */
final class TempUrlSigner {

    /** The methods Swift's tempurl middleware accepts by default. */
    static final Set<String> METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");

    private TempUrlSigner() {
    }

    /**
     * @param storageUrl the account's storage URL ({@code http://host:8080/v1/AUTH_x})
     * @param container the container
     * @param object the object
     * @param expires when the URL stops working, in seconds since the epoch
     * @param method the HTTP method, upper case
     * @param key the account's temp-URL key
     * @param sha256 true for HMAC-SHA256, false for HMAC-SHA1
     * @return the URL
     */
    static URI sign(String storageUrl, String container, String object, long expires, String method, String key,
            boolean sha256) {
        String base = storageUrl.endsWith("/") ? storageUrl.substring(0, storageUrl.length() - 1) : storageUrl;
        String accountPath = URI.create(base).getPath();
        String signedPath = accountPath + "/" + container + "/" + object;
        String algorithm = sha256 ? "HmacSHA256" : "HmacSHA1";
        String signature = hmac(algorithm, key, method + "\n" + expires + "\n" + signedPath);
        return URI.create(base + "/" + encodePath(container) + "/" + encodePath(object) + "?temp_url_sig="
                + signature + "&temp_url_expires=" + expires);
    }

    /** @param method a method, any case @return it in upper case, checked */
    static String method(String method) {
        String upper = method == null ? "" : method.trim().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(upper)) {
            throw new IllegalArgumentException("method must be one of " + METHODS + " for a temporary URL, was '"
                    + method + "'");
        }
        return upper;
    }

    /** @param validitySeconds how long the URL works @return the expiry in epoch seconds */
    static long expires(long validitySeconds) {
        return Instant.now().getEpochSecond() + validitySeconds;
    }

    /** Each segment encoded strictly, the slashes between them kept: readable, and exact. */
    private static String encodePath(String name) {
        return Arrays.stream(name.split("/", -1)).map(segment -> UriUtils.encode(segment, StandardCharsets.UTF_8))
                .collect(Collectors.joining("/"));
    }

    private static String hmac(String algorithm, String key, String text) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot compute " + algorithm, e);
        }
    }
}
