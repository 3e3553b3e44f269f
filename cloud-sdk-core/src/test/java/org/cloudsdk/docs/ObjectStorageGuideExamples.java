package org.cloudsdk.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.cloudsdk.CloudContext;
import org.cloudsdk.CloudContextBuilder;
import org.cloudsdk.objectstorage.BulkDeleteHandle;
import org.cloudsdk.objectstorage.BulkDeleteResult;
import org.cloudsdk.objectstorage.CdnInfo;
import org.cloudsdk.objectstorage.Container;
import org.cloudsdk.objectstorage.FetchedObject;
import org.cloudsdk.objectstorage.FileFailure;
import org.cloudsdk.objectstorage.FolderUpload;
import org.cloudsdk.objectstorage.FolderUploadOptions;
import org.cloudsdk.objectstorage.FolderUploadResult;
import org.cloudsdk.objectstorage.LargeObjectType;
import org.cloudsdk.objectstorage.ListOptions;
import org.cloudsdk.objectstorage.ObjectChunks;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.ObjectStorageSettings;
import org.cloudsdk.objectstorage.RangeSpec;
import org.cloudsdk.objectstorage.ReactiveObjectStorage;
import org.cloudsdk.objectstorage.StorageObject;
import org.cloudsdk.objectstorage.StoreOptions;
import org.cloudsdk.objectstorage.StreamedObject;
import org.cloudsdk.objectstorage.SyncEvent;
import org.cloudsdk.objectstorage.SyncListener;
import org.cloudsdk.objectstorage.SyncOptions;
import org.cloudsdk.objectstorage.SyncResult;
import org.cloudsdk.util.Checksums;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpRequest;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The examples of {@code docs/object-storage.md}, as compiled code: the body of each method is a
 * {@code java} block of the guide, character for character but for indentation
 * ({@code DocExamplesMatchSourcesTest} checks it), so the guide cannot show code that does not
 * compile against the real API.
 *
 * <p>What a block takes for granted is a parameter of its method, named as the guide names it:
 * {@code cf} is an {@link ObjectStorage}, {@code container} the name of a container, {@code cont}
 * its {@link Container} handle, {@code obj} a {@link StorageObject} in it, {@code file},
 * {@code folder} and {@code dir} local paths. {@code out} is where the examples print, and
 * {@code log} where they log. {@code ObjectStorageGuideExamplesIT} runs the examples against the
 * local Keystone and Swift, and {@code ObjectStorageGuideCdnExamplesTest} runs the CDN ones against
 * a Rackspace catalog served by WireMock.
 */
public final class ObjectStorageGuideExamples {

    private static final Logger log = LoggerFactory.getLogger(ObjectStorageGuideExamples.class);

    private final PrintStream out;

    /** @param out where the examples print ({@code System.out} in an application) */
    public ObjectStorageGuideExamples(PrintStream out) {
        this.out = out;
    }

    /** What an application would do with each object of a listing; here, it says so. */
    private void archive(StorageObject object) {
        out.println("archiving " + object.name());
    }

    // ---------------------------------------------------------------- the client

    /** The context and its clients. Not run: it reads this machine's configuration. */
    public void clients() {
        CloudContext ctx = CloudContext.builder().credentialFile(Path.of("my_cred_file")).build();
        ObjectStorage cf = ctx.objectStorage();            // default region
        ObjectStorage ord = ctx.objectStorage("ORD");       // or ctx.region("ORD").objectStorage()
    }

    /** Account information and metadata. */
    public void accountMetadata(ObjectStorage cf) {
        Map<String, String> info = cf.getAccountMetadata();
        // {x-account-bytes-used=693966, x-account-container-count=4,
        //  x-account-meta-temp-url-key=..., x-account-object-count=148}

        cf.setAccountMetadata(Map.of("color", "blue", "flower", "lily"));        // adds to what is there
        cf.setAccountMetadata(Map.of("color", "blue", "flower", "lily"), true);  // and removes the other keys
        cf.removeAccountMetadataKey("color");
    }

    // ---------------------------------------------------------------- containers

    /** Creating a container. */
    public void creatingAContainer(ObjectStorage cf, String container) {
        Container cont = cf.createContainer(container);
        cont.name();          // the name given
        cont.objectCount();   // 0
        cont.totalBytes();    // 0
    }

    /** Listing containers. */
    public void listingContainers(ObjectStorage cf) {
        cf.listContainers();       // [example]                names, every page followed
        cf.getAllContainers();     // [<Container 'example'>]  handles
        cf.listContainersInfo();   // [ContainerInfo[name=example, count=0, bytes=0]]
        cf.listContainers(100, "marker");   // one page of names
    }

