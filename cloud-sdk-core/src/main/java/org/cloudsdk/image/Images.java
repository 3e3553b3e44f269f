package org.cloudsdk.image;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.cloudsdk.util.Arguments;
import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ErrorDetails;
import org.cloudsdk.errors.ForbiddenException;
import org.cloudsdk.errors.InvalidImageMemberException;
import org.cloudsdk.errors.NoUniqueMatchException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.errors.UnsharableImageException;
import org.cloudsdk.errors.UploadFailedException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.RequestBody;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;
import org.cloudsdk.identity.EndpointInterface;
import org.cloudsdk.identity.IdentitySession;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.identity.Token;
import org.cloudsdk.objectstorage.Container;
import org.cloudsdk.objectstorage.ObjectStorage;
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
 * Images (pyrax's {@code pyrax.images}; Glance's API v2, Rackspace Cloud Images) in one region:
 * listing with the chapter's filters, updates, tags, sharing with other projects, Rackspace's
 * import and export tasks, and the image data itself. Reached from a context:
 *
 * <pre>{@code
 * Images imgs = ctx.images();
 * List<Image> images = imgs.list();                      // the first 25
 * Image img = imgs.createImage("web", file, ImageCreateOptions.builder()
 *         .diskFormat("qcow2").containerFormat("bare").build());
 * img.addMember(otherProjectId);
 * }</pre>
 *
 * <p>Glance has no microversions: every request is plain v2, sent relative to the v2 URL whether
 * the catalog lists Glance by its root or by its v2 URL. Image data never sits whole in memory:
 * uploads stream from the file or stream and are checked against the MD5 Glance computed;
 * downloads stream to a temporary file that is verified against the image's checksums before it
 * is moved into place.
 *
 * <p>Every limit is checked before a request, with an {@link IllegalArgumentException} naming
 * the parameter. What the server refuses arrives as the transport's typed {@link CloudException}s
 * ({@code NotFoundException}, {@code ConflictException} for a change the image's state forbids,
 * {@link UnsharableImageException}, {@link InvalidImageMemberException}).
 *
 * <p>Thread-safe; one client per region is shared by the whole application.
 */
public final class Images {

    /** The page size of {@link #list()}, as the chapter says: the first 25 images. */
    public static final int DEFAULT_LIMIT = 25;

    /** The content type of Glance's image patches. */
    public static final String JSON_PATCH = "application/openstack-images-v2.1-json-patch";

    /** pyrax's default format of an imported image. */
    public static final String DEFAULT_IMPORT_FORMAT = "vhd";

    /** The registration of images: {@code ctx.images()}, the starter's bean and health entry. */
    public static final ServiceDefinition<Images> SERVICE = ServiceDefinition
            .builder("image", ServiceType.IMAGE, Images.class, Images::create)
            .healthCheck(Images::healthDetails)
            .build();

    private final ServiceClient client;
    private final Supplier<Mono<String>> projectId;
    private final Supplier<ObjectStorage> storage;

    /**
     * @param client a client whose endpoint is Glance's v2 URL
     * @param projectId the caller's project id, the member that {@link #updateImageMember(String, MemberStatus)} updates
     * @param storage the object storage whose containers tasks read and write
     */
    Images(ServiceClient client, Supplier<Mono<String>> projectId, Supplier<ObjectStorage> storage) {
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.projectId = Objects.requireNonNull(projectId, "projectId must not be null");
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
    }

    private static Images create(ServiceContext context) {
        ServiceClient raw = context.client();
        // object storage is only needed by tasks: its endpoint is looked up at their first call
        ServiceClient objectStore = context.optionalClient(ServiceType.OBJECT_STORE, EndpointInterface.PUBLIC);
        ObjectStorage storage = ObjectStorage.of(objectStore);
        return new Images(GlanceEndpoint.versioned(raw), () -> projectOf(raw), () -> storage);
    }

    /** The project of the session's token, read after the token is known. */
    private static Mono<String> projectOf(ServiceClient client) {
        return client.session().token().map(ignored -> {
            Token token = client.session() instanceof IdentitySession session ? session.currentToken() : null;
            String tenant = token == null ? null : token.tenantId();
            if (tenant == null || tenant.isBlank()) {
                throw new CloudException("image: the session's token names no project; give the member's project id"
                        + " to updateImageMember(imageId, projectId, status)");
            }
            return tenant;
        });
    }

