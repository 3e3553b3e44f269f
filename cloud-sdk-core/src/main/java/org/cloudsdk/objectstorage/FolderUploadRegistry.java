package org.cloudsdk.objectstorage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folder uploads of one {@link ObjectStorage}, by key, so that {@code getUploaded(key)} and
 * {@code cancelFolderUpload(key)} can find them (pyrax kept this in a class attribute shared by
 * every client; here each client has its own). A finished upload leaves when it is awaited, or
 * once it has been finished for the retention time; expired entries are swept on each access, so
 * no thread is needed for it.
 *
 * <p>Thread-safe.
 */
final class FolderUploadRegistry {

    /** How long a finished upload that nobody awaited stays findable by its key. */
    static final Duration DEFAULT_RETENTION = Duration.ofMinutes(10);

    private final Map<String, FolderUpload> uploads = new ConcurrentHashMap<>();
    private final Duration retention;
    private final Clock clock;

    /** @param retention how long finished uploads stay @param clock the time source */
    FolderUploadRegistry(Duration retention, Clock clock) {
        this.retention = Objects.requireNonNull(retention, "retention must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /** A registry keeping finished uploads {@link #DEFAULT_RETENTION}. */
    FolderUploadRegistry() {
        this(DEFAULT_RETENTION, Clock.systemUTC());
    }

    /** @param upload a new upload */
    void add(FolderUpload upload) {
        sweep();
        uploads.put(upload.key(), upload);
    }

    /** @param key an upload's key @return the upload, unless unknown or gone */
    Optional<FolderUpload> find(String key) {
        sweep();
        return key == null ? Optional.empty() : Optional.ofNullable(uploads.get(key));
    }

    /** @param key the key of an upload whose result was taken */
    void remove(String key) {
        uploads.remove(key);
    }

    /** @return how many uploads are known (running, or finished and kept) */
    int size() {
        sweep();
        return uploads.size();
    }

    private void sweep() {
        Instant expired = clock.instant().minus(retention);
        uploads.values().removeIf(upload -> {
            Instant finished = upload.finishedAt();
            return finished != null && !finished.isAfter(expired);
        });
    }
}
