package org.cloudsdk.objectstorage;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Optional parameters of {@link ObjectStorage#uploadFolder(java.nio.file.Path, FolderUploadOptions)},
 * pyrax's {@code upload_folder} keyword arguments plus the parallelism. Immutable: each
 * {@code with...} method returns a copy.
 *
 * <pre>{@code
 * FolderUploadOptions.toContainer("software").withIgnore("*.pyc", "*.tgz", "tmp*").withParallelism(4)
 * }</pre>
 *
 * @param container the target container, created when missing; null for the folder's own name
 * @param ignore globs of files and folders to leave out (see {@link #withIgnore(String...)})
 * @param contentType the media type of every object; null to guess each from its name
 * @param contentEncoding the {@code Content-Encoding} of every object, or null
 * @param ttl how long the objects live before Swift deletes them, or null to keep them
 * @param parallelism how many files are uploaded at once, 1 to {@value #MAX_PARALLELISM}
 * @param includeHidden false to leave out files and folders whose name starts with {@code .}
 */
public record FolderUploadOptions(String container, List<String> ignore, String contentType,
        String contentEncoding, Duration ttl, int parallelism, boolean includeHidden) {

    /** Files uploaded at once unless told otherwise. */
    public static final int DEFAULT_PARALLELISM = 8;

    /**
     * The most files uploaded at once. Keep it at or below the transport's connection pool size
     * ({@code HttpSettings.maxConnections}, 64 by default), or uploads wait for connections.
     */
    public static final int MAX_PARALLELISM = 128;

    private static final FolderUploadOptions DEFAULTS = new FolderUploadOptions(null, List.of(), null, null, null,
            DEFAULT_PARALLELISM, true);

    /** Validates the values and copies the list. */
    public FolderUploadOptions {
        ignore = List.copyOf(Objects.requireNonNull(ignore, "ignore must not be null"));
        IgnorePatterns.of(ignore);
        if (container != null) {
            NameRules.container(container);
        }
        if (ttl != null && ttl.toSeconds() < 1) {
            throw new IllegalArgumentException("ttl must be at least 1 second, was " + ttl);
        }
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism must be 1 to " + MAX_PARALLELISM + ", was " + parallelism);
        }
    }

    /**
     * @return into a container named after the folder, nothing ignored, hidden files included (as
     *     pyrax), {@value #DEFAULT_PARALLELISM} files at once
     */
    public static FolderUploadOptions defaults() {
        return DEFAULTS;
    }

    /** @param container the target container @return the defaults, into that container */
    public static FolderUploadOptions toContainer(String container) {
        return DEFAULTS.withContainer(container);
    }

    /** @param value the target container, or null for the folder's name @return a copy with it */
    public FolderUploadOptions withContainer(String value) {
        return new FolderUploadOptions(value, ignore, contentType, contentEncoding, ttl, parallelism, includeHidden);
    }

    /**
     * @param patterns globs such as {@code *.pyc} or {@code tmp*}, matched against each file's and
     *     folder's path relative to the uploaded folder and against its bare name; an ignored
     *     folder is skipped with everything in it. Replaces the patterns set before.
     * @return a copy with them
     */
    public FolderUploadOptions withIgnore(String... patterns) {
        return withIgnore(List.of(patterns));
    }

    /** @param patterns globs (see {@link #withIgnore(String...)}) @return a copy with them */
    public FolderUploadOptions withIgnore(List<String> patterns) {
        return new FolderUploadOptions(container, patterns, contentType, contentEncoding, ttl, parallelism,
                includeHidden);
    }

    /** @param value the media type of every object, or null to guess @return a copy with it */
    public FolderUploadOptions withContentType(String value) {
        return new FolderUploadOptions(container, ignore, value, contentEncoding, ttl, parallelism, includeHidden);
    }

    /** @param value the content encoding of every object, or null @return a copy with it */
    public FolderUploadOptions withContentEncoding(String value) {
        return new FolderUploadOptions(container, ignore, contentType, value, ttl, parallelism, includeHidden);
    }

    /** @param value the objects' time to live, whole seconds, or null @return a copy with it */
    public FolderUploadOptions withTtl(Duration value) {
        return new FolderUploadOptions(container, ignore, contentType, contentEncoding, value, parallelism,
                includeHidden);
    }

    /** @param value files uploaded at once @return a copy with it */
    public FolderUploadOptions withParallelism(int value) {
        return new FolderUploadOptions(container, ignore, contentType, contentEncoding, ttl, value, includeHidden);
    }

    /** @param value false to leave out names starting with {@code .} @return a copy with it */
    public FolderUploadOptions withIncludeHidden(boolean value) {
        return new FolderUploadOptions(container, ignore, contentType, contentEncoding, ttl, parallelism, value);
    }

    /** @return the options every object is stored with */
    StoreOptions storeOptions() {
        return StoreOptions.defaults().contentType(contentType).contentEncoding(contentEncoding).ttl(ttl);
    }
}
