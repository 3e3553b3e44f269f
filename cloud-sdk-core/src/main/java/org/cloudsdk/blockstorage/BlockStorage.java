package org.cloudsdk.blockstorage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.cloudsdk.compute.Compute;
import org.cloudsdk.compute.Server;
import org.cloudsdk.errors.BadRequestException;
import org.cloudsdk.errors.ClientErrorException;
import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.NoUniqueMatchException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.errors.SnapshotNotAvailableException;
import org.cloudsdk.errors.VolumeNotAvailableException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.Microversion;
import org.cloudsdk.http.MicroversionRange;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;
import org.cloudsdk.identity.EndpointInterface;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.PagingScheme;
import org.cloudsdk.service.ServiceContext;
import org.cloudsdk.service.ServiceDefinition;
import org.cloudsdk.wait.NotFoundPolicy;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Block storage (pyrax's {@code pyrax.cloud_blockstorage}; Cinder's API v3 or Rackspace Cloud
 * Block Storage): volume types, volumes, their attachment to servers, and snapshots, in one
 * region. Reached from a context:
 *
 * <pre>{@code
 * BlockStorage cbs = ctx.blockStorage();
 * Volume vol = cbs.createVolume("my_fast_volume", 500,
 *         VolumeCreateOptions.builder().volumeType("SSD").build());
 * Volume ready = Waiter.shared().waitUntil(vol, "status", Set.of(Volume.AVAILABLE));
 * ready.attachToInstance(server, "/dev/xvdb");
 * }</pre>
 *
 * <p>Which API the endpoint speaks is read from the catalog ({@link BlockStorageProvider}): it
 * decides the size limits checked before a request (Rackspace: 100 to 1,024 GB; Cinder: any
 * positive size) and the request fields. On Cinder each client negotiates, on its first call, the
 * newest microversion both Cinder and this SDK support ({@value #SUPPORTED_RANGE});
 * {@link #withMicroversion(String)} (or {@code cloud.services.volume.microversion}) pins one.
 *
 * <p>Attaching and detaching go through compute's API (Nova's {@code os-volume_attachments}):
 * through a server handle's own compute client, a {@link Compute} given, or the compute endpoint
 * of the same region of the context.
 *
 * <p>Thread-safe; one client per region is shared by the whole application.
 */
public final class BlockStorage {

    /** The microversions this client supports, as text. */
    public static final String SUPPORTED_RANGE = "3.0 to 3.70";

    /** The registration of block storage: {@code ctx.blockStorage()}, the starter's bean and health entry. */
    public static final ServiceDefinition<BlockStorage> SERVICE = ServiceDefinition
            .builder("volume", ServiceType.VOLUME, BlockStorage.class, BlockStorage::create)
            .healthCheck(BlockStorage::healthDetails)
            .build();

    private static final String DELETING = "deleting";

    /** What requests are shaped by: the provider, and the microversion in effect. */
    record Dialect(BlockStorageProvider provider, Optional<Microversion> version) {
    }

    private final ServiceClient client;
    private final @Nullable ServiceClient compute;
    private final BlockStorageVersions versions;
    private final @Nullable BlockStorageProvider pinnedProvider;
    /** The provider read from the catalog, shared by this client's twins. */
    private final AtomicReference<@Nullable BlockStorageProvider> detected;
    private volatile @Nullable Dialect dialect;

    /**
     * @param client the block storage endpoint's client
     * @param compute the compute endpoint of the same region, for attachments, or null
     * @param versions the microversions
     */
    BlockStorage(ServiceClient client, @Nullable ServiceClient compute, BlockStorageVersions versions) {
        this(client, compute, versions, null, new AtomicReference<>());
    }

    private BlockStorage(ServiceClient client, @Nullable ServiceClient compute, BlockStorageVersions versions,
            @Nullable BlockStorageProvider pinnedProvider, AtomicReference<@Nullable BlockStorageProvider> detected) {
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.compute = compute;
        this.versions = Objects.requireNonNull(versions, "versions must not be null");
        this.pinnedProvider = pinnedProvider;
        this.detected = detected;
    }

    private static BlockStorage create(ServiceContext context) {
        ServiceClient client = context.client();
        ServiceClient compute = context.optionalClient(ServiceType.COMPUTE,
                EndpointInterface.parse(client.endpointInterface()));
        return new BlockStorage(client, compute, BlockStorageVersions.of(client, context.microversion().orElse(null)));
    }

    /**
     * A client of the same endpoint pinned to one microversion:
     * {@code cbs.withMicroversion("3.59").listVolumes()}.
     *
     * @param microversion such as {@code 3.59}, or {@code latest} to negotiate
     * @return the pinned client
     * @throws IllegalArgumentException when this SDK does not support that version
     */
    public BlockStorage withMicroversion(String microversion) {
        Objects.requireNonNull(microversion, "microversion must not be null");
        return new BlockStorage(client, compute, versions.withRequested(microversion), pinnedProvider, detected);
    }

    /**
     * A client of the same endpoint that takes it for the given provider, whatever the catalog
     * says (a private cloud listing a stock Cinder under the type {@code volume}, say).
     *
     * @param provider the API the endpoint speaks
     * @return the client
     */
    public BlockStorage withProvider(BlockStorageProvider provider) {
        Objects.requireNonNull(provider, "provider must not be null");
        return new BlockStorage(client, compute, versions, provider, detected);
    }

    /**
     * @return the API the endpoint speaks (read from the catalog on first use, which
     *     authenticates when needed)
     */
    public BlockStorageProvider provider() {
        if (pinnedProvider != null) {
            return pinnedProvider;
        }
        BlockStorageProvider known = detected.get();
        if (known == null) {
            known = ProviderDetection.detect(client);
            detected.compareAndSet(null, known);
        }
        return known;
    }

    /**
     * @return the microversion requests are sent with (read from the server on first use), or
     *     empty on Rackspace and on a Cinder that publishes none
     * @throws org.cloudsdk.errors.UnsupportedMicroversionException when a pinned version is not
     *     supported by the server
     */
    public Optional<Microversion> microversion() {
        return dialectNow().version();
    }

    /** @return the microversions the server publishes, or empty when it publishes none (Rackspace) */
    public Optional<MicroversionRange> serverMicroversions() {
        return provider() == BlockStorageProvider.RACKSPACE ? Optional.empty() : Optional.ofNullable(versions.serverRange());
    }

    /** @return the underlying service client (endpoint, region, raw requests) */
    public ServiceClient client() {
        return client;
    }

    // ---------------------------------------------------------------- volume types

    /**
     * pyrax's {@code cbs.list_types()}: the volume types, read-only.
     *
     * @return every volume type
     */
    public List<VolumeType> listTypes() {
        return listing("listTypes", "/types", "volume_types", json -> new VolumeType(this, json)).build()
                .stream().toList();
    }

    /**
     * @param typeId the type's id
     * @return the type
     * @throws NotFoundException when there is no such type
     */
    public VolumeType getVolumeType(String typeId) {
        return Transport.blockValue(getVolumeTypeAsync(typeId));
    }

    Mono<VolumeType> getVolumeTypeAsync(String typeId) {
        String id = VolumeLimits.id(typeId, "typeId");
        return send(HttpMethod.GET, "getVolumeType", request -> request.path("/types/{id}", id))
                .map(response -> new VolumeType(this, response.json().path("volume_type")));
    }

    // ---------------------------------------------------------------- volumes

    /**
     * pyrax's {@code cbs.list()}: every volume, with details, page by page.
     *
     * @return the volumes
     */
    public List<Volume> listVolumes() {
        return listVolumes(VolumeListOptions.defaults());
    }

    /**
     * @param options the exact name, status, page size and marker
     * @return the matching volumes
     */
    public List<Volume> listVolumes(VolumeListOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        // Rackspace ignores the filters: they are applied here too
        return volumes(options).stream()
                .filter(volume -> options.name().map(name -> name.equals(volume.name())).orElse(true))
                .filter(volume -> options.status().map(status -> status.equals(volume.status())).orElse(true))
                .toList();
    }

    /**
     * The lazy form of {@link #listVolumes(VolumeListOptions)}: pages are fetched as iteration
     * reaches them. The filters are the server's only (Rackspace ignores them).
     *
     * @param options filters and paging
     * @return the listing
     */
    public Listing<Volume> volumes(VolumeListOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        Listing.Builder<Volume> listing = listing("listVolumes", "/volumes/detail", "volumes",
                json -> new Volume(this, json));
        options.name().ifPresent(value -> listing.query("name", value));
        options.status().ifPresent(value -> listing.query("status", value));
        return listing.limit(options.pageSize().orElse(null)).marker(options.marker().orElse(null)).build();
    }

    /**
     * @param volumeId the volume's id
     * @return a fresh snapshot
     * @throws NotFoundException when there is no such volume
     */
    public Volume getVolume(String volumeId) {
        return Transport.blockValue(getVolumeAsync(volumeId));
    }

    Mono<Volume> getVolumeAsync(String volumeId) {
        String id = VolumeLimits.id(volumeId, "volumeId");
        return send(HttpMethod.GET, "getVolume", request -> request.path("/volumes/{id}", id))
                .map(response -> new Volume(this, response.json().path("volume")));
    }

    /**
     * pyrax's {@code cbs.find(name=...)}: the volume of exactly this name.
     *
     * @param name the name
     * @return the volume, or empty when none has it
     * @throws NoUniqueMatchException when several have it
     */
    public Optional<Volume> findVolume(String name) {
        VolumeLimits.id(name, "name");
        List<Volume> matches = listVolumes(VolumeListOptions.builder().name(name).build());
        if (matches.size() > 1) {
            throw new NoUniqueMatchException("block storage: " + matches.size() + " volumes are named '" + name
                    + "'; use an id");
        }
        return matches.stream().findFirst();
    }

    /**
     * pyrax's {@code cbs.create(name=..., size=...)}: an empty volume of the provider's default type.
     *
     * @param name the name shown in listings ({@code ""} for none)
     * @param size its size in GB: 100 to 1,024 on Rackspace, any positive size on Cinder
     * @return the volume, being created: wait for {@value Volume#AVAILABLE}
     */
    public Volume createVolume(String name, int size) {
        return createVolume(name, size, VolumeCreateOptions.defaults());
    }

    /**
     * pyrax's {@code cbs.create(name, size, volume_type, description, metadata, snapshot_id,
     * clone_id)}. The size is checked against the provider's limits before any request.
     *
     * @param name the name shown in listings ({@code ""} for none, at most 255 characters)
     * @param size its size in GB: 100 to 1,024 on Rackspace, any positive size on Cinder
     * @param options type, description, metadata, the snapshot or volume to copy...
     * @return the volume, being created: wait for {@value Volume#AVAILABLE}
     * @throws IllegalArgumentException when the size is outside the provider's limits
     */
    public Volume createVolume(String name, int size, VolumeCreateOptions options) {
        VolumeLimits.text(name, "name");
        Objects.requireNonNull(options, "options must not be null");
        VolumeLimits.positive(size);
        // the provider is in the catalog (a token may be needed); the version document is read after
        BlockStorageProvider provider = provider();
        boolean rackspace = provider == BlockStorageProvider.RACKSPACE;
        // pyrax's default type is Rackspace's SATA; a stock cloud has its own default
        String type = options.volumeType().orElse(rackspace ? "SATA" : null);
        VolumeLimits.size(size, type, provider);
        Dialect dialect = dialectNow();
        ObjectNode volume = Json.object();
        volume.put("size", size);
        volume.put(rackspace ? "display_name" : "name", name);
        volume.put(rackspace ? "display_description" : "description", options.description());
        if (type != null) {
            volume.put("volume_type", type);
        }
        if (!options.metadata().isEmpty()) {
            volume.set("metadata", stringMap(options.metadata()));
        }
        options.snapshotId().ifPresent(value -> volume.put("snapshot_id", value));
        options.sourceVolumeId().ifPresent(value -> volume.put("source_volid", value));
        options.imageId().ifPresent(value -> volume.put("imageRef", value));
        options.availabilityZone().ifPresent(value -> volume.put("availability_zone", value));
        ObjectNode body = Json.object();
        body.set("volume", volume);
        ApiResponse response = Transport.blockValue(sendAt(HttpMethod.POST, "createVolume", dialect,
                request -> request.path("/volumes").jsonBody(Json.write(body))));
        return new Volume(this, response.json().path("volume"));
    }

    /**
     * pyrax's {@code vol.update(display_name, display_description)}, and the metadata. Options that
     * change nothing send nothing, as pyrax, and give the volume read now.
     *
     * @param volumeId the volume's id
     * @param options what to change
     * @return the volume after the change
     */
    public Volume updateVolume(String volumeId, VolumeUpdateOptions options) {
        String id = VolumeLimits.id(volumeId, "volumeId");
        Objects.requireNonNull(options, "options must not be null");
        if (options.isEmpty()) {
            return getVolume(id);
        }
        Dialect dialect = dialectNow();
        boolean rackspace = dialect.provider() == BlockStorageProvider.RACKSPACE;
        ObjectNode volume = Json.object();
        options.name().ifPresent(value -> volume.put(rackspace ? "display_name" : "name", value));
        options.description().ifPresent(value -> volume.put(rackspace ? "display_description" : "description", value));
        options.metadata().ifPresent(value -> volume.set("metadata", stringMap(value)));
        ObjectNode body = Json.object();
        body.set("volume", volume);
        ApiResponse response = Transport.blockValue(sendAt(HttpMethod.PUT, "updateVolume", dialect,
                request -> request.path("/volumes/{id}", id).jsonBody(Json.write(body))));
        JsonNode updated = response.json().path("volume");
        return updated.isObject() && updated.has("id") ? new Volume(this, updated) : getVolume(id);
    }

    /**
     * pyrax's {@code cbs.delete_volume(vol)}: refused while the volume is attached or has
     * snapshots, or is not {@value Volume#AVAILABLE} or {@value Volume#ERROR}. The volume
     * disappears shortly after.
     *
     * @param volumeId the volume's id
     * @throws VolumeNotAvailableException when the service refuses, with its answer
     * @throws NotFoundException when there is no such volume
     */
    public void deleteVolume(String volumeId) {
        deleteVolume(volumeId, VolumeDeleteOptions.defaults());
    }

    /**
     * pyrax's {@code vol.delete(force=True)} with {@link VolumeDeleteOptions#forced()}: the
     * volume is detached and waited for, its snapshots deleted one by one (each waited for until
     * gone), then the volume is deleted.
     *
     * @param volumeId the volume's id
     * @param options plain or forced, and the waits of a forced delete
     * @throws VolumeNotAvailableException when the service refuses, with its answer
     * @throws org.cloudsdk.wait.WaitTimeoutException when a step of a forced delete outlasts its wait
     */
    public void deleteVolume(String volumeId, VolumeDeleteOptions options) {
        String id = VolumeLimits.id(volumeId, "volumeId");
        Objects.requireNonNull(options, "options must not be null");
        if (options.force()) {
            Volume volume = getVolume(id);
            if (volume.isAttached()) {
                detachAll(volume, requireCompute());
                Waiter.shared().waitUntil(volume, "status", Set.of(Volume.AVAILABLE), options.stepWait().toBuilder()
                        .failureValues(Set.of(Volume.ERROR, "error_detaching")).build());
            }
            deleteAllSnapshots(id, options.stepWait());
        }
        refusedAsVolumeNotAvailable("deleting volume " + id, () -> Transport.blockValue(
                send(HttpMethod.DELETE, "deleteVolume", request -> request.path("/volumes/{id}", id))));
    }

    // ---------------------------------------------------------------- attachments

    /**
     * pyrax's {@code cbs.attach_to_instance(vol, server, mountpoint)}, through the server's own
     * compute client. Returns when Nova accepted it; wait for {@value Volume#IN_USE}.
     *
     * @param volumeId the volume's id
     * @param server the server
     * @param mountpoint the device on the server, such as {@code /dev/xvdb}
     */
    public void attachToInstance(String volumeId, Server server, String mountpoint) {
        Objects.requireNonNull(server, "server must not be null");
        attachToInstance(volumeId, server.compute(), server.id(), mountpoint);
    }

    /**
     * @param volumeId the volume's id
     * @param compute the compute client of the server's region
     * @param serverId the server's id
     * @param mountpoint the device on the server, such as {@code /dev/xvdb}
     */
    public void attachToInstance(String volumeId, Compute compute, String serverId, String mountpoint) {
        Objects.requireNonNull(compute, "compute must not be null");
        attach(compute.client(), volumeId, serverId, mountpoint);
    }

    /**
     * pyrax's {@code cbs.attach_to_instance(vol, server_id, mountpoint)}, through the compute
     * endpoint of the same region of the context.
     *
     * @param volumeId the volume's id
     * @param serverId the server's id
     * @param mountpoint the device on the server, such as {@code /dev/xvdb}
     * @throws IllegalStateException when this client was not made by a context
     */
    public void attachToInstance(String volumeId, String serverId, String mountpoint) {
        attach(requireCompute(), volumeId, serverId, mountpoint);
    }

    private void attach(ServiceClient computeClient, String volumeId, String serverId, String mountpoint) {
        NovaAttachments.attach(computeClient, VolumeLimits.id(serverId, "serverId"), VolumeLimits.id(volumeId, "volumeId"),
                VolumeLimits.id(mountpoint, "mountpoint"));
    }

    /**
     * pyrax's {@code cbs.detach(vol)}: detaches the volume from the server it is attached to, read
     * now, through the context's compute endpoint; nothing happens when it is not attached.
     *
     * @param volumeId the volume's id
     * @return whether it was attached (and its detachment was accepted)
     */
    public boolean detach(String volumeId) {
        return detachAll(getVolume(volumeId), requireCompute());
    }

    /**
     * @param volumeId the volume's id
     * @param compute the compute client of the server's region
     * @return whether it was attached (and its detachment was accepted)
     */
    public boolean detach(String volumeId, Compute compute) {
        Objects.requireNonNull(compute, "compute must not be null");
        return detachAll(getVolume(volumeId), compute.client());
    }

    private static boolean detachAll(Volume volume, ServiceClient computeClient) {
        for (VolumeAttachment attachment : volume.attachments()) {
            NovaAttachments.detach(computeClient, Objects.requireNonNull(attachment.serverId()), volume.id());
        }
        return volume.isAttached();
    }

    private ServiceClient requireCompute() {
        if (compute == null) {
            throw new IllegalStateException("block storage: this client knows no compute endpoint; pass the server"
                    + " handle or a Compute client");
        }
        return compute;
    }

    // ---------------------------------------------------------------- snapshots

    /**
     * pyrax's {@code cbs.create_snapshot(volume_id, name=...)}.
     *
     * @param volumeId the volume to snapshot
     * @param options name, description, force (for an attached volume)
     * @return the snapshot, being created: wait for {@value Snapshot#AVAILABLE}
     * @throws VolumeNotAvailableException when the volume is attached (without force) or busy
     */
    public Snapshot createSnapshot(String volumeId, SnapshotCreateOptions options) {
        String id = VolumeLimits.id(volumeId, "volumeId");
        Objects.requireNonNull(options, "options must not be null");
        Dialect dialect = dialectNow();
        boolean rackspace = dialect.provider() == BlockStorageProvider.RACKSPACE;
        ObjectNode snapshot = Json.object();
        snapshot.put("volume_id", id);
        snapshot.put(rackspace ? "display_name" : "name", options.name());
        snapshot.put(rackspace ? "display_description" : "description", options.description());
        if (rackspace) {
            // Cloud Block Storage reads the flag as text, as pyrax sent it
            snapshot.put("force", Boolean.toString(options.force()));
        } else if (options.force()) {
            // Cinder refuses force=false from 3.66 on (and snapshots attached volumes unasked)
            snapshot.put("force", true);
        }
        ObjectNode body = Json.object();
        body.set("snapshot", snapshot);
        ApiResponse response = refusedAsVolumeNotAvailable("snapshotting volume " + id, () -> Transport.blockValue(
                sendAt(HttpMethod.POST, "createSnapshot", dialect,
                        request -> request.path("/snapshots").jsonBody(Json.write(body)))));
        return new Snapshot(this, response.json().path("snapshot"));
    }

    /**
     * pyrax's {@code cbs.list_snapshots()}.
     *
     * @return every snapshot
     */
    public List<Snapshot> listSnapshots() {
        return listing("listSnapshots", "/snapshots/detail", "snapshots", json -> new Snapshot(this, json)).build()
                .stream().toList();
    }

    /**
     * pyrax's {@code vol.list_snapshots()}.
     *
     * @param volumeId the volume's id
     * @return the snapshots of that volume
     */
    public List<Snapshot> listSnapshots(String volumeId) {
        String id = VolumeLimits.id(volumeId, "volumeId");
        Listing.Builder<Snapshot> listing = listing("listSnapshots", "/snapshots/detail", "snapshots",
                json -> new Snapshot(this, json));
        if (dialectNow().provider() == BlockStorageProvider.CINDER) {
            listing.query("volume_id", id);
        }
        return listing.build().stream().filter(snapshot -> id.equals(snapshot.volumeId())).toList();
    }

    /**
     * @param snapshotId the snapshot's id
     * @return a fresh snapshot
     * @throws NotFoundException when there is no such snapshot
     */
    public Snapshot getSnapshot(String snapshotId) {
        return Transport.blockValue(getSnapshotAsync(snapshotId));
    }

    Mono<Snapshot> getSnapshotAsync(String snapshotId) {
        String id = VolumeLimits.id(snapshotId, "snapshotId");
        return send(HttpMethod.GET, "getSnapshot", request -> request.path("/snapshots/{id}", id))
                .map(response -> new Snapshot(this, response.json().path("snapshot")));
    }

    /**
     * pyrax's {@code cbs.delete_snapshot(snap)} by id: the service refuses unless the snapshot is
     * {@value Snapshot#AVAILABLE} or {@value Snapshot#ERROR}, and while another snapshot of the
     * same volume is being deleted. ({@link Snapshot#delete()} checks the status first.)
     *
     * @param snapshotId the snapshot's id
     * @throws SnapshotNotAvailableException when the service refuses, with its answer
     */
    public void deleteSnapshot(String snapshotId) {
        String id = VolumeLimits.id(snapshotId, "snapshotId");
        try {
            Transport.blockValue(send(HttpMethod.DELETE, "deleteSnapshot", request -> request.path("/snapshots/{id}", id)));
        } catch (BadRequestException | ConflictException refused) {
            throw new SnapshotNotAvailableException("block storage: deleting snapshot " + id + " was refused: "
                    + serverMessage(refused), refused.details(), refused);
        }
    }

    /**
     * pyrax's {@code vol.delete_all_snapshots()}, one at a time as Cinder requires: each snapshot
     * is waited for until deletable, deleted, and waited for until gone before the next (one
     * already being deleted is only waited for).
     *
     * @param volumeId the volume's id
     * @return the snapshots deleted
     */
    public List<Snapshot> deleteAllSnapshots(String volumeId) {
        return deleteAllSnapshots(volumeId, VolumeDeleteOptions.DEFAULT_STEP_WAIT);
    }

    /**
     * @param volumeId the volume's id
     * @param stepWait the interval and deadline of each wait
     * @return the snapshots deleted
     */
    public List<Snapshot> deleteAllSnapshots(String volumeId, WaitOptions stepWait) {
        Objects.requireNonNull(stepWait, "stepWait must not be null");
        List<Snapshot> deleted = new ArrayList<>();
        // a 404 ends every wait: a snapshot deleted meanwhile is as good as deleted here
        WaitOptions waits = stepWait.toBuilder().failureValues(Set.of("error_deleting"))
                .notFound(NotFoundPolicy.SUCCEED).build();
        for (Snapshot snapshot : listSnapshots(volumeId)) {
            Snapshot last = snapshot;
            if (!DELETING.equals(last.status())) {
                if (!last.isDeletable()) {
                    last = Waiter.shared().waitUntil(last, "status", Set.of(Snapshot.AVAILABLE, Snapshot.ERROR, DELETING),
                            waits);
                }
                if (last.isDeletable()) {
                    try {
                        deleteSnapshot(last.id());
                    } catch (NotFoundException alreadyGone) {
                        deleted.add(last);
                        continue;
                    }
                }
            }
            // "deleted" is never seen: the wait ends on the 404 of a snapshot that is gone
            Waiter.shared().waitUntil(last, "status", Set.of("deleted"), waits);
            deleted.add(last);
        }
        return List.copyOf(deleted);
    }

    // ---------------------------------------------------------------- health

    /** The health entry's read: the volume types (a cheap GET), the provider and microversion. */
    private Mono<Map<String, Object>> healthDetails() {
        return dialectAsync().flatMap(known -> client.exchange(versions.apply(
                client.request(HttpMethod.GET, "listTypes").path("/types"), known.version()))
                .map(response -> {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("region", String.valueOf(client.region()));
                    details.put("interface", client.endpointInterface());
                    details.put("provider", known.provider().name().toLowerCase(java.util.Locale.ROOT));
                    known.version().ifPresent(v -> details.put("microversion", v.toString()));
                    return details;
                }));
    }

    @Override
    public String toString() {
        return "BlockStorage[region=" + client.region() + ", interface=" + client.endpointInterface() + "]";
    }

    // ---------------------------------------------------------------- plumbing

    /** @return the provider and version, read on first use (blocking: authentication, version document) */
    Dialect dialectNow() {
        Dialect known = dialect;
        if (known == null) {
            BlockStorageProvider provider = provider();
            known = new Dialect(provider, versions.effective(provider));
            dialect = known;
        }
        return known;
    }

    private Mono<Dialect> dialectAsync() {
        Dialect known = dialect;
        return known != null ? Mono.just(known) : Mono.fromCallable(this::dialectNow).subscribeOn(Schedulers.boundedElastic());
    }

    private Mono<ApiResponse> send(HttpMethod method, String operation, Function<ApiRequest.Builder, ApiRequest.Builder> spec) {
        return dialectAsync().flatMap(known -> sendAt(method, operation, known, spec));
    }

    private Mono<ApiResponse> sendAt(HttpMethod method, String operation, Dialect known,
            Function<ApiRequest.Builder, ApiRequest.Builder> spec) {
        return client.exchange(versions.apply(spec.apply(client.request(method, operation)), known.version()));
    }

    private <T> Listing.Builder<T> listing(String operation, String path, String items, Function<JsonNode, T> mapper) {
        Listing.Builder<T> listing = Listing.builder(client, operation, PagingScheme.nextLink(), mapper::apply)
                .path(path).items(items);
        dialectNow().version().ifPresent(version -> versions.headers(version).forEach(listing::header));
        return listing;
    }

    /** Cinder answers 400 (or 409 for a request in progress) to what the volume's state forbids. */
    private static <T> T refusedAsVolumeNotAvailable(String what, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (BadRequestException | ConflictException refused) {
            throw new VolumeNotAvailableException("block storage: " + what + " was refused: " + serverMessage(refused),
                    refused.details(), refused);
        }
    }

    private static String serverMessage(ClientErrorException refused) {
        String message = refused.serverMessage();
        return message == null || message.isBlank() ? String.valueOf(refused.getMessage()) : message;
    }

    private static ObjectNode stringMap(Map<String, String> values) {
        ObjectNode node = Json.object();
        values.forEach(node::put);
        return node;
    }
}
