package org.cloudsdk.objectstorage;

import java.util.Objects;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.NoSuchContainerException;
import org.cloudsdk.errors.NoSuchObjectException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.errors.UploadFailedException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.paging.Listing;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * The reactive twin of {@link ObjectStorage} for WebFlux applications that stream objects end to
 * end: every method returns a {@link Mono} or {@link Flux} and nothing happens until it is
 * subscribed. No method ever blocks, so each may be called and subscribed on a Reactor Netty event
 * loop.
 *
 * <pre>{@code
 * ReactiveObjectStorage cf = ctx.reactiveObjectStorage();
 * Mono<StorageObject> stored = cf.storeObject("uploads", "report.pdf", request.getBody(), length, StoreOptions.defaults());
 * Flux<DataBuffer> content = cf.fetchObject("uploads", "report.pdf");   // e.g. returned from a controller
 * }</pre>
 *
 * <p>Failures arrive as error signals, bad arguments included ({@link IllegalArgumentException}
 * before any request): {@link NoSuchContainerException}, {@link NoSuchObjectException},
 * {@link UploadFailedException} and the rest of the {@link CloudException} hierarchy, as in the
 * blocking API. Calls go through the same transport (token, re-authentication, retries of
 * idempotent requests, metrics, debug log), except that an upload's body is a stream that cannot
 * be sent twice, so an upload is never retried.
 *
 * <p>Uploads are digested as they stream: the server's ETag must be the MD5 of the bytes sent, or
 * the object is deleted and {@link UploadFailedException} signalled. Downloads stream with bounded
 * prefetch ({@link ObjectStorageSettings#streamPrefetch()} buffers); cancelling one closes its
 * connection and releases the buffers not yet delivered.
 *
 * <p>Handles ({@link Container}, {@link StorageObject}) returned here carry the blocking client of
 * the same service ({@link #blocking()}): their own methods block.
 *
 * <p>Thread-safe; holds no state of its own.
 */
public final class ReactiveObjectStorage {

    private final ObjectStorage storage;
    private final ServiceClient client;
    private final ObjectStorageSettings settings;

    /** @param storage the blocking client whose service client, settings and helpers are shared */
    ReactiveObjectStorage(ObjectStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
        this.client = storage.client();
        this.settings = storage.settings();
    }

    /** @return the blocking client over the same service client, which the returned handles carry */
    public ObjectStorage blocking() {
        return storage;
    }

    // ---------------------------------------------------------------- containers

    /**
     * Creates a container, or does nothing when it exists.
     *
     * @param name the container's name
     * @return the container (read back with HEAD)
     */
    public Mono<Container> createContainer(String name) {
        return Mono.defer(() -> {
            NameRules.container("name", name);
            return client.exchange(client.request(HttpMethod.PUT, "create_container").path(SwiftPaths.CONTAINER, name))
                    .then(getContainer(name));
        });
    }

    /**
     * @param name the container's name
     * @return the container (HEAD), or {@link NoSuchContainerException}
     */
    public Mono<Container> getContainer(String name) {
        return Mono.defer(() -> {
            NameRules.container("name", name);
            return client.exchange(client.request(HttpMethod.HEAD, "get_container").path(SwiftPaths.CONTAINER, name))
                    .onErrorMap(NotFoundException.class, e -> ObjectStorage.noSuchContainer(name, e))
                    .map(response -> {
                        HttpHeaders headers = response.headers();
                        return new Container(storage, name, SwiftValues.count(headers, "X-Container-Object-Count"),
                                SwiftValues.count(headers, "X-Container-Bytes-Used"),
                                MetadataHeaders.CONTAINER.from(headers));
                    });
        });
    }

    /**
     * The names of every container of the account, one listing page at a time as they are
     * requested.
     *
     * @return the names, in order
     */
    public Flux<String> listContainers() {
        return Flux.defer(() -> SwiftListings.containers(client, settings.listingPageSize(), null).flux()
                .map(ContainerInfo::name));
    }

    /**
     * Deletes an empty container.
     *
     * @param name the container
     * @return completion, {@link NoSuchContainerException}, or {@link ConflictException} when it
     *     still holds objects
     */
    public Mono<Void> deleteContainer(String name) {
        return Mono.defer(() -> {
            NameRules.container("name", name);
            return client.exchange(client.request(HttpMethod.DELETE, "delete_container").path(SwiftPaths.CONTAINER, name))
                    .onErrorMap(NotFoundException.class, e -> ObjectStorage.noSuchContainer(name, e))
                    .onErrorMap(ConflictException.class, e -> new ConflictException("container '" + name
                            + "' is not empty: delete its objects first", e.details(), e))
                    .then();
        });
    }

    // ---------------------------------------------------------------- storing

    /**
     * Stores a stream of unknown length (sent chunked), content type guessed from the name.
     *
     * @param container the container
     * @param name the object's name
     * @param body the content, subscribed once
     * @return the stored object
     */
    public Mono<StorageObject> storeObject(String container, String name, Publisher<DataBuffer> body) {
        return storeObject(container, name, body, -1, StoreOptions.defaults());
    }

    /**
     * Stores a stream, digesting it as it goes out; the server's ETag must match, or the object is
     * deleted and {@link UploadFailedException} signalled. The buffers are released once written,
     * as WebFlux does with any request body. The stream cannot be replayed, so the upload is not
     * retried.
     *
     * @param container the container
     * @param name the object's name
     * @param body the content, subscribed once
     * @param contentLength its exact length in bytes (sent as {@code Content-Length}), or -1 to
     *     send it chunked (then {@link StoreOptions#contentLength()} is used when given)
     * @param options content type, encoding, ttl, etag, metadata, headers
     * @return the stored object
     */
    public Mono<StorageObject> storeObject(String container, String name, Publisher<DataBuffer> body,
            long contentLength, StoreOptions options) {
        return Mono.defer(() -> {
            StoreRequests.validate(container, name, options);
            if (contentLength < -1) {
                throw new IllegalArgumentException("contentLength must be -1 (unknown) or more, was " + contentLength);
            }
            long length = contentLength >= 0 ? contentLength : options.contentLength();
            UploadContent content = UploadContent.of(body, StoreRequests.contentType(options, name, null), length);
            String expected = StoreRequests.expectedEtag(content, options);
            return client.exchange(storage.stores().request(container, name, content, options, expected))
                    .onErrorMap(CloudException.class,
                            e -> StoreRequests.failure(container, name, content, options, expected, e))
                    .flatMap(response -> {
                        UploadFailedException damaged = storage.stores().etagMismatch(container, name, content, response);
                        if (damaged != null) {
                            return deleteQuietly(container, name).then(Mono.error(damaged));
                        }
                        return Mono.just(storage.stored(container, name, content, response));
                    });
        });
    }

    private Mono<Void> deleteQuietly(String container, String name) {
        return client.exchange(client.request(HttpMethod.DELETE, "delete_object").path(SwiftPaths.OBJECT, container, name))
                .then()
                // the upload failure is what the subscriber needs to hear about
                .onErrorResume(CloudException.class, alreadyGone -> Mono.empty());
    }

    // ---------------------------------------------------------------- retrieving

    /**
     * Opens an object for download: emits once the response headers have arrived, with the
     * content still to be read.
     *
     * @param container the container
     * @param name the object
     * @return the object and its content, or {@link NoSuchObjectException}
     * @see StreamedObject for the rules of its content
     */
    public Mono<StreamedObject> openObject(String container, String name) {
        return openObject(container, name, null);
    }

    /**
     * @param container the container
     * @param name the object
     * @param range the bytes wanted, or null for all
     * @return the object and the content of the range
     */
    public Mono<StreamedObject> openObject(String container, String name, @Nullable RangeSpec range) {
        return Mono.defer(() -> {
            NameRules.container(container);
            NameRules.object(name);
            ApiRequest.Builder request = client.request(HttpMethod.GET, "fetch_object")
                    .path(SwiftPaths.OBJECT, container, name)
                    .header(HttpHeaders.RANGE, range == null ? null : range.headerValue());
            return Mono.create(sink -> {
                Disposable call = client.exchange(request, response -> handOver(response, sink, container, name))
                        .onErrorMap(NotFoundException.class, e -> ObjectStorage.noSuchObject(container, name, e))
                        .contextWrite(sink.contextView())
                        .subscribe(null, sink::error);
                // only until the object is handed over: from then on its content owns the connection
                sink.onCancel(call);
            });
        });
    }

    /**
     * Hands the response to the subscriber and keeps the exchange open until its content ends,
     * fails or is cancelled: the transport releases a response when the reader's Mono ends, so it
     * must not end before the content has been read.
     */
    private Mono<Void> handOver(ClientResponse response, MonoSink<StreamedObject> subscriber, String container,
            String name) {
        return Mono.create(exchange -> {
            HttpHeaders headers = response.headers().asHttpHeaders();
            Flux<DataBuffer> content = response.body(BodyExtractors.toDataBuffers())
                    .limitRate(settings.streamPrefetch())
                    .onErrorMap(error -> !(error instanceof CloudException), error -> new CloudException(
                            "the download of '" + name + "' from container '" + container + "' broke off: "
                                    + error.getMessage(), error))
                    .doFinally(signal -> exchange.success())
                    .doOnDiscard(DataBuffer.class, DataBufferUtils::release);
            subscriber.success(new StreamedObject(StorageObject.fromHeaders(storage, container, name, headers),
                    MetadataHeaders.OBJECT.from(headers), headers, content));
        });
    }

    /**
     * The content of an object, streamed.
     *
     * @param container the container
     * @param name the object
     * @return the content (each buffer to be released by the subscriber or passed on), or
     *     {@link NoSuchObjectException}
     */
    public Flux<DataBuffer> fetchObject(String container, String name) {
        return openObject(container, name, null).flatMapMany(StreamedObject::content);
    }

    /**
     * @param container the container
     * @param name the object
     * @param range the bytes wanted
     * @return those bytes, streamed
     */
    public Flux<DataBuffer> fetchObject(String container, String name, RangeSpec range) {
        Objects.requireNonNull(range, "range must not be null");
        return openObject(container, name, range).flatMapMany(StreamedObject::content);
    }

    /**
     * @param container the container
     * @param name the object
     * @return its snapshot (HEAD), or {@link NoSuchObjectException}
     */
    public Mono<StorageObject> getObject(String container, String name) {
        return Mono.defer(() -> {
            NameRules.container(container);
            NameRules.object(name);
            return client.exchange(client.request(HttpMethod.HEAD, "get_object").path(SwiftPaths.OBJECT, container, name))
                    .onErrorMap(NotFoundException.class, e -> ObjectStorage.noSuchObject(container, name, e))
                    .map(response -> StorageObject.fromHeaders(storage, container, name, response.headers()));
        });
    }

    // ---------------------------------------------------------------- listing

    /**
     * Every object of a container, one listing page at a time as they are requested: a
     * subscriber that takes ten objects costs one page, however large the container.
     *
     * @param container the container
     * @return the objects in name order, or {@link NoSuchContainerException}
     */
    public Flux<StorageObject> listObjects(String container) {
        return listObjects(container, ListOptions.builder().fullListing(true).build());
    }

    /**
     * Objects of a container with the options of {@link ObjectStorage#getObjects(String, ListOptions)}:
     * one page unless {@code fullListing}, then every page, fetched lazily as requested.
     * Pseudo-folders rolled up by a delimiter are not objects and are left out.
     *
     * @param container the container
     * @param options limit (page size), marker, end marker, prefix, delimiter, full listing
     * @return the objects in name order, or {@link NoSuchContainerException}
     */
    public Flux<StorageObject> listObjects(String container, ListOptions options) {
        return Flux.defer(() -> {
            NameRules.container(container);
            Objects.requireNonNull(options, "options must not be null");
            Listing<ListingEntry> listing = storage.objectListing(client, container, options.prefix(),
                    options.delimiter(), options.marker(), options.endMarker(), options.limit() > 0 ? options.limit()
                            : settings.listingPageSize());
            // a page is asked for only when the subscriber wants an object beyond those delivered
            Flux<StorageObject> objects = options.fullListing()
                    ? listing.flux().mapNotNull(ListingEntry::object)
                    : listing.firstPageAsync().flatMapIterable(page -> ListingEntry.objects(page.items()));
            return objects.onErrorMap(NotFoundException.class, e -> ObjectStorage.noSuchContainer(container, e));
        });
    }

    // ---------------------------------------------------------------- deleting

    /**
     * @param container the container
     * @param name the object
     * @return completion, or {@link NoSuchObjectException}
     */
    public Mono<Void> deleteObject(String container, String name) {
        return Mono.defer(() -> {
            NameRules.container(container);
            NameRules.object(name);
            return client.exchange(client.request(HttpMethod.DELETE, "delete_object")
                    .path(SwiftPaths.OBJECT, container, name))
                    .onErrorMap(NotFoundException.class, e -> ObjectStorage.noSuchObject(container, name, e))
                    .then();
        });
    }

    @Override
    public String toString() {
        return "ReactiveObjectStorage[" + client + "]";
    }
}
