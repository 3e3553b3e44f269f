package org.cloudsdk.image;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A project an image is shared with (pyrax's {@code ImageMember}); its id is the project's id
 * ({@code member_id}), as pyrax's was.
 */
public final class ImageMember extends Resource<ImageMember> {

    private final Images images;
    private final MemberFields fields;

    ImageMember(Images images, JsonNode json) {
        super(json);
        this.images = Objects.requireNonNull(images, "images must not be null");
        this.fields = readFields(MemberFields.class);
    }

    /** @return the member's project id */
    @Override
    public String id() {
        return fields.memberId();
    }

    /** @return the member's project id, as Glance names it */
    public String memberId() {
        return fields.memberId();
    }

    /** @return the shared image's id */
    public @Nullable String imageId() {
        return fields.imageId();
    }

    /** @return whether the member accepted, rejected or has not yet answered */
    public MemberStatus status() {
        return fields.status() == null ? MemberStatus.UNKNOWN : fields.status();
    }

    /** @return when the image was shared */
    public @Nullable Instant createdAt() {
        return fields.createdAt();
    }

    /** @return when the status last changed */
    public @Nullable Instant updatedAt() {
        return fields.updatedAt();
    }

    @Override
    public CompletableFuture<ImageMember> reloadAsync() {
        String image = Objects.requireNonNull(imageId(), "a member read from Glance names its image");
        return images.getImageMemberAsync(image, memberId()).toFuture();
    }

    @Override
    public String resourceType() {
        return "image_member";
    }

    /** The owner's {@code img.delete_member(project_id)}: stops sharing the image with this project. */
    public void delete() {
        images.deleteImageMember(Objects.requireNonNull(imageId(), "a member read from Glance names its image"),
                memberId());
    }

    @Override
    public String toString() {
        return "ImageMember[imageId=" + imageId() + ", memberId=" + memberId() + ", status=" + status().value() + "]";
    }
}
