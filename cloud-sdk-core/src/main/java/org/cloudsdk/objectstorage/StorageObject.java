package org.cloudsdk.objectstorage;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * A stored object, pyrax's {@code StorageObject}: an immutable snapshot of its name, checksum, size,
 * type and date, carrying the client it came from so that it can act on itself
 * ({@code object.fetch()}, {@code object.delete()}). {@link #reload()} gives a fresh snapshot.
 *
 * <p>Thread-safe.
 */
public final class StorageObject {

    private final ObjectStorage storage;
    private final String container;
    private final String name;
    private final @Nullable String etag;
    private final long bytes;
    private final @Nullable String contentType;
    private final @Nullable Instant lastModified;

    StorageObject(ObjectStorage storage, String container, String name, @Nullable String etag, long bytes,
            @Nullable String contentType, @Nullable Instant lastModified) {
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
        this.container = container;
        this.name = name;
        this.etag = etag;
        this.bytes = bytes;
        this.contentType = contentType;
        this.lastModified = lastModified;
    }

    /**
     * @param storage the client
     * @param container the container
     * @param name the object
     * @param headers the answer to a HEAD or GET of the object
     * @return its snapshot; for a range the size is the whole object's, from {@code Content-Range}
     */
    static StorageObject fromHeaders(ObjectStorage storage, String container, String name, HttpHeaders headers) {
        long bytes = SwiftValues.count(headers, HttpHeaders.CONTENT_LENGTH);
        String range = headers.getFirst(HttpHeaders.CONTENT_RANGE);
        int slash = range == null ? -1 : range.lastIndexOf('/');
        if (range != null && slash >= 0 && range.substring(slash + 1).trim().matches("\\d+")) {
            bytes = Long.parseLong(range.substring(slash + 1).trim());
        }
        return new StorageObject(storage, container, name, SwiftValues.etag(headers.getFirst(HttpHeaders.ETAG)), bytes,
                headers.getFirst(HttpHeaders.CONTENT_TYPE), SwiftValues.date(headers.getFirst(HttpHeaders.LAST_MODIFIED)));
    }

    /** @return the client this object belongs to */
    public ObjectStorage storage() {
        return storage;
    }

    /** @return the name of its container */
    public String container() {
        return container;
    }

    /** @return its name, pseudo-folders included ({@code photos/2012/beach.jpg}) */
    public String name() {
        return name;
    }

    /** @return the MD5 of its content as Swift reports it (32 hex digits for plain objects), or null */
    public @Nullable String etag() {
        return etag;
    }

    /** @return its size in bytes */
    public long bytes() {
        return bytes;
    }

    /** @return its size in bytes (pyrax's {@code total_bytes}) */
    public long totalBytes() {
        return bytes;
    }

    /** @return its media type, or null when unknown */
    public @Nullable String contentType() {
        return contentType;
    }

    /** @return when it was last changed, or null when unknown */
    public @Nullable Instant lastModified() {
        return lastModified;
    }

    /** @return a fresh snapshot (HEAD) @throws org.cloudsdk.errors.NoSuchObjectException when it is gone */
    public StorageObject reload() {
        return storage.getObject(container, name);
    }

    /** @return its content (whole, in memory) */
    public byte[] fetch() {
        return storage.fetchObject(container, name);
    }

    /** @param includeMeta true to also return the response headers @return content and headers */
    public FetchedObject fetch(boolean includeMeta) {
        return storage.fetchObject(container, name, includeMeta);
    }

    /** @param range a byte range @return those bytes */
    public byte[] fetch(RangeSpec range) {
        return storage.fetchObject(container, name, range);
    }

    /** @return its content decoded as UTF-8 */
    public String fetchAsString() {
        return storage.fetchObjectAsString(container, name);
    }

    /** @param chunkSize bytes per chunk @return the content in lazily fetched chunks; close it */
    public ObjectChunks fetchChunks(int chunkSize) {
        return storage.fetchObjectChunks(container, name, chunkSize);
    }

    /** @return its content as a stream; close it to release the connection */
    public InputStream openStream() {
        return storage.openObjectStream(container, name);
    }

    /**
     * @param directory an existing directory
     * @param structure true to recreate the name's pseudo-folders under it
     * @return the file written
     */
    public Path download(Path directory, boolean structure) {
        return storage.downloadObject(container, name, directory, structure);
    }

    /** @param directory an existing directory @return the file written, pseudo-folders recreated */
    public Path download(Path directory) {
        return storage.downloadObject(container, name, directory, true);
    }

    /** Deletes it. */
    public void delete() {
        storage.deleteObject(container, name);
    }

    /** @param seconds how long until Swift deletes it, at least 1 */
    public void deleteInSeconds(long seconds) {
        storage.deleteObjectInSeconds(container, name, seconds);
    }

    /** @return its {@code x-object-meta-*} metadata, keys in lower case */
    public Map<String, String> getMetadata() {
        return storage.getObjectMetadata(container, name);
    }

    /** @param metadata keys and values to add or change (prefix added when missing) */
    public void setMetadata(Map<String, String> metadata) {
        storage.setObjectMetadata(container, name, metadata, false);
    }

    /** @param metadata keys and values @param clear true to drop every key not given */
    public void setMetadata(Map<String, String> metadata, boolean clear) {
        storage.setObjectMetadata(container, name, metadata, clear);
    }

    /** @param key the key to remove, with or without prefix */
    public void removeMetadataKey(String key) {
        storage.removeObjectMetadataKey(container, name, key);
    }

    /** @param newContainer the target container @return the copy, same name */
    public StorageObject copy(String newContainer) {
        return storage.copyObject(container, name, newContainer, name);
    }

    /** @param newContainer the target container @param newName the copy's name @return the copy */
    public StorageObject copy(String newContainer, String newName) {
        return storage.copyObject(container, name, newContainer, newName);
    }

    /** @param newContainer the target container @return the moved object, same name */
    public StorageObject move(String newContainer) {
        return storage.moveObject(container, name, newContainer, name);
    }

    /** @param newContainer the target container @param newName its new name @return the moved object */
    public StorageObject move(String newContainer, String newName) {
        return storage.moveObject(container, name, newContainer, newName);
    }

    /** @param seconds how long the URL works @return a temporary GET URL */
    public URI getTempUrl(long seconds) {
        return storage.getTempUrl(container, name, seconds, "GET");
    }

    /** @param seconds how long the URL works @param method GET, PUT, ... @return a temporary URL */
    public URI getTempUrl(long seconds, String method) {
        return storage.getTempUrl(container, name, seconds, method);
    }

    /** @param validity how long the URL works @param method GET, PUT, ... @return a temporary URL */
    public URI getTempUrl(Duration validity, String method) {
        return storage.getTempUrl(container, name, validity, method);
    }

    /**
     * pyrax's {@code obj.purge(email_addresses)}: removes it from every CDN edge cache.
     *
     * @param emailAddresses addresses the CDN notifies when done, or null/empty
     * @see ObjectStorage#purgeCdnObject(String, String, java.util.Collection)
     */
    public void purge(@Nullable Collection<String> emailAddresses) {
        storage.purgeCdnObject(container, name, emailAddresses);
    }

    /** Removes it from every CDN edge cache, without notification. */
    public void purge() {
        storage.purgeCdnObject(container, name, null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StorageObject that && bytes == that.bytes && container.equals(that.container)
                && name.equals(that.name) && Objects.equals(etag, that.etag)
                && Objects.equals(contentType, that.contentType) && Objects.equals(lastModified, that.lastModified);
    }

    @Override
    public int hashCode() {
        return Objects.hash(container, name, etag, bytes);
    }

    @Override
    public String toString() {
        return "<StorageObject '" + name + "' (" + contentType + ")>";
    }
}
