package org.cloudsdk.autoscale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cloudsdk.compute.DiskConfig;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * pyrax's {@code get_launch_config()}: the server a scaling group launches, as Auto Scale
 * reported it ({@code type} and {@code args}: {@code server} and {@code loadBalancers}). Fields
 * this class does not name are in {@link #json()}.
 *
 * <p>Immutable.
 */
public final class LaunchConfiguration {

    private final ObjectNode json;

    LaunchConfiguration(JsonNode json) {
        if (!json.isObject()) {
            throw new org.cloudsdk.errors.CloudException("expected a JSON object describing a launch configuration, got "
                    + json.getNodeType());
        }
        this.json = ((ObjectNode) json).deepCopy();
    }

    private JsonNode server() {
        return json.path("args").path("server");
    }

    private static @Nullable String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }

    /** @return {@code launch_server} */
    public @Nullable String type() {
        return text(json.path("type"));
    }

    /** @return the servers' base name */
    public @Nullable String serverName() {
        return text(server().path("name"));
    }

    /** @return the flavor's id ({@code flavorRef}) */
    public @Nullable String flavorId() {
        return text(server().path("flavorRef"));
    }

    /** @return the image's id ({@code imageRef}) */
    public @Nullable String imageId() {
        return text(server().path("imageRef"));
    }

    /** @return the disk configuration, if set */
    public Optional<DiskConfig> diskConfig() {
        String value = text(server().path("OS-DCF:diskConfig"));
        if (value == null) {
            return Optional.empty();
        }
        for (DiskConfig known : DiskConfig.values()) {
            if (known.name().equalsIgnoreCase(value)) {
                return Optional.of(known);
            }
        }
        return Optional.of(DiskConfig.UNKNOWN);
    }

    /** @return the servers' metadata */
    public Map<String, String> metadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        server().path("metadata").properties().forEach(field -> metadata.put(field.getKey(), field.getValue().asString()));
        return java.util.Collections.unmodifiableMap(metadata);
    }

    /** @return the paths of the files written on each server (their contents are in {@link #json()}, base64) */
    public List<String> personalityPaths() {
        List<String> paths = new ArrayList<>();
        server().path("personality").forEach(file -> paths.add(file.path("path").asString()));
        return List.copyOf(paths);
    }

    /** @return the ids of the networks each server is attached to (empty: the cloud's default) */
    public List<String> networks() {
        List<String> ids = new ArrayList<>();
        server().path("networks").forEach(network -> ids.add(network.path("uuid").asString()));
        return List.copyOf(ids);
    }

    /** @return the Cloud Load Balancers each server joins */
    public List<LoadBalancerTarget> loadBalancers() {
        List<LoadBalancerTarget> targets = new ArrayList<>();
        for (JsonNode lb : json.path("args").path("loadBalancers")) {
            JsonNode id = lb.path("loadBalancerId");
            // RackConnect pools have UUIDs and no port: those stay in json()
            if (id.canConvertToLong() || id.asString().matches("\\d+")) {
                targets.add(new LoadBalancerTarget(id.asLong(), lb.path("port").asInt()));
            }
        }
        return List.copyOf(targets);
    }

    /** @return the key pair installed on each server, if set */
    public Optional<String> keyName() {
        return Optional.ofNullable(text(server().path("key_name")));
    }

    /** @return every field, as Auto Scale sent it (a copy) */
    public ObjectNode json() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return "LaunchConfiguration[type=" + type() + ", serverName=" + serverName() + ", flavor=" + flavorId()
                + ", image=" + imageId() + ", diskConfig=" + diskConfig().orElse(null) + ", loadBalancers="
                + loadBalancers() + "]";
    }
}
