package org.cloudsdk.benchmarks;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.NoSuchContainerException;
import org.cloudsdk.errors.NoSuchObjectException;
import org.cloudsdk.objectstorage.ObjectListing;
import org.cloudsdk.objectstorage.ObjectStorage;

/**
 * The runner's own, untimed work on the cloud: creating, emptying, counting and deleting the
 * benchmark containers. It uses cloud-sdk in the runner's JVM, and the bulk {@code extract-archive}
 * middleware to create the big listing container from tar archives (many objects per request).
 */
public final class SwiftFixtures implements AutoCloseable {

    private static final int ARCHIVE_ENTRIES = 2_500;
    private static final int ARCHIVE_UPLOADS = 4;

    private final CloudContext context;
    private final ObjectStorage storage;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** @param account the local cloud's demo account */
    public SwiftFixtures(CloudAccount account) {
        context = SdkContexts.of(account);
        storage = context.objectStorage();
    }

    /** @return a token of the demo account, for curl */
    public String token() {
        return context.authToken();
    }

    /** @return the project's object-store URL */
    public String storageUrl() {
        return storage.storageUrl();
    }

    /** @param container a container to delete with its objects, if it exists */
    public void deleteIfExists(String container) {
        try {
            storage.deleteContainer(container, true);
        } catch (NoSuchContainerException gone) {
            // nothing to delete
        }
    }

    /** @param container a container to make exist and be empty */
    public void recreateEmpty(String container) {
        deleteIfExists(container);
        storage.createContainer(container);
    }

    /**
     * @param container a container
     * @return its objects, counted on a complete listing (-1 when it does not exist)
     */
    public long count(String container) {
        try {
            ObjectListing listing = storage.iterateObjects(container);
            long count = 0;
            while (listing.hasNext()) {
                listing.next();
                count++;
            }
            return count;
        } catch (NoSuchContainerException e) {
            return -1;
        }
    }

    /**
     * @param container a container
     * @param object an object
     * @return its size (HEAD), or -1 when it does not exist
     */
    public long bytes(String container, String object) {
        try {
            return storage.getObject(container, object).bytes();
        } catch (NoSuchObjectException | NoSuchContainerException e) {
            return -1;
        }
    }

    /**
     * @param container a container
     * @param object an object to delete; nothing happens when it does not exist
     */
    public void deleteIfExists(String container, String object) {
        try {
            storage.deleteObject(container, object);
        } catch (NoSuchObjectException | NoSuchContainerException gone) {
            // nothing to delete
        }
    }

    /**
     * Makes a container hold exactly the files of a folder (a sync, which uploads only what is
     * missing or changed, so a kept container costs one listing).
     *
     * @param folder the folder
     * @param container the container
     * @param files how many files the folder holds
     */
    public void ensureSynced(Path folder, String container, int files) {
        storage.createContainer(container);
        if (!storage.syncFolderToContainer(folder, container).succeeded() || count(container) != files) {
            throw new IllegalStateException("container '" + container + "' does not hold the " + files
                    + " files of " + folder);
        }
    }

    /**
     * @param container the load container
     * @param objects how many objects
     * @param bytes the size of each
     */
    public void ensureLoadContainer(String container, int objects, int bytes) {
        if (count(container) == objects) {
            return;
        }
        recreateEmpty(container);
        byte[] content = new byte[bytes];
        new java.util.SplittableRandom(objects).nextBytes(content);
        for (int i = 0; i < objects; i++) {
            storage.storeObject(container, String.format("load-%03d", i), content);
        }
    }

    /**
     * @param container the container the download task reads
     * @param object the object
     * @param file its content
     * @param bytes the file's size
     */
    public void ensureDownloadObject(String container, String object, Path file, long bytes) {
        if (bytes(container, object) == bytes) {
            return;
        }
        storage.createContainer(container);
        storage.uploadFile(container, file, object, org.cloudsdk.objectstorage.StoreOptions.defaults());
    }

    /**
     * Creates the listing container, unless it already holds exactly the right objects: small
     * objects {@code obj-000000...} whose content is their name and a newline, sent as tar archives
     * to the bulk middleware's {@code extract-archive}, a few archives at a time. Not empty: rclone
     * HEADs every empty object of a listing (it could be a large-object manifest), which would
     * measure something else than a listing.
     *
     * @param container the container
     * @param objects how many objects
     * @throws Exception when the archives are refused
     */
    public void ensureListContainer(String container, int objects) throws Exception {
        if (count(container) == objects && bytes(container, entryName(0)) == entryContent(0).length) {
            return;
        }
        recreateEmpty(container);
        String token = token();
        ExecutorService pool = Executors.newFixedThreadPool(ARCHIVE_UPLOADS);
        try {
            List<Future<String>> uploads = new ArrayList<>();
            for (int first = 0; first < objects; first += ARCHIVE_ENTRIES) {
                byte[] archive = archive(first, Math.min(objects, first + ARCHIVE_ENTRIES));
                uploads.add(pool.submit(() -> extract(container, archive, token)));
            }
            for (Future<String> upload : uploads) {
                String body = upload.get();
                if (!body.contains("\"Errors\": []") && !body.contains("\"Errors\":[]")) {
                    throw new IllegalStateException("extract-archive reported errors: " + body);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long created = count(container);
        if (created != objects) {
            throw new IllegalStateException("container '" + container + "' holds " + created + " objects, not "
                    + objects);
        }
    }

    private String extract(String container, byte[] archive, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(storageUrl() + "/" + container
                + "?extract-archive=tar")).timeout(Duration.ofMinutes(15)).header("X-Auth-Token", token)
                .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(archive)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("extract-archive answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    /** @return a ustar archive of the listing's objects {@code first} to {@code end - 1} */
    static byte[] archive(int first, int end) {
        ByteArrayOutputStream tar = new ByteArrayOutputStream((end - first + 2) * 1024);
        for (int i = first; i < end; i++) {
            byte[] content = entryContent(i);
            tar.writeBytes(ustarHeader(entryName(i), content.length));
            tar.writeBytes(content);
            tar.writeBytes(new byte[(512 - content.length % 512) % 512]);
        }
        tar.writeBytes(new byte[1024]);
        return tar.toByteArray();
    }

    /**
     * @param index an object's number in the listing container
     * @return its name
     */
    static String entryName(int index) {
        return String.format("obj-%06d", index);
    }

    private static byte[] entryContent(int index) {
        return (entryName(index) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] ustarHeader(String name, int size) {
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, "0000644");
        put(header, 108, "0000000");
        put(header, 116, "0000000");
        put(header, 124, String.format("%011o", size));
        put(header, 136, "14000000000");
        header[156] = '0';
        put(header, 257, "ustar");
        put(header, 263, "00");
        java.util.Arrays.fill(header, 148, 156, (byte) ' ');
        int sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, String.format("%06o", sum));
        header[155] = ' ';
        return header;
    }

    private static void put(byte[] header, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
        header[offset + bytes.length] = 0;
    }

    @Override
    public void close() {
        context.close();
    }
}
