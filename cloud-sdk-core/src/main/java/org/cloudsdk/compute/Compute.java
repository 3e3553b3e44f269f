package org.cloudsdk.compute;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.cloudsdk.util.Arguments;
import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.NoUniqueMatchException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.Microversion;
import org.cloudsdk.http.MicroversionRange;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.PagingScheme;
import org.cloudsdk.service.ServiceContext;
import org.cloudsdk.service.ServiceDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compute (pyrax's {@code pyrax.cloudservers}; Nova's API v2.1): servers, flavors, images as
 * compute sees them, and key pairs, in one region. Reached from a context:
 *
 * <pre>{@code
 * Compute compute = ctx.compute();
 * Flavor small = compute.findFlavorByRam(2048).orElseThrow();
 * Server server = compute.createServer("web-1", imageId, small.id(),
 *         ServerCreateOptions.builder().keyName("my_key").build());
 * Server active = Waiter.shared().waitForBuild(server);
 * }</pre>
 *
 * <p>Microversions: by default each client negotiates, on its first call, the newest microversion
 * both Nova and this SDK support ({@value #SUPPORTED_RANGE}); {@link #withMicroversion(String)}
 * (or the {@code cloud.services.compute.microversion} property) pins one. Operations Nova removed
 * in later versions (its image API, server files) are sent at the last version that has them, so
 * every operation works whatever is in effect. Clouds that publish no microversions (Rackspace)
 * get none.
 *
 * <p>Every limit of pyrax's chapter is checked before a request, with an
 * {@link IllegalArgumentException} naming the parameter. What the server refuses arrives as the
 * transport's typed {@link CloudException}s ({@code NotFoundException}, {@code ConflictException}
 * for a server in the wrong state, ...).
 *
 * <p>Thread-safe; one client per region is shared by the whole application.
 */
public final class Compute {

    /** The microversions this client supports, as text. */
    public static final String SUPPORTED_RANGE = "2.1 to 2.90";

    /** The registration of compute: {@code ctx.compute()}, the starter's bean and health entry. */
    public static final ServiceDefinition<Compute> SERVICE = ServiceDefinition
            .builder("compute", ServiceType.COMPUTE, Compute.class, Compute::create)
            .healthCheck(Compute::healthDetails)
            .build();

    private final ServiceClient client;
    private final ComputeVersions versions;

    Compute(ServiceClient client, ComputeVersions versions) {
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.versions = Objects.requireNonNull(versions, "versions must not be null");
    }

    private static Compute create(ServiceContext context) {
        ServiceClient client = context.client();
        return new Compute(client, ComputeVersions.of(client, context.microversion().orElse(null)));
    }

    /**
     * A client of the same endpoint pinned to one microversion, for one call or for good:
     * {@code compute.withMicroversion("2.61").listFlavors()}. It shares this client's knowledge
     * of the server's range.
     *
     * @param microversion such as {@code 2.61}, or {@code latest} to negotiate
     * @return the pinned client
     * @throws IllegalArgumentException when this SDK does not support that version
     */
    public Compute withMicroversion(String microversion) {
        Objects.requireNonNull(microversion, "microversion must not be null");
        return new Compute(client, versions.withRequested(microversion));
    }

    /**
     * @return the microversion requests are sent with (read from the server on first use), or
     *     empty when the cloud publishes none
     * @throws org.cloudsdk.errors.UnsupportedMicroversionException when a pinned version is not
     *     supported by the server
     */
    public Optional<Microversion> microversion() {
        return versions.effective();
    }

    /** @return the microversions the server publishes, or empty when it publishes none */
    public Optional<MicroversionRange> serverMicroversions() {
        return Optional.ofNullable(versions.serverRange());
    }

    /** @return the underlying service client (endpoint, region, raw requests) */
    public ServiceClient client() {
        return client;
    }

    // ---------------------------------------------------------------- servers

    /**
     * pyrax's {@code cs.servers.list()}: every server, with details, fetched page by page past
     * Nova's 1,000 per page.
     *
     * @return the servers
     */
    public List<Server> listServers() {
        return listServers(ServerListOptions.defaults());
    }

    /**
     * @param options filters (name, status, image, flavor, changes since) and paging
     * @return the matching servers, at most {@code options.limit()}
     */
    public List<Server> listServers(ServerListOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        // a cap below a page asks for no more than it keeps
        Listing<Server> listing = servers(options.limit().filter(limit -> options.pageSize().isEmpty())
                .map(limit -> options.toBuilder().pageSize(Math.min(limit, 1000)).build()).orElse(options));
        return options.limit().map(limit -> listing.stream().limit(limit).toList()).orElseGet(() -> listing.stream().toList());
    }

    /**
     * The lazy form of {@link #listServers(ServerListOptions)}: pages are fetched as iteration
     * reaches them ({@code stream()}, {@code pages()}, {@code flux()}).
     *
     * @param options filters and paging ({@code limit} is not applied: stop the stream instead)
     * @return the listing
     */
    public Listing<Server> servers(ServerListOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        Listing.Builder<Server> listing = listing("listServers", "/servers/detail", "servers", null,
                json -> new Server(this, json));
        options.name().ifPresent(value -> listing.query("name", value));
        options.status().ifPresent(value -> listing.query("status", value));
        options.image().ifPresent(value -> listing.query("image", value));
        options.flavor().ifPresent(value -> listing.query("flavor", value));
        options.changesSince().ifPresent(value -> listing.query("changes-since", DateTimeFormatter.ISO_INSTANT.format(value)));
        return listing.limit(options.pageSize().orElse(null)).marker(options.marker().orElse(null)).build();
    }

    /**
     * pyrax's {@code cs.servers.get(id)}.
     *
     * @param serverId the server's id
     * @return a fresh snapshot
     * @throws org.cloudsdk.errors.NotFoundException when there is no such server
     */
    public Server getServer(String serverId) {
        return Transport.blockValue(getServerAsync(serverId));
    }

    Mono<Server> getServerAsync(String serverId) {
        String id = requireId(serverId, "serverId");
        return send(HttpMethod.GET, "getServer", null, request -> request.path("/servers/{id}", id))
                .map(response -> new Server(this, response.json().path("server")));
    }

    /**
     * pyrax's {@code cs.servers.find(name=...)}: the server of exactly this name.
     *
     * @param name the name
     * @return the server, or empty when none has it
     * @throws NoUniqueMatchException when several have it
     */
    public Optional<Server> findServer(String name) {
        requireId(name, "name");
        // Nova's name filter is a regular expression: anchor it and match exactly here too
        return unique("server", name, listServers(ServerListOptions.builder()
                .name("^" + regexLiteral(name) + "$").build()).stream()
                .filter(server -> name.equals(server.name())).toList());
    }

    /**
     * pyrax's {@code cs.servers.create(name, image, flavor)}.
     *
     * @param name the server's name
     * @param imageId the image to build it from
     * @param flavorId its flavor
     * @return the server as the create call describes it: status BUILD, with its admin password
     */
    public Server createServer(String name, String imageId, String flavorId) {
        return createServer(name, imageId, flavorId, ServerCreateOptions.defaults());
    }

    /**
     * pyrax's {@code cs.servers.create(name, image, flavor, meta=..., files=..., key_name=...,
     * nics=..., disk_config=...)}. Returns at once; wait with {@code Waiter.shared().waitForBuild}.
     *
     * @param name the server's name (1 to 255 characters)
     * @param imageId the image to build it from
     * @param flavorId its flavor
     * @param options metadata, files, key pair, networks, disk configuration...
     * @return the server as the create call describes it: status BUILD, with its admin password
     *     ({@link Server#adminPass()}, given this once)
     */
    public Server createServer(String name, String imageId, String flavorId, ServerCreateOptions options) {
        ServerLimits.name(name, "name");
        requireId(imageId, "imageId");
        requireId(flavorId, "flavorId");
        Objects.requireNonNull(options, "options must not be null");
        Optional<Microversion> version = ComputeVersions.capped(versions.effective(),
                options.files().isEmpty() ? null : ComputeVersions.LAST_WITH_FILES);
        ObjectNode server = Json.object();
        server.put("name", name);
        server.put("imageRef", imageId);
        server.put("flavorRef", flavorId);
        if (!options.metadata().isEmpty()) {
            server.set("metadata", stringMap(options.metadata()));
        }
        if (!options.files().isEmpty()) {
            server.set("personality", personality(options.files()));
        }
        options.keyName().ifPresent(value -> server.put("key_name", value));
        Optional<List<NetworkAttachment>> networks = options.networks();
        if (networks.isPresent()) {
            server.set("networks", networks(networks.get()));
        } else if (version.isPresent() && version.get().compareTo(ComputeVersions.NETWORKS_REQUIRED) >= 0) {
            // from 2.37 on Nova wants to be told; "auto" is what earlier versions did unasked
            server.put("networks", "auto");
        }
        options.diskConfig().ifPresent(value -> server.put("OS-DCF:diskConfig", value.name()));
        options.availabilityZone().ifPresent(value -> server.put("availability_zone", value));
        options.userData().ifPresent(value -> server.put("user_data",
                Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))));
        options.configDrive().ifPresent(value -> server.put("config_drive", value));
        if (!options.securityGroups().isEmpty()) {
            ArrayNode groups = server.putArray("security_groups");
            options.securityGroups().forEach(group -> groups.addObject().put("name", group));
        }
        options.adminPass().ifPresent(value -> server.put("adminPass", value));
        ObjectNode body = Json.object();
        body.set("server", server);
        ApiResponse response = Transport.blockValue(sendAt(HttpMethod.POST, "createServer", version,
                request -> request.path("/servers").jsonBody(Json.write(body))));
        // the answer is a partial description (id, links, adminPass); the name and status are known
        ObjectNode created = response.json().path("server").isObject()
                ? ((ObjectNode) response.json().path("server")).deepCopy() : Json.object();
        if (!created.has("name")) {
            created.put("name", name);
        }
        if (!created.has("status")) {
            created.put("status", "BUILD");
        }
        return new Server(this, created);
    }

    /**
     * pyrax's {@code server.delete()} by id. Nova deletes the server shortly after answering.
     *
     * @param serverId the server's id
     * @throws org.cloudsdk.errors.NotFoundException when there is no such server
     */
    public void deleteServer(String serverId) {
        String id = requireId(serverId, "serverId");
        Transport.blockValue(send(HttpMethod.DELETE, "deleteServer", null, request -> request.path("/servers/{id}", id)));
    }

    /**
     * The chapter's "Deleting All Servers" loop: deletes every server of the project in this
     * region. A server already gone by the time its delete is sent is counted as deleted.
     *
     * @return the servers whose deletion was accepted
     */
    public List<Server> deleteAllServers() {
        List<Server> deleted = new ArrayList<>();
        for (Server server : listServers()) {
            try {
                server.delete();
            } catch (org.cloudsdk.errors.NotFoundException alreadyGone) {
                // deleted meanwhile by someone else: the goal is met
            }
            deleted.add(server);
        }
        return List.copyOf(deleted);
    }

    /**
     * pyrax's {@code server.networks} read now.
     *
     * @param serverId the server's id
     * @return its IP addresses by network label
     */
    public Map<String, List<String>> networks(String serverId) {
        return getServer(serverId).networks();
    }

    /**
     * pyrax's {@code cs.servers.create_image(server, name, metadata)}.
     *
     * @param serverId the server to image
     * @param name the image's name
     * @param metadata metadata of the image (may be empty)
     * @return the new image's id; wait for it to be ACTIVE before using it
     */
    public String createImage(String serverId, String name, Map<String, String> metadata) {
        String id = requireId(serverId, "serverId");
        ServerLimits.name(name, "name");
        Map<String, String> checked = ServerLimits.metadata(metadata, "metadata");
        ObjectNode action = Json.object();
        action.put("name", name);
        if (!checked.isEmpty()) {
            action.set("metadata", stringMap(checked));
        }
        Optional<Microversion> version = versions.effective();
        ApiResponse response = Transport.blockValue(action(id, "createImage", "createImage", action, version));
        String imageId = Server.textOrNull(response.json().get("image_id"));
        if (imageId == null) {
            // before 2.45 the id is the last segment of the Location header
            imageId = response.header("Location").map(location -> location.substring(location.lastIndexOf('/') + 1))
                    .filter(value -> !value.isEmpty())
                    .orElseThrow(() -> new CloudException("compute: createImage answered neither image_id nor a Location"));
        }
        return imageId;
    }

    /**
     * pyrax's {@code server.resize(flavor)}: the server goes to RESIZE, then VERIFY_RESIZE; then
     * {@link #confirmResize} or {@link #revertResize}.
     *
     * @param serverId the server's id
     * @param flavorId the new flavor
     */
    public void resize(String serverId, String flavorId) {
        ObjectNode resize = Json.object();
        resize.put("flavorRef", requireId(flavorId, "flavorId"));
        block(action(requireId(serverId, "serverId"), "resize", "resize", resize, null));
    }

    /** @param serverId a server in VERIFY_RESIZE, kept as resized */
    public void confirmResize(String serverId) {
        block(action(requireId(serverId, "serverId"), "confirmResize", "confirmResize", null, null));
    }

    /** @param serverId a server in VERIFY_RESIZE, put back as it was */
    public void revertResize(String serverId) {
        block(action(requireId(serverId, "serverId"), "revertResize", "revertResize", null, null));
    }

    /**
     * pyrax's {@code cs.servers.reset_state}: forces a stuck server's state (an administrator's
     * action in most clouds).
     *
     * @param serverId the server's id
     * @param state ACTIVE or ERROR
     */
    public void resetState(String serverId, ServerState state) {
        Objects.requireNonNull(state, "state must not be null");
        ObjectNode reset = Json.object();
        reset.put("state", state.wireValue());
        block(action(requireId(serverId, "serverId"), "resetState", "os-resetState", reset, null));
    }

    /**
     * pyrax's {@code server.reboot(reboot_type)}.
     *
     * @param serverId the server's id
     * @param type soft or hard
     */
    public void reboot(String serverId, RebootType type) {
        Objects.requireNonNull(type, "type must not be null");
        ObjectNode reboot = Json.object();
        reboot.put("type", type.name());
        block(action(requireId(serverId, "serverId"), "reboot", "reboot", reboot, null));
    }

    /**
     * pyrax's {@code server.change_password(password)}.
     *
     * @param serverId the server's id
     * @param password the new password (never logged)
     */
    public void changePassword(String serverId, String password) {
        Objects.requireNonNull(password, "password must not be null");
        if (password.isEmpty()) {
            throw new IllegalArgumentException("password must not be empty");
        }
        ObjectNode change = Json.object();
        change.put("adminPass", password);
        block(action(requireId(serverId, "serverId"), "changePassword", "changePassword", change, null));
    }

    /**
     * pyrax's {@code server.rebuild(image)}: reinstalls the server from an image, keeping its id
     * and addresses.
     *
     * @param serverId the server's id
     * @param imageId the image
     * @param options new name, password, metadata, files, disk configuration
     * @return the server as the rebuild call describes it (status REBUILD, a new admin password)
     */
    public Server rebuild(String serverId, String imageId, RebuildOptions options) {
        String id = requireId(serverId, "serverId");
        Objects.requireNonNull(options, "options must not be null");
        ObjectNode rebuild = Json.object();
        rebuild.put("imageRef", requireId(imageId, "imageId"));
        options.name().ifPresent(value -> rebuild.put("name", value));
        options.adminPass().ifPresent(value -> rebuild.put("adminPass", value));
        options.metadata().ifPresent(value -> rebuild.set("metadata", stringMap(value)));
        if (!options.files().isEmpty()) {
            rebuild.set("personality", personality(options.files()));
        }
        options.diskConfig().ifPresent(value -> rebuild.put("OS-DCF:diskConfig", value.name()));
        Optional<Microversion> version = ComputeVersions.capped(versions.effective(),
                options.files().isEmpty() ? null : ComputeVersions.LAST_WITH_FILES);
        ApiResponse response = Transport.blockValue(action(id, "rebuild", "rebuild", rebuild, version));
        JsonNode server = response.json().path("server");
        return new Server(this, server.isObject() ? server : Json.object().put("id", id).put("status", "REBUILD"));
    }

    /**
     * @param serverId the server's id
     * @return its metadata
     */
    public Map<String, String> getServerMetadata(String serverId) {
        String id = requireId(serverId, "serverId");
        return readStringMap(block(send(HttpMethod.GET, "getServerMetadata", null,
                request -> request.path("/servers/{id}/metadata", id))).json().path("metadata"));
    }

    /**
     * pyrax's {@code cs.servers.set_meta}: adds or changes pairs, keeping the others.
     *
     * @param serverId the server's id
     * @param metadata the pairs to set
     * @return the server's metadata after the change
     */
    public Map<String, String> setServerMetadata(String serverId, Map<String, String> metadata) {
        String id = requireId(serverId, "serverId");
        ObjectNode body = Json.object();
        body.set("metadata", stringMap(ServerLimits.metadata(metadata, "metadata")));
        return readStringMap(block(send(HttpMethod.POST, "setServerMetadata", null,
                request -> request.path("/servers/{id}/metadata", id).jsonBody(Json.write(body)))).json().path("metadata"));
    }

    /**
     * pyrax's {@code cs.servers.delete_meta}: removes metadata keys, one request each.
     *
     * @param serverId the server's id
     * @param keys the keys to remove
     * @throws org.cloudsdk.errors.NotFoundException when a key is not set
     */
    public void deleteServerMetadata(String serverId, Collection<String> keys) {
        String id = requireId(serverId, "serverId");
        Objects.requireNonNull(keys, "keys must not be null");
        List<String> checked = keys.stream().map(key -> requireId(key, "key")).toList();
        for (String key : checked) {
            block(send(HttpMethod.DELETE, "deleteServerMetadata", null,
                    request -> request.path("/servers/{id}/metadata/{key}", id, key)));
        }
    }

    // ---------------------------------------------------------------- flavors

    /**
     * pyrax's {@code cs.list_flavors()} / {@code cs.flavors.list()}, with RAM, disk and vCPUs.
     *
     * @return every flavor
     */
    public List<Flavor> listFlavors() {
        return listing("listFlavors", "/flavors/detail", "flavors", null, json -> new Flavor(this, json)).build()
                .stream().toList();
    }

    /**
     * @param flavorId the flavor's id
     * @return the flavor
     * @throws org.cloudsdk.errors.NotFoundException when there is no such flavor
     */
    public Flavor getFlavor(String flavorId) {
        return Transport.blockValue(getFlavorAsync(flavorId));
    }

    Mono<Flavor> getFlavorAsync(String flavorId) {
        String id = requireId(flavorId, "flavorId");
        return send(HttpMethod.GET, "getFlavor", null, request -> request.path("/flavors/{id}", id))
                .map(response -> new Flavor(this, response.json().path("flavor")));
    }

    /**
     * The chapter's {@code [f for f in cs.flavors.list() if f.ram == 1024][0]}.
     *
     * @param ram RAM in MB
     * @return the first flavor with exactly that RAM, in the server's order
     */
    public Optional<Flavor> findFlavorByRam(int ram) {
        if (ram < 1) {
            throw new IllegalArgumentException("ram must be 1 MB or more, was " + ram);
        }
        return listFlavors().stream().filter(flavor -> flavor.ram() == ram).findFirst();
    }

    /**
     * @param name a flavor's name
     * @return the flavor of exactly that name, or empty
     * @throws NoUniqueMatchException when several have it
     */
    public Optional<Flavor> findFlavor(String name) {
        requireId(name, "name");
        return unique("flavor", name, listFlavors().stream().filter(flavor -> name.equals(flavor.name())).toList());
    }

    // ---------------------------------------------------------------- images

    /**
     * pyrax's {@code cs.images.list()} / {@code cs.list_images()}: base images and snapshots.
     *
     * @return every image compute can boot
     */
    public List<ComputeImage> listImages() {
        return listing("listImages", "/images/detail", "images", ComputeVersions.LAST_IMAGE_API,
                json -> new ComputeImage(this, json)).build().stream().toList();
    }

    /** @return pyrax's {@code cs.list_base_images()}: the provider's images, no snapshots */
    public List<ComputeImage> listBaseImages() {
        return images(image -> !image.isSnapshot());
    }

    /** @return pyrax's {@code cs.list_snapshots()}: images made from servers */
    public List<ComputeImage> listSnapshots() {
        return images(ComputeImage::isSnapshot);
    }

    private List<ComputeImage> images(Predicate<ComputeImage> filter) {
        return listImages().stream().filter(filter).toList();
    }

    /**
     * @param imageId the image's id
     * @return the image
     * @throws org.cloudsdk.errors.NotFoundException when there is no such image
     */
    public ComputeImage getImage(String imageId) {
        return Transport.blockValue(getImageAsync(imageId));
    }

    Mono<ComputeImage> getImageAsync(String imageId) {
        String id = requireId(imageId, "imageId");
        return send(HttpMethod.GET, "getImage", ComputeVersions.LAST_IMAGE_API, request -> request.path("/images/{id}", id))
                .map(response -> new ComputeImage(this, response.json().path("image")));
    }

    /**
     * pyrax's {@code cs.images.find(name=...)}.
     *
     * @param name the image's exact name
     * @return the image, or empty
     * @throws NoUniqueMatchException when several have it
     */
    public Optional<ComputeImage> findImage(String name) {
        requireId(name, "name");
        return unique("image", name, listImages().stream().filter(image -> name.equals(image.name())).toList());
    }

    /**
     * @param imageId the image to delete
     * @throws org.cloudsdk.errors.NotFoundException when there is no such image
     */
    public void deleteImage(String imageId) {
        String id = requireId(imageId, "imageId");
        block(send(HttpMethod.DELETE, "deleteImage", ComputeVersions.LAST_IMAGE_API,
                request -> request.path("/images/{id}", id)));
    }

    // ---------------------------------------------------------------- key pairs

    /**
     * pyrax's {@code cs.keypairs.create(name, public_key)}.
     *
     * @param name the key pair's name, used as {@code keyName} when creating servers
     * @param publicKey the public key, in OpenSSH format
     * @return the stored key pair
     * @throws org.cloudsdk.errors.ConflictException when the name is taken
     */
    public KeyPair createKeypair(String name, String publicKey) {
        requireId(publicKey, "publicKey");
        return keypair(name, publicKey);
    }

    /**
     * pyrax's {@code cs.keypairs.create(name)}: the cloud generates the pair and returns the
     * private key this once ({@link KeyPair#privateKey()}). Nova stopped generating keys in 2.92;
     * this SDK asks at a version that still does.
     *
     * @param name the key pair's name
     * @return the key pair, with its private key
     */
    public KeyPair createKeypair(String name) {
        return keypair(name, null);
    }

    private KeyPair keypair(String name, @Nullable String publicKey) {
        ServerLimits.name(name, "name");
        ObjectNode keypair = Json.object();
        keypair.put("name", name);
        if (publicKey != null) {
            keypair.put("public_key", publicKey.trim());
        }
        ObjectNode body = Json.object();
        body.set("keypair", keypair);
        ApiResponse response = block(send(HttpMethod.POST, "createKeypair",
                publicKey == null ? ComputeVersions.LAST_GENERATING_KEYS : null,
                request -> request.path("/os-keypairs").jsonBody(Json.write(body))));
        return new KeyPair(this, response.json().path("keypair"));
    }

    /** @return every key pair of the user */
    public List<KeyPair> listKeypairs() {
        // Nova wraps each item: {"keypairs": [{"keypair": {...}}]}
        return listing("listKeypairs", "/os-keypairs", "keypairs", null, json -> new KeyPair(this, json.path("keypair")))
                .build().stream().toList();
    }

    /**
     * @param name the key pair's name
     * @return the key pair
     * @throws org.cloudsdk.errors.NotFoundException when there is none of that name
     */
    public KeyPair getKeypair(String name) {
        return Transport.blockValue(getKeypairAsync(name));
    }

    Mono<KeyPair> getKeypairAsync(String name) {
        String id = requireId(name, "name");
        return send(HttpMethod.GET, "getKeypair", null, request -> request.path("/os-keypairs/{name}", id))
                .map(response -> new KeyPair(this, response.json().path("keypair")));
    }

    /**
     * @param name the key pair's name
     * @throws org.cloudsdk.errors.NotFoundException when there is none of that name
     */
    public void deleteKeypair(String name) {
        String id = requireId(name, "name");
        block(send(HttpMethod.DELETE, "deleteKeypair", null, request -> request.path("/os-keypairs/{name}", id)));
    }

    // ---------------------------------------------------------------- health

    /**
     * The health entry's read: one flavor (a cheap GET that proves the token and endpoint), and
     * the microversions in use.
     */
    private Mono<Map<String, Object>> healthDetails() {
        return versions.effectiveAsync()
                .flatMap(version -> client.exchange(versions.apply(client.request(HttpMethod.GET, "listFlavors")
                        .path("/flavors").query("limit", 1), version))
                        .map(response -> {
                            Map<String, Object> details = new LinkedHashMap<>();
                            details.put("region", String.valueOf(client.region()));
                            details.put("interface", client.endpointInterface());
                            version.ifPresent(v -> details.put("microversion", v.toString()));
                            return details;
                        }));
    }

    @Override
    public String toString() {
        return "Compute[region=" + client.region() + ", interface=" + client.endpointInterface() + "]";
    }

    // ---------------------------------------------------------------- plumbing

    private Mono<ApiResponse> action(String serverId, String operation, String action, @Nullable ObjectNode argument,
            @Nullable Optional<Microversion> version) {
        ObjectNode body = Json.object();
        if (argument == null) {
            body.putNull(action);
        } else {
            body.set(action, argument);
        }
        Function<ApiRequest.Builder, ApiRequest.Builder> spec = request -> request
                .path("/servers/{id}/action", serverId).jsonBody(Json.write(body));
        return version == null ? send(HttpMethod.POST, operation, null, spec) : sendAt(HttpMethod.POST, operation, version, spec);
    }

    /** Sends a request at the version in effect, lowered to {@code cap} when given. */
    private Mono<ApiResponse> send(HttpMethod method, String operation, @Nullable Microversion cap,
            Function<ApiRequest.Builder, ApiRequest.Builder> spec) {
        return versions.effectiveAsync().flatMap(version -> client.exchange(
                versions.apply(spec.apply(client.request(method, operation)), ComputeVersions.capped(version, cap))));
    }

    /** Sends a request at a version already decided. */
    private Mono<ApiResponse> sendAt(HttpMethod method, String operation, Optional<Microversion> version,
            Function<ApiRequest.Builder, ApiRequest.Builder> spec) {
        return client.exchange(versions.apply(spec.apply(client.request(method, operation)), version));
    }

    private <T> Listing.Builder<T> listing(String operation, String path, String items, @Nullable Microversion cap,
            Function<JsonNode, T> mapper) {
        Listing.Builder<T> listing = Listing.builder(client, operation, PagingScheme.nextLink(), mapper::apply)
                .path(path).items(items);
        ComputeVersions.capped(versions.effective(), cap)
                .ifPresent(version -> versions.headers(version).forEach(listing::header));
        return listing;
    }

    private static ApiResponse block(Mono<ApiResponse> response) {
        return Transport.blockValue(response);
    }

    private static <T> Optional<T> unique(String kind, String name, List<T> matches) {
        if (matches.size() > 1) {
            throw new NoUniqueMatchException("compute: " + matches.size() + " " + kind + "s are named '" + name
                    + "'; use an id");
        }
        return matches.stream().findFirst();
    }

    /** Escapes a name for Nova's name filter, a Python regular expression (no {@code \\Q...\\E} there). */
    static String regexLiteral(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (".^$*+?{}[]\\|()".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static ObjectNode stringMap(Map<String, String> values) {
        ObjectNode node = Json.object();
        values.forEach(node::put);
        return node;
    }

    private static Map<String, String> readStringMap(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        node.properties().forEach(field -> values.put(field.getKey(), field.getValue().asString()));
        return java.util.Collections.unmodifiableMap(values);
    }

    private static ArrayNode personality(Map<String, String> files) {
        ArrayNode personality = Json.array();
        files.forEach((path, content) -> personality.addObject().put("path", path)
                .put("contents", Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8))));
        return personality;
    }

    private static ArrayNode networks(List<NetworkAttachment> attachments) {
        ArrayNode networks = Json.array();
        for (NetworkAttachment attachment : attachments) {
            ObjectNode network = networks.addObject();
            if (attachment.networkId() != null) {
                network.put("uuid", attachment.networkId());
            }
            if (attachment.fixedIp() != null) {
                network.put("fixed_ip", attachment.fixedIp());
            }
            if (attachment.portId() != null) {
                network.put("port", attachment.portId());
            }
        }
        return networks;
    }

    private static String requireId(@Nullable String value, String parameter) {
        return Arguments.requireText(value, parameter);
    }
}
