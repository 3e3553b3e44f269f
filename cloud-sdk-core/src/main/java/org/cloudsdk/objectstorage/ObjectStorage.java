package org.cloudsdk.objectstorage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.ErrorDetails;
import org.cloudsdk.errors.NoSuchContainerException;
import org.cloudsdk.errors.NoSuchObjectException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.errors.UploadFailedException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.RequestBody;
import org.cloudsdk.http.ResponseReader;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;
import org.cloudsdk.http.Workload;
import org.cloudsdk.identity.EndpointInterface;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.Page;
import org.cloudsdk.service.ServiceContext;
import org.cloudsdk.service.ServiceDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.util.UriUtils;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Object storage (OpenStack Swift, Rackspace Cloud Files): pyrax's {@code cloudfiles} client, with
 * its method names in camelCase. Get one from a context ({@code ctx.objectStorage()}) or build it on
 * any object-store {@link ServiceClient}.
 *
 * <pre>{@code
 * ObjectStorage cf = ctx.objectStorage();
 * Container cont = cf.createContainer("example");
 * StorageObject obj = cf.storeObject("example", "new_object.txt", "This is the content of the file.");
 * String text = obj.fetchAsString();
 * }</pre>
 *
 * <p>Every call is blocking (never call it on an event-loop thread) and goes through the
 * context's one transport: token, re-authentication, retries of idempotent calls, metrics and the
 * debug log. Names are checked before any request. Content is streamed: files and input streams
 * are never read whole into memory, and every upload is verified against the MD5 the server
 * reports. Methods that return a whole {@code byte[]} read the object into memory (up to the
 * transport's buffer limit, 64 MiB by default); use {@link #openObjectStream(String, String)},
 * {@link #fetchObjectChunks(String, String, int)} or {@link #downloadObject} for large objects.
 *
 * <p>Thread-safe; one instance serves a whole application.
 */
public final class ObjectStorage {

    /**
     * The registration of object storage: {@code ctx.objectStorage()}, the starter's bean and its
     * health entry (a HEAD on the account, with its container and object counts).
     */
    public static final ServiceDefinition<ObjectStorage> SERVICE = ServiceDefinition
            .builder("object_store", ServiceType.OBJECT_STORE, ObjectStorage.class, ObjectStorage::create)
            .healthCheck(ObjectStorage::healthDetails)
            .build();

    private final ServiceClient client;
    private final ObjectStorageSettings settings;
    private final AtomicReference<SwiftInfo> swiftInfo;
    private final FolderUploadRegistry folderUploads;
    private final CdnOperations cdn;
    /** The CDN's own client, kept for {@link #withSettings}. */
    private final @Nullable ServiceClient cdnClient;
    private final StoreRequests stores;
    private final FileDownload downloads;
    private final TempUrls tempUrls;
    private final @Nullable Executor transferExecutor;
    /** This client for background work (folder syncs and uploads, segments): the longer retry policy. */
    private final ObjectStorage background;

    private static ObjectStorage create(ServiceContext context) {
        // the CDN is optional (only Rackspace has one), so resolved at each CDN call: a cloud
        // without it fails there with NoEndpointForServiceException, before any request; its
        // management API is reached on its public URL only
        return new ObjectStorage(context.client(),
                context.optionalClient(ServiceType.OBJECT_CDN, EndpointInterface.PUBLIC),
                context.settings(ObjectStorageSettings.class).orElseGet(ObjectStorageSettings::defaults),
                context.transferExecutor().orElse(null));
    }

    /** The health entry's read: a HEAD on the account, off the event loops (the call blocks). */
    private Mono<Map<String, Object>> healthDetails() {
        return Mono.fromCallable(this::getAccountMetadata).subscribeOn(Schedulers.boundedElastic()).map(account -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("region", String.valueOf(client.region()));
            details.put("interface", client.endpointInterface());
            if (account.get("x-account-container-count") != null) {
                details.put("containers", account.get("x-account-container-count"));
            }
            if (account.get("x-account-object-count") != null) {
                details.put("objects", account.get("x-account-object-count"));
            }
            return details;
        });
    }

    /**
     * Object storage over a service client of your own making, such as one whose endpoint is not
     * the catalog's (a proxy, a test double), with the default settings and no CDN. The usual way
     * in is the context: {@code ctx.objectStorage()}, {@code ctx.objectStorage(region)}.
     *
     * @param storage a client of the object-store service (its endpoint is the account's storage
     *     URL)
     * @return the client
     */
    public static ObjectStorage of(ServiceClient storage) {
        return new ObjectStorage(storage);
    }

    /**
     * A client of the same account, CDN and transfer executor with other tunables (a page size
     * of its own, another segment size). It shares nothing else: its {@code /info} answer and
     * folder-upload registry are its own.
     *
     * @param value the tunables
     * @return the new client
     */
    public ObjectStorage withSettings(ObjectStorageSettings value) {
        return new ObjectStorage(client, cdnClient, Objects.requireNonNull(value, "settings must not be null"),
                transferExecutor);
    }

    /**
     * @param storage a client of the object-store service (its endpoint is the account's storage
     *     URL)
     */
    ObjectStorage(ServiceClient storage) {
        this(storage, ObjectStorageSettings.defaults());
    }

    /**
     * @param storage a client of the object-store service
     * @param settings page sizes, bulk-delete batch size and other tunables
     */
    ObjectStorage(ServiceClient storage, ObjectStorageSettings settings) {
        this(storage, null, settings);
    }

    /**
     * @param storage a client of the object-store service
     * @param cdn a client of the Cloud Files CDN service ({@code rax:object-cdn}), or null when the
     *     cloud has none (CDN operations then fail with
     *     {@link org.cloudsdk.errors.NoEndpointForServiceException})
     * @param settings page sizes, bulk-delete batch size and other tunables
     */
    ObjectStorage(ServiceClient storage, @Nullable ServiceClient cdn, ObjectStorageSettings settings) {
        this(storage, cdn, settings, null);
    }

    /**
     * @param storage a client of the object-store service
     * @param cdn a client of the Cloud Files CDN service ({@code rax:object-cdn}), or null when the
     *     cloud has none (CDN operations then fail with
     *     {@link org.cloudsdk.errors.NoEndpointForServiceException})
     * @param settings page sizes, bulk-delete batch size and other tunables
     * @param transferExecutor where folder uploads and syncs hash and send their files (at most
     *     their {@code parallelism} at once, whatever the executor's size; it is never shut down
     *     here), or null for threads of their own per transfer
     */
    ObjectStorage(ServiceClient storage, @Nullable ServiceClient cdn, ObjectStorageSettings settings,
            @Nullable Executor transferExecutor) {
        this.client = Objects.requireNonNull(storage, "storage must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.transferExecutor = transferExecutor;
        this.cdn = new CdnOperations(cdn, storage.region(), settings.listingPageSize());
        this.cdnClient = cdn;
        this.stores = new StoreRequests(storage);
        this.downloads = new FileDownload(storage, settings.streamPrefetch() * 4);
        this.tempUrls = new TempUrls(storage, this::swiftInfo);
        this.swiftInfo = new AtomicReference<>();
        this.folderUploads = new FolderUploadRegistry();
        this.background = storage.workload() == Workload.BACKGROUND ? this
                : new ObjectStorage(this, storage.forWorkload(Workload.BACKGROUND), cdn);
    }

    /** The background twin: the same account, cache of /info and registry of folder uploads. */
    private ObjectStorage(ObjectStorage interactive, ServiceClient storage, @Nullable ServiceClient cdn) {
        this.client = storage;
        this.cdnClient = cdn;
        this.settings = interactive.settings;
        this.transferExecutor = interactive.transferExecutor;
        this.cdn = new CdnOperations(cdn, storage.region(), settings.listingPageSize());
        this.stores = new StoreRequests(storage);
        this.downloads = new FileDownload(storage, settings.streamPrefetch() * 4);
        this.tempUrls = new TempUrls(storage, this::swiftInfo);
        this.swiftInfo = interactive.swiftInfo;
        this.folderUploads = interactive.folderUploads;
        this.background = this;
    }

    /** @return this client as background work uses it: its requests are retried per the background policy */
    ObjectStorage background() {
        return background;
    }

    /** @return the single-object upload requests, shared with the reactive client */
    StoreRequests stores() {
        return stores;
    }

    /** @return where folder transfers run, or null for threads of their own */
    @Nullable Executor transferExecutor() {
        return transferExecutor;
    }

    /** @return the service client all calls go through */
    public ServiceClient client() {
        return client;
    }

    /** @return the tunables */
    public ObjectStorageSettings settings() {
        return settings;
    }

    /** @return the account's storage URL (authenticating first when needed) */
    public String storageUrl() {
        return client.endpointUrl();
    }

    // ---------------------------------------------------------------- account

    /**
     * @return every {@code x-account-*} header: usage ({@code x-account-bytes-used},
     *     {@code x-account-container-count}, {@code x-account-object-count}) and metadata, keys in
     *     lower case
     */
    public Map<String, String> getAccountMetadata() {
        return MetadataHeaders.withPrefix(headAccount().headers(), "x-account-");
    }

    /**
     * Adds or changes account metadata; keys get the {@code X-Account-Meta-} prefix when missing.
     *
     * @param metadata keys and values
     * @param clear true to also remove every existing key not given (the temp-URL keys are kept,
     *     since removing them would silently break every temporary URL handed out)
     */
    public void setAccountMetadata(Map<String, String> metadata, boolean clear) {
        Map<String, String> headers = MetadataHeaders.ACCOUNT.headers(metadata);
        if (clear) {
            MetadataHeaders.ACCOUNT.from(headAccount().headers()).keySet().stream()
                    .filter(existing -> !headers.containsKey(existing) && !TempUrls.KEY_HEADERS.contains(existing))
                    .forEach(existing -> headers.put(MetadataHeaders.ACCOUNT.removalHeader(existing),
                            MetadataHeaders.REMOVAL_VALUE));
        }
        postAccount("update_account_metadata", headers);
    }

    /** @param metadata keys and values to add or change */
    public void setAccountMetadata(Map<String, String> metadata) {
        setAccountMetadata(metadata, false);
    }

    /** @param key the key to remove, with or without prefix */
    public void removeAccountMetadataKey(String key) {
        postAccount("update_account_metadata", Map.of(MetadataHeaders.ACCOUNT.removalHeader(key),
                MetadataHeaders.REMOVAL_VALUE));
    }

    private ApiResponse headAccount() {
        return client.execute(client.request(HttpMethod.HEAD, "head_account"));
    }

    private void postAccount(String operation, Map<String, String> headers) {
        ApiRequest.Builder request = client.request(HttpMethod.POST, operation).idempotent(true);
        headers.forEach(request::header);
        client.execute(request);
        if (headers.keySet().stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).contains("temp-url-key"))) {
            tempUrls.forgetKey();
        }
    }

    // ---------------------------------------------------------------- containers

    /**
     * Creates a container, or does nothing when it exists (PUT is idempotent in Swift).
     *
     * @param name the container's name
     * @return the container
     */
    public Container createContainer(String name) {
        NameRules.container("name", name);
        client.execute(client.request(HttpMethod.PUT, "create_container").path(SwiftPaths.CONTAINER, name));
        return getContainer(name);
    }

    /**
     * @param name the container's name
     * @return the container (HEAD)
     * @throws NoSuchContainerException when it does not exist
     */
    public Container getContainer(String name) {
        NameRules.container("name", name);
        HttpHeaders headers = onContainer(name, () -> client.execute(client.request(HttpMethod.HEAD,
                "get_container").path(SwiftPaths.CONTAINER, name))).headers();
        return new Container(this, name, SwiftValues.count(headers, "X-Container-Object-Count"),
                SwiftValues.count(headers, "X-Container-Bytes-Used"), MetadataHeaders.CONTAINER.from(headers));
    }

    /** @return the names of every container of the account, following every page */
    public List<String> listContainers() {
        return listContainersInfo().stream().map(ContainerInfo::name).toList();
    }

    /**
     * One page of container names.
     *
     * @param limit the most names, 1 to 10,000
     * @param marker list the names after this one, or null
     * @return the names
     */
    public List<String> listContainers(int limit, @Nullable String marker) {
        if (limit < 1 || limit > ObjectStorageSettings.MAX_LISTING_PAGE_SIZE) {
            throw new IllegalArgumentException("limit must be 1 to " + ObjectStorageSettings.MAX_LISTING_PAGE_SIZE
                    + ", was " + limit);
        }
        return containerPage(limit, marker).stream().map(ContainerInfo::name).toList();
    }

    /** @return a handle for every container (count and bytes from the listing; no metadata) */
    public List<Container> getAllContainers() {
        return listContainersInfo().stream()
                .map(info -> new Container(this, info.name(), info.count(), info.bytes(), Map.of())).toList();
    }

    /** @return name, object count and bytes of every container, following every page */
    public List<ContainerInfo> listContainersInfo() {
        return SwiftListings.containers(client, settings.listingPageSize(), null).stream().toList();
    }

    private List<ContainerInfo> containerPage(int limit, @Nullable String marker) {
        return SwiftListings.containers(client, limit, marker).firstPage().items();
    }

    /**
     * Deletes a container. Swift refuses to delete one that still holds objects; with
     * {@code deleteObjects} they are bulk-deleted first, and the DELETE is retried briefly while
     * Swift's listing still shows them.
     *
     * @param name the container
     * @param deleteObjects true to delete its objects first
     * @throws ConflictException when it is not empty (and {@code deleteObjects} is false, or the
     *     objects outlived the retries)
     * @throws NoSuchContainerException when it does not exist
     */
    public void deleteContainer(String name, boolean deleteObjects) {
        NameRules.container("name", name);
        if (deleteObjects) {
            deleteAllObjects(name);
        }
        Duration delay = settings.containerDeleteRetryDelay();
        for (int attempt = 1;; attempt++) {
            try {
                onContainer(name, () -> client.execute(client.request(HttpMethod.DELETE, "delete_container")
                        .path(SwiftPaths.CONTAINER, name)));
                return;
            } catch (ConflictException notEmpty) {
                if (!deleteObjects || attempt >= settings.containerDeleteAttempts()) {
                    throw new ConflictException("container '" + name + "' is not empty"
                            + (deleteObjects ? " after its objects were deleted (" + attempt + " attempts)"
                                    : ": delete its objects first, or call deleteContainer(name, true)"),
                            notEmpty.details(), notEmpty);
                }
                pause(delay);
                delay = delay.multipliedBy(2);
            }
        }
    }

    /** @param name the container; refused when it still holds objects */
    public void deleteContainer(String name) {
        deleteContainer(name, false);
    }

    // ---------------------------------------------------------------- container metadata

    /**
     * @param container the container
     * @return its {@code x-container-meta-*} metadata, keys in lower case
     */
    public Map<String, String> getContainerMetadata(String container) {
        return getContainer(container).metadata();
    }

    /**
     * Adds or changes container metadata. Keys get the {@code X-Container-Meta-} prefix when
     * missing and underscores become hyphens: {@code Famous_Family} is stored as
     * {@code x-container-meta-famous-family}.
     *
     * @param container the container
     * @param metadata keys and values
     * @param clear true to also remove every existing key not given
     */
    public void setContainerMetadata(String container, Map<String, String> metadata, boolean clear) {
        NameRules.container(container);
        Map<String, String> headers = MetadataHeaders.CONTAINER.headers(metadata);
        if (clear) {
            getContainerMetadata(container).keySet().stream().filter(existing -> !headers.containsKey(existing))
                    .forEach(existing -> headers.put(MetadataHeaders.CONTAINER.removalHeader(existing),
                            MetadataHeaders.REMOVAL_VALUE));
        }
        postContainer(container, headers);
    }

    /** @param container the container @param metadata keys and values to add or change */
    public void setContainerMetadata(String container, Map<String, String> metadata) {
        setContainerMetadata(container, metadata, false);
    }

    /** @param container the container @param key the key to remove, with or without prefix */
    public void removeContainerMetadataKey(String container, String key) {
        NameRules.container(container);
        postContainer(container, Map.of(MetadataHeaders.CONTAINER.removalHeader(key), MetadataHeaders.REMOVAL_VALUE));
    }

    private void postContainer(String container, Map<String, String> headers) {
        ApiRequest.Builder request = client.request(HttpMethod.POST, "update_container_metadata")
                .path(SwiftPaths.CONTAINER, container).idempotent(true);
        headers.forEach(request::header);
        onContainer(container, () -> client.execute(request));
    }

    // ---------------------------------------------------------------- storing

    /**
     * Stores text, encoded as UTF-8.
     *
     * @param container the container
     * @param name the object's name
     * @param data the text
     * @return the stored object
     */
    public StorageObject storeObject(String container, String name, String data) {
        return storeObject(container, name, data, StoreOptions.defaults());
    }

    /**
     * @param container the container
     * @param name the object's name
     * @param data the text, encoded as UTF-8
     * @param options content type, encoding, ttl, etag, metadata, headers, listener
     * @return the stored object
     */
    public StorageObject storeObject(String container, String name, String data, StoreOptions options) {
        Objects.requireNonNull(data, "data must not be null");
        return storeObject(container, name, data.getBytes(StandardCharsets.UTF_8), options);
    }

    /**
     * @param container the container
     * @param name the object's name
     * @param data the content
     * @return the stored object
     */
    public StorageObject storeObject(String container, String name, byte[] data) {
        return storeObject(container, name, data, StoreOptions.defaults());
    }

    /**
     * Stores content held in memory. Its MD5 is sent as {@code ETag} (unless one is given), so the
     * server refuses content damaged on the way.
     *
     * @param container the container
     * @param name the object's name
     * @param data the content
     * @param options content type, encoding, ttl, etag, metadata, headers, listener
     * @return the stored object
     * @throws NoSuchContainerException when the container does not exist
     * @throws UploadFailedException when the content does not match its checksum
     */
    public StorageObject storeObject(String container, String name, byte[] data, StoreOptions options) {
        StoreRequests.validate(container, name, options);
        Objects.requireNonNull(data, "data must not be null");
        return store(container, name, UploadContent.of(data, StoreRequests.contentType(options, name, null), options.listener()),
                options);
    }

    /**
     * Stores a stream's content, read in chunks to its end (the stream is not closed: it belongs
     * to the caller). It is sent chunked unless {@link StoreOptions#contentLength(long)} gives its
     * length. A stream cannot be sent twice, so this upload is not retried.
     *
     * @param container the container
     * @param name the object's name
     * @param data the content
     * @param options content type, encoding, ttl, etag, metadata, headers, length, listener
     * @return the stored object
     */
    public StorageObject storeObject(String container, String name, InputStream data, StoreOptions options) {
        StoreRequests.validate(container, name, options);
        if (options.contentLength() >= 0 && segmented(options.contentLength())) {
            Objects.requireNonNull(data, "data must not be null");
            return storeSegmented(container, name, StoreRequests.contentType(options, name, null), options,
                    LargeObjectSource.StreamSource.of(data, options.contentLength()));
        }
        return store(container, name, UploadContent.of(data, StoreRequests.contentType(options, name, null),
                options.contentLength(), settings.bufferSize(), options.listener()), options);
    }

    /**
     * Stores a file's content, streamed in chunks (retried from the start when the transport
     * retries). The file's modification time is stored as
     * {@value ObjectMetadataKeys#MTIME_HEADER} unless {@link StoreOptions#mtime(Instant)} gives
     * one.
     *
     * @param container the container
     * @param name the object's name
     * @param data the file
     * @param options content type, encoding, ttl, etag, metadata, headers, listener, mtime
     * @return the stored object
     */
    public StorageObject storeObject(String container, String name, Path data, StoreOptions options) {
        StoreRequests.validate(container, name, options);
        StoreOptions withMtime = options.mtime() != null ? options
                : options.toBuilder().mtime(modificationTime(data)).build();
        long size = UploadContent.size(data);
        if (segmented(size)) {
            return storeSegmented(container, name, StoreRequests.contentType(options, name, data), withMtime,
                    new LargeObjectSource.FileSource(data, size));
        }
        return store(container, name, UploadContent.of(data, StoreRequests.contentType(options, name, data), settings.bufferSize(),
                options.listener()), withMtime);
    }

    /**
     * Whether content of this length is uploaded as a large object: above the configured
     * threshold, or above what the cluster accepts in one object (asked of /info once).
     */
    private boolean segmented(long size) {
        return size > settings.segmentThreshold()
                || size > ObjectStorageSettings.MIN_SEGMENT_SIZE && size > swiftInfo().maxFileSize();
    }

    private StorageObject storeSegmented(String container, String name, String contentType, StoreOptions options,
            LargeObjectSource source) {
        SegmentedUpload.Stored stored = Transport.blockValue(new SegmentedUpload(background.client, settings, swiftInfo(), container,
                name, contentType, options, source).run());
        return new StorageObject(this, container, name, stored.etag(), stored.bytes(), stored.contentType(),
                stored.lastModified());
    }

    private static Instant modificationTime(Path file) {
        UploadContent.size(file);
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the modification time of " + file, e);
        }
    }

    /**
     * pyrax's {@code upload_file}: stores a file under its file name.
     *
     * @param container the container
     * @param file the file
     * @return the stored object
     */
    public StorageObject uploadFile(String container, Path file) {
        return uploadFile(container, file, null, StoreOptions.defaults());
    }

    /**
     * @param container the container
     * @param file the file
     * @param options content type, encoding, ttl, etag, metadata, headers, listener
     * @return the stored object, named after the file
     */
    public StorageObject uploadFile(String container, Path file, StoreOptions options) {
        return uploadFile(container, file, null, options);
    }

    /**
     * @param container the container
     * @param file the file
     * @param objectName the object's name, or null for the file's name
     * @param options content type, encoding, ttl, etag, metadata, headers, listener
     * @return the stored object
     */
    public StorageObject uploadFile(String container, Path file, @Nullable String objectName, StoreOptions options) {
        if (file == null || file.getFileName() == null) {
            throw new IllegalArgumentException("file must be a path to a file, was " + file);
        }
        String name = objectName != null ? objectName : file.getFileName().toString();
        return storeObject(container, name, file, options);
    }

    private StorageObject store(String container, String name, UploadContent content, StoreOptions options) {
        String expected = StoreRequests.expectedEtag(content, options);
        ApiResponse response;
        try {
            response = client.execute(stores.request(container, name, content, options, expected));
        } catch (CloudException e) {
            throw StoreRequests.failure(container, name, content, options, expected, e);
        }
        UploadFailedException damaged = stores.etagMismatch(container, name, content, response);
        if (damaged != null) {
            deleteQuietly(container, name);
            throw damaged;
        }
        return stored(container, name, content, response);
    }

    /** @return the handle of an object just stored, from the answer to its PUT */
    StorageObject stored(String container, String name, UploadContent content, ApiResponse response) {
        return new StorageObject(this, container, name, SwiftValues.etag(response.header(HttpHeaders.ETAG)
                .orElse(null)), content.sentBytes(), content.body().contentType(),
                SwiftValues.date(response.header(HttpHeaders.LAST_MODIFIED).orElse(null)));
    }

    private void deleteQuietly(String container, String name) {
        try {
            client.execute(client.request(HttpMethod.DELETE, "delete_object").path(SwiftPaths.OBJECT, container, name));
        } catch (CloudException alreadyGone) {
            // the upload failure is what the caller needs to hear about
        }
    }

    // ---------------------------------------------------------------- retrieving

    /**
     * @param container the container
     * @param name the object
     * @return its whole content, in memory
     * @throws NoSuchObjectException when it does not exist
     */
    public byte[] fetchObject(String container, String name) {
        return get(container, name, null).body();
    }

    /**
     * @param container the container
     * @param name the object
     * @return its content decoded as UTF-8
     */
    public String fetchObjectAsString(String container, String name) {
        return new String(fetchObject(container, name), StandardCharsets.UTF_8);
    }

    /**
     * pyrax's {@code fetch_object(include_meta=True)}.
     *
     * @param container the container
     * @param name the object
     * @param includeMeta true to return the response headers with the content
     * @return the content, with the headers (empty when {@code includeMeta} is false)
     */
    public FetchedObject fetchObject(String container, String name, boolean includeMeta) {
        ApiResponse response = get(container, name, null);
        return new FetchedObject(includeMeta ? MetadataHeaders.all(response.headers()) : Map.of(), response.body());
    }

    /**
     * @param container the container
     * @param name the object
     * @param range the bytes wanted
     * @return those bytes (fewer when the object is shorter)
     */
    public byte[] fetchObject(String container, String name, RangeSpec range) {
        Objects.requireNonNull(range, "range must not be null");
        return get(container, name, range).body();
    }

    private ApiResponse get(String container, String name, @Nullable RangeSpec range) {
        NameRules.container(container);
        NameRules.object(name);
        return onObject(container, name, () -> client.execute(client.request(HttpMethod.GET, "fetch_object")
                .path(SwiftPaths.OBJECT, container, name).header(HttpHeaders.RANGE, range == null ? null
                        : range.headerValue())));
    }

    /**
     * pyrax's {@code fetch_object(chunk_size=...)}: the content in chunks, pulled from the network
     * as they are iterated. Close it (or iterate it to the end) to release the connection.
     *
     * @param container the container
     * @param name the object
     * @param chunkSize bytes per chunk, at least 1
     * @return the chunks
     */
    public ObjectChunks fetchObjectChunks(String container, String name, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be at least 1, was " + chunkSize);
        }
        return new ObjectChunks(openObjectStream(container, name), chunkSize);
    }

    /**
     * The chunked fetch as a {@link Stream}; use it in try-with-resources, which releases the
     * connection.
     *
     * @param container the container
     * @param name the object
     * @param chunkSize bytes per chunk, at least 1
     * @return the chunks
     */
    public Stream<byte[]> streamObjectChunks(String container, String name, int chunkSize) {
        return fetchObjectChunks(container, name, chunkSize).stream();
    }

    /**
     * Opens the object's content as a stream, read from the network as it is read (bounded
     * memory). Closing it releases the connection.
     *
     * @param container the container
     * @param name the object
     * @return the content
     * @throws NoSuchObjectException when it does not exist (thrown here, not on the first read)
     */
    public InputStream openObjectStream(String container, String name) {
        return openObjectStream(container, name, null);
    }

    /**
     * @param container the container
     * @param name the object
     * @param offset the first byte, 0-based
     * @param length how many bytes, at least 1
     * @return those bytes as a stream
     */
    public InputStream openObjectStream(String container, String name, long offset, long length) {
        return openObjectStream(container, name, RangeSpec.of(offset, length));
    }

    /**
     * @param container the container
     * @param name the object
     * @param range the bytes wanted, or null for all
     * @return those bytes as a stream
     */
    public InputStream openObjectStream(String container, String name, @Nullable RangeSpec range) {
        NameRules.container(container);
        NameRules.object(name);
        ResponseBodyStream stream = new ResponseBodyStream(settings.streamPrefetch(),
                "object '" + name + "' in container '" + container + "'");
        Sinks.One<HttpHeaders> headers = Sinks.one();
        ResponseReader<Void> reader = response -> {
            headers.tryEmitValue(response.headers().asHttpHeaders());
            return stream.attach(response.body(BodyExtractors.toDataBuffers()));
        };
        Disposable call = client.exchange(client.request(HttpMethod.GET, "fetch_object")
                .path(SwiftPaths.OBJECT, container, name)
                .header(HttpHeaders.RANGE, range == null ? null : range.headerValue()), reader)
                .onErrorMap(NotFoundException.class, e -> noSuchObject(container, name, e))
                .subscribe(null, error -> {
                    headers.tryEmitError(error);
                    stream.fail(error);
                });
        try {
            Transport.block(headers.asMono());
        } catch (RuntimeException e) {
            call.dispose();
            stream.close();
            throw e;
        }
        return stream;
    }

    /**
     * @param container the container
     * @param name the object
     * @return its snapshot: etag, bytes, content type, last modified (HEAD)
     * @throws NoSuchObjectException when it does not exist
     */
    public StorageObject getObject(String container, String name) {
        return StorageObject.fromHeaders(this, container, name, headObject(container, name));
    }

    private HttpHeaders headObject(String container, String name) {
        NameRules.container(container);
        NameRules.object(name);
        return onObject(container, name, () -> client.execute(client.request(HttpMethod.HEAD, "get_object")
                .path(SwiftPaths.OBJECT, container, name))).headers();
    }

    /**
     * pyrax's {@code download_object}: writes the object into a directory, through a temporary
     * file in the target directory that is moved into place when complete, so a failed download
     * never leaves a partial file under the object's name. The content is checked against the
     * object's MD5 when Swift gives a plain one. An object name can never place the file outside
     * the directory: names with {@code ..} or {@code .} segments, a leading {@code /}, empty
     * segments, backslashes or NUL are refused before any request.
     *
     * @param container the container
     * @param name the object
     * @param directory an existing directory
     * @param structure true to recreate the name's pseudo-folders as sub-directories; false to
     *     write the file under the name's last segment
     * @return the file written
     */
    public Path downloadObject(String container, String name, Path directory, boolean structure) {
        NameRules.container(container);
        Path target = NameRules.downloadTarget(directory, name, structure);
        return onObject(container, name, () -> downloads.write(container, name, target));
    }

    // ---------------------------------------------------------------- listing

    /**
     * @param container the container
     * @return the first page of up to 10,000 objects
     */
    public List<StorageObject> getObjects(String container) {
        return getObjects(container, ListOptions.defaults());
    }

    /**
     * pyrax's {@code get_objects}: objects of a container. Pseudo-folders rolled up by a delimiter
     * are not objects and are left out (see {@link #listSubdirs}). Without {@code fullListing} this
     * is one page; with it, pages are followed from the marker until an empty one (a short page is
     * not the end), and a marker that does not advance is a {@link CloudException}.
     *
     * @param container the container
     * @param options limit, marker, end marker, prefix, delimiter, full listing
     * @return the objects, in name order
     * @throws NoSuchContainerException when it does not exist
     */
    public List<StorageObject> getObjects(String container, ListOptions options) {
        NameRules.container(container);
        Objects.requireNonNull(options, "options must not be null");
        Listing<ListingEntry> listing = objectListing(client, container, options.prefix(), options.delimiter(),
                options.marker(), options.endMarker(), options.limit() > 0 ? options.limit()
                        : settings.listingPageSize());
        if (!options.fullListing()) {
            return onContainer(container, () -> ListingEntry.objects(listing.firstPage().items()));
        }
        List<StorageObject> all = new ArrayList<>();
        new ObjectListing(container, listing).forEachRemaining(all::add);
        return all;
    }

    /**
     * @param container the container
     * @param options limit, marker, end marker, prefix, delimiter, full listing
     * @return the objects' names
     */
    public List<String> listObjectNames(String container, ListOptions options) {
        return getObjects(container, options).stream().map(StorageObject::name).toList();
    }

    /**
     * @param container the container
     * @return every object's name, following every page
     */
    public List<String> listObjectNames(String container) {
        return listObjectNames(container, ListOptions.builder().fullListing(true).build());
    }

    /**
     * The pseudo-folders directly under a prefix, such as {@code stuff/}, following every page.
     *
     * @param container the container
     * @param prefix only under this prefix (such as {@code photos/}), or null for the top level
     * @param delimiter the folder separator, usually {@code '/'}
     * @return the pseudo-folders, each ending with the delimiter
     */
    public List<String> listSubdirs(String container, @Nullable String prefix, char delimiter) {
        NameRules.container(container);
        if (delimiter == 0) {
            throw new IllegalArgumentException("delimiter must be a character such as '/'");
        }
        Listing<ListingEntry> listing = objectListing(client, container, prefix, delimiter, null, null,
                settings.listingPageSize());
        return onContainer(container, () -> listing.stream().map(ListingEntry::subdir).filter(Objects::nonNull)
                .toList());
    }

    /** @param container the container @return the top-level pseudo-folders ({@code '/'} delimiter) */
    public List<String> listSubdirs(String container) {
        return listSubdirs(container, null, '/');
    }

    /**
     * Every object (under a prefix), fetched lazily one page at a time with constant memory, for
     * containers with millions of objects.
     *
     * @param container the container
     * @param prefix only names with this prefix, or null
     * @return the lazy listing
     */
    public ObjectListing iterateObjects(String container, @Nullable String prefix) {
        NameRules.container(container);
        return new ObjectListing(container, objectListing(client, container, prefix, (char) 0, null, null,
                settings.listingPageSize()));
    }

    /** @param container the container @return every object, lazily */
    public ObjectListing iterateObjects(String container) {
        return iterateObjects(container, null);
    }

    /**
     * @param container the container
     * @param prefix only names with this prefix, or null
     * @return every object as a lazy stream, one page at a time
     */
    public Stream<StorageObject> streamObjects(String container, @Nullable String prefix) {
        return iterateObjects(container, prefix).stream();
    }

    /**
     * The entries of a container on the paging toolkit, nothing fetched yet; a 404 surfaces as
     * {@link NotFoundException}, for the caller to name the container.
     *
     * @param with the service client to list with (this client's, or its background twin's)
     */
    Listing<ListingEntry> objectListing(ServiceClient with, String container, @Nullable String prefix, char delimiter,
            @Nullable String marker, @Nullable String endMarker, int limit) {
        return SwiftListings.objects(this, with, container, prefix, delimiter, endMarker).limit(limit).marker(marker)
                .build();
    }

    // ---------------------------------------------------------------- deleting

    /**
     * Deletes an object; a large object goes with its segments. The object is looked at first
     * (HEAD): a static large object is deleted with {@code ?multipart-manifest=delete}, so Swift
     * removes the segments its manifest lists; a dynamic large object's manifest is deleted, then
     * the segments under its {@code X-Object-Manifest} prefix (best effort, logged). Note that
     * {@link #bulkDelete} and {@link #deleteAllObjects} delete names only, never segments.
     *
     * @param container the container
     * @param name the object
     * @throws NoSuchObjectException when it does not exist
     */
    public void deleteObject(String container, String name) {
        HttpHeaders headers = headObject(container, name);
        if (SegmentStore.isStatic(headers)) {
            // Swift deletes the manifest and every segment it lists
            ApiResponse response = onObject(container, name, () -> client.execute(client.request(HttpMethod.DELETE,
                    "delete_object").path(SwiftPaths.OBJECT, container, name).query("multipart-manifest", "delete")
                    .header(HttpHeaders.ACCEPT, "application/json")));
            BulkDeleteResult result = response.body().length == 0 ? BulkDeleteResult.empty()
                    : BulkDeleteRequests.parse(response.json());
            if (!result.errors().isEmpty()) {
                throw new CloudException("deleting the static large object '" + name + "' in container '" + container
                        + "' left segments behind: " + result.errors(), new ErrorDetails(response.status(),
                                client.service(), "delete_object", null, null), null);
            }
            return;
        }
        List<String> segments = SegmentStore.isDynamic(headers)
                ? Transport.blockValue(largeObjectSegments().segmentsOf(container, name, headers)) : List.of();
        onObject(container, name, () -> client.execute(client.request(HttpMethod.DELETE, "delete_object")
                .path(SwiftPaths.OBJECT, container, name)));
        Transport.block(largeObjectSegments().deleteQuietly(segments, "dynamic large object '" + name
                + "' was deleted"));
    }

    private SegmentStore largeObjectSegments() {
        return new SegmentStore(client, settings.segmentParallelism());
    }

    /**
     * Deletes every object of a container: one listing page at a time, each page bulk-deleted, so
     * memory stays bounded however many objects there are.
     *
     * @param container the container
     * @return what the bulk deletes did, summed
     */
    public BulkDeleteResult deleteAllObjects(String container) {
        NameRules.container(container);
        Listing<ListingEntry> listing = objectListing(client, container, null, (char) 0, null, null,
                settings.listingPageSize());
        return onContainer(container, () -> {
            BulkDeleteResult total = BulkDeleteResult.empty();
            // each page is deleted before the next is asked for: the marker is a name, so the
            // deletes never make the listing skip or repeat what it has not reached
            for (Iterator<Page<ListingEntry>> pages = listing.pages().iterator(); pages.hasNext();) {
                List<String> names = ListingEntry.objects(pages.next().items()).stream().map(StorageObject::name)
                        .toList();
                if (!names.isEmpty()) {
                    total = total.plus(bulkDelete(container, names));
                }
            }
            return total;
        });
    }

    /**
     * pyrax's {@code bulk_delete}: deletes many objects of a container with Swift's bulk-delete
     * middleware, {@link ObjectStorageSettings#bulkDeleteBatchSize()} names per request.
     *
     * @param container the container
     * @param names the objects
     * @return what was deleted, not found and refused
     */
    public BulkDeleteResult bulkDelete(String container, Collection<String> names) {
        return Transport.blockValue(bulkDeleteMono(container, names));
    }

    /**
     * pyrax's {@code bulk_delete(..., async=True)}: starts the bulk delete in the background and
     * returns at once.
     *
     * @param container the container
     * @param names the objects
     * @return a handle to poll or to compose on
     */
    public BulkDeleteHandle bulkDeleteAsync(String container, Collection<String> names) {
        Mono<BulkDeleteResult> work = bulkDeleteMono(container, names);
        return new BulkDeleteHandle(work.toFuture());
    }

    private Mono<BulkDeleteResult> bulkDeleteMono(String container, Collection<String> names) {
        NameRules.container(container);
        Objects.requireNonNull(names, "names must not be null");
        List<String> checked = names.stream().map(name -> NameRules.object("names", name)).toList();
        return Flux.fromIterable(BulkDeleteRequests.batches(checked, settings.bulkDeleteBatchSize()))
                .concatMap(batch -> client.exchange(client.request(HttpMethod.POST, "bulk_delete").path("/")
                        .queryFlag("bulk-delete").header(HttpHeaders.ACCEPT, "application/json")
                        .body(RequestBody.text(BulkDeleteRequests.body(container, batch), "text/plain"))
                        // deleting what is already deleted is harmless: safe to retry
                        .idempotent(true)))
                .map(response -> BulkDeleteRequests.parse(response.json()))
                .reduce(BulkDeleteResult.empty(), BulkDeleteResult::plus);
    }

    /**
     * pyrax's {@code delete_object_in_seconds}: has Swift delete the object after a delay. Swift's
     * object POST replaces all metadata, so the object's metadata is read first and sent again.
     *
     * @param container the container
     * @param name the object
     * @param seconds how long until it is deleted, at least 1
     */
    public void deleteObjectInSeconds(String container, String name, long seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("seconds must be at least 1, was " + seconds);
        }
        HttpHeaders current = headObject(container, name);
        Map<String, String> headers = new LinkedHashMap<>(MetadataHeaders.OBJECT.from(current));
        headers.put("X-Delete-After", Long.toString(seconds));
        postObject(container, name, headers);
    }

    // ---------------------------------------------------------------- object metadata

    /**
     * @param container the container
     * @param name the object
     * @return its {@code x-object-meta-*} metadata, keys in lower case
     */
    public Map<String, String> getObjectMetadata(String container, String name) {
        return MetadataHeaders.OBJECT.from(headObject(container, name));
    }

    /**
     * Adds or changes object metadata; keys get the {@code X-Object-Meta-} prefix when missing.
     * Swift's object POST replaces all of an object's metadata, so with {@code clear=false} the
     * current metadata is read and merged first, so that nothing is lost; with {@code clear=true}
     * only the given keys remain. The object's scheduled deletion, if any, is kept either way (a
     * POST without it would cancel it).
     *
     * @param container the container
     * @param name the object
     * @param metadata keys and values
     * @param clear true to drop every key not given
     */
    public void setObjectMetadata(String container, String name, Map<String, String> metadata, boolean clear) {
        HttpHeaders current = headObject(container, name);
        Map<String, String> headers = new LinkedHashMap<>();
        if (!clear) {
            headers.putAll(MetadataHeaders.OBJECT.from(current));
        }
        headers.putAll(MetadataHeaders.OBJECT.headers(metadata));
        keepExpiry(current, headers);
        postObject(container, name, headers);
    }

    /** @param container the container @param name the object @param metadata keys and values to add or change */
    public void setObjectMetadata(String container, String name, Map<String, String> metadata) {
        setObjectMetadata(container, name, metadata, false);
    }

    /**
     * @param container the container
     * @param name the object
     * @param key the key to remove, with or without prefix
     */
    public void removeObjectMetadataKey(String container, String name, String key) {
        String header = MetadataHeaders.OBJECT.header(key);
        HttpHeaders current = headObject(container, name);
        Map<String, String> headers = new LinkedHashMap<>(MetadataHeaders.OBJECT.from(current));
        headers.remove(header);
        keepExpiry(current, headers);
        postObject(container, name, headers);
    }

    private static void keepExpiry(HttpHeaders current, Map<String, String> headers) {
        String deleteAt = current.getFirst("X-Delete-At");
        if (deleteAt != null) {
            headers.put("X-Delete-At", deleteAt);
        }
    }

    private void postObject(String container, String name, Map<String, String> headers) {
        ApiRequest.Builder request = client.request(HttpMethod.POST, "update_object_metadata")
                .path(SwiftPaths.OBJECT, container, name).idempotent(true);
        headers.forEach(request::header);
        onObject(container, name, () -> client.execute(request));
    }

    // ---------------------------------------------------------------- copy and move

    /**
     * Copies an object on the server side (PUT with {@code X-Copy-From}); its metadata comes along.
     *
     * @param container the source container
     * @param name the source object
     * @param newContainer the target container
     * @param newName the copy's name, or null to keep the name
     * @return the copy
     * @throws NoSuchObjectException when the source (or the target container) does not exist
     */
    public StorageObject copyObject(String container, String name, String newContainer, @Nullable String newName) {
        NameRules.container(container);
        NameRules.object(name);
        NameRules.container("newContainer", newContainer);
        String target = newName != null ? NameRules.object("newName", newName) : name;
        String copyFrom = "/" + UriUtils.encode(container, StandardCharsets.UTF_8) + "/"
                + UriUtils.encode(name, StandardCharsets.UTF_8);
        try {
            client.execute(client.request(HttpMethod.PUT, "copy_object").path(SwiftPaths.OBJECT, newContainer, target)
                    .header("X-Copy-From", copyFrom).body(RequestBody.bytes(new byte[0], null)));
        } catch (NotFoundException e) {
            throw new NoSuchObjectException(container, name, "cannot copy '" + name + "' from container '"
                    + container + "' to container '" + newContainer + "': the object or the target container does "
                    + "not exist (" + e.getMessage() + ")", e.details(), e);
        }
        return getObject(newContainer, target);
    }

    /**
     * @param container the source container
     * @param name the source object
     * @param newContainer the target container
     * @return the copy, same name
     */
    public StorageObject copyObject(String container, String name, String newContainer) {
        return copyObject(container, name, newContainer, null);
    }

    /**
     * Moves an object on the server side: a copy, then the original is deleted.
     *
     * @param container the source container
     * @param name the source object
     * @param newContainer the target container
     * @param newName its new name, or null to keep the name
     * @return the moved object
     */
    public StorageObject moveObject(String container, String name, String newContainer, @Nullable String newName) {
        String target = newName != null ? newName : name;
        if (Objects.equals(container, newContainer) && Objects.equals(name, target)) {
            // the copy would be the original, and deleting "the original" would lose it
            throw new IllegalArgumentException("moveObject needs a different container or name than the source '"
                    + container + "/" + name + "'");
        }
        StorageObject moved = copyObject(container, name, newContainer, target);
        deleteObject(container, name);
        return moved;
    }

    /**
     * @param container the source container
     * @param name the source object
     * @param newContainer the target container
     * @return the moved object, same name
     */
    public StorageObject moveObject(String container, String name, String newContainer) {
        return moveObject(container, name, newContainer, null);
    }

    // ---------------------------------------------------------------- temporary URLs

    /**
     * Sets the account's temp-URL key ({@code X-Account-Meta-Temp-Url-Key}). URLs signed with the
     * previous key stop working (within Swift's key cache time, about a minute).
     *
     * @param key the key
     */
    public void setTempUrlKey(String key) {
        tempUrls.setKey(key);
    }

    /**
     * Sets a random temp-URL key (128 bits from {@link SecureRandom}, in hex).
     *
     * @return the key set
     */
    public String setTempUrlKey() {
        return tempUrls.setRandomKey();
    }

    /**
     * @return the account's temp-URL key, or null when none is set; read once from the account and
     *     then kept by this client
     */
    public @Nullable String getTempUrlKey() {
        return tempUrls.key();
    }

    /**
     * pyrax's {@code get_temp_url}: a URL that lets anyone without credentials use the object with
     * one method until it expires. Signed with HMAC-SHA256 when the cluster's {@code /info} allows
     * it, else HMAC-SHA1.
     *
     * @param container the container
     * @param name the object
     * @param validity how long the URL works, at least 1 second
     * @param method GET, HEAD, PUT, POST or DELETE
     * @return the URL
     * @throws CloudException when the account has no temp-URL key (set one with
     *     {@link #setTempUrlKey()})
     */
    public URI getTempUrl(String container, String name, Duration validity, String method) {
        Objects.requireNonNull(validity, "validity must not be null");
        return getTempUrl(container, name, validity.toSeconds(), method);
    }

    /**
     * @param container the container
     * @param name the object
     * @param seconds how long the URL works, at least 1
     * @param method GET, HEAD, PUT, POST or DELETE
     * @return the URL
     */
    public URI getTempUrl(String container, String name, long seconds, String method) {
        return tempUrls.sign(container, name, seconds, method);
    }

    /**
     * @param container the container
     * @param name the object
     * @param seconds how long the URL works, at least 1
     * @return a temporary GET URL
     */
    public URI getTempUrl(String container, String name, long seconds) {
        return getTempUrl(container, name, seconds, "GET");
    }

    /**
     * The cluster's /info, read once per client; Swift's defaults when the cluster does not
     * publish it, and for this call only when it cannot be read now (no answer, a 5xx).
     */
    SwiftInfo swiftInfo() {
        SwiftInfo known = swiftInfo.get();
        if (known != null) {
            return known;
        }
        SwiftInfo read;
        try {
            URI storage = URI.create(storageUrl());
            String root = storage.getScheme() + "://" + storage.getRawAuthority();
            ApiRequest info = ApiRequest.builder(client.service(), "get_info", HttpMethod.GET).region(client.region())
                    .baseUrl(root).path("/info").authenticated(false).build();
            read = SwiftInfo.parse(client.transport().execute(info, null).json());
        } catch (CloudException unavailable) {
            if (!definitive(unavailable)) {
                // not remembered: an outage must not fix Swift's defaults for the client's life
                return SwiftInfo.DEFAULTS;
            }
            read = SwiftInfo.DEFAULTS;
        }
        swiftInfo.compareAndSet(null, read);
        // never null once set (nothing clears it); the fallback is for the checker
        SwiftInfo kept = swiftInfo.get();
        return kept != null ? kept : read;
    }

    /** A cluster that answers /info with a 4xx (other than 408 and 429) does not publish it: asking again is pointless. */
    private static boolean definitive(CloudException failure) {
        int status = failure.status();
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }

    // ---------------------------------------------------------------- errors

    private static <T> T onContainer(String container, Supplier<T> call) {
        try {
            return call.get();
        } catch (NotFoundException e) {
            throw noSuchContainer(container, e);
        }
    }

    private static <T> T onObject(String container, String name, Supplier<T> call) {
        try {
            return call.get();
        } catch (NotFoundException e) {
            throw noSuchObject(container, name, e);
        }
    }

    static NoSuchContainerException noSuchContainer(String container, NotFoundException cause) {
        return new NoSuchContainerException(container, "container '" + container + "' does not exist ("
                + cause.getMessage() + ")", cause.details(), cause);
    }

    static NoSuchObjectException noSuchObject(String container, String name, NotFoundException cause) {
        return new NoSuchObjectException(container, name, "object '" + name + "' does not exist in container '"
                + container + "' (" + cause.getMessage() + ")", cause.details(), cause);
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudException("interrupted while waiting to retry", e);
        }
    }

    // ---------------------------------------------------------------- CDN (Rackspace Cloud Files)

    /**
     * pyrax's {@code make_container_public}: publishes a container on the CDN, every object in it
     * becoming readable by anyone at its CDN URIs (see {@link #getContainerCdnInfo(String)}).
     * Calling it again changes the TTL.
     *
     * @param container the container
     * @param ttl how long, in seconds, the CDN caches its objects: {@value CdnInfo#MIN_TTL} to
     *     {@value CdnInfo#MAX_TTL}
     * @throws IllegalArgumentException when the TTL is out of range (before any request)
     * @throws org.cloudsdk.errors.NoEndpointForServiceException when the cloud has no CDN (before
     *     any request to it)
     */
    public void makeContainerPublic(String container, long ttl) {
        cdn.makePublic(container, ttl);
    }

    /** @param container the container to publish with the default TTL of one day */
    public void makeContainerPublic(String container) {
        cdn.makePublic(container, CdnInfo.DEFAULT_TTL);
    }

    /**
     * pyrax's {@code make_container_private}: takes a container off the CDN. Edge caches keep
     * serving its objects until their TTL runs out; {@link #purgeCdnObject} removes one at once.
     *
     * @param container the container
     */
    public void makeContainerPrivate(String container) {
        cdn.makePrivate(container);
    }

    /**
     * The container's CDN properties, pyrax's {@code cdn_enabled}, {@code cdn_ttl}, {@code cdn_uri}
     * and so on (one {@code HEAD} on the CDN endpoint).
     *
     * @param container the container
     * @return its properties; {@link CdnInfo#notEnabled()} for a container never published
     */
    public CdnInfo getContainerCdnInfo(String container) {
        return cdn.info(container);
    }

    /**
     * pyrax's {@code set_cdn_log_retention}: whether the CDN's access logs of a public container are
     * kept in the account.
     *
     * @param container a public container
     * @param enabled true to keep the logs
     * @throws NoSuchContainerException when the CDN does not know the container
     */
    public void setCdnLogRetention(String container, boolean enabled) {
        cdn.setLogRetention(container, enabled);
    }

    /**
     * pyrax's {@code purge_cdn_object}: removes an object from every CDN edge cache before its TTL
     * runs out. The CDN allows few purges a day (25 at the time of writing). The object stays in
     * the container: delete it separately.
     *
     * @param container the container
     * @param name the object
     * @param emailAddresses addresses the CDN notifies when the purge is done, or null/empty; each
     *     is checked syntactically before any request
     * @throws NoSuchObjectException when the CDN does not know the object
     */
    public void purgeCdnObject(String container, String name, @Nullable Collection<String> emailAddresses) {
        cdn.purge(container, name, emailAddresses);
    }

    /** @param container the container @param name the object to purge from the CDN, no notification */
    public void purgeCdnObject(String container, String name) {
        cdn.purge(container, name, null);
    }

    /**
     * pyrax's {@code list_public_containers}: the containers currently published on the CDN,
     * following every page.
     *
     * @return their names
     */
    public List<String> listPublicContainers() {
        return cdn.listPublicContainers();
    }

    // ---------------------------------------------------------------- reactive twin

    /**
     * The reactive twin of this client, over the same service client and settings, for WebFlux
     * applications. Cheap: it holds no state of its own.
     *
     * @return the reactive API
     */
    public ReactiveObjectStorage reactive() {
        return new ReactiveObjectStorage(this);
    }

    @Override
    public String toString() {
        return "ObjectStorage[" + client + "]";
    }

    // ---------------------------------------------------------------- folder upload and sync

    /**
     * pyrax's {@code upload_folder}: uploads a folder's files, sub-folders included, into a
     * container named after the folder (created when missing). See
     * {@link #uploadFolder(Path, FolderUploadOptions)}.
     *
     * @param folder the folder
     * @return the running upload
     */
    public FolderUpload uploadFolder(Path folder) {
        return uploadFolder(folder, FolderUploadOptions.defaults());
    }

    /**
     * @param folder the folder
     * @param container the target container, created when missing
     * @return the running upload
     */
    public FolderUpload uploadFolder(Path folder, String container) {
        return uploadFolder(folder, FolderUploadOptions.builder().container(container).build());
    }

    /**
     * pyrax's {@code upload_folder}: walks the folder in the calling thread (to know the total),
     * then returns at once while the files are uploaded in the background, in parallel. Each file
     * becomes an object named by its path relative to the folder, with {@code /} separators
     * ({@code src/main/App.java}). Symbolic links are not followed and not uploaded. Follow it
     * with the handle or with {@link #getUploaded(String)}; stop it with
     * {@link #cancelFolderUpload(String)}.
     *
     * @param folder the folder
     * @param options container, ignore patterns, content type and encoding, ttl, parallelism,
     *     hidden files
     * @return the running upload: its key and total bytes are known at once
     * @throws IllegalArgumentException when {@code folder} is not a directory, or has no name to
     *     use as the container's
     */
    public FolderUpload uploadFolder(Path folder, FolderUploadOptions options) {
        return FolderUpload.start(background, folder, options, folderUploads);
    }

    /**
     * pyrax's {@code get_uploaded}.
     *
     * @param key a folder upload's key
     * @return the bytes it has uploaded so far
     * @throws IllegalArgumentException when no upload has that key (finished uploads are forgotten
     *     once awaited, or 10 minutes after they ended)
     */
    public long getUploaded(String key) {
        return getFolderUpload(key).orElseThrow(() -> new IllegalArgumentException("no folder upload with key '"
                + key + "' (finished uploads are forgotten once awaited, or some minutes after they end)"))
                .uploadedBytes();
    }

    /**
     * pyrax's {@code cancel_folder_upload}: stops a folder upload promptly, aborting the files being
     * sent, so none is left half-stored.
     *
     * @param key a folder upload's key
     * @return true when a running upload was cancelled; false when it had ended or is unknown
     */
    public boolean cancelFolderUpload(String key) {
        return getFolderUpload(key).map(FolderUpload::cancel).orElse(false);
    }

    /**
     * @param key a folder upload's key
     * @return the upload, while it runs and until it is awaited (or some minutes after it ended)
     */
    public Optional<FolderUpload> getFolderUpload(String key) {
        return folderUploads.find(key);
    }

    /**
     * pyrax's {@code sync_folder_to_container} with its defaults: hidden files left out, differing
     * files uploaded only when newer, nothing deleted.
     *
     * @param folder the local folder
     * @param container an existing container
     * @return what was uploaded, skipped, deleted and failed
     */
    public SyncResult syncFolderToContainer(Path folder, String container) {
        return syncFolderToContainer(folder, container, SyncOptions.defaults());
    }

    /**
     * pyrax's {@code sync_folder_to_container} with its parameters as positional arguments.
     *
     * @param folder the local folder
     * @param container an existing container
     * @param includeHidden true to sync names starting with {@code .} too
     * @param ignoreTimestamps true to upload differing files whatever their times; false to upload
     *     them only when newer than the remote copy
     * @param prefix a pseudo-folder to sync under, or null
     * @param ignore globs of files to leave out, or null
     * @param delete true to delete remote objects under the prefix that have no local file
     * @return what was done
     */
    public SyncResult syncFolderToContainer(Path folder, String container, boolean includeHidden,
            boolean ignoreTimestamps, @Nullable String prefix, @Nullable List<String> ignore, boolean delete) {
        return syncFolderToContainer(folder, container, SyncOptions.builder().includeHidden(includeHidden)
                .ignoreTimestamps(ignoreTimestamps).prefix(prefix)
                .ignore(ignore == null ? List.of() : ignore).delete(delete).build());
    }

    /**
     * Makes a container (under a prefix) match a local folder: lists the container once, uploads in
     * parallel only the files that are new or changed, and optionally deletes the objects that have
     * no local file, with one bulk delete. A file is unchanged when its size and MD5 equal the
     * remote copy's (the MD5 is computed only when the sizes match). Blocking; failures of single
     * files are collected in the result.
     *
     * @param folder the local folder
     * @param container an existing container
     * @param options hidden files, timestamps, prefix, ignore patterns, deletion, parallelism,
     *     listener
     * @return what was done
     * @throws NoSuchContainerException when the container does not exist
     */
    public SyncResult syncFolderToContainer(Path folder, String container, SyncOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        return new FolderSync(background, folder, container, options, settings.segmentThreshold()).run();
    }
}