    /** @return the client of Glance's v2 URL (endpoint, region, raw requests) */
    public ServiceClient client() {
        return client;
    }

    // ---------------------------------------------------------------- listing

    /**
     * pyrax's {@code imgs.list()}: the first {@value #DEFAULT_LIMIT} images, newest first.
     *
     * @return one page of images
     */
    public List<Image> list() {
        return list(ImageListOptions.defaults());
    }

    /**
     * pyrax's {@code imgs.list(limit=..., marker=..., name=..., ...)}: one page of the images
     * that match, {@code limit} of them at most ({@value #DEFAULT_LIMIT} unless set). The next page
     * starts after the last one's id: {@code options.toBuilder().marker(last.id())}.
     *
     * @param options filters, sorting, limit and marker
     * @return one page of images
     */
    public List<Image> list(ImageListOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        return images(options.limit().isPresent() ? options : options.toBuilder().limit(DEFAULT_LIMIT).build())
                .firstPage().items();
    }

    /**
     * pyrax's {@code imgs.list_all()}: every image, following Glance's {@code next} links.
     *
     * @return every image
     */
    public List<Image> listAll() {
        return listAll(ImageListOptions.defaults());
    }

    /**
     * pyrax's {@code imgs.list_all(name=..., ...)}: every image that matches, page after page
     * ({@code limit} is the page size here, Glance's default unless set).
     *
     * @param options filters and sorting
     * @return every matching image
     */
    public List<Image> listAll(ImageListOptions options) {
        return images(options).stream().toList();
    }

    /**
     * The lazy form of {@link #listAll(ImageListOptions)}: pages are fetched as iteration reaches
     * them ({@code stream()}, {@code pages()}, {@code flux()}).
     *
     * @param options filters, sorting, page size and marker
     * @return the listing
     */
    public Listing<Image> images(ImageListOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        Listing.Builder<Image> listing = Listing.builder(client, "listImages", PagingScheme.nextLink(),
                json -> new Image(this, json)).path("/images").items("images");
        options.name().ifPresent(value -> listing.query("name", value));
        options.visibility().ifPresent(value -> listing.query("visibility", value.value()));
        options.memberStatus().ifPresent(value -> listing.query("member_status", value.value()));
        options.owner().ifPresent(value -> listing.query("owner", value));
        options.tag().ifPresent(value -> listing.query("tag", value));
        options.status().ifPresent(value -> listing.query("status", value.value()));
        options.sizeMin().ifPresent(value -> listing.query("size_min", value));
        options.sizeMax().ifPresent(value -> listing.query("size_max", value));
        options.sortKey().ifPresent(value -> listing.query("sort_key", value));
        options.sortDir().ifPresent(value -> listing.query("sort_dir", value.value()));
        return listing.limit(options.limit().orElse(null)).marker(options.marker().orElse(null)).build();
    }

    /**
     * pyrax's {@code imgs.get(id)}.
     *
     * @param imageId the image's id
     * @return a fresh snapshot
     * @throws NotFoundException when there is no such image (or it is not visible to this project)
     */
    public Image get(String imageId) {
        return Transport.blockValue(getAsync(imageId));
    }

    Mono<Image> getAsync(String imageId) {
        String id = requireId(imageId, "imageId");
        return send(HttpMethod.GET, "getImage", request -> request.path("/images/{id}", id))
                .map(response -> new Image(this, response.json()));
    }

    /**
     * pyrax's {@code imgs.find(name=...)}: the image of exactly this name.
     *
     * @param name the name
     * @return the image, or empty when none has it
     * @throws NoUniqueMatchException when several have it
     */
    public Optional<Image> find(String name) {
        requireId(name, "name");
        List<Image> matches = listAll(ImageListOptions.builder().name(name).build());
        if (matches.size() > 1) {
            throw new NoUniqueMatchException("image: " + matches.size() + " images are named '" + name + "'; use an id");
        }
        return matches.stream().findFirst();
    }

    // ---------------------------------------------------------------- create, update, delete

