package org.cloudsdk.objectstorage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.util.Checksums;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriUtils;

/**
 * One run of pyrax's {@code sync_folder_to_container}: walks the folder, lists the container once
 * (paged, restricted to the prefix), decides each file locally with {@link SyncPlanner}, hashes and
 * uploads at most {@code parallelism} files at once (the calling thread and workers on the
 * client's transfer executor, or threads of their own), and deletes the extras with one bulk
 * delete. The swift CLI and rclone HEAD every object before deciding; here only objects whose
 * listing cannot tell their MD5 (those that may be segmented) are asked for.
 *
 * <p>Not reusable: one instance per run; its counters are shared by the run's workers.
 */
final class FolderSync {

    private static final Logger LOG = LoggerFactory.getLogger(FolderSync.class);

    private final ObjectStorage storage;
    private final Path folder;
    private final String container;
    private final SyncOptions options;
    private final SyncPlanner planner;
    private final SyncListener listener;
    private final IgnorePatterns ignore;
    private final AtomicInteger uploaded = new AtomicInteger();
    private final AtomicInteger skippedIdentical = new AtomicInteger();
    private final AtomicInteger skippedOlder = new AtomicInteger();
    private final AtomicLong bytesUploaded = new AtomicLong();
    private final Queue<FileFailure> failures = new ConcurrentLinkedQueue<>();
    /** By relative name: its hash code is cached in the one String every step shares (a Path's is not). */
    private final Map<String, String> hashedEarly = new ConcurrentHashMap<>();
    private final AtomicBoolean listenerFailureLogged = new AtomicBoolean();
    private volatile boolean interrupted;

    /**
     * @param storage the client
     * @param folder the local folder
     * @param container the target container, which must exist
     * @param options what to include, the prefix, deletion, parallelism, listener
     * @param segmentThreshold the size above which uploads are segmented
     */
    FolderSync(ObjectStorage storage, Path folder, String container, SyncOptions options, long segmentThreshold) {
        this.storage = storage;
        this.folder = folder;
        this.container = NameRules.container(container);
        this.options = options;
        this.planner = new SyncPlanner(options.ignoreTimestamps(), segmentThreshold);
        SyncListener given = options.listener();
        this.listener = given != null ? given : new SyncListener() {
        };
        this.ignore = IgnorePatterns.of(options.ignore());
    }

