package org.cloudsdk.compute;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A server as Nova last described it (pyrax's {@code Server}): an immutable snapshot with the
 * operations pyrax put on it. {@link #reload()} (pyrax's {@code cs.servers.get(server.id)})
 * returns a fresh snapshot; {@code Waiter.shared().waitForBuild(server)} waits for it to be
 * ACTIVE. Every field of the response is kept ({@link #attribute(String)}, {@link #json()}).
 *
 * <p>The admin password is in the snapshot the create call returned only
 * ({@link #adminPass()}); {@code toString()} never shows it.
 */
public final class Server extends Resource<Server> {

    private final Compute compute;
    private final ServerFields fields;

    Server(Compute compute, JsonNode json) {
        super(json);
        this.compute = Objects.requireNonNull(compute, "compute must not be null");
        this.fields = readFields(ServerFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return the server's name */
    public @Nullable String name() {
        return fields.name();
    }

    /** @return its status: {@code BUILD}, {@code ACTIVE}, {@code RESIZE}, {@code VERIFY_RESIZE}, {@code ERROR}... */
    public @Nullable String status() {
        return fields.status();
    }

    /** @return the build progress in percent, when the cloud reports one */
    public Optional<Integer> progress() {
        return Optional.ofNullable(fields.progress());
    }

    /** @return the project (tenant) it belongs to */
    public @Nullable String tenantId() {
        return fields.tenantId();
    }

    /** @return the user who created it */
    public @Nullable String userId() {
        return fields.userId();
    }

    /** @return its metadata */
    public Map<String, String> metadata() {
        return fields.metadata();
    }

    /** @return the id of the image it was built from, or empty for a server booted from a volume */
    public Optional<String> imageId() {
        JsonNode image = fields.image();
        return image != null && image.isObject() ? Optional.ofNullable(textOrNull(image.get("id"))) : Optional.empty();
    }

    /**
     * @return the id of its flavor; empty on Nova 2.47 and later, which describe the flavor
     *     instead (see {@link #flavorName()})
     */
    public Optional<String> flavorId() {
        JsonNode flavor = fields.flavor();
        return flavor != null ? Optional.ofNullable(textOrNull(flavor.get("id"))) : Optional.empty();
    }

    /** @return the flavor's name as Nova 2.47 and later describe it, if given */
    public Optional<String> flavorName() {
        JsonNode flavor = fields.flavor();
        return flavor != null ? Optional.ofNullable(textOrNull(flavor.get("original_name"))) : Optional.empty();
    }

    /** @return the host id (a hash, unique per project and host) */
    public @Nullable String hostId() {
        return fields.hostId();
    }

    /** @return when it was created */
    public @Nullable Instant created() {
        return fields.created();
    }

    /** @return when it last changed */
    public @Nullable Instant updated() {
        return fields.updated();
    }

    /** @return its addresses by network label, each with version, type and MAC address */
    public Map<String, List<ServerAddress>> addresses() {
        return fields.addresses();
    }

    /**
     * pyrax's {@code server.networks}: the IP addresses by network label, such as
     * {@code {private=[10.179.1.2], public=[198.101.1.2, 2001:4800:...]}}. Empty while it builds.
     *
     * @return the addresses by network label
     */
    public Map<String, List<String>> networks() {
        Map<String, List<String>> networks = new LinkedHashMap<>();
        fields.addresses().forEach((label, addresses) -> networks.put(label,
                addresses.stream().map(ServerAddress::addr).toList()));
        return java.util.Collections.unmodifiableMap(networks);
    }

    /** @return the public IPv4 address it is reached at, if set */
    public Optional<String> accessIpv4() {
        return Optional.ofNullable(fields.accessIpv4()).filter(value -> !value.isEmpty());
    }

    /** @return the public IPv6 address it is reached at, if set */
    public Optional<String> accessIpv6() {
        return Optional.ofNullable(fields.accessIpv6()).filter(value -> !value.isEmpty());
    }

    /** @return the name of the key pair installed on it, if any */
    public Optional<String> keyName() {
        return Optional.ofNullable(fields.keyName());
    }

    /** @return the admin password: only in the snapshot the create call returned */
    public Optional<String> adminPass() {
        return Optional.ofNullable(fields.adminPass());
    }

    /** @return its disk configuration, if reported */
    public Optional<DiskConfig> diskConfig() {
        return Optional.ofNullable(fields.diskConfig());
    }

    /** @return the task under way ({@code OS-EXT-STS:task_state}, such as {@code image_snapshot}), if any */
    public Optional<String> taskState() {
        return Optional.ofNullable(fields.taskState());
    }

    /** @return the VM state ({@code OS-EXT-STS:vm_state}), if reported */
    public Optional<String> vmState() {
        return Optional.ofNullable(fields.vmState());
    }

    /** @return the power state ({@code OS-EXT-STS:power_state}: 1 running, 4 shut down...), if reported */
    public Optional<Integer> powerState() {
        return Optional.ofNullable(fields.powerState());
    }

    /** @return its availability zone, if reported */
    public Optional<String> availabilityZone() {
        return Optional.ofNullable(fields.availabilityZone());
    }

    /** @return the client this snapshot came from */
    public Compute compute() {
        return compute;
    }

    @Override
    public CompletableFuture<Server> reloadAsync() {
        return compute.getServerAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "server";
    }

    /** pyrax's {@code server.delete()}: asks Nova to delete it; it disappears shortly after. */
    public void delete() {
        compute.deleteServer(id());
    }

    /** pyrax's {@code server.reboot()}: a soft reboot. */
    public void reboot() {
        compute.reboot(id(), RebootType.SOFT);
    }

    /** @param type soft or hard */
    public void reboot(RebootType type) {
        compute.reboot(id(), type);
    }

    /**
     * @param flavorId the flavor to resize to; the server goes to RESIZE, then VERIFY_RESIZE
     */
    public void resize(String flavorId) {
        compute.resize(id(), flavorId);
    }

    /** Keeps the resized server (from VERIFY_RESIZE to ACTIVE). */
    public void confirmResize() {
        compute.confirmResize(id());
    }

    /** Goes back to the server as it was before the resize. */
    public void revertResize() {
        compute.revertResize(id());
    }

    /** @param password the new root / administrator password */
    public void changePassword(String password) {
        compute.changePassword(id(), password);
    }

    /**
     * @param name the image's name
     * @return the new image's id (pyrax returns the id, not an image)
     */
    public String createImage(String name) {
        return compute.createImage(id(), name, Map.of());
    }

    /**
     * @param name the image's name
     * @param metadata metadata of the image
     * @return the new image's id
     */
    public String createImage(String name, Map<String, String> metadata) {
        return compute.createImage(id(), name, metadata);
    }

    /**
     * @param imageId the image to rebuild from
     * @param options name, password, metadata, files, disk configuration
     * @return the rebuilding server (its new admin password, if the cloud generated one)
     */
    public Server rebuild(String imageId, RebuildOptions options) {
        return compute.rebuild(id(), imageId, options);
    }

    /** @param state the state to force (an administrator's action) */
    public void resetState(ServerState state) {
        compute.resetState(id(), state);
    }

    /** @return the server's current metadata, read now */
    public Map<String, String> getMetadata() {
        return compute.getServerMetadata(id());
    }

    /**
     * @param metadata pairs to add or change (others are kept)
     * @return the server's metadata after the change
     */
    public Map<String, String> setMetadata(Map<String, String> metadata) {
        return compute.setServerMetadata(id(), metadata);
    }

    /** @param keys the metadata keys to remove */
    public void deleteMetadata(Collection<String> keys) {
        compute.deleteServerMetadata(id(), keys);
    }

    @Override
    public String toString() {
        return "Server[id=" + id() + ", name=" + name() + ", status=" + status() + "]";
    }

    static @Nullable String textOrNull(@Nullable JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asString();
    }
}
