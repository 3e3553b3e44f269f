package org.cloudsdk.objectstorage;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.http.ServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * The account's temp-URL key and the URLs signed with it, behind {@link ObjectStorage}'s
 * {@code setTempUrlKey}, {@code getTempUrlKey} and {@code getTempUrl}. The key is read from the
 * account once and then kept, until this client changes it or account metadata that names it is
 * posted.
 */
final class TempUrls {

    /** the account metadata header that holds the key */
    static final String KEY_HEADER = "x-account-meta-temp-url-key";
    /** both keys Swift accepts, which clearing account metadata must keep */
    static final Set<String> KEY_HEADERS = Set.of(KEY_HEADER, "x-account-meta-temp-url-key-2");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServiceClient client;
    private final Supplier<SwiftInfo> info;
    private final AtomicReference<String> key = new AtomicReference<>();

    /**
     * @param client the object-store client
     * @param info the cluster's /info, which says whether SHA-256 signatures are accepted
     */
    TempUrls(ServiceClient client, Supplier<SwiftInfo> info) {
        this.client = client;
        this.info = info;
    }

    /** @param value the key to set on the account */
    void setKey(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
        client.execute(client.request(HttpMethod.POST, "set_temp_url_key").idempotent(true)
                .header("X-Account-Meta-Temp-Url-Key", value));
        key.set(value);
    }

    /** @return a random key (128 bits from {@link SecureRandom}, in hex), set on the account */
    String setRandomKey() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String value = HexFormat.of().formatHex(random);
        setKey(value);
        return value;
    }

    /** @return the account's key, or null when it has none */
    @Nullable String key() {
        String cached = key.get();
        if (cached != null) {
            return cached;
        }
        String read = client.execute(client.request(HttpMethod.HEAD, "head_account")).headers().getFirst(KEY_HEADER);
        if (read != null) {
            key.compareAndSet(null, read);
        }
        return read;
    }

    /** Forgets the kept key: account metadata that names it was just posted. */
    void forgetKey() {
        key.set(null);
    }

    /**
     * @param container the container
     * @param name the object
     * @param seconds how long the URL works, at least 1
     * @param method GET, HEAD, PUT, POST or DELETE
     * @return the signed URL: HMAC-SHA256 when the cluster's /info allows it, else HMAC-SHA1
     */
    URI sign(String container, String name, long seconds, String method) {
        NameRules.container(container);
        NameRules.object(name);
        if (seconds < 1) {
            throw new IllegalArgumentException("seconds must be at least 1, was " + seconds);
        }
        String upper = TempUrlSigner.method(method);
        String current = key();
        if (current == null) {
            throw new CloudException("the account has no temp URL key: set one with setTempUrlKey() first");
        }
        return TempUrlSigner.sign(client.endpointUrl(), container, name, TempUrlSigner.expires(seconds), upper,
                current, info.get().sha256TempUrls());
    }
}
