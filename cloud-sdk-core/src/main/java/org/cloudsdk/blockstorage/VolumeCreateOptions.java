package org.cloudsdk.blockstorage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The optional parameters of {@link BlockStorage#createVolume(String, int, VolumeCreateOptions)}:
 * pyrax's {@code description}, {@code volume_type}, {@code metadata}, {@code snapshot_id} and
 * {@code clone_id}, plus the availability zone and an image to make a bootable volume of. A volume
 * comes from at most one source: a snapshot, another volume (a clone) or an image.
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class VolumeCreateOptions {

    private static final VolumeCreateOptions DEFAULTS = builder().build();

    private final String description;
    private final @Nullable String volumeType;
    private final Map<String, String> metadata;
    private final @Nullable String snapshotId;
    private final @Nullable String sourceVolumeId;
    private final @Nullable String imageId;
    private final @Nullable String availabilityZone;

    private VolumeCreateOptions(Builder b) {
        this.description = b.description;
        this.volumeType = b.volumeType;
        this.metadata = VolumeLimits.metadata(b.metadata, "metadata");
        this.snapshotId = b.snapshotId;
        this.sourceVolumeId = b.sourceVolumeId;
        this.imageId = b.imageId;
        this.availabilityZone = b.availabilityZone;
        int sources = (snapshotId == null ? 0 : 1) + (sourceVolumeId == null ? 0 : 1) + (imageId == null ? 0 : 1);
        if (sources > 1) {
            throw new IllegalArgumentException("snapshotId, sourceVolumeId and imageId are exclusive: a volume has one"
                    + " source, got " + sources);
        }
    }

    /** @return pyrax's defaults: no description, the provider's default type, no metadata, empty volume */
    public static VolumeCreateOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.description = description;
        b.volumeType = volumeType;
        b.metadata = new LinkedHashMap<>(metadata);
        b.snapshotId = snapshotId;
        b.sourceVolumeId = sourceVolumeId;
        b.imageId = imageId;
        b.availabilityZone = availabilityZone;
        return b;
    }

    /** @return the description, {@code ""} by default (pyrax's) */
    public String description() {
        return description;
    }

    /**
     * @return the volume type's name or id, if set; else {@code SATA} on Rackspace (pyrax's
     *     default) and the cloud's default type on Cinder
     */
    public Optional<String> volumeType() {
        return Optional.ofNullable(volumeType);
    }

    /** @return the volume's metadata (empty by default) */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** @return the snapshot to copy, if set (pyrax's {@code snapshot_id}) */
    public Optional<String> snapshotId() {
        return Optional.ofNullable(snapshotId);
    }

    /** @return the volume to clone, if set (pyrax's {@code clone_id}, Cinder's {@code source_volid}) */
    public Optional<String> sourceVolumeId() {
        return Optional.ofNullable(sourceVolumeId);
    }

    /** @return the image to write on the volume, making it bootable, if set */
    public Optional<String> imageId() {
        return Optional.ofNullable(imageId);
    }

    /** @return the availability zone, if set */
    public Optional<String> availabilityZone() {
        return Optional.ofNullable(availabilityZone);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof VolumeCreateOptions o && description.equals(o.description)
                && Objects.equals(volumeType, o.volumeType) && metadata.equals(o.metadata)
                && Objects.equals(snapshotId, o.snapshotId) && Objects.equals(sourceVolumeId, o.sourceVolumeId)
                && Objects.equals(imageId, o.imageId) && Objects.equals(availabilityZone, o.availabilityZone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, volumeType, metadata, snapshotId, sourceVolumeId, imageId, availabilityZone);
    }

    @Override
    public String toString() {
        return "VolumeCreateOptions[description=" + description + ", volumeType=" + volumeType + ", metadata="
                + metadata + ", snapshotId=" + snapshotId + ", sourceVolumeId=" + sourceVolumeId + ", imageId="
                + imageId + ", availabilityZone=" + availabilityZone + "]";
    }

    /** Builder of {@link VolumeCreateOptions}. */
    public static final class Builder {

        private String description = "";
        private @Nullable String volumeType;
        private Map<String, String> metadata = new LinkedHashMap<>();
        private @Nullable String snapshotId;
        private @Nullable String sourceVolumeId;
        private @Nullable String imageId;
        private @Nullable String availabilityZone;

        private Builder() {
        }

        /**
         * @param value the description (at most 255 characters; {@code ""} for none)
         * @return this builder
         */
        public Builder description(String value) {
            this.description = VolumeLimits.text(value, "description");
            return this;
        }

        /**
         * @param value the volume type's name or id ({@code SATA}, {@code SSD}), or null for the
         *     default
         * @return this builder
         */
        public Builder volumeType(@Nullable String value) {
            this.volumeType = value == null ? null : VolumeLimits.id(value, "volumeType");
            return this;
        }

        /**
         * @param value the volume's metadata (keys of 1 to 255 characters, values of at most 255)
         * @return this builder
         */
        public Builder metadata(Map<String, String> value) {
            this.metadata = new LinkedHashMap<>(VolumeLimits.metadata(value, "metadata"));
            return this;
        }

        /**
         * @param value the snapshot to copy (the new volume must be as large as the snapshot's
         *     volume), or null
         * @return this builder
         */
        public Builder snapshotId(@Nullable String value) {
            this.snapshotId = value == null ? null : VolumeLimits.id(value, "snapshotId");
            return this;
        }

        /**
         * @param value the volume to clone (the clone must be at least as large), or null
         * @return this builder
         */
        public Builder sourceVolumeId(@Nullable String value) {
            this.sourceVolumeId = value == null ? null : VolumeLimits.id(value, "sourceVolumeId");
            return this;
        }

        /**
         * @param value the image to write on the volume, or null
         * @return this builder
         */
        public Builder imageId(@Nullable String value) {
            this.imageId = value == null ? null : VolumeLimits.id(value, "imageId");
            return this;
        }

        /**
         * @param value the availability zone, or null for the cloud's choice
         * @return this builder
         */
        public Builder availabilityZone(@Nullable String value) {
            this.availabilityZone = value == null ? null : VolumeLimits.id(value, "availabilityZone");
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException when more than one source is set
         */
        public VolumeCreateOptions build() {
            return new VolumeCreateOptions(this);
        }
    }
}