    // ---------------------------------------------------------------- storing

    /** Storing text, checked against its MD5, and uploading a file. */
    public void storingObjects(ObjectStorage cf, String container, Path file) {
        StorageObject obj = cf.storeObject(container, "new_object.txt", "This is the content of the file.");

        String text = "This is a random collection of words.";
        String chksum = Checksums.md5(text);                        // pyrax.utils.get_checksum
        obj = cf.storeObject(container, "new_object.txt", text, StoreOptions.builder().etag(chksum).build());
        obj.etag();                                                 // equals chksum

        obj = cf.uploadFile(container, file,                        // named after the file: myfile.txt
                StoreOptions.builder().contentType("text/plain").ttl(Duration.ofDays(7)).build());
    }

    /** Upload progress. */
    public void uploadProgress(ObjectStorage cf, String container, Path file) {
        AtomicLong sent = new AtomicLong();
        cf.uploadFile(container, file, StoreOptions.builder().listener(sent::addAndGet).build());
        out.println(sent.get() + " bytes sent");
    }

    /** Large objects: a client with its own segment settings. */
    public void largeObjects(CloudContextBuilder builder, String container, Path file) {
        ObjectStorageSettings large = ObjectStorageSettings.builder()
                .segmentThreshold(1L << 30).segmentSize(256L << 20).segmentParallelism(8).build();
        try (CloudContext tuned = builder.objectStorageSettings(large).build()) { // builder: CloudContext.builder()
            ObjectStorage cf = tuned.objectStorage();                    // and every other region's client
            cf.uploadFile(container, file);                              // above 1 GiB: a static large object
            cf.uploadFile(container, file,
                    StoreOptions.builder().largeObjectType(LargeObjectType.DYNAMIC).build()); // above 1 GiB: a dynamic one
        }
    }

    // ---------------------------------------------------------------- retrieving

    /** Fetching, with metadata, in chunks and as a stream. */
    public void retrievingObjects(ObjectStorage cf, String container, OutputStream target) throws IOException {
        String text = "This is some text containing unicode like é, ü and ˚¬∆ç";
        StorageObject obj = cf.storeObject(container, "new_object.txt", text);

        out.println(obj.fetchAsString().equals(text));           // true
        FetchedObject withMeta = obj.fetch(true);
        withMeta.metadata();   // {content-length=62, accept-ranges=bytes, etag=..., content-type=text/plain, ...}

        try (ObjectChunks chunks = obj.fetchChunks(12)) {        // lazy: pulled from the network as iterated
            chunks.forEachRemaining(out::writeBytes);
        }
        try (InputStream in = cf.openObjectStream(container, "big.iso")) {
            in.transferTo(target);
        }
    }

    /** Downloading into a directory, with or without the pseudo-folders. */
    public void downloads(ObjectStorage cf, String container, Container cont, StorageObject obj, Path dir) {
        Path file = cf.downloadObject(container, "one/two/three.txt", dir, true);   // dir/one/two/three.txt
        Path flat = obj.download(dir, false);                                       // dir/three.txt
        cont.downloadObject("one/two/three.txt", dir, true);
    }

    // ---------------------------------------------------------------- listing

    /** The seed's listing of {@code series_0 ... series_4} and {@code stuff/aaaa ... stuff/eeee}. */
    public void listingObjects(ObjectStorage cf, String container, Container cont) {
        for (StorageObject object : cont.getObjects()) {     // the first page: up to 10,000 objects
            out.println(object.name());                      // series_0 ... series_4, stuff/aaaa ... stuff/eeee
        }
        ListOptions page = ListOptions.builder().limit(4).marker("series_3").build();
        out.println(cf.listObjectNames(container, page));                      // [series_4, ..., stuff/cccc]
        ListOptions stuff = ListOptions.builder().prefix("stuff").build();
        out.println(cf.listObjectNames(container, stuff));                     // [stuff/aaaa, ..., stuff/eeee]
        ListOptions topLevel = ListOptions.builder().delimiter('/').build();
        out.println(cf.listObjectNames(container, topLevel));                  // [series_0, ..., series_4]
        out.println(cf.listSubdirs(container));                                // [stuff/]
        ListOptions everyPage = page.toBuilder().marker(null).fullListing(true).build();  // pages of 4
        List<StorageObject> all = cf.getObjects(container, everyPage);         // every page
        List<String> names = cf.listObjectNames(container);                    // every name, every page
    }

    /** A lazy listing of a large container. */
    public void streamingAListing(ObjectStorage cf, String container) {
        cf.streamObjects(container, "2024/").filter(o -> o.bytes() > 0).forEach(this::archive);
    }

    // ---------------------------------------------------------------- deleting