    /**
     * Creates an image record without data (status {@code queued}); upload its data with
     * {@link #uploadData(String, Path)} or import it ({@link #importImage(String, ImageImport)}).
     *
     * @param name the image's name
     * @param options formats, visibility, minimums, tags, properties
     * @return the new image
     */
    public Image createImage(String name, ImageCreateOptions options) {
        requireId(name, "name");
        Objects.requireNonNull(options, "options must not be null");
        ObjectNode body = Json.object();
        body.put("name", name);
        options.id().ifPresent(value -> body.put("id", value));
        options.diskFormat().ifPresent(value -> body.put("disk_format", value));
        options.containerFormat().ifPresent(value -> body.put("container_format", value));
        options.visibility().ifPresent(value -> body.put("visibility", value.value()));
        options.minDisk().ifPresent(value -> body.put("min_disk", value));
        options.minRam().ifPresent(value -> body.put("min_ram", value));
        options.isProtected().ifPresent(value -> body.put("protected", value));
        if (!options.tags().isEmpty()) {
            ArrayNode tags = body.putArray("tags");
            options.tags().forEach(tags::add);
        }
        options.properties().forEach(body::put);
        return new Image(this, block(send(HttpMethod.POST, "createImage",
                request -> request.path("/images").jsonBody(Json.write(body)))).json());
    }

    /**
     * Creates an image and uploads its data from a file, streamed: the image returned is
     * {@code active} with its checksum verified. When the upload fails the new image is deleted,
     * so no empty image is left behind.
     *
     * @param name the image's name
     * @param file its data
     * @param options formats (both needed before data), visibility, minimums, tags, properties
     * @return the image with its data
     */
    public Image createImage(String name, Path file, ImageCreateOptions options) {
        ImageUpload upload = ImageUpload.of(file);
        Image created = createImage(name, options);
        try {
            return upload(created.id(), upload);
        } catch (RuntimeException failure) {
            deleteQuietly(created.id(), failure);
            throw failure;
        }
    }