    /**
     * @return what was done
     * @throws org.cloudsdk.errors.NoSuchContainerException when the container does not exist
     * @throws CloudException when the listing fails, or when the calling thread is interrupted
     *     (the running uploads are aborted first; its interrupt flag is kept)
     */
    SyncResult run() {
        long start = System.nanoTime();
        String prefix = options.objectPrefix();
        // the listing (and the authentication before it, on a fresh context) travels while the
        // folder is walked and its small files hashed: local and remote work overlap
        CompletableFuture<Map<String, StorageObject>> listing = new CompletableFuture<>();
        BoundedWorkers lister = listInBackground(prefix, listing);
        FolderWalker.Walk walk;
        try {
            walk = FolderWalker.walk(folder, ignore, options.includeHidden());
            walk.problems().forEach(this::failed);
            hashWhileListing(walk.files(), listing, lister);
        } catch (RuntimeException e) {
            lister.cancel();
            throw e;
        }
        Map<String, StorageObject> remote = await(listing, lister);

        List<Runnable> tasks = new ArrayList<>(walk.files().size());
        Set<String> localNames = new HashSet<>();
        for (LocalFile file : walk.files()) {
            String name = prefix + file.relativeName();
            localNames.add(name);
            StorageObject listed = remote.get(name);
            tasks.add(() -> syncOne(file, name, listed));
        }
        awaitAll(BoundedWorkers.startWithCaller(storage.transferExecutor(), "folder-sync", options.parallelism(),
                tasks));

        int deleted = options.delete() ? deleteExtras(remote.keySet(), localNames, prefix, walk.problems()) : 0;
        List<FileFailure> sorted = new ArrayList<>(failures);
        sorted.sort(Comparator.comparing(FileFailure::name));
        return new SyncResult(uploaded.get(), skippedIdentical.get(), skippedOlder.get(), deleted, sorted,
                bytesUploaded.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    private BoundedWorkers listInBackground(String prefix, CompletableFuture<Map<String, StorageObject>> listing) {
        return BoundedWorkers.start(storage.transferExecutor(), "folder-sync-listing", 1, List.of(() -> {
            try {
                listing.complete(listRemote(prefix));
            } catch (RuntimeException | Error e) {
                listing.completeExceptionally(e);
            }
        }));
    }

    /**
     * Hashes small files (the ones a resync compares by MD5 and that cost little to read) for as
     * long as the listing is in flight, and not a file longer: when the container turns out to be
     * empty, at most that time's hashing was spent for nothing.
     */
    private void hashWhileListing(List<LocalFile> files, CompletableFuture<?> listing, BoundedWorkers lister) {
        List<Runnable> tasks = new ArrayList<>();
        for (LocalFile file : files) {
            if (file.size() <= UploadContent.SMALL_FILE) {
                tasks.add(() -> {
                    if (!listing.isDone()) {
                        try {
                            hashedEarly.put(file.relativeName(), hash(file));
                        } catch (IOException | UncheckedIOException unreadableNow) {
                            // hashed (and failed) again when the file's turn comes
                        }
                    }
                });
            }
        }
        BoundedWorkers hashing = BoundedWorkers.startWithCaller(storage.transferExecutor(), "folder-sync-hash",
                options.parallelism(), tasks);
        try {
            // the listing runs here when no thread of the executor has taken it yet; then the
            // hashing that is left (none once the listing is in) is shared with the workers
            lister.helpAndAwait();
            hashing.helpAndAwait();
        } catch (InterruptedException e) {
            hashing.cancel();
            lister.cancel();
            Thread.currentThread().interrupt();
            throw interruptedSync(e);
        }
    }

    private Map<String, StorageObject> await(CompletableFuture<Map<String, StorageObject>> listing,
            BoundedWorkers lister) {
        try {
            return listing.get();
        } catch (InterruptedException e) {
            lister.cancel();
            Thread.currentThread().interrupt();
            throw interruptedSync(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("the listing of container '" + container + "' failed", e.getCause());
        }
    }

    private String md5(LocalFile file) throws IOException {
        String early = hashedEarly.get(file.relativeName());
        return early != null ? early : hash(file);
    }

    private static String hash(LocalFile file) throws IOException {
        return Checksums.md5(file.path());
    }

    /** The one listing: every object under the prefix, page by page. */
    private Map<String, StorageObject> listRemote(String prefix) {
        Map<String, StorageObject> remote = new LinkedHashMap<>();
        new ObjectListing(container, storage.objectListing(storage.client(), container, prefix.isEmpty() ? null
                : prefix, (char) 0, null, null, storage.settings().listingPageSize()))
                .forEachRemaining(object -> remote.put(object.name(), object));
        return remote;
    }

    private void syncOne(LocalFile file, String name, @Nullable StorageObject listed) {
        try {
            RemoteCopy copy = listed == null ? null
                    : planner.needsHead(listed.etag(), listed.bytes()) ? head(name, listed) : RemoteCopy.fromListing(listed);
            switch (planner.decide(file, copy, this::md5)) {
                case UPLOAD -> upload(file, name);
                case SKIP_IDENTICAL -> {
                    skippedIdentical.incrementAndGet();
                    tell(new SyncEvent(name, SyncEvent.Action.SKIPPED_IDENTICAL, file.size(), null));
                }
                case SKIP_OLDER -> {
                    skippedOlder.incrementAndGet();
                    tell(new SyncEvent(name, SyncEvent.Action.SKIPPED_OLDER, file.size(), null));
                }
            }
        } catch (Exception e) {
            // an upload aborted because the caller was interrupted is not the file's failure
            if (!interrupted) {
                failed(FileFailure.of(name, e));
            }
        }
    }

    private @Nullable RemoteCopy head(String name, StorageObject listed) {
        try {
            ApiResponse response = storage.client().execute(storage.client().request(HttpMethod.HEAD, "get_object")
                    .path(SwiftPaths.OBJECT, container, name));
            return RemoteCopy.fromHead(response.headers(), listed.bytes(), listed.lastModified());
        } catch (NotFoundException goneSinceTheListing) {
            return null;
        }
    }

    private void upload(LocalFile file, String name) {
        StorageObject stored = storage.uploadFile(container, file.path(), name,
                StoreOptions.builder().listener(this::tellBytes).build());
        uploaded.incrementAndGet();
        bytesUploaded.addAndGet(stored.bytes());
        tell(new SyncEvent(name, SyncEvent.Action.UPLOADED, stored.bytes(), null));
    }

    /**
     * Deletes, in one bulk delete, the objects under the prefix without a local file. Kept: objects
     * whose local twin is hidden or ignored (excluded is not missing), pseudo-folder markers (names
     * ending with {@code /}), and anything under a local folder that could not be read.
     */
    private int deleteExtras(Set<String> remoteNames, Set<String> localNames, String prefix,
            List<FileFailure> unreadable) {
        List<String> extras = new ArrayList<>();
        for (String name : remoteNames) {
            String relative = name.substring(prefix.length());
            if (!localNames.contains(name) && !name.endsWith("/")
                    && !FolderWalker.isExcluded(relative, ignore, options.includeHidden())
                    && !underUnreadable(relative, unreadable)) {
                extras.add(name);
            }
        }
        if (extras.isEmpty()) {
            return 0;
        }
        BulkDeleteResult result;
        try {
            result = storage.bulkDelete(container, extras);
        } catch (CloudException e) {
            extras.forEach(name -> failed(FileFailure.of(name, "cannot be deleted", e)));
            return 0;
        }
        Set<String> refused = new HashSet<>();
        for (BulkDeleteResult.Failure error : result.errors()) {
            String name = objectName(error.name());
            refused.add(name);
            failed(new FileFailure(name, "cannot be deleted: " + error.status(), null));
        }
        int deleted = 0;
        for (String name : extras) {
            if (!refused.contains(name)) {
                deleted++;
                tell(new SyncEvent(name, SyncEvent.Action.DELETED, 0, null));
            }
        }
        return deleted;
    }

    private static boolean underUnreadable(String relative, List<FileFailure> unreadable) {
        for (FileFailure problem : unreadable) {
            String path = problem.name();
            if (path.isEmpty() || relative.equals(path) || relative.startsWith(path + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Bulk delete reports {@code /container/object}; the object part may be URL-encoded. */
    private String objectName(String reported) {
        String path = reported.startsWith("/") ? reported.substring(1) : reported;
        int slash = path.indexOf('/');
        String object = slash >= 0 ? path.substring(slash + 1) : path;
        try {
            return UriUtils.decode(object, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return object;
        }
    }

    /** The calling thread uploads too, as one of the parallelism workers, then waits for the others. */
    private void awaitAll(BoundedWorkers workers) {
        try {
            workers.helpAndAwait();
        } catch (InterruptedException e) {
            interrupted = true;
            workers.cancel();
            // let the aborted uploads stop before returning, so none is left running
            workers.done().join();
            Thread.currentThread().interrupt();
            throw interruptedSync(e);
        }
    }

    private CloudException interruptedSync(InterruptedException e) {
        return new CloudException("interrupted while syncing " + folder + " to container '" + container + "'", e);
    }

    /** A listener that throws must not fail the file it was told about. */
    private void tell(SyncEvent event) {
        try {
            listener.fileSynced(event);
        } catch (RuntimeException e) {
            LOG.warn("the sync listener failed on {} {}", event.action(), event.name(), e);
        }
    }

    /** Called per chunk sent: a broken listener is logged once, not once per chunk. */
    private void tellBytes(long bytes) {
        try {
            listener.bytesTransferred(bytes);
        } catch (RuntimeException e) {
            if (listenerFailureLogged.compareAndSet(false, true)) {
                LOG.warn("the sync listener failed on bytes sent (logged once per sync)", e);
            }
        }
    }

    private void failed(FileFailure failure) {
        failures.add(failure);
        tell(new SyncEvent(failure.name(), SyncEvent.Action.FAILED, 0, failure.reason()));
    }
}
