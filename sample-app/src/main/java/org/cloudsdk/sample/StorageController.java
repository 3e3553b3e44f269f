package org.cloudsdk.sample;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.StorageObject;
import org.cloudsdk.objectstorage.StoreOptions;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A few object storage operations over HTTP, through the {@link ObjectStorage} bean of the
 * starter. Uploads and downloads are streamed: neither is ever held in memory whole.
 */
@RestController
class StorageController {

    private final ObjectStorage storage;

    StorageController(ObjectStorage storage) {
        this.storage = storage;
    }

    /** @return the account's container names */
    @GetMapping("/containers")
    List<String> containers() {
        return storage.listContainers();
    }

    /**
     * @param container a container name
     * @return 201 once the container exists (creating an existing one changes nothing)
     */
    @PutMapping("/containers/{container}")
    ResponseEntity<Map<String, String>> createContainer(@PathVariable String container) {
        storage.createContainer(container);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("container", container));
    }

    /**
     * @param container a container
     * @return the names of its objects
     */
    @GetMapping("/containers/{container}/objects")
    List<String> objects(@PathVariable String container) {
        return storage.listObjectNames(container);
    }

    /**
     * Stores the request body as an object, streaming it from the client to the object store.
     *
     * @param container an existing container
     * @param name the object's name
     * @param contentType the body's type
     * @param length the body's length, or -1 when sent chunked
     * @param body the request body
     * @return the stored object's name, size and ETag
     */
    @PostMapping("/containers/{container}/objects")
    ResponseEntity<Map<String, Object>> upload(@PathVariable String container, @RequestParam String name,
            @RequestHeader(name = "Content-Type", defaultValue = MediaType.APPLICATION_OCTET_STREAM_VALUE)
            String contentType, @RequestHeader(name = "Content-Length", defaultValue = "-1") long length,
            InputStream body) {
        StoreOptions options = StoreOptions.builder().contentType(contentType).contentLength(length >= 0 ? length : -1)
                .build();
        StorageObject stored = storage.storeObject(container, name, body, options);
        return ResponseEntity.created(URI.create("/containers/" + container + "/objects/" + name))
                .body(Map.of("name", stored.name(), "bytes", stored.bytes(), "etag", stored.etag()));
    }

    /**
     * Streams an object through to the client.
     *
     * @param container a container
     * @param name an object
     * @return its content, copied chunk by chunk as it arrives
     */
    @GetMapping("/containers/{container}/objects/{name}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String container, @PathVariable String name) {
        StorageObject object = storage.getObject(container, name);
        StreamingResponseBody body = out -> {
            try (InputStream in = storage.openObjectStream(container, name)) {
                in.transferTo(out);
            }
        };
        return ResponseEntity.ok().contentType(mediaType(object.contentType())).contentLength(object.bytes())
                .body(body);
    }

    /**
     * A URL that lets anyone download the object, without credentials, for a while. When the
     * account has no temp-URL key yet, a random one is set first.
     *
     * @param container a container
     * @param name an object
     * @param seconds how long the URL works
     * @return the URL and its validity
     */
    @GetMapping("/containers/{container}/objects/{name}/temp-url")
    Map<String, Object> tempUrl(@PathVariable String container, @PathVariable String name,
            @RequestParam(defaultValue = "300") long seconds) {
        if (storage.getTempUrlKey() == null) {
            storage.setTempUrlKey();
        }
        storage.getObject(container, name);
        return Map.of("url", storage.getTempUrl(container, name, seconds).toString(), "seconds", seconds);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
    }

    private static MediaType mediaType(String contentType) {
        try {
            return contentType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException unparsable) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
