package org.cloudsdk.objectstorage;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Optional parameters of {@link ObjectStorage#uploadFolder(java.nio.file.Path, FolderUploadOptions)},
 * pyrax's {@code upload_folder} keyword arguments plus the parallelism. Immutable; made by
 * {@link #builder()}, copied with {@link #toBuilder()}.
 *
 * <pre>{@code
 * FolderUploadOptions options = FolderUploadOptions.builder().container("software")
 *         .ignore("*.pyc", "*.tgz", "tmp*").parallelism(4).build();
 * }</pre>
 */
public final class FolderUploadOptions {

    /** Files uploaded at once unless told otherwise. */
    public static final int DEFAULT_PARALLELISM = 8;

    /**
     * The most files uploaded at once. Keep it at or below the transport's connection pool size
     * ({@code HttpSettings.maxConnections}, 64 by default), or uploads wait for connections.
     */
    public static final int MAX_PARALLELISM = 128;

    private static final FolderUploadOptions DEFAULTS = builder().build();

    private final @Nullable String container;
    private final List<String> ignore;
    private final @Nullable String contentType;
    private final @Nullable String contentEncoding;
    private final @Nullable Duration ttl;
    private final int parallelism;
    private final boolean includeHidden;

    private FolderUploadOptions(Builder builder) {
        this.container = builder.container;
        this.ignore = builder.ignore;
        this.contentType = builder.contentType;
        this.contentEncoding = builder.contentEncoding;
        this.ttl = builder.ttl;
        this.parallelism = builder.parallelism;
        this.includeHidden = builder.includeHidden;
    }

    /**
     * @return into a container named after the folder, nothing ignored, hidden files included (as
     *     pyrax), {@value #DEFAULT_PARALLELISM} files at once
     */
    public static FolderUploadOptions defaults() {
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

    /** @return the target container, created when missing; null for the folder's own name */
    public @Nullable String container() {
        return container;
    }

    /** @return globs of files and folders to leave out (see {@link Builder#ignore(String...)}; read-only) */
    public List<String> ignore() {
        return ignore;
    }

    /** @return the media type of every object; null to guess each from its name */
    public @Nullable String contentType() {
        return contentType;
    }

    /** @return the {@code Content-Encoding} of every object, or null */
    public @Nullable String contentEncoding() {
        return contentEncoding;
    }

    /** @return how long the objects live before Swift deletes them, or null to keep them */
    public @Nullable Duration ttl() {
        return ttl;
    }

    /** @return how many files are uploaded at once */
    public int parallelism() {
        return parallelism;
    }

    /** @return false to leave out files and folders whose name starts with {@code .} */
    public boolean includeHidden() {
        return includeHidden;
    }

    /** @return the options every object is stored with */
    StoreOptions storeOptions() {
        return StoreOptions.builder().contentType(contentType).contentEncoding(contentEncoding).ttl(ttl).build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FolderUploadOptions o && parallelism == o.parallelism
                && includeHidden == o.includeHidden && Objects.equals(container, o.container)
                && ignore.equals(o.ignore) && Objects.equals(contentType, o.contentType)
                && Objects.equals(contentEncoding, o.contentEncoding) && Objects.equals(ttl, o.ttl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(container, ignore, contentType, contentEncoding, ttl, parallelism, includeHidden);
    }

    @Override
    public String toString() {
        return "FolderUploadOptions[container=" + container + ", ignore=" + ignore + ", contentType=" + contentType
                + ", contentEncoding=" + contentEncoding + ", ttl=" + ttl + ", parallelism=" + parallelism
                + ", includeHidden=" + includeHidden + "]";
    }

    /** Builds {@link FolderUploadOptions}; starts from the {@link FolderUploadOptions#defaults()}. */
    public static final class Builder {

        private @Nullable String container;
        private List<String> ignore = List.of();
        private @Nullable String contentType;
        private @Nullable String contentEncoding;
        private @Nullable Duration ttl;
        private int parallelism = DEFAULT_PARALLELISM;
        private boolean includeHidden = true;

        private Builder() {
        }

        private Builder(FolderUploadOptions options) {
            this.container = options.container;
            this.ignore = options.ignore;
            this.contentType = options.contentType;
            this.contentEncoding = options.contentEncoding;
            this.ttl = options.ttl;
            this.parallelism = options.parallelism;
            this.includeHidden = options.includeHidden;
        }

        /**
         * @param value the target container, created when missing; null for the folder's name
         * @return this builder
         * @throws IllegalArgumentException when it is not a valid container name
         */
        public Builder container(@Nullable String value) {
            if (value != null) {
                NameRules.container(value);
            }
            this.container = value;
            return this;
        }

        /**
         * @param patterns globs such as {@code *.pyc} or {@code tmp*}, matched against each file's
         *     and folder's path relative to the uploaded folder and against its bare name; an
         *     ignored folder is skipped with everything in it. Replaces the patterns set before.
         * @return this builder
         * @throws IllegalArgumentException when a pattern is not a valid glob
         */
        public Builder ignore(String... patterns) {
            return ignore(List.of(patterns));
        }

        /**
         * @param patterns globs (see {@link #ignore(String...)})
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

        /** @param value the media type of every object, or null to guess @return this builder */
        public Builder contentType(@Nullable String value) {
            this.contentType = value;
            return this;
        }

        /** @param value the content encoding of every object, or null @return this builder */
        public Builder contentEncoding(@Nullable String value) {
            this.contentEncoding = value;
            return this;
        }

        /**
         * @param value the objects' time to live, whole seconds, at least one; null to keep them
         * @return this builder
         * @throws IllegalArgumentException when shorter than a second
         */
        public Builder ttl(@Nullable Duration value) {
            if (value != null && value.toSeconds() < 1) {
                throw new IllegalArgumentException("ttl must be at least 1 second, was " + value);
            }
            this.ttl = value;
            return this;
        }

        /**
         * @param value files uploaded at once, 1 to {@value FolderUploadOptions#MAX_PARALLELISM}
         * @return this builder
         * @throws IllegalArgumentException when out of that range
         */
        public Builder parallelism(int value) {
            if (value < 1 || value > MAX_PARALLELISM) {
                throw new IllegalArgumentException("parallelism must be 1 to " + MAX_PARALLELISM + ", was " + value);
            }
            this.parallelism = value;
            return this;
        }

        /** @param value false to leave out names starting with {@code .} @return this builder */
        public Builder includeHidden(boolean value) {
            this.includeHidden = value;
            return this;
        }

        /** @return the options */
        public FolderUploadOptions build() {
            return new FolderUploadOptions(this);
        }
    }
}
