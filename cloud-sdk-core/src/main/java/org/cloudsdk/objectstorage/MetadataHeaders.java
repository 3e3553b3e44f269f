package org.cloudsdk.objectstorage;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * Metadata as Swift carries it: headers with a prefix per kind of resource. Keys given without the
 * prefix get it, underscores become hyphens (HTTP servers fold them, so a key would otherwise come
 * back different from how it was sent), and keys come back in lower case, as pyrax shows them.
 */
enum MetadataHeaders {

    /** {@code X-Account-Meta-}. */
    ACCOUNT("X-Account-Meta-", "X-Remove-Account-Meta-"),
    /** {@code X-Container-Meta-}. */
    CONTAINER("X-Container-Meta-", "X-Remove-Container-Meta-"),
    /** {@code X-Object-Meta-}. */
    OBJECT("X-Object-Meta-", null);

    /** The value sent with a removal header; Swift only looks at the header's name. */
    static final String REMOVAL_VALUE = "x";

    private final String prefix;
    private final String lowerPrefix;
    private final @Nullable String removePrefix;

    MetadataHeaders(String prefix, @Nullable String removePrefix) {
        this.prefix = prefix;
        this.lowerPrefix = prefix.toLowerCase(Locale.ROOT);
        this.removePrefix = removePrefix;
    }

    /** @return the prefix, such as {@code X-Container-Meta-} */
    String prefix() {
        return prefix;
    }

    /**
     * @param key a key as the user gave it, with or without the prefix
     * @return the header to send, in lower case
     */
    String header(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("metadata keys must not be blank");
        }
        String massaged = key.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        return massaged.startsWith(lowerPrefix) ? massaged : lowerPrefix + massaged;
    }

    /**
     * @param metadata keys (with or without prefix) and values
     * @return the headers to send
     */
    Map<String, String> headers(Map<String, String> metadata) {
        Map<String, String> headers = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (value == null) {
                throw new IllegalArgumentException("metadata value of '" + key + "' must not be null");
            }
            headers.put(header(key), value);
        });
        return headers;
    }

    /**
     * The header that removes a key: {@code X-Remove-Account-Meta-*} or
     * {@code X-Remove-Container-Meta-*} (Swift ignores its value).
     *
     * @param key a key, with or without prefix
     * @return the header name; send it with {@link #REMOVAL_VALUE}
     */
    String removalHeader(String key) {
        if (removePrefix == null) {
            throw new IllegalStateException("objects have no removal header: their POST replaces all metadata");
        }
        String header = header(key);
        return removePrefix.toLowerCase(Locale.ROOT) + header.substring(lowerPrefix.length());
    }

    /**
     * @param headers response headers
     * @return the metadata among them, keys in lower case with their prefix, sorted
     */
    Map<String, String> from(HttpHeaders headers) {
        Map<String, String> metadata = new TreeMap<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(lowerPrefix) && !values.isEmpty()) {
                metadata.put(lower, values.get(0));
            }
        });
        return metadata;
    }

    /**
     * @param headers response headers
     * @param prefix a lower-case prefix such as {@code x-account-}
     * @return the headers starting with it, keys in lower case, sorted
     */
    static Map<String, String> withPrefix(HttpHeaders headers, String prefix) {
        Map<String, String> found = new TreeMap<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(prefix) && !values.isEmpty()) {
                found.put(lower, values.get(0));
            }
        });
        return found;
    }

    /**
     * @param headers response headers
     * @return all of them, keys in lower case (first value of each)
     */
    static Map<String, String> all(HttpHeaders headers) {
        return withPrefix(headers, "");
    }
}
