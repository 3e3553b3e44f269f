package org.cloudsdk.autoscale;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.compute.ComputeImage;
import org.cloudsdk.compute.DiskConfig;
import org.cloudsdk.compute.Flavor;
import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server a scaling group launches (pyrax's {@code launch_config_type}, {@code server_name},
 * {@code flavor}, {@code image}, {@code disk_config}, {@code metadata}, {@code personality},
 * {@code networks}, {@code load_balancers}, {@code key_name}). For
 * {@link AutoScale#create(ScalingGroupSpec)} the server name, flavor and image are required and
 * the disk configuration defaults to {@code MANUAL}; for
 * {@link AutoScale#updateLaunchConfig(String, LaunchConfigOptions)} what is left unset keeps its
 * current value, and what is set replaces it (metadata included: use
 * {@link AutoScale#updateLaunchMetadata(String, Map)} to merge).
 *
 * <pre>{@code
 * LaunchConfigOptions launch = LaunchConfigOptions.builder()
 *         .serverName("sg_test").flavor("performance1-2").image(imageId)
 *         .diskConfig(DiskConfig.AUTO).metadata(Map.of("mykey", "myvalue"))
 *         .loadBalancer(1234, 80)
 *         .build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}. Its {@code toString()}
 * never shows the files' contents.
 */
public final class LaunchConfigOptions {

    /** The only launch configuration type Auto Scale offers. */
    public static final String LAUNCH_SERVER = "launch_server";

    private static final LaunchConfigOptions DEFAULTS = builder().build();

    private final String type;
    private final @Nullable String serverName;
    private final @Nullable String flavorId;
    private final @Nullable String imageId;
    private final @Nullable DiskConfig diskConfig;
    private final @Nullable Map<String, String> metadata;
    private final @Nullable Map<String, String> personality;
    private final @Nullable List<String> networks;
    private final @Nullable List<LoadBalancerTarget> loadBalancers;
    private final @Nullable String keyName;

    private LaunchConfigOptions(Builder b) {
        this.type = b.type;
        this.serverName = b.serverName;
        this.flavorId = b.flavorId;
        this.imageId = b.imageId;
        this.diskConfig = b.diskConfig;
        this.metadata = b.metadata == null ? null : AutoScaleLimits.metadata(b.metadata, "metadata");
        this.personality = b.personality == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.personality));
        this.networks = b.networks == null ? null : List.copyOf(b.networks);
        this.loadBalancers = b.loadBalancers == null ? null : List.copyOf(b.loadBalancers);
        this.keyName = b.keyName;
    }

    /** @return nothing set: an update that changes nothing, or the start of a create's options */
    public static LaunchConfigOptions defaults() {
        return DEFAULTS;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.serverName = serverName;
        b.flavorId = flavorId;
        b.imageId = imageId;
        b.diskConfig = diskConfig;
        b.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        b.personality = personality == null ? null : new LinkedHashMap<>(personality);
        b.networks = networks == null ? null : new ArrayList<>(networks);
        b.loadBalancers = loadBalancers == null ? null : new ArrayList<>(loadBalancers);
        b.keyName = keyName;
        return b;
    }

    /** @return the launch configuration type, {@value #LAUNCH_SERVER} */
    public String launchConfigType() {
        return type;
    }

    /** @return the base name of the servers (Auto Scale prefixes {@code as} and 8 hex digits), if set */
    public Optional<String> serverName() {
        return Optional.ofNullable(serverName);
    }

    /** @return the flavor's id, if set */
    public Optional<String> flavorId() {
        return Optional.ofNullable(flavorId);
    }

    /** @return the image's id, if set */
    public Optional<String> imageId() {
        return Optional.ofNullable(imageId);
    }

    /** @return the disk configuration, if set */
    public Optional<DiskConfig> diskConfig() {
        return Optional.ofNullable(diskConfig);
    }

    /** @return the servers' metadata, if set */
    public Optional<Map<String, String>> metadata() {
        return Optional.ofNullable(metadata);
    }

    /** @return the text files written on each server, by absolute path, if set */
    public Optional<Map<String, String>> personality() {
        return Optional.ofNullable(personality);
    }

    /** @return the ids of the networks each server is attached to, if set */
    public Optional<List<String>> networks() {
        return Optional.ofNullable(networks);
    }

    /** @return the load balancers each server is added to, if set */
    public Optional<List<LoadBalancerTarget>> loadBalancers() {
        return Optional.ofNullable(loadBalancers);
    }

    /** @return the key pair installed on each server, if set */
    public Optional<String> keyName() {
        return Optional.ofNullable(keyName);
    }

    /**
     * The body of a create: these options on an empty launch configuration.
     *
     * @throws IllegalArgumentException when the server name, flavor or image is missing
     */
    ObjectNode forCreate() {
        if (serverName == null || flavorId == null || imageId == null) {
            throw new IllegalArgumentException("a scaling group's launch configuration needs serverName, flavor and "
                    + "image; missing: " + (serverName == null ? "serverName " : "") + (flavorId == null ? "flavor " : "")
                    + (imageId == null ? "image" : "").trim());
        }
        ObjectNode launch = Json.object();
        launch.putObject("args").putObject("server");
        launch.withObjectProperty("args").putArray("loadBalancers");
        applyTo(launch);
        ObjectNode server = launch.withObjectProperty("args").withObjectProperty("server");
        if (diskConfig == null) {
            server.put("OS-DCF:diskConfig", DiskConfig.MANUAL.name());
        }
        return launch;
    }

    /**
     * Sets what these options hold on a launch configuration ({@code type} and {@code args}),
     * keeping the rest: the current configuration for an update.
     */
    void applyTo(ObjectNode launch) {
        launch.put("type", type);
        ObjectNode args = launch.withObjectProperty("args");
        ObjectNode server = args.withObjectProperty("server");
        if (serverName != null) {
            server.put("name", serverName);
        }
        if (flavorId != null) {
            server.put("flavorRef", flavorId);
        }
        if (imageId != null) {
            server.put("imageRef", imageId);
        }
        if (diskConfig != null) {
            server.put("OS-DCF:diskConfig", diskConfig.name());
        }
        if (metadata != null) {
            server.set("metadata", AutoScale.stringMap(metadata));
        }
        if (personality != null) {
            ArrayNode files = server.putArray("personality");
            personality.forEach((path, contents) -> files.addObject().put("path", path)
                    .put("contents", Base64.getEncoder().encodeToString(contents.getBytes(StandardCharsets.UTF_8))));
        }
        if (networks != null) {
            ArrayNode list = server.putArray("networks");
            networks.forEach(id -> list.addObject().put("uuid", id));
        }
        if (keyName != null) {
            server.put("key_name", keyName);
        }
        if (loadBalancers != null) {
            ArrayNode list = args.putArray("loadBalancers");
            loadBalancers.forEach(lb -> list.addObject().put("loadBalancerId", lb.loadBalancerId()).put("port", lb.port()));
        }
    }

    @Override
    public String toString() {
        return "LaunchConfigOptions[type=" + type + ", serverName=" + serverName + ", flavor=" + flavorId + ", image="
                + imageId + ", diskConfig=" + diskConfig + ", metadata=" + metadata + ", files="
                + (personality == null ? null : personality.keySet()) + ", networks=" + networks + ", loadBalancers="
                + loadBalancers + ", keyName=" + keyName + "]";
    }

    /** Builds {@link LaunchConfigOptions}; every setter checks its value at once. */
    public static final class Builder {

        private String type = LAUNCH_SERVER;
        private @Nullable String serverName;
        private @Nullable String flavorId;
        private @Nullable String imageId;
        private @Nullable DiskConfig diskConfig;
        private @Nullable Map<String, String> metadata;
        private @Nullable Map<String, String> personality;
        private @Nullable List<String> networks;
        private @Nullable List<LoadBalancerTarget> loadBalancers;
        private @Nullable String keyName;

        private Builder() {
        }

        /**
         * @param value pyrax's {@code launch_config_type}: only {@value #LAUNCH_SERVER} exists
         * @return this builder
         */
        public Builder launchConfigType(String value) {
            if (!LAUNCH_SERVER.equals(value)) {
                throw new IllegalArgumentException("launchConfigType must be " + LAUNCH_SERVER + ", was " + value);
            }
            type = value;
            return this;
        }

        /**
         * @param value the servers' base name; Auto Scale prepends {@code as}, 8 hex digits and a dash
         * @return this builder
         */
        public Builder serverName(String value) {
            serverName = AutoScaleLimits.text(value, "serverName");
            return this;
        }

        /**
         * @param id the flavor's id, such as {@code performance1-2}
         * @return this builder
         */
        public Builder flavor(String id) {
            flavorId = AutoScaleLimits.text(id, "flavor");
            return this;
        }

        /**
         * @param flavor a compute flavor
         * @return this builder
         */
        public Builder flavor(Flavor flavor) {
            Objects.requireNonNull(flavor, "flavor must not be null");
            return flavor(flavor.id());
        }

        /**
         * @param id the image's id
         * @return this builder
         */
        public Builder image(String id) {
            imageId = AutoScaleLimits.text(id, "image");
            return this;
        }

        /**
         * @param image a compute image (a base image or a snapshot)
         * @return this builder
         */
        public Builder image(ComputeImage image) {
            Objects.requireNonNull(image, "image must not be null");
            return image(image.id());
        }

        /**
         * @param value {@code AUTO} (the disk resized to the flavor) or {@code MANUAL} (the image's size)
         * @return this builder
         */
        public Builder diskConfig(DiskConfig value) {
            Objects.requireNonNull(value, "diskConfig must not be null");
            if (value == DiskConfig.UNKNOWN) {
                throw new IllegalArgumentException("diskConfig must be AUTO or MANUAL, was UNKNOWN");
            }
            diskConfig = value;
            return this;
        }

        /**
         * @param value the servers' metadata; on an update it replaces the current metadata
         * @return this builder
         */
        public Builder metadata(Map<String, String> value) {
            metadata = new LinkedHashMap<>(AutoScaleLimits.metadata(value, "metadata"));
            return this;
        }

        /**
         * Adds a text file written on each new server (pyrax's {@code personality}).
         *
         * @param path its absolute path
         * @param contents its text, sent base64-encoded
         * @return this builder
         */
        public Builder file(String path, String contents) {
            AutoScaleLimits.text(path, "path");
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("path must be absolute, was " + path);
            }
            Objects.requireNonNull(contents, "contents must not be null");
            if (personality == null) {
                personality = new LinkedHashMap<>();
            }
            personality.put(path, contents);
            return this;
        }

        /**
         * @param ids the networks each server is attached to, replacing any set before (on
         *     Rackspace also {@code 00000000-0000-0000-0000-000000000000} for the public network
         *     and {@code 11111111-1111-1111-1111-111111111111} for ServiceNet)
         * @return this builder
         */
        public Builder networks(List<String> ids) {
            Objects.requireNonNull(ids, "networks must not be null");
            networks = ids.stream().map(id -> AutoScaleLimits.text(id, "network id")).toList();
            return this;
        }

        /**
         * Adds a load balancer each new server joins (pyrax's {@code (id, port)} tuple).
         *
         * @param loadBalancerId the load balancer's id
         * @param port the port the servers serve on
         * @return this builder
         */
        public Builder loadBalancer(long loadBalancerId, int port) {
            if (loadBalancers == null) {
                loadBalancers = new ArrayList<>();
            }
            loadBalancers.add(new LoadBalancerTarget(loadBalancerId, port));
            return this;
        }

        /**
         * @param targets the load balancers, replacing any set before (empty for none)
         * @return this builder
         */
        public Builder loadBalancers(List<LoadBalancerTarget> targets) {
            Objects.requireNonNull(targets, "loadBalancers must not be null");
            loadBalancers = new ArrayList<>(targets);
            return this;
        }

        /**
         * @param value the key pair installed on each server
         * @return this builder
         */
        public Builder keyName(String value) {
            keyName = AutoScaleLimits.text(value, "keyName");
            return this;
        }

        /** @return the options */
        public LaunchConfigOptions build() {
            return new LaunchConfigOptions(this);
        }
    }
}
