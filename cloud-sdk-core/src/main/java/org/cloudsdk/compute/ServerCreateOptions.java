package org.cloudsdk.compute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The optional parameters of {@link Compute#createServer(String, String, String, ServerCreateOptions)}:
 * pyrax's {@code meta}, {@code files}, {@code key_name}, {@code nics} and {@code disk_config},
 * and what Nova adds (availability zone, user data, config drive, security groups, an admin
 * password of your choosing). The chapter's limits are checked by {@link Builder#build()}:
 * at most 5 metadata pairs, at most 5 text files of at most 2 KB in all.
 *
 * <pre>{@code
 * ServerCreateOptions options = ServerCreateOptions.builder()
 *         .metadata(Map.of("test_key", "test_value", "meaning_of_life", "42"))
 *         .file("/root/testfile", "This is the contents of the text file.")
 *         .keyName("my_key")
 *         .build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}. Its {@code toString()}
 * never shows the admin password, the files or the user data.
 */
public final class ServerCreateOptions {

    private static final ServerCreateOptions DEFAULTS = builder().build();

    private final @Nullable String keyName;
    private final Map<String, String> metadata;
    private final Map<String, String> files;
    private final @Nullable List<NetworkAttachment> networks;
    private final @Nullable DiskConfig diskConfig;
    private final @Nullable String availabilityZone;
    private final @Nullable String userData;
    private final @Nullable Boolean configDrive;
    private final List<String> securityGroups;
    private final @Nullable String adminPass;

    private ServerCreateOptions(Builder b) {
        this.keyName = b.keyName;
        this.metadata = ServerLimits.createMetadata(b.metadata);
        this.files = ServerLimits.files(b.files);
        this.networks = b.networks == null ? null : List.copyOf(b.networks);
        this.diskConfig = b.diskConfig;
        this.availabilityZone = b.availabilityZone;
        this.userData = b.userData == null ? null : ServerLimits.userData(b.userData);
        this.configDrive = b.configDrive;
        this.securityGroups = List.copyOf(b.securityGroups);
        this.adminPass = b.adminPass;
    }

    /** @return no optional parameter: the cloud's defaults */
    public static ServerCreateOptions defaults() {
        return DEFAULTS;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.keyName = keyName;
        b.metadata.putAll(metadata);
        b.files.putAll(files);
        b.networks = networks == null ? null : new ArrayList<>(networks);
        b.diskConfig = diskConfig;
        b.availabilityZone = availabilityZone;
        b.userData = userData;
        b.configDrive = configDrive;
        b.securityGroups.addAll(securityGroups);
        b.adminPass = adminPass;
        return b;
    }

    /** @return the name of the key pair installed on the server, if any */
    public Optional<String> keyName() {
        return Optional.ofNullable(keyName);
    }

    /** @return the server's metadata (at most 5 pairs) */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** @return the text files written on the server, by absolute path */
    public Map<String, String> files() {
        return files;
    }

    /**
     * @return the networks the server is attached to, or empty for the cloud's default (on
     *     Rackspace the public and private networks; on Nova 2.37 and later, {@code auto})
     */
    public Optional<List<NetworkAttachment>> networks() {
        return Optional.ofNullable(networks);
    }

    /** @return the disk configuration, if set */
    public Optional<DiskConfig> diskConfig() {
        return Optional.ofNullable(diskConfig);
    }

    /** @return the availability zone, if set */
    public Optional<String> availabilityZone() {
        return Optional.ofNullable(availabilityZone);
    }

    /** @return the user data (cloud-init), sent base64-encoded, if set */
    public Optional<String> userData() {
        return Optional.ofNullable(userData);
    }

    /** @return whether a config drive is attached, if set */
    public Optional<Boolean> configDrive() {
        return Optional.ofNullable(configDrive);
    }

    /** @return the names of the security groups, empty for the default group */
    public List<String> securityGroups() {
        return securityGroups;
    }

    /** @return the admin password asked for, if set (else the cloud generates one) */
    public Optional<String> adminPass() {
        return Optional.ofNullable(adminPass);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServerCreateOptions o && Objects.equals(keyName, o.keyName)
                && metadata.equals(o.metadata) && files.equals(o.files) && Objects.equals(networks, o.networks)
                && diskConfig == o.diskConfig && Objects.equals(availabilityZone, o.availabilityZone)
                && Objects.equals(userData, o.userData) && Objects.equals(configDrive, o.configDrive)
                && securityGroups.equals(o.securityGroups) && Objects.equals(adminPass, o.adminPass);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyName, metadata, files, networks, diskConfig, availabilityZone, userData, configDrive,
                securityGroups, adminPass);
    }

    @Override
    public String toString() {
        return "ServerCreateOptions[keyName=" + keyName + ", metadata=" + metadata + ", files=" + files.keySet()
                + ", networks=" + networks + ", diskConfig=" + diskConfig + ", availabilityZone=" + availabilityZone
                + ", userData=" + (userData == null ? "none" : "set") + ", configDrive=" + configDrive
                + ", securityGroups=" + securityGroups + ", adminPass=" + (adminPass == null ? "generated" : "set")
                + "]";
    }

    /** Builder of {@link ServerCreateOptions}; {@link #build()} checks the limits. */
    public static final class Builder {

        private @Nullable String keyName;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final Map<String, String> files = new LinkedHashMap<>();
        private @Nullable List<NetworkAttachment> networks;
        private @Nullable DiskConfig diskConfig;
        private @Nullable String availabilityZone;
        private @Nullable String userData;
        private @Nullable Boolean configDrive;
        private final List<String> securityGroups = new ArrayList<>();
        private @Nullable String adminPass;

        private Builder() {
        }

        /**
         * @param value the name of a key pair stored with {@link Compute#createKeypair}, installed
         *     in the server's {@code authorized_keys}; null for none
         * @return this builder
         */
        public Builder keyName(@Nullable String value) {
            if (value != null && value.isBlank()) {
                throw new IllegalArgumentException("keyName must not be blank; use null for none");
            }
            this.keyName = value;
            return this;
        }

        /**
         * @param value metadata pairs (replacing those given before): at most 5, strings only
         * @return this builder
         */
        public Builder metadata(Map<String, String> value) {
            Objects.requireNonNull(value, "metadata must not be null");
            metadata.clear();
            metadata.putAll(value);
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
         * @param path the absolute path on the server
         * @param localFile a local text file (UTF-8), read now
         * @return this builder
         * @throws IllegalArgumentException when the file is not UTF-8 text
         * @throws UncheckedIOException when it cannot be read
         */
        public Builder file(String path, Path localFile) {
            Objects.requireNonNull(localFile, "localFile must not be null");
            try {
                files.put(path, ServerLimits.text(Files.readAllBytes(localFile), localFile.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + localFile + " for the server's files", e);
            }
            return this;
        }

        /**
         * @param value files by absolute path (replacing those given before): at most 5, text only,
         *     2 KB in all
         * @return this builder
         */
        public Builder files(Map<String, String> value) {
            Objects.requireNonNull(value, "files must not be null");
            files.clear();
            files.putAll(value);
            return this;
        }

        /**
         * @param value the networks (pyrax's {@code nics}); when given, they must name every
         *     network the server needs, the default ones included; null for the cloud's default
         * @return this builder
         */
        public Builder networks(@Nullable List<NetworkAttachment> value) {
            this.networks = value == null ? null : new ArrayList<>(value);
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
         * @param value the availability zone, or null for the cloud's choice
         * @return this builder
         */
        public Builder availabilityZone(@Nullable String value) {
            this.availabilityZone = value;
            return this;
        }

        /**
         * @param value user data for cloud-init (at most 64 KB once base64-encoded), or null
         * @return this builder
         */
        public Builder userData(@Nullable String value) {
            this.userData = value;
            return this;
        }

        /**
         * @param value whether to attach a config drive, or null for the cloud's default
         * @return this builder
         */
        public Builder configDrive(@Nullable Boolean value) {
            this.configDrive = value;
            return this;
        }

        /**
         * @param value the names of security groups (replacing those given before)
         * @return this builder
         */
        public Builder securityGroups(List<String> value) {
            Objects.requireNonNull(value, "securityGroups must not be null");
            securityGroups.clear();
            for (String group : value) {
                if (group == null || group.isBlank()) {
                    throw new IllegalArgumentException("securityGroups must hold names, not " + (group == null ? "null" : "a blank"));
                }
                securityGroups.add(group);
            }
            return this;
        }

        /**
         * @param value the admin password to set, or null to let the cloud generate one (returned
         *     once, by the create call)
         * @return this builder
         */
        public Builder adminPass(@Nullable String value) {
            this.adminPass = value;
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException when a limit is exceeded, naming the parameter
         */
        public ServerCreateOptions build() {
            return new ServerCreateOptions(this);
        }
    }
}
