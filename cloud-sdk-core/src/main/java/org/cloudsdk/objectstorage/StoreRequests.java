package org.cloudsdk.objectstorage;

import java.io.IOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.cloudsdk.errors.ClientErrorException;
import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ErrorDetails;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.errors.UploadFailedException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.ServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * The request of a single-object upload and the reading of its answer, shared by the blocking
 * {@link ObjectStorage} and the reactive {@link ReactiveObjectStorage}: which ETag the server is
 * asked to verify, the headers that carry options and metadata, the content type, and what a
 * refusal or a damaged store means to the caller.
 */
final class StoreRequests {

    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private final ServiceClient client;

    /** @param client the object-store client the requests are built on */
    StoreRequests(ServiceClient client) {
        this.client = client;
    }

    /** Checks an upload's names and options before any request. */
    static void validate(String container, String name, StoreOptions options) {
        NameRules.container(container);
        NameRules.object(name);
        Objects.requireNonNull(options, "options must not be null");
    }

    /**
     * @return the ETag the server is asked to verify: the caller's, else the MD5 known before
     *     sending (small content), else none
     */
    static @Nullable String expectedEtag(UploadContent content, StoreOptions options) {
        return options.etag() != null ? options.etag().toLowerCase(Locale.ROOT) : content.precomputedMd5();
    }

    /** @return the PUT of one object, with its encoding, expiry, expected ETag, metadata and extra headers */
    ApiRequest.Builder request(String container, String name, UploadContent content, StoreOptions options,
            @Nullable String expected) {
        ApiRequest.Builder request = client.request(HttpMethod.PUT, "store_object")
                .path(SwiftPaths.OBJECT, container, name)
                .body(content.body())
                .header("Content-Encoding", options.contentEncoding())
                .header("X-Delete-After", options.ttl() == null ? null : options.ttl().toSeconds())
                .header(HttpHeaders.ETAG, expected);
        metadataHeaders(options).forEach(request::header);
        options.headers().forEach(request::header);
        return request;
    }

    /** @return the failure a caller hears: a missing container by name, a refused ETag as nothing stored */
    static CloudException failure(String container, String name, UploadContent content, StoreOptions options,
            @Nullable String expected, CloudException failure) {
        if (failure instanceof NotFoundException e) {
            return ObjectStorage.noSuchContainer(container, e);
        }
        if (!(failure instanceof ClientErrorException e) || e.status() != 422) {
            return failure;
        }
        return new UploadFailedException("the server refused '" + name + "' in container '" + container
                + "': its content does not match the ETag " + expected + (options.etag() != null
                        && content.precomputedMd5() != null ? " (the content's MD5 is " + content.precomputedMd5()
                                + ")" : "") + "; nothing was stored", expected, null, e.details(), e);
    }

    /**
     * @return the failure when the server's ETag is not the MD5 of what was sent (the caller
     *     deletes the object), else null
     */
    @Nullable UploadFailedException etagMismatch(String container, String name, UploadContent content, ApiResponse response) {
        String returned = SwiftValues.etag(response.header(HttpHeaders.ETAG).orElse(null));
        String sent = content.sentMd5();
        if (returned != null && returned.equalsIgnoreCase(sent)) {
            return null;
        }
        return new UploadFailedException("the server stored '" + name + "' in container '" + container
                + "' with ETag " + returned + " but the content sent has MD5 " + sent
                + "; the damaged object was deleted", sent, returned,
                new ErrorDetails(response.status(), client.service(), "store_object", null, null), null);
    }

    /** The metadata headers of an upload: the options' metadata, and the mtime (which wins over a key of it). */
    static Map<String, String> metadataHeaders(StoreOptions options) {
        Map<String, String> headers = MetadataHeaders.OBJECT.headers(options.metadata());
        if (options.mtime() != null) {
            headers.put(ObjectMetadataKeys.MTIME, ObjectMetadataKeys.mtimeValue(options.mtime()));
        }
        return headers;
    }

    /**
     * @return the caller's content type, else one guessed from the name's extension, else from the
     *     file's content when there is a file, else {@code application/octet-stream}
     */
    static String contentType(StoreOptions options, String name, @Nullable Path file) {
        if (options.contentType() != null) {
            return options.contentType();
        }
        // by extension only: the JDK's guess would read '#' or '?' in a name as URL syntax
        int dot = name.lastIndexOf('.');
        String extension = dot > name.lastIndexOf('/') ? name.substring(dot + 1) : "";
        String guessed = extension.isEmpty() ? null : URLConnection.guessContentTypeFromName("f." + extension);
        if (guessed == null && file != null) {
            try {
                guessed = Files.probeContentType(file);
            } catch (IOException | RuntimeException unknown) {
                guessed = null;
            }
        }
        return guessed != null ? guessed : DEFAULT_CONTENT_TYPE;
    }
}
