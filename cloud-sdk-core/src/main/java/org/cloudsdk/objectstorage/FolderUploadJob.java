package org.cloudsdk.objectstorage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.cloudsdk.errors.NoSuchContainerException;
import org.jspecify.annotations.Nullable;

/**
 * The work behind a {@link FolderUpload}: ensures the container, then stores each file, at most
 * {@code parallelism} at once, on the client's transfer executor (or threads of its own), counting
 * bytes as they are sent and collecting every failure.
 *
 * <p>Thread-safe: the counters are atomic, failures go to a concurrent queue, and the container
 * check runs once under a lock.
 */
final class FolderUploadJob {

    private final ObjectStorage storage;
    private final String key;
    private final String container;
    private final FolderUploadOptions options;
    private final FolderWalker.Walk walk;
    private final StoreOptions storeOptions;
    private final AtomicLong uploadedBytes = new AtomicLong();
    private final AtomicLong storedBytes = new AtomicLong();
    private final AtomicInteger storedFiles = new AtomicInteger();
    private final Queue<FileFailure> failures = new ConcurrentLinkedQueue<>();
    private final CompletableFuture<FolderUploadResult> result = new CompletableFuture<>();
    private final Object containerLock = new Object();
    private boolean containerChecked;
    private @Nullable RuntimeException containerFailure;
    private volatile @Nullable Instant finished;
    private volatile boolean cancelled;
    private @Nullable BoundedWorkers workers;

    FolderUploadJob(ObjectStorage storage, String key, String container, FolderUploadOptions options,
            FolderWalker.Walk walk) {
        this.storage = storage;
        this.key = key;
        this.container = container;
        this.options = options;
        this.walk = walk;
        this.storeOptions = options.storeOptions();
        failures.addAll(walk.problems());
    }

    /** Starts the uploads in the background; returns at once. */
    synchronized void start() {
        Instant started = Instant.now();
        List<Runnable> tasks = new ArrayList<>();
        for (LocalFile file : walk.files()) {
            tasks.add(() -> upload(file));
        }
        if (tasks.isEmpty()) {
            // an empty folder still gets its container, as in pyrax
            tasks.add(this::containerReady);
        }
        BoundedWorkers running = BoundedWorkers.start(storage.transferExecutor(), "folder-upload",
                options.parallelism(), tasks);
        workers = running;
        running.done().whenComplete((ignored, unexpected) -> finish(started));
    }

    /** @return false when the upload had already finished */
    synchronized boolean cancel() {
        BoundedWorkers running = workers;
        // not started cannot be: start() runs before the upload can be found to cancel
        if (result.isDone() || running == null) {
            return false;
        }
        // set before the interrupts, so that the aborted uploads know they were not failures
        cancelled = true;
        return running.cancel();
    }

    private void upload(LocalFile file) {
        if (!containerReady()) {
            return;
        }
        FileProgress progress = new FileProgress(file.size(), uploadedBytes::addAndGet);
        try {
            StorageObject stored = storage.uploadFile(container, file.path(), file.relativeName(),
                    storeOptions.toBuilder().listener(progress).build());
            progress.complete();
            storedBytes.addAndGet(stored.bytes());
            storedFiles.incrementAndGet();
        } catch (RuntimeException e) {
            progress.retract();
            // an upload aborted by cancel() is not a failure of the file
            if (!cancelled) {
                failures.add(FileFailure.of(file.relativeName(), e));
            }
        }
    }

    /** Checks the container once for all workers; creates it when missing. */
    private boolean containerReady() {
        synchronized (containerLock) {
            if (!containerChecked) {
                containerChecked = true;
                try {
                    ensureContainer();
                } catch (RuntimeException e) {
                    containerFailure = e;
                }
            }
            return containerFailure == null;
        }
    }

    private void ensureContainer() {
        try {
            // HEAD first: a user allowed to write into a container may not be allowed to PUT one
            storage.getContainer(container);
        } catch (NoSuchContainerException missing) {
            storage.createContainer(container);
        }
    }

    private void finish(Instant started) {
        Instant ended = Instant.now();
        finished = ended;
        // a cancel that came after the last file was stored stopped nothing
        boolean stoppedEarly = cancelled && storedFiles.get() < walk.files().size();
        RuntimeException failure;
        synchronized (containerLock) {
            failure = containerFailure;
        }
        if (failure != null && !stoppedEarly) {
            result.completeExceptionally(failure);
            return;
        }
        List<FileFailure> sorted = new ArrayList<>(failures);
        sorted.sort(Comparator.comparing(FileFailure::name));
        result.complete(new FolderUploadResult(key, container, walk.files().size(), walk.totalBytes(),
                storedFiles.get(), storedBytes.get(), sorted, stoppedEarly, Duration.between(started, ended)));
    }

    String key() {
        return key;
    }

    String container() {
        return container;
    }

    int totalFiles() {
        return walk.files().size();
    }

    long totalBytes() {
        return walk.totalBytes();
    }

    long uploadedBytes() {
        return uploadedBytes.get();
    }

    int uploadedFiles() {
        return storedFiles.get();
    }

    CompletableFuture<FolderUploadResult> result() {
        return result;
    }

    /** @return when the upload ended, or null while it runs */
    @Nullable Instant finished() {
        return result.isDone() ? finished : null;
    }
}
