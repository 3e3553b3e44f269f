package org.cloudsdk.objectstorage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cloudsdk.errors.ClientErrorException;
import org.cloudsdk.errors.ErrorDetails;
import org.cloudsdk.errors.NoSuchContainerException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.errors.UploadFailedException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.RequestBody;
import org.cloudsdk.http.ServiceClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One upload of a large object: segments into {@code <container>_segments} (created when missing,
 * with the container's storage policy), each verified against the MD5 computed while it was sent,
 * then the manifest, last, so the object appears only once all of its content is stored.
 *
 * <ul>
 * <li>A failure, or a cancellation (an interrupted caller, a disposed subscription), deletes every
 * segment this upload started, best effort, and writes no manifest: an aborted segment PUT stores
 * nothing, and any segment already stored goes.</li>
 * <li>Replacing a large object deletes the old segments once the new manifest is in place (new
 * segments have new names, see {@link SegmentNaming}).</li>
 * <li>The MD5 of the whole content goes on the manifest as
 * {@value ObjectMetadataKeys#CONTENT_MD5_HEADER}, and is checked against
 * {@link StoreOptions#etag()} when given.</li>
 * </ul>
 *
 * <p>Used once; its state is confined to the one reactive pipeline that {@link #run()} returns.
 */
final class SegmentedUpload {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentedUpload.class);

    private final ServiceClient client;
    private final ObjectStorageSettings settings;
    private final String container;
    private final String name;
    private final String contentType;
    private final StoreOptions options;
    private final LargeObjectSource source;
    private final SegmentPlan plan;
    private final SegmentNaming naming;
    private final SegmentStore segments;
    private final Set<String> started = ConcurrentHashMap.newKeySet();

    /** How long a cancelled upload waits before it sweeps its prefix for segments stored late. */
    static final Duration LATE_SEGMENT_SETTLE = Duration.ofSeconds(2);

    /**
     * @param client the object-store client
     * @param settings buffer size, parallelism
     * @param info the cluster's limits
     * @param container the container
     * @param name the object's name
     * @param contentType the object's content type
     * @param options the upload's options
     * @param source the content
     */
    SegmentedUpload(ServiceClient client, ObjectStorageSettings settings, SwiftInfo info, String container,
            String name, String contentType, StoreOptions options, LargeObjectSource source) {
        this.client = client;
        this.settings = settings;
        this.container = container;
        this.name = name;
        this.contentType = contentType;
        this.options = options;
        this.source = source;
        this.plan = SegmentPlan.of(source.length(), settings, info);
        this.naming = SegmentNaming.of(container, name, options.largeObjectType(), Instant.now(), plan);
        this.segments = new SegmentStore(client, settings.segmentParallelism());
    }

    /** @return the segments this upload writes */
    SegmentPlan plan() {
        return plan;
    }

    /** @return where the segments go */
    SegmentNaming naming() {
        return naming;
    }

    /**
     * @return uploads when subscribed; emits what was stored
     */
    Mono<Stored> run() {
        return prepareSegmentContainer()
                .then(currentSegments())
                .flatMap(previous -> source.withWholeMd5(sendSegments(), settings.bufferSize())
                        .flatMap(sent -> writeManifest(sent.getT1(), sent.getT2()))
                        .flatMap(stored -> segments.deleteQuietly(previous, "replaced by a new upload of '" + name
                                + "'").thenReturn(stored)))
                .onErrorResume(failure -> deleteStarted("the upload of '" + name + "' failed")
                        .then(Mono.error(failure)))
                .doOnCancel(() -> deleteStarted("the upload of '" + name + "' was cancelled").subscribe());
    }

    /** Checks the container (failing early) and creates the segment container with its policy. */
    private Mono<Void> prepareSegmentContainer() {
        return client.exchange(client.request(HttpMethod.HEAD, "get_container").path(SwiftPaths.CONTAINER, container))
                .onErrorMap(NotFoundException.class, e -> new NoSuchContainerException(container, "container '"
                        + container + "' does not exist (" + e.getMessage() + ")", e.details(), e))
                .flatMap(main -> client.exchange(client.request(HttpMethod.HEAD, "get_container")
                        .path(SwiftPaths.CONTAINER, naming.segmentContainer()))
                        .then()
                        .onErrorResume(NotFoundException.class, missing -> client.exchange(client.request(
                                HttpMethod.PUT, "create_container").path(SwiftPaths.CONTAINER, naming.segmentContainer())
                                // same policy as the container, so the large object lives where its owner put it
                                .header("X-Storage-Policy", main.headers().getFirst("X-Storage-Policy"))).then()));
    }

    /** The segments of the object this upload replaces, if it is a large object. */
    private Mono<List<String>> currentSegments() {
        return client.exchange(client.request(HttpMethod.HEAD, "get_object").path(SwiftPaths.OBJECT, container, name))
                .flatMap(current -> segments.segmentsOf(container, name, current.headers()))
                .onErrorResume(NotFoundException.class, none -> Mono.just(List.of()));
    }

    private Mono<List<SloManifest.Segment>> sendSegments() {
        int parallelism = source.parallelism(settings.segmentParallelism());
        return Flux.range(0, plan.count())
                .flatMapSequential(index -> sendSegment(index), parallelism, 1)
                .collectList();
    }

    private Mono<SloManifest.Segment> sendSegment(int index) {
        return Mono.defer(() -> {
            String segmentName = naming.segmentName(index);
            UploadContent content = source.segment(plan, index, settings.bufferSize(), options.listener());
            started.add(segmentName);
            ApiRequest.Builder request = client.request(HttpMethod.PUT, "store_segment")
                    .path(SwiftPaths.OBJECT, naming.segmentContainer(), segmentName)
                    .body(content.body())
                    // segments outlive nothing: they expire with their manifest
                    .header("X-Delete-After", options.ttl() == null ? null : options.ttl().toSeconds());
            return client.exchange(request).map(response -> {
                String returned = SwiftValues.etag(response.header(HttpHeaders.ETAG).orElse(null));
                String sent = content.sentMd5();
                if (returned == null || !returned.equalsIgnoreCase(sent)) {
                    throw new UploadFailedException("segment " + index + " of '" + name + "' was stored with ETag "
                            + returned + " but the bytes sent have MD5 " + sent, sent, returned,
                            details(response, "store_segment"), null);
                }
                return new SloManifest.Segment(naming.manifestPath(index), sent, content.sentBytes());
            });
        });
    }

    private Mono<Stored> writeManifest(List<SloManifest.Segment> sent, String wholeMd5) {
        if (options.etag() != null && !options.etag().equalsIgnoreCase(wholeMd5)) {
            return Mono.error(new UploadFailedException("the content of '" + name + "' has MD5 " + wholeMd5
                    + " but the ETag given was " + options.etag() + "; its segments were deleted and no manifest "
                    + "was written", options.etag(), wholeMd5, ErrorDetails.NONE, null));
        }
        SloManifest manifest = new SloManifest(sent);
        boolean dynamic = options.largeObjectType() == LargeObjectType.DYNAMIC;
        ApiRequest.Builder request = client.request(HttpMethod.PUT, "store_manifest")
                .path(SwiftPaths.OBJECT, container, name)
                .header("Content-Encoding", options.contentEncoding())
                .header("X-Delete-After", options.ttl() == null ? null : options.ttl().toSeconds());
        if (dynamic) {
            request.header(SegmentStore.OBJECT_MANIFEST, naming.dloManifestValue())
                    .body(RequestBody.bytes(new byte[0], contentType));
        } else {
            // the manifest request's Content-Type becomes the large object's
            request.query("multipart-manifest", "put").body(RequestBody.text(manifest.json(), contentType));
        }
        Map<String, String> metadata = StoreRequests.metadataHeaders(options);
        metadata.put(ObjectMetadataKeys.CONTENT_MD5, wholeMd5);
        metadata.forEach(request::header);
        options.headers().forEach(request::header);
        return client.exchange(request)
                .onErrorMap(ClientErrorException.class, refused -> new UploadFailedException("Swift refused the "
                        + "manifest of '" + name + "' in container '" + container + "': " + refused.getMessage(),
                        manifest.expectedEtag(), null, refused.details(), refused))
                .flatMap(response -> dynamic ? Mono.just(stored(response, manifest, wholeMd5))
                        : verifiedManifest(response, manifest, wholeMd5));
    }

    private Mono<Stored> verifiedManifest(ApiResponse response, SloManifest manifest, String wholeMd5) {
        String returned = SwiftValues.etag(response.header(HttpHeaders.ETAG).orElse(null));
        String expected = manifest.expectedEtag();
        if (returned != null && returned.equalsIgnoreCase(expected)) {
            return Mono.just(stored(response, manifest, wholeMd5));
        }
        // a manifest over other segments than those sent: remove it with its segments
        return client.exchange(client.request(HttpMethod.DELETE, "delete_object").path(SwiftPaths.OBJECT, container, name)
                .query("multipart-manifest", "delete")).then()
                .onErrorResume(failure -> Mono.empty())
                .then(Mono.error(new UploadFailedException("the manifest of '" + name + "' in container '" + container
                        + "' was stored with ETag " + returned + " but its segments' ETags give " + expected
                        + "; it was deleted", expected, returned, details(response, "store_manifest"), null)));
    }

    private Stored stored(ApiResponse response, SloManifest manifest, String wholeMd5) {
        return new Stored(manifest.expectedEtag(), wholeMd5, manifest.totalBytes(), contentType,
                SwiftValues.date(response.header(HttpHeaders.LAST_MODIFIED).orElse(null)));
    }

    /**
     * Deletes the segments this upload started, then, once a segment PUT that was aborted after its
     * last byte had left has had time to be stored anyway (or one that started as the upload was
     * cancelled), sweeps what is left under this upload's own prefix (unique to it: it holds the
     * upload's start time).
     */
    private Mono<Void> deleteStarted(String why) {
        List<String> paths = started.stream().map(segment -> naming.segmentContainer() + "/" + segment).toList();
        if (!paths.isEmpty()) {
            LOG.info("{}: deleting the {} segments it stored in '{}'", why, paths.size(), naming.segmentContainer());
        }
        return segments.deleteQuietly(paths, why)
                .then(Mono.delay(LATE_SEGMENT_SETTLE))
                .thenMany(segments.listNames(naming.segmentContainer(), naming.prefix()))
                .map(segment -> naming.segmentContainer() + "/" + segment)
                .collectList()
                .flatMap(late -> segments.deleteQuietly(late, why + " (segments stored late)"))
                .onErrorResume(failure -> {
                    LOG.warn("could not look for late segments under '{}/{}' ({}): {}; delete them yourself",
                            naming.segmentContainer(), naming.prefix(), why, failure.getMessage());
                    return Mono.empty();
                });
    }

    private ErrorDetails details(ApiResponse response, String operation) {
        return new ErrorDetails(response.status(), client.service(), operation, null, null);
    }

    /**
     * What a large-object upload stored.
     *
     * @param etag the large object's ETag (the MD5 of its segments' ETags)
     * @param contentMd5 the MD5 of its whole content
     * @param bytes its length
     * @param contentType its content type
     * @param lastModified when the manifest was written, if Swift said
     */
    record Stored(String etag, String contentMd5, long bytes, String contentType, @Nullable Instant lastModified) {
    }
}
