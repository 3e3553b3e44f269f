package org.cloudsdk.objectstorage;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A container, pyrax's {@code Container}: an immutable snapshot of its name, object count, size
 * and metadata, carrying the client it came from so that it can act on its objects
 * ({@code container.storeObject(...)}). {@link #reload()} gives a fresh snapshot.
 *
 * <p>Thread-safe.
 */
public final class Container {

    private final ObjectStorage storage;
    private final String name;
    private final long objectCount;
    private final long totalBytes;
    private final Map<String, String> metadata;
    // read from the CDN on first use only: most containers are never published, and a HEAD on a
    // second endpoint at every getContainer would double the cost of each handle
    private volatile @Nullable CdnInfo cdnInfo;

    Container(ObjectStorage storage, String name, long objectCount, long totalBytes, Map<String, String> metadata) {
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
        this.name = name;
        this.objectCount = objectCount;
        this.totalBytes = totalBytes;
        this.metadata = Collections.unmodifiableMap(new TreeMap<>(metadata));
    }

    /** @return the client this container belongs to */
    public ObjectStorage storage() {
        return storage;
    }

    /** @return its name */
    public String name() {
        return name;
    }

    /** @return how many objects it held when this snapshot was taken (pyrax's {@code object_count}) */
    public long objectCount() {
        return objectCount;
    }

    /** @return how many bytes its objects held when this snapshot was taken */
    public long totalBytes() {
        return totalBytes;
    }

    /**
     * @return its {@code x-container-meta-*} metadata when this snapshot was taken by
     *     {@code getContainer}/{@code createContainer} (empty for containers from a listing, which
     *     carries none; {@link #getMetadata()} asks the server)
     */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** @return a fresh snapshot (HEAD) */
    public Container reload() {
        return storage.getContainer(name);
    }

    /** @param name the object's name @param data its content (UTF-8) @return the stored object */
    public StorageObject storeObject(String name, String data) {
        return storage.storeObject(this.name, name, data);
    }

    /** @param name the object's name @param data its content @param options options @return the stored object */
    public StorageObject storeObject(String name, String data, StoreOptions options) {
        return storage.storeObject(this.name, name, data, options);
    }

    /** @param name the object's name @param data its content @return the stored object */
    public StorageObject storeObject(String name, byte[] data) {
        return storage.storeObject(this.name, name, data);
    }

    /** @param name the object's name @param data its content @param options options @return the stored object */
    public StorageObject storeObject(String name, byte[] data, StoreOptions options) {
        return storage.storeObject(this.name, name, data, options);
    }

    /** @param name the object's name @param data its content, read to the end @param options options @return the stored object */
    public StorageObject storeObject(String name, InputStream data, StoreOptions options) {
        return storage.storeObject(this.name, name, data, options);
    }

    /** @param file the file to upload, stored under its file name @return the stored object */
    public StorageObject uploadFile(Path file) {
        return storage.uploadFile(this.name, file);
    }

    /** @param file the file @param objectName the object's name @param options options @return the stored object */
    public StorageObject uploadFile(Path file, @Nullable String objectName, StoreOptions options) {
        return storage.uploadFile(this.name, file, objectName, options);
    }

    /** @param name an object's name @return its content */
    public byte[] fetchObject(String name) {
        return storage.fetchObject(this.name, name);
    }

    /** @param name an object's name @param includeMeta true to also return the headers @return content and headers */
    public FetchedObject fetchObject(String name, boolean includeMeta) {
        return storage.fetchObject(this.name, name, includeMeta);
    }

    /** @param name an object's name @return its snapshot (HEAD) */
    public StorageObject getObject(String name) {
        return storage.getObject(this.name, name);
    }

    /** @return the first page of up to 10,000 objects */
    public List<StorageObject> getObjects() {
        return storage.getObjects(name, ListOptions.defaults());
    }

    /** @param options limit, marker, end marker, prefix, delimiter, full listing @return the objects */
    public List<StorageObject> getObjects(ListOptions options) {
        return storage.getObjects(name, options);
    }

    /** @return every object's name */
    public List<String> listObjectNames() {
        return storage.listObjectNames(name, ListOptions.builder().fullListing(true).build());
    }

    /** @return the pseudo-folders at the top level ({@code photos/}) */
    public List<String> listSubdirs() {
        return storage.listSubdirs(name, null, '/');
    }

    /** @param prefix only under this prefix @return the pseudo-folders */
    public List<String> listSubdirs(String prefix) {
        return storage.listSubdirs(name, prefix, '/');
    }

    /** @param prefix only names with this prefix, or null @return a lazy listing, a page at a time */
    public ObjectListing iterateObjects(@Nullable String prefix) {
        return storage.iterateObjects(name, prefix);
    }

    /** @param name the object to delete */
    public void deleteObject(String name) {
        storage.deleteObject(this.name, name);
    }

    /** @return what the bulk delete of every object did */
    public BulkDeleteResult deleteAllObjects() {
        return storage.deleteAllObjects(name);
    }

    /** @param names objects to delete @return what the bulk delete did */
    public BulkDeleteResult bulkDelete(Collection<String> names) {
        return storage.bulkDelete(name, names);
    }

    /** @param deleteObjects true to delete its objects first; false refuses a non-empty container */
    public void delete(boolean deleteObjects) {
        storage.deleteContainer(name, deleteObjects);
    }

    /** Deletes it; refuses when it still holds objects. */
    public void delete() {
        storage.deleteContainer(name, false);
    }

    /** @param name an object @param directory an existing directory @param structure keep pseudo-folders @return the file written */
    public Path downloadObject(String name, Path directory, boolean structure) {
        return storage.downloadObject(this.name, name, directory, structure);
    }

    /** @param name an object @param seconds how long until Swift deletes it */
    public void deleteObjectInSeconds(String name, long seconds) {
        storage.deleteObjectInSeconds(this.name, name, seconds);
    }

    /** @param name an object @param newContainer the target container @param newName the copy's name @return the copy */
    public StorageObject copyObject(String name, String newContainer, String newName) {
        return storage.copyObject(this.name, name, newContainer, newName);
    }

    /** @param name an object @param newContainer the target container @param newName its new name @return the moved object */
    public StorageObject moveObject(String name, String newContainer, String newName) {
        return storage.moveObject(this.name, name, newContainer, newName);
    }

    /** @param name an object @param seconds how long the URL works @return a temporary GET URL */
    public URI getTempUrl(String name, long seconds) {
        return storage.getTempUrl(this.name, name, seconds, "GET");
    }

    /** @param name an object @param seconds how long the URL works @param method GET, PUT, ... @return a temporary URL */
    public URI getTempUrl(String name, long seconds, String method) {
        return storage.getTempUrl(this.name, name, seconds, method);
    }

    /** @return its metadata now, keys in lower case */
    public Map<String, String> getMetadata() {
        return storage.getContainerMetadata(name);
    }

    /** @param metadata keys and values to add or change */
    public void setMetadata(Map<String, String> metadata) {
        storage.setContainerMetadata(name, metadata, false);
    }

    /** @param metadata keys and values @param clear true to remove every key not given */
    public void setMetadata(Map<String, String> metadata, boolean clear) {
        storage.setContainerMetadata(name, metadata, clear);
    }

    /** @param key the key to remove, with or without prefix */
    public void removeMetadataKey(String key) {
        storage.removeContainerMetadataKey(name, key);
    }

    /**
     * The container's CDN properties, read from the CDN endpoint on the first call and kept by this
     * handle; the CDN calls of this handle ({@link #makePublic}, {@link #makePrivate},
     * {@link #setCdnLogRetention}) forget them so that the next call reads them again.
     *
     * @return its CDN properties
     */
    public CdnInfo cdnInfo() {
        CdnInfo known = cdnInfo;
        if (known == null) {
            known = storage.getContainerCdnInfo(name);
            cdnInfo = known;
        }
        return known;
    }

    /** @return whether it is public on the CDN (pyrax's {@code cdn_enabled}) */
    public boolean cdnEnabled() {
        return cdnInfo().enabled();
    }

    /** @return the CDN's cache time in seconds (pyrax's {@code cdn_ttl}; 86400 when never published) */
    public long cdnTtl() {
        return cdnInfo().ttl();
    }

    /** @return whether the CDN's access logs are kept (pyrax's {@code cdn_log_retention}) */
    public boolean cdnLogRetention() {
        return cdnInfo().logRetention();
    }

    /** @return its HTTP CDN URI, or null (pyrax's {@code cdn_uri}) */
    public @Nullable String cdnUri() {
        return cdnInfo().uri();
    }

    /** @return its HTTPS CDN URI, or null (pyrax's {@code cdn_ssl_uri}) */
    public @Nullable String cdnSslUri() {
        return cdnInfo().sslUri();
    }

    /** @return its streaming CDN URI, or null (pyrax's {@code cdn_streaming_uri}) */
    public @Nullable String cdnStreamingUri() {
        return cdnInfo().streamingUri();
    }

    /** @return its iOS streaming CDN URI, or null (pyrax's {@code cdn_ios_uri}) */
    public @Nullable String cdnIosUri() {
        return cdnInfo().iosUri();
    }

    /** @param ttl the CDN's cache time, 900 seconds to one year @see ObjectStorage#makeContainerPublic(String, long) */
    public void makePublic(long ttl) {
        storage.makeContainerPublic(name, ttl);
        cdnInfo = null;
    }

    /** Publishes it on the CDN with the default TTL of one day. */
    public void makePublic() {
        makePublic(CdnInfo.DEFAULT_TTL);
    }

    /** Takes it off the CDN (pyrax's {@code make_private}). */
    public void makePrivate() {
        storage.makeContainerPrivate(name);
        cdnInfo = null;
    }

    /** @param enabled whether the CDN's access logs are kept (pyrax's {@code cont.cdn_log_retention = True}) */
    public void setCdnLogRetention(boolean enabled) {
        storage.setCdnLogRetention(name, enabled);
        cdnInfo = null;
    }

    /** @param name an object @param emailAddresses addresses to notify, or null @see ObjectStorage#purgeCdnObject */
    public void purgeCdnObject(String name, @Nullable Collection<String> emailAddresses) {
        storage.purgeCdnObject(this.name, name, emailAddresses);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Container that && objectCount == that.objectCount && totalBytes == that.totalBytes
                && name.equals(that.name) && metadata.equals(that.metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, objectCount, totalBytes);
    }

    @Override
    public String toString() {
        return "<Container '" + name + "'>";
    }
}
