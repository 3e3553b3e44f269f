package org.cloudsdk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.objectstorage.ObjectListing;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.StorageObject;
import org.cloudsdk.objectstorage.StoreOptions;
import org.cloudsdk.objectstorage.SyncResult;

/**
 * cloud-sdk's benchmark entry point: one task per process, through the SDK's public API only
 * ({@code CloudContext.builder()...build().objectStorage()}), with the demo account of the local
 * cloud. The context reads neither a configuration file nor {@code CLOUD_*} variables, so this
 * machine's settings cannot change what is measured.
 *
 * <pre>
 * sync &lt;folder&gt; &lt;container&gt;                 syncFolderToContainer (pyrax's defaults)
 * upload &lt;file&gt; &lt;container&gt; &lt;object&gt;       uploadFile (streamed, ETag checked)
 * download &lt;container&gt; &lt;object&gt; &lt;file&gt;     downloadObject (streamed, MD5 checked)
 * load &lt;container&gt; &lt;threads&gt; &lt;calls&gt;      HEAD + GET mix on one shared context
 * list &lt;container&gt;                         iterateObjects, every entry counted
 * iterate-wiremock &lt;count&gt;                 iterateObjects over a synthetic WireMock listing
 * </pre>
 *
 * <p>One context serves every run of a warm process ({@link CommandLine}).
 */
public final class SdkCli implements StorageCli {

    private CloudContext context;

    private SdkCli() {
    }

    /** @param args the subcommand and its arguments */
    public static void main(String[] args) {
        StorageCli.commandLine("SdkCli", SdkCli::new)
                .on("iterate-wiremock", List.of("count"),
                        (cli, a) -> iterateWireMock(CommandLine.positive(a.get(0), "count")))
                .runAndExit(args);
    }

    /** The context is built on first use, so that iterate-wiremock, which brings its own, never builds it. */
    private ObjectStorage storage() {
        if (context == null) {
            context = SdkContexts.of(CloudAccount.load());
        }
        return context.objectStorage();
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }

    @Override
    public int sync(Path folder, String container) {
        SyncResult result = storage().syncFolderToContainer(folder, container);
        CommandLine.result("uploaded", result.uploaded(), "unchanged", result.skippedIdentical(), "older",
                result.skippedOlder(), "failed", result.failed().size());
        if (!result.succeeded()) {
            result.failed().forEach(failure -> System.err.println("failed: " + failure));
            return CommandLine.EXIT_FAILED;
        }
        return CommandLine.EXIT_OK;
    }

    @Override
    public int upload(Path file, String container, String object) {
        StorageObject stored = storage().uploadFile(container, file, object, StoreOptions.defaults());
        CommandLine.result("bytes", stored.bytes(), "etag", stored.etag());
        return CommandLine.EXIT_OK;
    }

    @Override
    public int download(String container, String object, Path file) throws Exception {
        Path directory = file.toAbsolutePath().getParent();
        Path written = storage().downloadObject(container, object, directory, false);
        if (!written.equals(file.toAbsolutePath())) {
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
        }
        CommandLine.result("bytes", Files.size(file));
        return CommandLine.EXIT_OK;
    }

    @Override
    public int load(String container, int threads, int calls) throws InterruptedException {
        ObjectStorage storage = storage();
        List<String> objects = storage.listObjectNames(container);
        LoadDriver.Outcome outcome = LoadDriver.run(objects, threads, calls, new LoadDriver.Client() {
            @Override
            public void head(String object) {
                storage.getObject(container, object);
            }

            @Override
            public long get(String object) {
                return storage.fetchObject(container, object).length;
            }
        });
        outcome.report();
        return outcome.exitCode();
    }

    @Override
    public int list(String container) {
        CommandLine.result("count", count(storage().iterateObjects(container)));
        return CommandLine.EXIT_OK;
    }

    private static int iterateWireMock(int count) {
        try (SyntheticListing server = new SyntheticListing(count);
                CloudContext context = SdkContexts.isolated().authEndpoint(server.authUrl()).region("RegionOne")
                        .username("bench").password("bench").tenantName("bench").build()) {
            long seen = count(context.objectStorage().iterateObjects(SyntheticListing.CONTAINER));
            Runtime runtime = Runtime.getRuntime();
            CommandLine.result("count", seen, "maxHeapMiB", runtime.maxMemory() >> 20);
            if (seen != count) {
                System.err.println("expected " + count + " entries, iterated " + seen);
                return CommandLine.EXIT_FAILED;
            }
        }
        return CommandLine.EXIT_OK;
    }

    private static long count(ObjectListing listing) {
        long count = 0;
        while (listing.hasNext()) {
            listing.next();
            count++;
        }
        return count;
    }
}
