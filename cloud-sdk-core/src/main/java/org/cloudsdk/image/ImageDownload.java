package org.cloudsdk.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cloudsdk.errors.ChecksumMismatchException;
import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ErrorDetails;
import org.cloudsdk.http.ResponseReader;
import org.cloudsdk.http.ServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.BodyExtractors;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An image's data written to a file: the body goes to a temporary file beside the target (so the
 * final move stays on one file system), is digested with every checksum the image publishes
 * while it is written (the MD5 {@code checksum}, and {@code os_hash_value} with its
 * {@code os_hash_algo}), and is moved into place only when complete and verified. A failed or
 * damaged download leaves nothing under the target's name, and no temporary file.
 */
final class ImageDownload {

    private static final String OPERATION = "downloadData";
    /** Received buffers that may wait for the disk: memory stays at a few network buffers. */
    private static final int PREFETCH = 16;

    private ImageDownload() {
    }

    /**
     * @param client the versioned image client
     * @param image the image as just read (its checksums)
     * @param target the file to write, in a directory that may not exist yet
     * @return the target, complete and verified
     */
    static Path write(ServiceClient client, Image image, Path target) {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temporary;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, ".image-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a file in " + directory, e);
        }
        try {
            client.execute(client.request(HttpMethod.GET, OPERATION).path("/images/{id}/file", image.id()),
                    toFile(client, image, temporary));
            moveIntoPlace(temporary, absolute);
            return target;
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless; the download's own outcome matters
            }
        }
    }

    private static ResponseReader<Boolean> toFile(ServiceClient client, Image image, Path file) {
        return response -> {
            ErrorDetails details = new ErrorDetails(response.statusCode().value(), client.service(), OPERATION,
                    response.headers().asHttpHeaders().getFirst("x-openstack-request-id"), null);
            if (response.statusCode().value() == 204) {
                return response.releaseBody().then(Mono.error(new CloudException("image " + image.id()
                        + " has no data to download (status " + image.status().value() + ")", details, null)));
            }
            Map<String, String> expected = expected(image, response.headers().asHttpHeaders().getFirst("Content-MD5"));
            Map<String, MessageDigest> digests = digests(expected.keySet());
            return Mono.using(() -> FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING),
                    channel -> response.body(BodyExtractors.toDataBuffers())
                            .publishOn(Schedulers.boundedElastic(), PREFETCH)
                            .doOnNext(buffer -> {
                                try {
                                    write(channel, buffer, digests.values(), file);
                                } finally {
                                    DataBufferUtils.release(buffer);
                                }
                            })
                            .doOnDiscard(DataBuffer.class, DataBufferUtils::release)
                            .then(Mono.fromCallable(() -> verify(image, expected, digests, details))),
                    ImageDownload::close);
        };
    }

    /** @return the checksums to verify, by Glance's algorithm name */
    private static Map<String, String> expected(Image image, @Nullable String contentMd5) {
        Map<String, String> expected = new LinkedHashMap<>();
        String md5 = image.checksum().orElse(contentMd5);
        if (md5 != null && !md5.isBlank()) {
            expected.put("md5", md5.toLowerCase(Locale.ROOT));
        }
        String algorithm = image.osHashAlgo().map(name -> name.toLowerCase(Locale.ROOT)).orElse(null);
        String value = image.osHashValue().orElse(null);
        if (algorithm != null && value != null && !value.isBlank() && javaName(algorithm) != null) {
            expected.put(algorithm, value.toLowerCase(Locale.ROOT));
        }
        return expected;
    }

    private static Map<String, MessageDigest> digests(Iterable<String> algorithms) {
        Map<String, MessageDigest> digests = new LinkedHashMap<>();
        for (String algorithm : algorithms) {
            try {
                String name = javaName(algorithm);
                if (name != null) {
                    digests.put(algorithm, MessageDigest.getInstance(name));
                }
            } catch (NoSuchAlgorithmException unsupported) {
                // this JVM cannot check it: the other checksums still are
            }
        }
        return digests;
    }

    /** @return the JCA name of a Glance hash algorithm ({@code sha512}: {@code SHA-512}), or null when unknown */
    static @Nullable String javaName(String algorithm) {
        return switch (algorithm) {
            case "md5" -> "MD5";
            case "sha1" -> "SHA-1";
            case "sha224" -> "SHA-224";
            case "sha256" -> "SHA-256";
            case "sha384" -> "SHA-384";
            case "sha512" -> "SHA-512";
            case "sha3_256" -> "SHA3-256";
            case "sha3_512" -> "SHA3-512";
            default -> null;
        };
    }

    private static Boolean verify(Image image, Map<String, String> expected, Map<String, MessageDigest> digests,
            ErrorDetails details) {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, MessageDigest> digest : digests.entrySet()) {
            String actual = HexFormat.of().formatHex(digest.getValue().digest());
            String wanted = expected.get(digest.getKey());
            if (wanted != null && !wanted.equals(actual)) {
                throw new ChecksumMismatchException("download of image " + image.id() + " was damaged: its "
                        + digest.getKey() + " is " + actual + " but Glance published " + wanted
                        + "; nothing was written", digest.getKey(), wanted, actual, details, null);
            }
            checked.add(digest.getKey());
        }
        return !checked.isEmpty();
    }

    private static void write(FileChannel channel, DataBuffer buffer, Iterable<MessageDigest> digests, Path file) {
        try (DataBuffer.ByteBufferIterator views = buffer.readableByteBuffers()) {
            while (views.hasNext()) {
                ByteBuffer view = views.next();
                for (MessageDigest digest : digests) {
                    digest.update(view.duplicate());
                }
                while (view.hasRemaining()) {
                    channel.write(view);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + file + ": " + e.getMessage(), e);
        }
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

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the outcome of the write is what matters; the temporary file is deleted anyway
        }
    }
}
