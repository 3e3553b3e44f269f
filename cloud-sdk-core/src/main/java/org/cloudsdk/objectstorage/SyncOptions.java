package org.cloudsdk.objectstorage;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Optional parameters of
 * {@link ObjectStorage#syncFolderToContainer(java.nio.file.Path, String, SyncOptions)}, pyrax's
 * {@code sync_folder_to_container} keyword arguments plus parallelism and a progress listener.
 * Immutable; made by {@link #builder()}, copied with {@link #toBuilder()}.
 *
 * <pre>{@code
 * SyncOptions options = SyncOptions.builder().prefix("backup").ignore("*.tmp").delete(true).build();
 * }</pre>
 */
public final class SyncOptions {

    /** Files synced at once unless told otherwise. */
    public static final int DEFAULT_PARALLELISM = 16;

    private static final SyncOptions DEFAULTS = builder().build();

    private final boolean includeHidden;
    private final boolean ignoreTimestamps;
    private final @Nullable String prefix;
    private final List<String> ignore;
    private final boolean delete;
    private final int parallelism;
    private final @Nullable SyncListener listener;

    private SyncOptions(Builder builder) {
        this.includeHidden = builder.includeHidden;
        this.ignoreTimestamps = builder.ignoreTimestamps;
        this.prefix = builder.prefix;
        this.ignore = builder.ignore;
        this.delete = builder.delete;
        this.parallelism = builder.parallelism;
        this.listener = builder.listener;
    }

    /**
     * @return pyrax's defaults: hidden files left out, differing files uploaded only when newer, no
     *     prefix, nothing ignored, nothing deleted; {@value #DEFAULT_PARALLELISM} files at once
     */
    public static SyncOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding the {@link #defaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * @return false (the default, as in pyrax) to leave out files and folders whose name starts with
     *     {@code .}, such as {@code .git} or vim's {@code .swp} files
     */
    public boolean includeHidden() {
        return includeHidden;
    }

    /**
     * @return what to do when a file differs from its remote copy: false (the default) uploads it
     *     only when it is newer than the remote copy; true uploads it whatever the times (see
     *     {@link Builder#ignoreTimestamps(boolean)})
     */
    public boolean ignoreTimestamps() {
        return ignoreTimestamps;
    }

    /**
     * @return the pseudo-folder synced under, ending with {@code /} (such as {@code backup/}); object
     *     names are {@code backup/<relative path>} and only objects under it are listed and deleted;
     *     null for the container's top
     */
    public @Nullable String prefix() {
        return prefix;
    }

    /** @return globs of files and folders to leave out, as in a folder upload (read-only) */
    public List<String> ignore() {
        return ignore;
    }

    /** @return whether the objects under the prefix that have no local file are deleted */
    public boolean delete() {
        return delete;
    }

    /** @return how many files are hashed and uploaded at once */
    public int parallelism() {
        return parallelism;
    }

    /** @return what is told of each file's outcome and of the bytes sent, or null */
    public @Nullable SyncListener listener() {
        return listener;
    }

    /** @return the prefix objects names get: empty, or ending with {@code /} */
    String objectPrefix() {
        return prefix == null ? "" : prefix;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SyncOptions o && includeHidden == o.includeHidden
                && ignoreTimestamps == o.ignoreTimestamps && delete == o.delete && parallelism == o.parallelism
                && Objects.equals(prefix, o.prefix) && ignore.equals(o.ignore) && Objects.equals(listener, o.listener);
    }

    @Override
    public int hashCode() {
        return Objects.hash(includeHidden, ignoreTimestamps, prefix, ignore, delete, parallelism, listener);
    }

    @Override
    public String toString() {
        return "SyncOptions[includeHidden=" + includeHidden + ", ignoreTimestamps=" + ignoreTimestamps + ", prefix="
                + prefix + ", ignore=" + ignore + ", delete=" + delete + ", parallelism=" + parallelism
                + ", listener=" + listener + "]";
    }

    /** Builds {@link SyncOptions}; starts from the {@link SyncOptions#defaults()}. */
    public static final class Builder {

        private boolean includeHidden;
        private boolean ignoreTimestamps;
        private @Nullable String prefix;
        private List<String> ignore = List.of();
        private boolean delete;
        private int parallelism = DEFAULT_PARALLELISM;
        private @Nullable SyncListener listener;

        private Builder() {
        }

        private Builder(SyncOptions options) {
            this.includeHidden = options.includeHidden;
            this.ignoreTimestamps = options.ignoreTimestamps;
            this.prefix = options.prefix;
            this.ignore = options.ignore;
            this.delete = options.delete;
            this.parallelism = options.parallelism;
            this.listener = options.listener;
        }

        /** @param value true to sync names starting with {@code .} too @return this builder */
        public Builder includeHidden(boolean value) {
            this.includeHidden = value;
            return this;
        }

        /**
         * A file whose content equals its remote copy is never uploaded. For a file that differs:
         * with {@code false}, it is uploaded only when its modification time is later than the
         * remote copy's (the {@code X-Object-Meta-Mtime} the SDK stores when it is known, else the
         * time the object was last written); with {@code true}, it is uploaded whatever the times.
         * This is what the parameter's name and pyrax's code do; the pyrax manual's table describes
         * the opposite.
         *
         * @param value whether to ignore the times of differing files
         * @return this builder
         */
        public Builder ignoreTimestamps(boolean value) {
            this.ignoreTimestamps = value;
            return this;
        }

        /**
         * @param value the pseudo-folder to sync under, such as {@code backup} ({@code /backup/}
         *     means the same); null or empty for the container's top
         * @return this builder
         * @throws IllegalArgumentException when it is not a valid object name
         */
        public Builder prefix(@Nullable String value) {
            this.prefix = normalizedPrefix(value);
            return this;
        }

        /**
         * @param patterns globs such as {@code *.pyc}, replacing those set before
         * @return this builder
         * @throws IllegalArgumentException when a pattern is not a valid glob
         */
        public Builder ignore(String... patterns) {
            return ignore(List.of(patterns));
        }

        /**
         * @param patterns globs, replacing those set before
         * @return this builder
         * @throws IllegalArgumentException when null or a pattern is not a valid glob
         */
        public Builder ignore(List<String> patterns) {
            if (patterns == null) {
                throw new IllegalArgumentException("ignore must not be null; use List.of() for none");
            }
            List<String> copy = List.copyOf(patterns);
            IgnorePatterns.of(copy);
            this.ignore = copy;
            return this;
        }

        /**
         * @param value true to delete the remote objects under the prefix that have no local file
         *     (objects whose local twin would be hidden or ignored are kept)
         * @return this builder
         */
        public Builder delete(boolean value) {
            this.delete = value;
            return this;
        }

        /**
         * @param value files hashed and uploaded at once, 1 to
         *     {@value FolderUploadOptions#MAX_PARALLELISM}
         * @return this builder
         * @throws IllegalArgumentException when out of that range
         */
        public Builder parallelism(int value) {
            if (value < 1 || value > FolderUploadOptions.MAX_PARALLELISM) {
                throw new IllegalArgumentException("parallelism must be 1 to " + FolderUploadOptions.MAX_PARALLELISM
                        + ", was " + value);
            }
            this.parallelism = value;
            return this;
        }

        /** @param value the progress listener, or null @return this builder */
        public Builder listener(@Nullable SyncListener value) {
            this.listener = value;
            return this;
        }

        /** @return the options */
        public SyncOptions build() {
            return new SyncOptions(this);
        }
    }

    /** A prefix names a pseudo-folder: {@code backup} and {@code /backup/} both mean {@code backup/}. */
    private static @Nullable String normalizedPrefix(@Nullable String prefix) {
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