    /** Deleting objects one by one, or all of them. */
    public void deletingObjects(ObjectStorage cf, String container, Container cont, StorageObject obj) {
        obj.delete();
        cont.deleteObject("old_notes.txt");
        cf.deleteObject(container, "soon_to_vanish.txt");   // NoSuchObjectException when missing
        cont.deleteAllObjects();                             // page by page, each page bulk-deleted
    }

    /** Bulk deletion, waited for or in the background. */
    public void bulkDeletion(ObjectStorage cf, String container, Collection<String> names,
            Collection<String> moreNames) {
        BulkDeleteResult r = cf.bulkDelete(container, names);
        r.deleted(); r.notFound(); r.status(); r.errors();   // pyrax's dict: deleted, not_found, status, errors

        BulkDeleteHandle h = cf.bulkDeleteAsync(container, moreNames);   // pyrax's async=True
        h.completed();      // false while running
        h.results();        // null until done
        h.future().thenAccept(result -> out.println(result.deleted() + " deleted in the background"));
    }

    /** Setting an object's expiration. */
    public void expiration(ObjectStorage cf, String container, Container cont, StorageObject obj) {
        obj.deleteInSeconds(3600);
        cf.deleteObjectInSeconds(container, "report.pdf", 3600);
        cont.deleteObjectInSeconds("report.pdf", 3600);
    }

    // ---------------------------------------------------------------- copy, move, metadata

    /** Copying and moving objects on the server. */
    public void copyingAndMoving(ObjectStorage cf, String container, String backup, String archive,
            StorageObject obj) {
        cf.copyObject(container, "a.txt", backup, null);          // same name
        cf.copyObject(container, "a.txt", backup, "b.txt");
        cf.moveObject(container, "a.txt", archive, null);         // copy, then delete the original
        obj.copy(backup); obj.move(archive, "2024/" + obj.name());
    }

    /** Container and object metadata. */
    public void metadata(ObjectStorage cf, String container, StorageObject obj) {
        Map<String, String> newMeta = new LinkedHashMap<>();
        newMeta.put("X-Account-Meta-City", "Springfield");
        newMeta.put("Famous_Family", "Simpsons");
        cf.setContainerMetadata(container, newMeta);
        out.println(cf.getContainerMetadata(container));
        // {x-container-meta-famous-family=Simpsons, x-container-meta-x-account-meta-city=Springfield}

        cf.setContainerMetadata(container, Map.of("color", "blue"), true);   // clear=true: only these remain
        cf.removeContainerMetadataKey(container, "color");                  // or cont.removeMetadataKey("color")

        cf.getObjectMetadata(container, "a.txt");
        cf.setObjectMetadata(container, "a.txt", Map.of("owner", "ops"));   // clear=false
        obj.removeMetadataKey("owner");
    }

    /** Temporary URLs. */
    public void temporaryUrls(ObjectStorage cf, String container, Container cont, StorageObject obj) {
        String key = cf.setTempUrlKey();          // random 128-bit key, returned
        cf.setTempUrlKey("jnRB6#1sduo8YGUF&%7r7guf6f");
        cf.getTempUrlKey();                       // read once, then cached by this client

        URI url = cf.getTempUrl(container, "photo.jpg", Duration.ofHours(24), "GET");
        out.println("Download: " + url);
        URI upload = cf.getTempUrl(container, "upload.jpg", 300, "PUT");
        out.println("Upload: " + upload);
        obj.getTempUrl(300);                      // GET
        cont.getTempUrl("object_name", 300);
    }

    // ---------------------------------------------------------------- CDN (Rackspace)

    /** Publishing a container to the CDN. */
    public void publishingToCdn(ObjectStorage cf) {
        cf.makeContainerPublic("example", 900);      // TTL 15 minutes, the minimum
        cf.makeContainerPublic("example");           // TTL one day (86,400 s), the default

        Container cont = cf.createContainer("site");
        cont.makePublic(1200);
        CdnInfo cdn = cf.getContainerCdnInfo("site"); // or cont.cdnInfo()
        out.println(cdn.uri());                       // http://6cface6b...r83.cf1.rackcdn.com

        cont.makePrivate();                           // pyrax's make_private
        List<String> published = cf.listPublicContainers();
    }

    /** CDN log retention. */
    public void cdnLogRetention(ObjectStorage cf, Container cont) {
        cf.setCdnLogRetention("example", true);
        cont.setCdnLogRetention(true);                // pyrax: cont.cdn_log_retention = True
    }

