package org.cloudsdk.it.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.cloudsdk.CloudContext;
import org.cloudsdk.it.LocalCloud;
import org.cloudsdk.it.objectstorage.LocalSwift.TestContainer;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.StorageObject;
import org.cloudsdk.objectstorage.SyncEvent;
import org.cloudsdk.objectstorage.SyncListener;
import org.cloudsdk.objectstorage.SyncOptions;
import org.cloudsdk.objectstorage.SyncResult;
import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder sync rides through an outage of the object store with the default retry settings: the
 * local Swift's public proxy is killed while the sync's uploads are in flight and started again
 * seconds later, and the sync still ends with every file uploaded and the container identical to
 * the folder (names and MD5s).
 */
class FolderSyncOutageIT {

    private static final int FILES = 400;
    /** The outage starts once this many files are uploaded, so that the others are in flight or waiting. */
    private static final int KILL_AFTER = 40;
    private static final long OUTAGE_MILLIS = 7_000;

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aSyncDuringWhichTheProxyIsKilledAndRestartedUploadsEveryFile() throws Exception {
        Map<String, String> local = writeFiles();
        SwiftProxyOutage proxy = new SwiftProxyOutage();
        proxy.awaitAnswer();
        AtomicInteger uploaded = new AtomicInteger();
        AtomicInteger uploadedWhenKilled = new AtomicInteger(-1);
        AtomicBoolean outageStarted = new AtomicBoolean();
        CompletableFuture<Void> outage = new CompletableFuture<>();
        SyncListener killer = new SyncListener() {
            @Override
            public void fileSynced(SyncEvent event) {
                if (event.action() == SyncEvent.Action.UPLOADED && uploaded.incrementAndGet() == KILL_AFTER
                        && outageStarted.compareAndSet(false, true)) {
                    // killed on this worker thread, before it takes its next file: the others are mid-upload
                    try {
                        proxy.kill();
                        uploadedWhenKilled.set(uploaded.get());
                    } catch (IOException | InterruptedException | RuntimeException e) {
                        outage.completeExceptionally(e);
                        return;
                    }
                    CompletableFuture.runAsync(() -> {
                        try {
                            proxy.restart();
                            outage.complete(null);
                        } catch (Exception e) {
                            outage.completeExceptionally(e);
                        }
                    }, CompletableFuture.delayedExecutor(OUTAGE_MILLIS, TimeUnit.MILLISECONDS));
                }
            }
        };

        try (CloudContext context = LocalCloud.demo().build()) {
            ObjectStorage storage = context.objectStorage();
            try (TestContainer container = TestContainer.create(storage)) {
                SyncResult result;
                try {
                    result = storage.syncFolderToContainer(folder, container.name(),
                            SyncOptions.builder().listener(killer).build());
                } finally {
                    restoreProxy(proxy, outage, outageStarted.get());
                }

                assertThat(outageStarted).as("the proxy was killed during the sync").isTrue();
                // the files not uploaded yet when the proxy died can only have been stored after its restart
                assertThat(uploadedWhenKilled.get()).as("files uploaded when the proxy was killed")
                        .isBetween(KILL_AFTER, FILES - 1);
                assertThat(result.failed()).isEmpty();
                assertThat(result.uploaded()).isEqualTo(FILES);
                Map<String, String> remote = storage.getObjects(container.name()).stream()
                        .collect(Collectors.toMap(StorageObject::name, StorageObject::etag));
                assertThat(remote).isEqualTo(local);
            }
        }
    }

    /** Waits for the restart the listener scheduled, or restarts the proxy itself; either way it answers after. */
    private static void restoreProxy(SwiftProxyOutage proxy, CompletableFuture<Void> outage, boolean started)
            throws Exception {
        if (started) {
            try {
                outage.get(7, TimeUnit.MINUTES);
                return;
            } catch (ExecutionException | TimeoutException e) {
                if (!proxy.answers()) {
                    proxy.restart();
                }
                if (e instanceof ExecutionException failed && failed.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        }
        if (!proxy.answers()) {
            proxy.restart();
        }
    }

    private Map<String, String> writeFiles() throws IOException {
        Random random = new Random(15);
        Map<String, String> md5s = new HashMap<>();
        for (int i = 0; i < FILES; i++) {
            byte[] content = new byte[200 + random.nextInt(4000)];
            random.nextBytes(content);
            String name = String.format("dir%d/file-%03d.bin", i % 5, i);
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            md5s.put(name, Checksums.md5(content));
        }
        return md5s;
    }
}
