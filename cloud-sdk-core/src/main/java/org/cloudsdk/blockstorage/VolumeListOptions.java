package org.cloudsdk.blockstorage;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Filters and paging of {@link BlockStorage#listVolumes(VolumeListOptions)}: the exact name, the
 * status ({@code available}, {@code in-use}...), the page size (1 to {@value #MAX_PAGE_SIZE}) and
 * the marker to start after. The filters are applied by the SDK as well, so they hold on a cloud
 * that ignores them (Rackspace).
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class VolumeListOptions {

    /** Cinder's default {@code osapi_max_limit}: the largest page it answers. */
    public static final int MAX_PAGE_SIZE = 1000;

    private static final VolumeListOptions DEFAULTS = builder().build();

    private final @Nullable String name;
    private final @Nullable String status;
    private final @Nullable Integer pageSize;
    private final @Nullable String marker;

    private VolumeListOptions(Builder b) {
        this.name = b.name;
        this.status = b.status;
        this.pageSize = b.pageSize;
        this.marker = b.marker;
    }

    /** @return every volume, in pages of the server's size */
    public static VolumeListOptions defaults() {
        return DEFAULTS;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.status = status;
        b.pageSize = pageSize;
        b.marker = marker;
        return b;
    }

    /** @return the exact name volumes must have, if set */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the status volumes must have, if set */
    public Optional<String> status() {
        return Optional.ofNullable(status);
    }

    /** @return the page size asked for, if set */
    public Optional<Integer> pageSize() {
        return Optional.ofNullable(pageSize);
    }

    /** @return the id of the volume to start after, if set */
    public Optional<String> marker() {
        return Optional.ofNullable(marker);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof VolumeListOptions o && Objects.equals(name, o.name) && Objects.equals(status, o.status)
                && Objects.equals(pageSize, o.pageSize) && Objects.equals(marker, o.marker);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, status, pageSize, marker);
    }

    @Override
    public String toString() {
        return "VolumeListOptions[name=" + name + ", status=" + status + ", pageSize=" + pageSize + ", marker="
                + marker + "]";
    }

    /** Builder of {@link VolumeListOptions}. */
    public static final class Builder {

        private @Nullable String name;
        private @Nullable String status;
        private @Nullable Integer pageSize;
        private @Nullable String marker;

        private Builder() {
        }

        /**
         * @param value the exact name, or null for any
         * @return this builder
         */
        public Builder name(@Nullable String value) {
            this.name = value == null ? null : VolumeLimits.id(value, "name");
            return this;
        }

        /**
         * @param value the status, or null for any
         * @return this builder
         */
        public Builder status(@Nullable String value) {
            this.status = value == null ? null : VolumeLimits.id(value, "status");
            return this;
        }

        /**
         * @param value the page size, 1 to {@value #MAX_PAGE_SIZE}, or null for the server's
         * @return this builder
         */
        public Builder pageSize(@Nullable Integer value) {
            if (value != null && (value < 1 || value > MAX_PAGE_SIZE)) {
                throw new IllegalArgumentException("pageSize must be 1 to " + MAX_PAGE_SIZE + ", was " + value);
            }
            this.pageSize = value;
            return this;
        }

        /**
         * @param value the id of the volume to start after, or null to start at the first
         * @return this builder
         */
        public Builder marker(@Nullable String value) {
            this.marker = value == null ? null : VolumeLimits.id(value, "marker");
            return this;
        }

        /** @return the options */
        public VolumeListOptions build() {
            return new VolumeListOptions(this);
        }
    }
}