    /**
     * pyrax's {@code imgs.update(img, value_dict)}: sets properties, base or custom. The image is
     * read first so that each change is the {@code add} or {@code replace} Glance wants (it
     * refuses an {@code add} of a property the image has, and a {@code replace} of one it lacks).
     *
     * @param imageId the image's id
     * @param values property names and values (text, whole numbers, booleans, collections of text)
     * @return the image after the change
     */
    public Image update(String imageId, Map<String, ?> values) {
        requireId(imageId, "imageId");
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("values must name at least one property to set");
        }
        ImagePatch.Builder patch = ImagePatch.builder();
        // checked before the read: a bad value costs no request
        values.forEach((key, value) -> ImagePatch.json(key, value));
        JsonNode current = get(imageId).json();
        values.forEach((key, value) -> {
            if (current.has(key)) {
                patch.replace(key, value);
            } else {
                patch.add(key, value);
            }
        });
        return update(imageId, patch.build());
    }

    /**
     * Applies a JSON patch to an image, as given ({@code add}, {@code replace}, {@code remove}).
     *
     * @param imageId the image's id
     * @param patch the operations
     * @return the image after the change
     * @throws org.cloudsdk.errors.ConflictException when an operation does not fit the image
     */
    public Image update(String imageId, ImagePatch patch) {
        String id = requireId(imageId, "imageId");
        Objects.requireNonNull(patch, "patch must not be null");
        RequestBody body = RequestBody.text(Json.write(patch.toJson()), JSON_PATCH);
        return new Image(this, block(send(HttpMethod.PATCH, "updateImage",
                request -> request.path("/images/{id}", id).body(body))).json());
    }

    /**
     * pyrax's {@code img.change_name(newname)}.
     *
     * @param imageId the image's id
     * @param newName its new name
     * @return the image after the change
     */
    public Image changeName(String imageId, String newName) {
        requireId(newName, "newName");
        return update(imageId, ImagePatch.builder().replace("name", newName).build());
    }

    /**
     * pyrax's {@code imgs.delete(img)}.
     *
     * @param imageId the image's id
     * @throws NotFoundException when there is no such image
     * @throws ForbiddenException when it is protected or not this project's
     */
    public void delete(String imageId) {
        String id = requireId(imageId, "imageId");
        block(send(HttpMethod.DELETE, "deleteImage", request -> request.path("/images/{id}", id)));
    }

    /**
     * pyrax's {@code img.add_tag(tag)}.
     *
     * @param imageId the image's id
     * @param tag the tag (adding one the image has changes nothing)
     */
    public void addTag(String imageId, String tag) {
        String id = requireId(imageId, "imageId");
        String checked = requireId(tag, "tag");
        block(send(HttpMethod.PUT, "addImageTag", request -> request.path("/images/{id}/tags/{tag}", id, checked)));
    }

    /**
     * pyrax's {@code img.delete_tag(tag)}.
     *
     * @param imageId the image's id
     * @param tag the tag
     * @throws NotFoundException when the image does not have it
     */
    public void deleteTag(String imageId, String tag) {
        String id = requireId(imageId, "imageId");
        String checked = requireId(tag, "tag");
        block(send(HttpMethod.DELETE, "deleteImageTag", request -> request.path("/images/{id}/tags/{tag}", id, checked)));
    }

    // ---------------------------------------------------------------- members

    /**
     * pyrax's {@code imgs.add_image_member(img, project_id)}: shares an image this project owns
     * with another project, whose member status is {@code pending} until it answers.
     *
     * @param imageId the image's id
     * @param projectId the project to share it with
     * @return the member
     * @throws UnsharableImageException when Glance refuses (a public image, one not owned)
     * @throws org.cloudsdk.errors.ConflictException when it is shared with that project already
     */
    public ImageMember addImageMember(String imageId, String projectId) {
        String id = requireId(imageId, "imageId");
        ObjectNode body = Json.object();
        body.put("member", requireId(projectId, "projectId"));
        Mono<ApiResponse> sent = send(HttpMethod.POST, "addImageMember",
                request -> request.path("/images/{id}/members", id).jsonBody(Json.write(body)))
                .onErrorMap(ForbiddenException.class, e -> new UnsharableImageException("image " + id
                        + " cannot be shared: " + e.getMessage(), e.details(), e));
        return new ImageMember(this, block(sent).json());
    }

    /**
     * pyrax's {@code imgs.delete_image_member(img, project_id)}.
     *
     * @param imageId the image's id
     * @param projectId the member's project id
     */
    public void deleteImageMember(String imageId, String projectId) {
        String id = requireId(imageId, "imageId");
        String member = requireId(projectId, "projectId");
        block(send(HttpMethod.DELETE, "deleteImageMember",
                request -> request.path("/images/{id}/members/{member}", id, member)));
    }

    /**
     * pyrax's {@code img.list_members()}.
     *
     * @param imageId the image's id
     * @return the projects it is shared with, and their answers
     */
    public List<ImageMember> listImageMembers(String imageId) {
        String id = requireId(imageId, "imageId");
        return Listing.builder(client, "listImageMembers", PagingScheme.nextLink(), json -> new ImageMember(this, json))
                .path("/images/{id}/members", id).items("members").build().stream().toList();
    }

    /**
     * pyrax's {@code img.get_member(member)}.
     *
     * @param imageId the image's id
     * @param projectId the member's project id
     * @return the member
     */
    public ImageMember getImageMember(String imageId, String projectId) {
        return Transport.blockValue(getImageMemberAsync(imageId, projectId));
    }

    Mono<ImageMember> getImageMemberAsync(String imageId, String projectId) {
        String id = requireId(imageId, "imageId");
        String member = requireId(projectId, "projectId");
        return send(HttpMethod.GET, "getImageMember", request -> request.path("/images/{id}/members/{member}", id, member))
                .map(response -> new ImageMember(this, response.json()));
    }

    /**
     * pyrax's {@code imgs.update_image_member(img_id, status)}: this project answers an image
     * shared with it. Only the member can: the owner, or a project the image is not shared with,
     * gets {@link InvalidImageMemberException}.
     *
     * @param imageId the shared image's id (from its owner)
     * @param status {@code accepted}, {@code rejected} or {@code pending}, checked before any request
     * @return the member after the change
     */
    public ImageMember updateImageMember(String imageId, String status) {
        return updateImageMember(imageId, MemberStatus.of(status));
    }

    /**
     * @param imageId the shared image's id (from its owner)
     * @param status accepted, rejected or pending
     * @return the member after the change
     */
    public ImageMember updateImageMember(String imageId, MemberStatus status) {
        requireId(imageId, "imageId");
        Objects.requireNonNull(status, "status must not be null").requireKnown("status");
        return Transport.blockValue(projectId.get().flatMap(project -> updateMember(imageId, project, status)));
    }

    /**
     * The form of {@link #updateImageMember(String, MemberStatus)} for a session whose token names
     * no project (a token given by the caller).
     *
     * @param imageId the shared image's id
     * @param projectId this project's id, the member's
     * @param status accepted, rejected or pending
     * @return the member after the change
     */
    public ImageMember updateImageMember(String imageId, String projectId, MemberStatus status) {
        requireId(imageId, "imageId");
        requireId(projectId, "projectId");
        Objects.requireNonNull(status, "status must not be null").requireKnown("status");
        return Transport.blockValue(updateMember(imageId, projectId, status));
    }

    private Mono<ImageMember> updateMember(String imageId, String member, MemberStatus status) {
        ObjectNode body = Json.object();
        body.put("status", status.value());
        return send(HttpMethod.PUT, "updateImageMember", request -> request
                .path("/images/{id}/members/{member}", imageId, member).jsonBody(Json.write(body)))
                .onErrorMap(e -> e instanceof NotFoundException || e instanceof ForbiddenException,
                        e -> new InvalidImageMemberException("image " + imageId + " has no member " + member
                                + " whose status this project may change: " + e.getMessage(), ((CloudException) e).details(), e))
                .map(response -> new ImageMember(this, response.json()));
    }

    // ---------------------------------------------------------------- tasks (Rackspace)

    /**
     * pyrax's {@code imgs.export_task(img, cont)}: Rackspace Cloud Images copies the image, as a
     * VHD, into a Cloud Files container. The container is checked first, as pyrax did.
     *
     * @param imageId the image to export
     * @param container the container to export into
     * @return the task (pending); poll it with {@code reload()} or {@code waitForCompletion()}
     * @throws org.cloudsdk.errors.NoSuchContainerException when the container does not exist
     */
    public ImageTask exportTask(String imageId, String container) {
        requireId(imageId, "imageId");
        requireId(container, "container");
        storage.get().getContainer(container);
        ObjectNode input = Json.object();
        input.put("image_uuid", imageId);
        input.put("receiving_swift_container", container);
        return createTask("export", input);
    }

    /**
     * @param image the image to export
     * @param container the container to export into
     * @return the task
     */
    public ImageTask exportTask(Image image, Container container) {
        Objects.requireNonNull(image, "image must not be null");
        Objects.requireNonNull(container, "container must not be null");
        return exportTask(image.id(), container.name());
    }

    /**
     * pyrax's {@code imgs.import_task(img, cont)}: a VHD image uploaded to a Cloud Files container
     * becomes an image of the same name.
     *
     * @param objectName the image file's name in the container
     * @param container the container
     * @return the task (pending)
     */
    public ImageTask importTask(String objectName, String container) {
        return importTask(objectName, container, null, null);
    }

    /**
     * pyrax's {@code imgs.import_task(img, cont, img_format=..., img_name=...)}.
     *
     * @param objectName the image file's name in the container
     * @param container the container
     * @param format the file's format, or null for {@value #DEFAULT_IMPORT_FORMAT}
     * @param name the new image's name, or null for the file's name
     * @return the task (pending)
     * @throws org.cloudsdk.errors.NoSuchContainerException when the container does not exist
     */
    public ImageTask importTask(String objectName, String container, @Nullable String format, @Nullable String name) {
        requireId(objectName, "objectName");
        requireId(container, "container");
        if (format != null && format.isBlank()) {
            throw new IllegalArgumentException("format must not be blank (null for " + DEFAULT_IMPORT_FORMAT + ")");
        }
        if (name != null && name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank (null for the file's name)");
        }
        storage.get().getContainer(container);
        ObjectNode input = Json.object();
        input.putObject("image_properties").put("name", name == null ? objectName : name);
        input.put("import_from", container + "/" + objectName);
        input.put("import_from_format", format == null ? DEFAULT_IMPORT_FORMAT : format);
        return createTask("import", input);
    }

    private ImageTask createTask(String type, ObjectNode input) {
        ObjectNode body = Json.object();
        body.put("type", type);
        body.set("input", input);
        return new ImageTask(this, block(send(HttpMethod.POST, type + "Task",
                request -> request.path("/tasks").jsonBody(Json.write(body)))).json());
    }

    /**
     * @param taskId the task's id
     * @return the task now (pyrax's {@code task.reload()})
     */
    public ImageTask getTask(String taskId) {
        return Transport.blockValue(getTaskAsync(taskId));
    }

    Mono<ImageTask> getTaskAsync(String taskId) {
        String id = requireId(taskId, "taskId");
        return send(HttpMethod.GET, "getTask", request -> request.path("/tasks/{id}", id))
                .map(response -> new ImageTask(this, response.json()));
    }

    /** @return this project's tasks, every page followed */
    public List<ImageTask> listTasks() {
        return Listing.builder(client, "listTasks", PagingScheme.nextLink(), json -> new ImageTask(this, json))
                .path("/tasks").items("tasks").build().stream().toList();
    }

    // ---------------------------------------------------------------- data

    /**
     * Uploads an image's data from a file, streamed from the file (never read whole), and checks
     * the MD5 Glance computed against the one computed while sending.
     *
     * @param imageId an image in status {@code queued}, with its disk and container formats set
     * @param file the data
     * @return the image with its data
     * @throws UploadFailedException when Glance's checksum differs from the data sent
     */
    public Image uploadData(String imageId, Path file) {
        requireId(imageId, "imageId");
        return upload(imageId, ImageUpload.of(file));
    }

    /**
     * Uploads an image's data from a stream, read in chunks (never whole), and checks the MD5
     * Glance computed against the one computed while sending. A stream is sent once: it is not
     * retried.
     *
     * @param imageId an image in status {@code queued}, with its disk and container formats set
     * @param data the data, read to its end and left open
     * @param length its length in bytes, or -1 when unknown (sent chunked)
     * @return the image with its data
     * @throws UploadFailedException when Glance's checksum differs from the data sent
     */
    public Image uploadData(String imageId, InputStream data, long length) {
        requireId(imageId, "imageId");
        return upload(imageId, ImageUpload.of(data, length));
    }

    private Image upload(String imageId, ImageUpload upload) {
        block(send(HttpMethod.PUT, "uploadData", request -> request.path("/images/{id}/file", imageId)
                .body(upload.body()).idempotent(upload.body().replayable())));
        Image image = get(imageId);
        String sent = upload.sentMd5();
        String stored = image.checksum().orElse(null);
        if (sent != null && stored != null && !sent.equalsIgnoreCase(stored)) {
            throw new UploadFailedException("image " + imageId + ": Glance stored data of MD5 " + stored + " but "
                    + sent + " was sent", sent, stored, ErrorDetails.of(client.service(), "uploadData"), null);
        }
        return image;
    }

    /**
     * Downloads an image's data to a file, streamed (never whole in memory): it is written to a
     * temporary file in the target's directory, checked against the image's MD5 {@code checksum}
     * and, where Glance publishes it, its {@code os_hash_value} (SHA-512), and only then moved to
     * the target. A damaged or failed download leaves neither the target nor a partial file.
     *
     * @param imageId the image's id
     * @param target the file to write (replaced when it exists); its directory is created
     * @return the target
     * @throws org.cloudsdk.errors.ChecksumMismatchException when the data differs from its checksums
     * @throws CloudException when the image has no data
     */
    public Path downloadData(String imageId, Path target) {
        requireId(imageId, "imageId");
        Objects.requireNonNull(target, "target must not be null");
        if (java.nio.file.Files.isDirectory(target)) {
            throw new IllegalArgumentException("target must be a file, not the directory " + target);
        }
        return ImageDownload.write(client, get(imageId), target);
    }

    // ---------------------------------------------------------------- interoperable import

    /**
     * The import methods this Glance offers ({@code GET /info/import}): {@code glance-direct},
     * {@code web-download}, ... Empty on a cloud without the interoperable import (Rackspace).
     *
     * @return the methods' names
     */
    public List<String> importMethods() {
        ApiResponse response;
        try {
            response = block(send(HttpMethod.GET, "getImportInfo", request -> request.path("/info/import")));
        } catch (NotFoundException noImport) {
            return List.of();
        }
        List<String> methods = new ArrayList<>();
        response.json().path("import-methods").path("value").forEach(method -> methods.add(method.asString()));
        return List.copyOf(methods);
    }

    /**
     * Stages an image's data for a {@code glance-direct} import, streamed from a file; then call
     * {@code importImage(imageId, ImageImport.glanceDirect())}.
     *
     * @param imageId an image in status {@code queued}
     * @param file the data
     */
    public void stageData(String imageId, Path file) {
        String id = requireId(imageId, "imageId");
        ImageUpload upload = ImageUpload.of(file);
        block(send(HttpMethod.PUT, "stageData", request -> request.path("/images/{id}/stage", id).body(upload.body())));
    }

    /**
     * Stages an image's data for a {@code glance-direct} import, streamed from a stream.
     *
     * @param imageId an image in status {@code queued}
     * @param data the data, read to its end and left open
     * @param length its length in bytes, or -1 when unknown
     */
    public void stageData(String imageId, InputStream data, long length) {
        String id = requireId(imageId, "imageId");
        ImageUpload upload = ImageUpload.of(data, length);
        block(send(HttpMethod.PUT, "stageData", request -> request.path("/images/{id}/stage", id)
                .body(upload.body()).idempotent(false)));
    }

    /**
     * Starts Glance's interoperable import of an image's data; Glance answers at once and the image
     * goes {@code importing}, then {@code active}: wait with
     * {@code Waiter.shared().waitUntil(image, "status", List.of("active"))}. The method is checked
     * against {@link #importMethods()} first, so a cloud that does not offer it fails before the
     * import is asked for.
     *
     * @param imageId the image (queued for {@code web-download}, uploading after a stage for {@code glance-direct})
     * @param method {@code ImageImport.glanceDirect()} or {@code ImageImport.webDownload(uri)}
     * @throws CloudException when the cloud does not offer that method
     */
    public void importImage(String imageId, ImageImport method) {
        String id = requireId(imageId, "imageId");
        Objects.requireNonNull(method, "method must not be null");
        List<String> offered = importMethods();
        if (!offered.contains(method.method())) {
            throw new CloudException("image: this cloud does not offer the " + method.method() + " import; it offers "
                    + (offered.isEmpty() ? "none" : offered), ErrorDetails.of(client.service(), "importImage"), null);
        }
        ObjectNode body = Json.object();
        ObjectNode described = body.putObject("method");
        described.put("name", method.method());
        method.uri().ifPresent(uri -> described.put("uri", uri.toString()));
        block(send(HttpMethod.POST, "importImage", request -> request.path("/images/{id}/import", id)
                .jsonBody(Json.write(body))));
    }

    // ---------------------------------------------------------------- health

    /** The health entry's read: one image (a cheap GET that proves the token and endpoint). */
    private Mono<Map<String, Object>> healthDetails() {
        return client.exchange(client.request(HttpMethod.GET, "listImages").path("/images").query("limit", 1))
                .map(response -> {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("region", String.valueOf(client.region()));
                    details.put("interface", client.endpointInterface());
                    return details;
                });
    }

    @Override
    public String toString() {
        return "Images[region=" + client.region() + ", interface=" + client.endpointInterface() + "]";
    }

    // ---------------------------------------------------------------- plumbing

    private Mono<ApiResponse> send(HttpMethod method, String operation,
            Function<ApiRequest.Builder, ApiRequest.Builder> spec) {
        return client.exchange(spec.apply(client.request(method, operation)));
    }

    private void deleteQuietly(String imageId, RuntimeException failure) {
        try {
            delete(imageId);
        } catch (RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    private static ApiResponse block(Mono<ApiResponse> response) {
        return Transport.blockValue(response);
    }

    private static String requireId(@Nullable String value, String parameter) {
        return Arguments.requireText(value, parameter);
    }
}
