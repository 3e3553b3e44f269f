package org.cloudsdk.objectstorage;

import java.util.List;
import java.util.Objects;

/**
 * Optional parameters of
 * {@link ObjectStorage#syncFolderToContainer(java.nio.file.Path, String, SyncOptions)}, pyrax's
 * {@code sync_folder_to_container} keyword arguments plus parallelism and a progress listener.
 * Immutable: each {@code with...} method returns a copy.
 *
 * <pre>{@code
 * SyncOptions.defaults().withPrefix("backup").withIgnore("*.tmp").withDelete(true)
 * }</pre>
 *
 * @param includeHidden false (the default, as in pyrax) to leave out files and folders whose name
 *     starts with {@code .}, such as {@code .git} or vim's {@code .swp} files
 * @param ignoreTimestamps what to do when a file differs from its remote copy: false (the default)
 *     uploads it only when it is newer than the remote copy; true uploads it whatever the times
 *     (see {@link #withIgnoreTimestamps(boolean)})
 * @param prefix a pseudo-folder to sync under, such as {@code backup}; object names become
 *     {@code backup/<relative path>} and only objects under it are listed and deleted; null or
 *     empty for the container's top
 * @param ignore globs of files and folders to leave out, as in a folder upload
 * @param delete true to delete the objects under the prefix that have no local file
 * @param parallelism how many files are hashed and uploaded at once, 1 to
 *     {@value FolderUploadOptions#MAX_PARALLELISM}
 * @param listener told of each file's outcome and of the bytes sent, or null
 */
public record SyncOptions(boolean includeHidden, boolean ignoreTimestamps, String prefix, List<String> ignore,
        boolean delete, int parallelism, SyncListener listener) {

    /** Files synced at once unless told otherwise. */
    public static final int DEFAULT_PARALLELISM = 16;

    private static final SyncOptions DEFAULTS = new SyncOptions(false, false, null, List.of(), false,
            DEFAULT_PARALLELISM, null);

    /** Validates the values, normalizes the prefix and copies the list. */
    public SyncOptions {
        ignore = List.copyOf(Objects.requireNonNull(ignore, "ignore must not be null"));
        IgnorePatterns.of(ignore);
        prefix = normalizedPrefix(prefix);
        if (parallelism < 1 || parallelism > FolderUploadOptions.MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism must be 1 to " + FolderUploadOptions.MAX_PARALLELISM
                    + ", was " + parallelism);
        }
    }

    /**
     * @return pyrax's defaults: hidden files left out, differing files uploaded only when newer, no
     *     prefix, nothing ignored, nothing deleted; {@value #DEFAULT_PARALLELISM} files at once
     */
    public static SyncOptions defaults() {
        return DEFAULTS;
    }

    /** @param value true to sync names starting with {@code .} too @return a copy with it */
    public SyncOptions withIncludeHidden(boolean value) {
        return new SyncOptions(value, ignoreTimestamps, prefix, ignore, delete, parallelism, listener);
    }

    /**
     * A file whose content equals its remote copy is never uploaded. For a file that differs:
     * with {@code false}, it is uploaded only when its modification time is later than the remote
     * copy's (the {@code X-Object-Meta-Mtime} the SDK stores when it is known, else the time the
     * object was last written); with {@code true}, it is uploaded whatever the times. This is what
     * the parameter's name and pyrax's code do; the pyrax manual's table describes the opposite.
     *
     * @param value whether to ignore the times of differing files
     * @return a copy with it
     */
    public SyncOptions withIgnoreTimestamps(boolean value) {
        return new SyncOptions(includeHidden, value, prefix, ignore, delete, parallelism, listener);
    }

    /** @param value the pseudo-folder to sync under, or null @return a copy with it */
    public SyncOptions withPrefix(String value) {
        return new SyncOptions(includeHidden, ignoreTimestamps, value, ignore, delete, parallelism, listener);
    }

    /** @param patterns globs such as {@code *.pyc} (replace those set before) @return a copy with them */
    public SyncOptions withIgnore(String... patterns) {
        return withIgnore(List.of(patterns));
    }

    /** @param patterns globs (replace those set before) @return a copy with them */
    public SyncOptions withIgnore(List<String> patterns) {
        return new SyncOptions(includeHidden, ignoreTimestamps, prefix, patterns, delete, parallelism, listener);
    }

    /**
     * @param value true to delete the remote objects under the prefix that have no local file
     *     (objects whose local twin would be hidden or ignored are kept)
     * @return a copy with it
     */
    public SyncOptions withDelete(boolean value) {
        return new SyncOptions(includeHidden, ignoreTimestamps, prefix, ignore, value, parallelism, listener);
    }

    /** @param value files hashed and uploaded at once @return a copy with it */
    public SyncOptions withParallelism(int value) {
        return new SyncOptions(includeHidden, ignoreTimestamps, prefix, ignore, delete, value, listener);
    }

    /** @param value the progress listener, or null @return a copy with it */
    public SyncOptions withListener(SyncListener value) {
        return new SyncOptions(includeHidden, ignoreTimestamps, prefix, ignore, delete, parallelism, value);
    }

    /** @return the prefix objects names get: empty, or ending with {@code /} */
    String objectPrefix() {
        return prefix == null ? "" : prefix;
    }

    /** A prefix names a pseudo-folder: {@code backup} and {@code /backup/} both mean {@code backup/}. */
    private static String normalizedPrefix(String prefix) {
        if (prefix == null) {
            return null;
        }
        String trimmed = prefix;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.isEmpty()) {
            return null;
        }
        if (!trimmed.endsWith("/")) {
            trimmed = trimmed + "/";
        }
        NameRules.object("prefix", trimmed);
        return trimmed;
    }
}
