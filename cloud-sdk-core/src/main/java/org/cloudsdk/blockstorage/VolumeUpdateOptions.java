package org.cloudsdk.blockstorage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What {@link BlockStorage#updateVolume(String, VolumeUpdateOptions)} changes: the name, the
 * description and the metadata (which replaces the volume's whole metadata). What is not set is
 * kept; options that set nothing send no request, as pyrax.
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class VolumeUpdateOptions {

    private final @Nullable String name;
    private final @Nullable String description;
    private final @Nullable Map<String, String> metadata;

    private VolumeUpdateOptions(Builder b) {
        this.name = b.name;
        this.description = b.description;
        this.metadata = b.metadata == null ? null : VolumeLimits.metadata(b.metadata, "metadata");
    }

    /** @return an empty builder (no change) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.description = description;
        b.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        return b;
    }

    /** @return the new name, if changed */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the new description, if changed */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** @return the metadata replacing the volume's, if changed */
    public Optional<Map<String, String>> metadata() {
        return Optional.ofNullable(metadata);
    }

    /** @return true when nothing is changed */
    public boolean isEmpty() {
        return name == null && description == null && metadata == null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof VolumeUpdateOptions o && Objects.equals(name, o.name)
                && Objects.equals(description, o.description) && Objects.equals(metadata, o.metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, metadata);
    }

    @Override
    public String toString() {
        return "VolumeUpdateOptions[name=" + name + ", description=" + description + ", metadata=" + metadata + "]";
    }

    /** Builder of {@link VolumeUpdateOptions}. */
    public static final class Builder {

        private @Nullable String name;
        private @Nullable String description;
        private @Nullable Map<String, String> metadata;

        private Builder() {
        }

        /**
         * @param value the new name (at most 255 characters), or null to keep it
         * @return this builder
         */
        public Builder name(@Nullable String value) {
            this.name = value == null ? null : VolumeLimits.text(value, "name");
            return this;
        }

        /**
         * @param value the new description (at most 255 characters), or null to keep it
         * @return this builder
         */
        public Builder description(@Nullable String value) {
            this.description = value == null ? null : VolumeLimits.text(value, "description");
            return this;
        }

        /**
         * @param value metadata replacing the volume's whole metadata, or null to keep it
         * @return this builder
         */
        public Builder metadata(@Nullable Map<String, String> value) {
            this.metadata = value == null ? null : new LinkedHashMap<>(VolumeLimits.metadata(value, "metadata"));
            return this;
        }

        /** @return the options */
        public VolumeUpdateOptions build() {
            return new VolumeUpdateOptions(this);
        }
    }
}
