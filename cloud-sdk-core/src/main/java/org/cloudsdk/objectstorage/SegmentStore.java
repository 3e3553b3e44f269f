package org.cloudsdk.objectstorage;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.http.ServiceClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriUtils;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The segments behind large objects: which segments a manifest uses, and deleting them. Shared by
 * uploads (cleaning up after a failure, or after a manifest was replaced) and deletes.
 */
final class SegmentStore {

    /** Response header of an SLO manifest. */
    static final String STATIC_LARGE_OBJECT = "X-Static-Large-Object";
    /** Header of a DLO manifest: {@code container/prefix}, percent-encoded. */
    static final String OBJECT_MANIFEST = "X-Object-Manifest";

    private static final Logger LOG = LoggerFactory.getLogger(SegmentStore.class);
    private static final int LISTING_PAGE = 10_000;

    private final ServiceClient client;
    private final int parallelism;

    /**
     * @param client the object-store client
     * @param parallelism how many segment deletes run at once
     */
    SegmentStore(ServiceClient client, int parallelism) {
        this.client = client;
        this.parallelism = parallelism;
    }

    /** @param headers an object's headers @return whether it is an SLO manifest */
    static boolean isStatic(HttpHeaders headers) {
        return "true".equalsIgnoreCase(headers.getFirst(STATIC_LARGE_OBJECT));
    }

    /** @param headers an object's headers @return whether it is a DLO manifest */
    static boolean isDynamic(HttpHeaders headers) {
        return headers.getFirst(OBJECT_MANIFEST) != null;
    }

    /**
     * The segments a large object uses now, as {@code container/object} paths.
     *
     * @param container the manifest's container
     * @param name the manifest
     * @param headers the manifest's headers (from a HEAD)
     * @return the paths; none for an ordinary object
     */
    Mono<List<String>> segmentsOf(String container, String name, HttpHeaders headers) {
        if (isStatic(headers)) {
            return client.exchange(client.request(HttpMethod.GET, "get_manifest").path(SwiftPaths.OBJECT, container, name)
                    .query("multipart-manifest", "get"))
                    .map(response -> SloManifest.parseStored(response.json()).segments().stream()
                            .map(SloManifest.Segment::path).toList());
        }
        String manifest = headers.getFirst(OBJECT_MANIFEST);
        if (manifest == null) {
            return Mono.just(List.of());
        }
        String decoded = UriUtils.decode(manifest, StandardCharsets.UTF_8);
        int slash = decoded.indexOf('/');
        if (slash < 1) {
            return Mono.just(List.of());
        }
        String segmentContainer = decoded.substring(0, slash);
        return listNames(segmentContainer, decoded.substring(slash + 1))
                .map(segment -> segmentContainer + "/" + segment).collectList();
    }

    /**
     * @param container a container
     * @param prefix a name prefix
     * @return every object name under the prefix, page by page
     */
    Flux<String> listNames(String container, String prefix) {
        // a segment container that is gone has no segments left to delete
        return Flux.defer(() -> SwiftListings.names(client, container, prefix).limit(LISTING_PAGE).notFoundAsEmpty()
                .build().flux());
    }

    /**
     * Deletes segments, best effort: those already gone are fine, other failures are logged and
     * not raised (the caller's own outcome is what matters).
     *
     * @param paths {@code container/object} paths
     * @param why why they are deleted, for the log
     * @return completes when every delete has been tried
     */
    Mono<Void> deleteQuietly(List<String> paths, String why) {
        if (paths.isEmpty()) {
            return Mono.empty();
        }
        return Flux.fromIterable(paths).flatMap(path -> {
            int slash = path.indexOf('/');
            return client.exchange(client.request(HttpMethod.DELETE, "delete_segment").path(SwiftPaths.OBJECT,
                    path.substring(0, slash), path.substring(slash + 1))).then()
                    .onErrorResume(NotFoundException.class, gone -> Mono.empty())
                    .onErrorResume(failure -> {
                        LOG.warn("could not delete segment '{}' ({}): {}; delete it yourself", path, why,
                                failure.getMessage());
                        return Mono.empty();
                    });
        }, parallelism).then(Mono.fromRunnable(() -> LOG.debug("deleted {} segments ({})", paths.size(), why)));
    }
}