    /** Purging CDN objects. */
    public void purgingCdnObjects(ObjectStorage cf, StorageObject obj) {
        cf.purgeCdnObject("example", "tax-return.pdf");
        cf.purgeCdnObject("example", "tax-return.pdf", List.of("ops@example.com", "legal@example.com"));
        obj.purge();                                   // or obj.purge(List.of("ops@example.com"))
    }

    // ---------------------------------------------------------------- reactive

    /** The reactive API in a WebFlux handler: nothing is sent until subscribed. */
    public void reactiveApi(CloudContext ctx, String container, ServerHttpRequest request) {
        ReactiveObjectStorage rx = ctx.reactiveObjectStorage();  // or ctx.reactiveObjectStorage("ORD"),
                                                                 // ctx.region("ORD").reactiveObjectStorage(),
                                                                 // cf.reactive()

        // upload a request body as it arrives: Content-Length when known, else chunked
        Mono<StorageObject> stored = rx.storeObject(container, "report.pdf", request.getBody(),
                request.getHeaders().getContentLength(), StoreOptions.builder().contentType("application/pdf").build());

        // download: a controller can return the Flux as it is
        Flux<DataBuffer> content = rx.fetchObject(container, "report.pdf");
        Flux<DataBuffer> part = rx.fetchObject(container, "report.pdf", RangeSpec.of(0, 1024));
        Mono<StreamedObject> opened = rx.openObject(container, "report.pdf");  // headers + content

        Mono<StorageObject> head = rx.getObject(container, "report.pdf");
        Flux<StorageObject> all = rx.listObjects(container);                     // every page, lazily
        Flux<StorageObject> some = rx.listObjects(container, ListOptions.builder().prefix("2024/").build());
        Flux<String> containers = rx.listContainers();
        Mono<Void> gone = rx.deleteObject(container, "report.pdf");
        Mono<Container> created = rx.createContainer(container);
        Mono<Void> removed = rx.deleteContainer(container);
    }

    // ---------------------------------------------------------------- folders

    /**
     * Uploading a folder, then monitoring and interrupting the upload: two blocks of the guide,
     * the second using the {@code upload} and {@code key} of the first.
     */
    public void uploadingAFolder(ObjectStorage cf, Path folder, String container) throws InterruptedException {
        // into a container named after the folder ('cool_project' for /home/me/projects/cool_project)
        FolderUpload upload = cf.uploadFolder(folder);

        // into another container (created when missing)
        upload = cf.uploadFolder(folder, container);

        // ignoring one or several patterns, with pyrax's upload_file options and a parallelism
        upload = cf.uploadFolder(folder, FolderUploadOptions.builder().container(container)
                .ignore("*.pyc", "*.tgz", "tmp*")
                .contentType("text/plain")          // else guessed per file from its name
                .contentEncoding("gzip")
                .ttl(Duration.ofDays(7))
                .parallelism(4).build());                   // files uploaded at once; default 8

        String key = upload.key();                      // pyrax's upload_key
        long total = upload.totalBytes();               // pyrax's total_bytes

        // pyrax style, by key
        long sent = cf.getUploaded(key);                // bytes uploaded so far
        cf.cancelFolderUpload(key);                     // true when a running upload was stopped

        // or on the handle
        while (!upload.isDone()) {
            out.printf("%d%%%n", 100 * upload.uploadedBytes() / Math.max(1, upload.totalBytes()));
            Thread.sleep(1000);
        }
        FolderUploadResult result = upload.await();     // or await(Duration), or future()
        result.filesUploaded(); result.bytesUploaded(); result.cancelled();
        for (FileFailure failure : result.failures()) {
            log.warn("{}: {}", failure.name(), failure.reason());
        }
    }

    /** Syncing a local folder with a container. */
    public void syncingAFolder(ObjectStorage cf, Path folder, String container) {
        Container remote = cf.createContainer(container);
        SyncResult result = cf.syncFolderToContainer(folder, remote.name());

        // the manual's parameters, positionally
        cf.syncFolderToContainer(folder, remote.name(),
                false,                 // includeHidden
                false,                 // ignoreTimestamps
                "backup",              // prefix: objects are named backup/<relative path>
                List.of("*.tmp"),      // ignore
                true);                 // delete remote objects that have no local file

        // or with options, a parallelism and a listener
        cf.syncFolderToContainer(folder, remote.name(), SyncOptions.builder()
                .prefix("backup").ignore("*.tmp").delete(true)
                .parallelism(16)                      // files hashed and uploaded at once; default 16
                .listener(new SyncListener() {
                    @Override public void fileSynced(SyncEvent e) { log.info("{} {}", e.action(), e.name()); }
                }).build());

        result.uploaded(); result.skippedIdentical(); result.skippedOlder(); result.deleted();
        result.failed(); result.bytesUploaded(); result.duration();
    }
}
