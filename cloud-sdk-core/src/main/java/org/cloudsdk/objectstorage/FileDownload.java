package org.cloudsdk.objectstorage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.http.ResponseReader;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.util.Checksums;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.BodyExtractors;

import reactor.core.publisher.Mono;

/**
 * pyrax's {@code download_object} behind {@link ObjectStorage#downloadObject}: the body goes to a
 * temporary file beside the target (so the final move stays on one file system), is checked
 * against the object's MD5 while it is written, and is moved into place only when complete. A
 * failed or damaged download leaves nothing under the object's name, and no temporary file.
 */
final class FileDownload {

    private final ServiceClient client;
    private final int prefetch;

    /**
     * @param client the object-store client
     * @param prefetch how many received buffers may wait for the disk
     */
    FileDownload(ServiceClient client, int prefetch) {
        this.client = client;
        this.prefetch = prefetch;
    }

    /**
     * @param container the container
     * @param name the object
     * @param target the file to write, in a directory that may not exist yet
     * @return the target, complete and checked
     */
    Path write(String container, String name, Path target) {
        Path temporary;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), ".download-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a file in " + target.getParent(), e);
        }
        try {
            try {
                client.execute(client.request(HttpMethod.GET, "download_object").path(SwiftPaths.OBJECT, container, name),
                        toFile(temporary, container, name));
            } catch (UncheckedIOException localFailure) {
                // the transport hands this machine's failures back as raised, after one attempt
                throw new UncheckedIOException("download of '" + name + "' from container '" + container + "' into "
                        + target + " failed: " + localFailure.getMessage(), localFailure.getCause());
            }
            moveIntoPlace(temporary, target);
            return target;
        } finally {
            deleteIfExists(temporary);
        }
    }

    /** @return writes the body to the file (from the start on each attempt) and checks its MD5 */
    private ResponseReader<String> toFile(Path file, String container, String name) {
        return response -> {
            String expected = expectedMd5(response.headers().asHttpHeaders());
            return DigestingFileWriter.write(response.body(BodyExtractors.toDataBuffers()), file, prefetch)
                    .flatMap(received -> {
                        if (expected != null && !expected.equalsIgnoreCase(received)) {
                            return Mono.error(new CloudException("download of '" + name + "' from container '"
                                    + container + "' was damaged: MD5 " + received + " but " + expected
                                    + " was expected"));
                        }
                        return Mono.just(received);
                    });
        };
    }

    /**
     * The MD5 a download must have: an ordinary object's ETag; for a large object (whose ETag is
     * derived from its segments' ETags) the content MD5 this SDK stored on its manifest, if any.
     */
    private static @Nullable String expectedMd5(HttpHeaders headers) {
        if (SegmentStore.isStatic(headers) || SegmentStore.isDynamic(headers)) {
            return headers.getFirst(ObjectMetadataKeys.CONTENT_MD5_HEADER);
        }
        String etag = SwiftValues.etag(headers.getFirst(HttpHeaders.ETAG));
        return Checksums.isMd5Hex(etag) ? etag : null;
    }

    private static void moveIntoPlace(Path temporary, Path target) {
        try {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the download into " + target, e);
        }
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless; the download's own outcome matters
        }
    }
}
