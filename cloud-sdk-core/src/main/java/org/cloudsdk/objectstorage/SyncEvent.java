package org.cloudsdk.objectstorage;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One file's outcome in a folder sync.
 *
 * @param name the object's name (prefix included)
 * @param action what happened to it
 * @param bytes the bytes stored for {@link Action#UPLOADED}, the local file's size for the
 *     skips, 0 for deletions and failures
 * @param reason why it failed, or null
 */
public record SyncEvent(String name, Action action, long bytes, @Nullable String reason) {

    /** Checks the values. */
    public SyncEvent {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(action, "action must not be null");
    }

    /** What a sync did with a file or object. */
    public enum Action {
        /** The local file was stored: new, or different and (unless timestamps are ignored) newer. */
        UPLOADED,
        /** The remote copy has the same content. */
        SKIPPED_IDENTICAL,
        /** The remote copy differs but is newer than the local file, and timestamps count. */
        SKIPPED_OLDER,
        /** The object had no local file and {@code delete} was set. */
        DELETED,
        /** The file could not be read, compared or stored, or the object could not be deleted. */
        FAILED
    }
}
