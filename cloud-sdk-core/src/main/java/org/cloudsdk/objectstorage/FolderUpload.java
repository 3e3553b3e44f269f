package org.cloudsdk.objectstorage;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ErrorDetails;
import org.jspecify.annotations.Nullable;

/**
 * A folder upload running in the background, pyrax's {@code (upload_key, total_bytes)} pair as a
 * handle: its {@link #key()} and {@link #totalBytes()} are known at once, and the files are
 * uploaded on a bounded pool of their own threads.
 *
 * <pre>{@code
 * FolderUpload upload = cf.uploadFolder(Path.of("/home/me/projects/cool_project"));
 * while (!upload.isDone()) {
 *     System.out.printf("%d of %d bytes%n", upload.uploadedBytes(), upload.totalBytes());
 *     Thread.sleep(1000);
 * }
 * FolderUploadResult result = upload.await();
 * }</pre>
 *
 * <p>Thread-safe: poll, cancel and await from any thread.
 */
public final class FolderUpload {

    private final Path folder;
    private final FolderUploadJob job;
    private final FolderUploadRegistry registry;

    FolderUpload(Path folder, FolderUploadJob job, FolderUploadRegistry registry) {
        this.folder = Objects.requireNonNull(folder, "folder must not be null");
        this.job = Objects.requireNonNull(job, "job must not be null");
        this.registry = Objects.requireNonNull(registry, "registry must not be null");
    }

    /**
     * Walks the folder in the calling thread, registers the upload and starts it in the background.
     *
     * @param storage the client
     * @param folder the folder
     * @param options what to upload, where and how
     * @param registry where the client keeps its uploads
     * @return the running upload
     */
    static FolderUpload start(ObjectStorage storage, Path folder, FolderUploadOptions options,
            FolderUploadRegistry registry) {
        Objects.requireNonNull(options, "options must not be null");
        FolderWalker.Walk walk = FolderWalker.walk(folder, IgnorePatterns.of(options.ignore()),
                options.includeHidden());
        String container = options.container() != null ? options.container() : containerNamedAfter(folder);
        FolderUpload upload = new FolderUpload(folder, new FolderUploadJob(storage, UUID.randomUUID().toString(),
                container, options, walk), registry);
        // started before it is findable, so that a cancel by key always finds it running
        upload.job.start();
        registry.add(upload);
        return upload;
    }

    /** pyrax's default: the container is named after the folder. */
    private static String containerNamedAfter(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        if (name == null) {
            throw new IllegalArgumentException("folder " + folder + " has no name to name the container after: "
                    + "give a container");
        }
        return NameRules.container("container (the folder's name)", name.toString());
    }

    /** @return the key that {@code getUploaded(key)} and {@code cancelFolderUpload(key)} take */
    public String key() {
        return job.key();
    }

    /** @return the folder being uploaded */
    public Path folder() {
        return folder;
    }

    /** @return the container the files go to */
    public String container() {
        return job.container();
    }

    /** @return how many files are to be uploaded (after the ignore patterns) */
    public int totalFiles() {
        return job.totalFiles();
    }

    /** @return the size of the files to be uploaded, measured before the upload started */
    public long totalBytes() {
        return job.totalBytes();
    }

    /**
     * The bytes uploaded so far, counted as they are sent (pyrax's {@code get_uploaded}). It counts
     * the files stored and the parts sent of those being stored, so it can step back when a file
     * fails half-way.
     *
     * @return the bytes uploaded so far
     */
    public long uploadedBytes() {
        return job.uploadedBytes();
    }

    /** @return how many files are stored so far */
    public int uploadedFiles() {
        return job.uploadedFiles();
    }

    /** @return whether the upload has ended: finished, failed or cancelled */
    public boolean isDone() {
        return job.result().isDone();
    }

    /**
     * Stops the upload (pyrax's {@code cancel_folder_upload}): files not started are not uploaded,
     * and the files being sent are aborted mid-file, so none is left half-stored. A file whose
     * content had been wholly sent and was only waiting for the server's answer may still be
     * stored, whole, a moment later. Returns at once; {@link #await()} returns once the aborted
     * uploads have stopped.
     *
     * @return false when the upload had already ended
     */
    public boolean cancel() {
        return job.cancel();
    }

    /**
     * Waits for the end of the upload and forgets it: afterwards its key is unknown to
     * {@code getUploaded} and {@code cancelFolderUpload}.
     *
     * @return what was uploaded, what failed and why
     * @throws CloudException when the upload could not start (the container could not be found or
     *     created), or when the waiting thread is interrupted (its interrupt flag is kept)
     */
    public FolderUploadResult await() {
        try {
            return taken(job.result().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudException("interrupted while waiting for the folder upload " + key(), e);
        } catch (ExecutionException e) {
            registry.remove(key());
            throw unwrap(e.getCause());
        }
    }

    /**
     * Waits at most {@code timeout} for the end of the upload; when it ended, forgets it as
     * {@link #await()} does.
     *
     * @param timeout how long to wait
     * @return the result, or empty when the upload is still running
     * @throws CloudException as {@link #await()}
     */
    public Optional<FolderUploadResult> await(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout must not be null");
        try {
            return Optional.of(taken(job.result().get(timeout.toNanos(), TimeUnit.NANOSECONDS)));
        } catch (TimeoutException stillRunning) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudException("interrupted while waiting for the folder upload " + key(), e);
        } catch (ExecutionException e) {
            registry.remove(key());
            throw unwrap(e.getCause());
        }
    }

    /**
     * @return a future of the result, for composing; a copy, so completing or cancelling it
     *     changes nothing here (use {@link #cancel()} to stop the upload)
     */
    public CompletableFuture<FolderUploadResult> future() {
        return job.result().copy();
    }

    /** @return when the upload ended, or null while it runs */
    @Nullable Instant finishedAt() {
        return job.finished();
    }

    private FolderUploadResult taken(FolderUploadResult result) {
        registry.remove(key());
        return result;
    }

    private static RuntimeException unwrap(@Nullable Throwable cause) {
        if (cause instanceof CompletionException || cause instanceof CancellationException) {
            Throwable inner = cause.getCause();
            cause = inner != null ? inner : cause;
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new CloudException("the folder upload failed", ErrorDetails.NONE, cause);
    }

    @Override
    public String toString() {
        return "FolderUpload[" + key() + ", " + folder + " -> " + container() + ", " + uploadedBytes() + "/"
                + totalBytes() + " bytes" + (isDone() ? ", done" : "") + "]";
    }
}
