package org.cloudsdk.image;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * An image as Glance last described it (pyrax's {@code Image}): an immutable snapshot with the
 * operations pyrax put on it (members, tags, update) and the image's data. {@link #reload()}
 * returns a fresh snapshot; {@code Waiter.shared().waitUntil(image, "status", List.of("active"))}
 * waits for an upload or import to finish. Every property is kept, the cloud's own included
 * ({@link #properties()}, {@link #attribute(String)}, {@link #json()}).
 */
public final class Image extends Resource<Image> {

    /** Glance's base properties and links; every other top-level field is a custom property. */
    static final Set<String> BASE_PROPERTIES = Set.of("id", "name", "status", "visibility", "checksum",
            "os_hash_algo", "os_hash_value", "size", "virtual_size", "disk_format", "container_format", "min_disk",
            "min_ram", "protected", "os_hidden", "owner", "tags", "created_at", "updated_at", "self", "file",
            "schema", "locations", "direct_url", "stores");

    private final Images images;
    private final ImageFields fields;

    Image(Images images, JsonNode json) {
        super(json);
        this.images = Objects.requireNonNull(images, "images must not be null");
        this.fields = readFields(ImageFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return its name, if it has one */
    public @Nullable String name() {
        return fields.name();
    }

    /** @return its status ({@code queued} until its data arrives, then {@code active}...) */
    public ImageStatus status() {
        return fields.status() == null ? ImageStatus.UNKNOWN : fields.status();
    }

    /** @return who sees it: public (the provider's), private, shared or community */
    public Visibility visibility() {
        return fields.visibility() == null ? Visibility.UNKNOWN : fields.visibility();
    }

    /** @return the MD5 of its data as Glance computed it, once it has data */
    public Optional<String> checksum() {
        return Optional.ofNullable(fields.checksum());
    }

    /** @return the algorithm of {@link #osHashValue()} ({@code sha512}), on Glance since Rocky */
    public Optional<String> osHashAlgo() {
        return Optional.ofNullable(fields.osHashAlgo());
    }

    /** @return the hash of its data with {@link #osHashAlgo()}, on Glance since Rocky */
    public Optional<String> osHashValue() {
        return Optional.ofNullable(fields.osHashValue());
    }

    /** @return the size of its data in bytes, once it has data */
    public Optional<Long> size() {
        return Optional.ofNullable(fields.size());
    }

    /** @return the size of the virtual disk, if Glance knows it */
    public Optional<Long> virtualSize() {
        return Optional.ofNullable(fields.virtualSize());
    }

    /** @return the disk format ({@code vhd}, {@code qcow2}, {@code raw}...), if set */
    public Optional<String> diskFormat() {
        return Optional.ofNullable(fields.diskFormat());
    }

    /** @return the container format ({@code ovf}, {@code bare}...), if set */
    public Optional<String> containerFormat() {
        return Optional.ofNullable(fields.containerFormat());
    }

    /** @return the smallest root disk a server of it needs, in GB (0 when unset) */
    public int minDisk() {
        return fields.minDisk() == null ? 0 : fields.minDisk();
    }

    /** @return the least RAM a server of it needs, in MB (0 when unset) */
    public int minRam() {
        return fields.minRam() == null ? 0 : fields.minRam();
    }

    /** @return whether it is protected from deletion */
    public boolean isProtected() {
        return Boolean.TRUE.equals(fields.isProtected());
    }

    /** @return whether it is hidden from default listings ({@code os_hidden}) */
    public boolean isHidden() {
        return Boolean.TRUE.equals(fields.osHidden());
    }

    /** @return the project that owns it */
    public @Nullable String owner() {
        return fields.owner();
    }

    /** @return its tags */
    public List<String> tags() {
        return fields.tags();
    }

    /** @return when it was created */
    public @Nullable Instant createdAt() {
        return fields.createdAt();
    }

    /** @return when it last changed */
    public @Nullable Instant updatedAt() {
        return fields.updatedAt();
    }

    /**
     * The properties that are not Glance's base properties: the cloud's own
     * ({@code image_type}, {@code os_type}, {@code auto_disk_config}...) and those set by
     * {@link #update(Map)}, as text.
     *
     * @return the custom properties, in the server's order
     */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        json().properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (!BASE_PROPERTIES.contains(field.getKey()) && !value.isNull() && !value.isContainer()) {
                properties.put(field.getKey(), value.asString());
            }
        });
        return java.util.Collections.unmodifiableMap(properties);
    }

    /** @return the client this snapshot came from */
    public Images images() {
        return images;
    }

    @Override
    public CompletableFuture<Image> reloadAsync() {
        return images.getAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "image";
    }

    /**
     * pyrax's {@code img.update(value_dict)}: sets properties, base or custom (each an
     * {@code add} or a {@code replace} as the image has it now).
     *
     * @param values property names and values (text, numbers, booleans, lists of text)
     * @return the image after the change
     */
    public Image update(Map<String, ?> values) {
        return images.update(id(), values);
    }

    /**
     * @param patch the JSON-patch operations to apply, in order
     * @return the image after the change
     */
    public Image update(ImagePatch patch) {
        return images.update(id(), patch);
    }

    /**
     * pyrax's {@code img.change_name(newname)}.
     *
     * @param newName the new name
     * @return the image after the change
     */
    public Image changeName(String newName) {
        return images.changeName(id(), newName);
    }

    /** Deletes the image (pyrax's {@code imgs.delete(img)}). */
    public void delete() {
        images.delete(id());
    }

    /** @return pyrax's {@code img.list_members()}: the projects it is shared with */
    public List<ImageMember> listMembers() {
        return images.listImageMembers(id());
    }

    /**
     * @param projectId a member's project id
     * @return pyrax's {@code img.get_member(member)}
     */
    public ImageMember getMember(String projectId) {
        return images.getImageMember(id(), projectId);
    }

    /**
     * pyrax's {@code img.add_member(project_id)}: shares the image with a project, whose member
     * status is pending until it accepts.
     *
     * @param projectId the project to share it with
     * @return the member
     */
    public ImageMember addMember(String projectId) {
        return images.addImageMember(id(), projectId);
    }

    /** @param projectId pyrax's {@code img.delete_member(project_id)}: the project to stop sharing with */
    public void deleteMember(String projectId) {
        images.deleteImageMember(id(), projectId);
    }

    /** @param tag pyrax's {@code img.add_tag(tag)} */
    public void addTag(String tag) {
        images.addTag(id(), tag);
    }

    /** @param tag pyrax's {@code img.delete_tag(tag)} */
    public void deleteTag(String tag) {
        images.deleteTag(id(), tag);
    }

    /**
     * pyrax's {@code imgs.export_task(img, cont)}.
     *
     * @param container the Cloud Files container to export to
     * @return the task
     */
    public ImageTask exportTask(String container) {
        return images.exportTask(id(), container);
    }

    /**
     * @param file the data to upload, streamed from the file
     * @return the image with its data, checksum verified
     */
    public Image uploadData(Path file) {
        return images.uploadData(id(), file);
    }

    /**
     * @param data the data to upload, read to its end (left open)
     * @param length its length in bytes, or -1 when unknown
     * @return the image with its data, checksum verified
     */
    public Image uploadData(InputStream data, long length) {
        return images.uploadData(id(), data, length);
    }

    /**
     * @param target the file to write, replaced only by a complete, verified download
     * @return the target
     */
    public Path downloadData(Path target) {
        return images.downloadData(id(), target);
    }

    @Override
    public String toString() {
        return "Image[id=" + id() + ", name=" + name() + ", status=" + status().value() + "]";
    }
}
