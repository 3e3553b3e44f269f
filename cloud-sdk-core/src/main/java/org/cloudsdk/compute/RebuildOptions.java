package org.cloudsdk.compute;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The optional parameters of {@link Compute#rebuild(String, String, RebuildOptions)}: a new name,
 * admin password, metadata, files and disk configuration, with the limits of server creation.
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class RebuildOptions {

    private static final RebuildOptions DEFAULTS = builder().build();

    private final @Nullable String name;
    private final @Nullable String adminPass;
    private final @Nullable Map<String, String> metadata;
    private final Map<String, String> files;
    private final @Nullable DiskConfig diskConfig;

    private RebuildOptions(Builder b) {
        this.name = b.name == null ? null : ServerLimits.name(b.name, "name");
        this.adminPass = b.adminPass;
        this.metadata = b.metadata == null ? null : ServerLimits.createMetadata(b.metadata);
        this.files = ServerLimits.files(b.files);
        this.diskConfig = b.diskConfig;
    }

    /** @return no change beyond the image */
    public static RebuildOptions defaults() {
        return DEFAULTS;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.adminPass = adminPass;
        b.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        b.files.putAll(files);
        b.diskConfig = diskConfig;
        return b;
    }

    /** @return the server's new name, if renamed */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the new admin password, if set (else the cloud generates one) */
    public Optional<String> adminPass() {
        return Optional.ofNullable(adminPass);
    }

    /** @return the metadata replacing the server's, if set */
    public Optional<Map<String, String>> metadata() {
        return Optional.ofNullable(metadata);
    }

    /** @return the text files written on the rebuilt server, by absolute path */
    public Map<String, String> files() {
        return files;
    }

    /** @return the disk configuration, if set */
    public Optional<DiskConfig> diskConfig() {
        return Optional.ofNullable(diskConfig);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RebuildOptions o && Objects.equals(name, o.name) && Objects.equals(adminPass, o.adminPass)
                && Objects.equals(metadata, o.metadata) && files.equals(o.files) && diskConfig == o.diskConfig;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, adminPass, metadata, files, diskConfig);
    }

    @Override
    public String toString() {
        return "RebuildOptions[name=" + name + ", metadata=" + metadata + ", files=" + files.keySet() + ", diskConfig="
                + diskConfig + ", adminPass=" + (adminPass == null ? "generated" : "set") + "]";
    }

    /** Builder of {@link RebuildOptions}. */
    public static final class Builder {

        private @Nullable String name;
        private @Nullable String adminPass;
        private @Nullable Map<String, String> metadata;
        private final Map<String, String> files = new LinkedHashMap<>();
        private @Nullable DiskConfig diskConfig;

        private Builder() {
        }

        /**
         * @param value the server's new name, or null to keep it
         * @return this builder
         */
        public Builder name(@Nullable String value) {
            this.name = value;
            return this;
        }

        /**
         * @param value the new admin password, or null to let the cloud generate one
         * @return this builder
         */
        public Builder adminPass(@Nullable String value) {
            this.adminPass = value;
            return this;
        }

        /**
         * @param value metadata replacing the server's (at most 5 pairs), or null to keep it
         * @return this builder
         */
        public Builder metadata(@Nullable Map<String, String> value) {
            this.metadata = value == null ? null : new LinkedHashMap<>(value);
            return this;
        }

        /**
         * @param path the absolute path on the server
         * @param content the file's text
         * @return this builder
         */
        public Builder file(String path, String content) {
            files.put(path, Objects.requireNonNull(content, "content must not be null"));
            return this;
        }

        /**
         * @param value the disk configuration, or null for the image's
         * @return this builder
         */
        public Builder diskConfig(@Nullable DiskConfig value) {
            if (value == DiskConfig.UNKNOWN) {
                throw new IllegalArgumentException("diskConfig must be AUTO or MANUAL");
            }
            this.diskConfig = value;
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException when a limit is exceeded, naming the parameter
         */
        public RebuildOptions build() {
            return new RebuildOptions(this);
        }
    }
}
