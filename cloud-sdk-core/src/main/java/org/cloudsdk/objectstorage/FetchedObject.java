package org.cloudsdk.objectstorage;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An object's content with the headers it was served with: pyrax's {@code fetch(include_meta=True)}
 * 2-tuple.
 *
 * @param metadata every response header, keys in lower case ({@code content-length}, {@code etag},
 *     {@code last-modified}, {@code content-type}, {@code x-object-meta-*}, ...) as pyrax returned
 * @param content the content
 */
public record FetchedObject(Map<String, String> metadata, byte[] content) {

    /** Keeps an unmodifiable copy of the headers. */
    public FetchedObject {
        metadata = Collections.unmodifiableMap(new TreeMap<>(metadata));
    }

    /** @return the content decoded as UTF-8 */
    public String contentAsString() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
