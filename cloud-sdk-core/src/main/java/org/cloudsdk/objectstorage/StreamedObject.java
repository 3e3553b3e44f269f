package org.cloudsdk.objectstorage;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;

import reactor.core.publisher.Flux;

/**
 * An object being downloaded by {@link ReactiveObjectStorage#openObject}: what the response headers
 * say about it, and its content as a stream that is read from the network as it is requested.
 *
 * <p>The content must be subscribed exactly once, and is best subscribed promptly: until it is
 * consumed or cancelled the response holds a pooled connection (the transport's read timeout
 * closes it if nobody reads). Cancelling the subscription closes the connection and releases the
 * buffers not yet handed out; buffers handed out belong to the subscriber, who releases them
 * ({@code DataBufferUtils.release}) or passes them on to something that does, such as a WebFlux
 * response.
 *
 * @param object the object's snapshot from the response headers (for a range, {@code bytes} is the
 *     size of the whole object)
 * @param metadata its {@code x-object-meta-*} metadata, keys in lower case
 * @param headers every response header (read-only)
 * @param content the content, or the requested range of it
 */
public record StreamedObject(StorageObject object, Map<String, String> metadata, HttpHeaders headers,
        Flux<DataBuffer> content) {

    /** Checks the values and copies the metadata. */
    public StreamedObject {
        Objects.requireNonNull(object, "object must not be null");
        metadata = Collections.unmodifiableMap(
                new TreeMap<>(Objects.requireNonNull(metadata, "metadata must not be null")));
        headers = HttpHeaders.readOnlyHttpHeaders(Objects.requireNonNull(headers, "headers must not be null"));
        Objects.requireNonNull(content, "content must not be null");
    }

    /** @return the length of the content being sent ({@code Content-Length}), or -1 when not given */
    public long contentLength() {
        return headers.getContentLength();
    }

    @Override
    public String toString() {
        return "StreamedObject[" + object.container() + "/" + object.name() + ", " + contentLength() + " bytes]";
    }
}
