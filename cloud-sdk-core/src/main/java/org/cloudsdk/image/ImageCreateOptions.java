package org.cloudsdk.image;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a new image says of itself ({@link Images#createImage(String, ImageCreateOptions)}): its
 * disk and container formats, visibility, minimum disk and RAM, protection, tags and custom
 * properties. Glance needs both formats before it takes the image's data.
 *
 * <pre>{@code
 * ImageCreateOptions qcow2 = ImageCreateOptions.builder().diskFormat("qcow2").containerFormat("bare")
 *         .minDisk(1).tags(List.of("web")).property("os_distro", "ubuntu").build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class ImageCreateOptions {

    private static final ImageCreateOptions DEFAULTS = builder().build();

    private final @Nullable String id;
    private final @Nullable String diskFormat;
    private final @Nullable String containerFormat;
    private final @Nullable Visibility visibility;
    private final @Nullable Integer minDisk;
    private final @Nullable Integer minRam;
    private final @Nullable Boolean isProtected;
    private final List<String> tags;
    private final Map<String, String> properties;

    private ImageCreateOptions(Builder b) {
        this.id = b.id;
        this.diskFormat = b.diskFormat;
        this.containerFormat = b.containerFormat;
        this.visibility = b.visibility;
        this.minDisk = b.minDisk;
        this.minRam = b.minRam;
        this.isProtected = b.isProtected;
        this.tags = List.copyOf(b.tags);
        this.properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.properties));
    }

    /** @return nothing but the name: Glance's defaults (private, no formats) */
    public static ImageCreateOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder with Glance's defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.diskFormat = diskFormat;
        b.containerFormat = containerFormat;
        b.visibility = visibility;
        b.minDisk = minDisk;
        b.minRam = minRam;
        b.isProtected = isProtected;
        b.tags.addAll(tags);
        b.properties.putAll(properties);
        return b;
    }

    /** @return the id to give the image, if chosen (else Glance makes one) */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the disk format, if set */
    public Optional<String> diskFormat() {
        return Optional.ofNullable(diskFormat);
    }

    /** @return the container format, if set */
    public Optional<String> containerFormat() {
        return Optional.ofNullable(containerFormat);
    }

    /** @return the visibility, if set (Glance's default: shared, or private before 2.5) */
    public Optional<Visibility> visibility() {
        return Optional.ofNullable(visibility);
    }

    /** @return the smallest root disk in GB, if set */
    public Optional<Integer> minDisk() {
        return Optional.ofNullable(minDisk);
    }

    /** @return the least RAM in MB, if set */
    public Optional<Integer> minRam() {
        return Optional.ofNullable(minRam);
    }

    /** @return whether the image is protected from deletion, if set */
    public Optional<Boolean> isProtected() {
        return Optional.ofNullable(isProtected);
    }

    /** @return its tags */
    public List<String> tags() {
        return tags;
    }

    /** @return its custom properties */
    public Map<String, String> properties() {
        return properties;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ImageCreateOptions o && Objects.equals(id, o.id) && Objects.equals(diskFormat, o.diskFormat)
                && Objects.equals(containerFormat, o.containerFormat) && visibility == o.visibility
                && Objects.equals(minDisk, o.minDisk) && Objects.equals(minRam, o.minRam)
                && Objects.equals(isProtected, o.isProtected) && tags.equals(o.tags) && properties.equals(o.properties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, diskFormat, containerFormat, visibility, minDisk, minRam, isProtected, tags, properties);
    }

    @Override
    public String toString() {
        return "ImageCreateOptions[id=" + id + ", diskFormat=" + diskFormat + ", containerFormat=" + containerFormat
                + ", visibility=" + visibility + ", minDisk=" + minDisk + ", minRam=" + minRam + ", protected="
                + isProtected + ", tags=" + tags + ", properties=" + properties + "]";
    }

    /** Builder of {@link ImageCreateOptions}. */
    public static final class Builder {

        private @Nullable String id;
        private @Nullable String diskFormat;
        private @Nullable String containerFormat;
        private @Nullable Visibility visibility;
        private @Nullable Integer minDisk;
        private @Nullable Integer minRam;
        private @Nullable Boolean isProtected;
        private final List<String> tags = new java.util.ArrayList<>();
        private final Map<String, String> properties = new LinkedHashMap<>();

        private Builder() {
        }

        /** @param value the image's id (a UUID), or null to let Glance choose @return this builder */
        public Builder id(@Nullable String value) {
            this.id = nonBlank(value, "id");
            return this;
        }

        /**
         * @param value {@code qcow2}, {@code raw}, {@code vhd}, {@code vmdk}, {@code iso}... (as
         *     the cloud allows), or null
         * @return this builder
         */
        public Builder diskFormat(@Nullable String value) {
            this.diskFormat = nonBlank(value, "diskFormat");
            return this;
        }

        /** @param value {@code bare}, {@code ovf}, {@code ova}... or null @return this builder */
        public Builder containerFormat(@Nullable String value) {
            this.containerFormat = nonBlank(value, "containerFormat");
            return this;
        }

        /** @param value who sees the image, or null for Glance's default @return this builder */
        public Builder visibility(@Nullable Visibility value) {
            if (value == Visibility.UNKNOWN) {
                throw new IllegalArgumentException("visibility must be public, private, shared or community, was UNKNOWN");
            }
            this.visibility = value;
            return this;
        }

        /** @param value the smallest root disk in GB, 0 or more, or null @return this builder */
        public Builder minDisk(@Nullable Integer value) {
            this.minDisk = notNegative(value, "minDisk", "GB");
            return this;
        }

        /** @param value the least RAM in MB, 0 or more, or null @return this builder */
        public Builder minRam(@Nullable Integer value) {
            this.minRam = notNegative(value, "minRam", "MB");
            return this;
        }

        /** @param value true to protect the image from deletion, or null @return this builder */
        public Builder isProtected(@Nullable Boolean value) {
            this.isProtected = value;
            return this;
        }

        /** @param values the image's tags (replacing those set before), none blank @return this builder */
        public Builder tags(Collection<String> values) {
            if (values == null) {
                throw new IllegalArgumentException("tags must not be null; use List.of() for none");
            }
            List<String> checked = values.stream().map(tag -> Objects.requireNonNull(nonBlank(tag, "tag"),
                    "tags must not contain null")).toList();
            tags.clear();
            tags.addAll(checked);
            return this;
        }

        /**
         * @param name a custom property's name, not one of Glance's base properties
         * @param value its value
         * @return this builder
         */
        public Builder property(String name, String value) {
            properties.put(propertyName(name), Objects.requireNonNull(value, "value of property " + name
                    + " must not be null"));
            return this;
        }

        /** @param values custom properties, added to those set before @return this builder */
        public Builder properties(Map<String, String> values) {
            if (values == null) {
                throw new IllegalArgumentException("properties must not be null; use Map.of() for none");
            }
            values.forEach(this::property);
            return this;
        }

        /** @return the options */
        public ImageCreateOptions build() {
            return new ImageCreateOptions(this);
        }

        private static String propertyName(@Nullable String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a property's name must not be blank");
            }
            if (Image.BASE_PROPERTIES.contains(name)) {
                throw new IllegalArgumentException("property '" + name + "' is one of Glance's base properties:"
                        + " set it with its own builder method");
            }
            return name;
        }

        private static @Nullable Integer notNegative(@Nullable Integer value, String parameter, String unit) {
            if (value != null && value < 0) {
                throw new IllegalArgumentException(parameter + " must be 0 " + unit + " or more, was " + value);
            }
            return value;
        }

        private static @Nullable String nonBlank(@Nullable String value, String parameter) {
            if (value != null && value.isBlank()) {
                throw new IllegalArgumentException(parameter + " must not be blank");
            }
            return value;
        }
    }
}
