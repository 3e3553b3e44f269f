package org.cloudsdk.image;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The filters and paging of the chapter's {@code imgs.list(...)}: limit, marker, name,
 * visibility, member status, owner, tag, status, size range, sort key and direction.
 *
 * <pre>{@code
 * ImageListOptions mine = ImageListOptions.builder().visibility(Visibility.PRIVATE)
 *         .sortKey("name").sortDir(SortDirection.ASC).build();
 * }</pre>
 *
 * <p>Each value is checked when set, with an {@link IllegalArgumentException} naming it, before
 * any request. Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class ImageListOptions {

    private static final ImageListOptions DEFAULTS = builder().build();

    private final @Nullable Integer limit;
    private final @Nullable String marker;
    private final @Nullable String name;
    private final @Nullable Visibility visibility;
    private final @Nullable MemberStatus memberStatus;
    private final @Nullable String owner;
    private final @Nullable String tag;
    private final @Nullable ImageStatus status;
    private final @Nullable Long sizeMin;
    private final @Nullable Long sizeMax;
    private final @Nullable String sortKey;
    private final @Nullable SortDirection sortDir;

    private ImageListOptions(Builder b) {
        this.limit = b.limit;
        this.marker = b.marker;
        this.name = b.name;
        this.visibility = b.visibility;
        this.memberStatus = b.memberStatus;
        this.owner = b.owner;
        this.tag = b.tag;
        this.status = b.status;
        this.sizeMin = b.sizeMin;
        this.sizeMax = b.sizeMax;
        this.sortKey = b.sortKey;
        this.sortDir = b.sortDir;
    }

    /** @return no filter, the first page of {@value Images#DEFAULT_LIMIT} */
    public static ImageListOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder with no filter */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.limit = limit;
        b.marker = marker;
        b.name = name;
        b.visibility = visibility;
        b.memberStatus = memberStatus;
        b.owner = owner;
        b.tag = tag;
        b.status = status;
        b.sizeMin = sizeMin;
        b.sizeMax = sizeMax;
        b.sortKey = sortKey;
        b.sortDir = sortDir;
        return b;
    }

    /** @return the page size, if set ({@code list} asks for {@value Images#DEFAULT_LIMIT} otherwise) */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    /** @return start after the image of this id, if set */
    public Optional<String> marker() {
        return Optional.ofNullable(marker);
    }

    /** @return the exact name, if filtered */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the visibility, if filtered */
    public Optional<Visibility> visibility() {
        return Optional.ofNullable(visibility);
    }

    /** @return the member status, if filtered */
    public Optional<MemberStatus> memberStatus() {
        return Optional.ofNullable(memberStatus);
    }

    /** @return the owner's project id, if filtered */
    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    /** @return the tag, if filtered */
    public Optional<String> tag() {
        return Optional.ofNullable(tag);
    }

    /** @return the status, if filtered */
    public Optional<ImageStatus> status() {
        return Optional.ofNullable(status);
    }

    /** @return the smallest size in bytes, if filtered */
    public Optional<Long> sizeMin() {
        return Optional.ofNullable(sizeMin);
    }

    /** @return the largest size in bytes, if filtered */
    public Optional<Long> sizeMax() {
        return Optional.ofNullable(sizeMax);
    }

    /** @return the attribute to sort by, if set (Glance's default: {@code created_at}) */
    public Optional<String> sortKey() {
        return Optional.ofNullable(sortKey);
    }

    /** @return the sort direction, if set (Glance's default: descending) */
    public Optional<SortDirection> sortDir() {
        return Optional.ofNullable(sortDir);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ImageListOptions o && Objects.equals(limit, o.limit) && Objects.equals(marker, o.marker)
                && Objects.equals(name, o.name) && visibility == o.visibility && memberStatus == o.memberStatus
                && Objects.equals(owner, o.owner) && Objects.equals(tag, o.tag) && status == o.status
                && Objects.equals(sizeMin, o.sizeMin) && Objects.equals(sizeMax, o.sizeMax)
                && Objects.equals(sortKey, o.sortKey) && sortDir == o.sortDir;
    }

    @Override
    public int hashCode() {
        return Objects.hash(limit, marker, name, visibility, memberStatus, owner, tag, status, sizeMin, sizeMax, sortKey,
                sortDir);
    }

    @Override
    public String toString() {
        return "ImageListOptions[limit=" + limit + ", marker=" + marker + ", name=" + name + ", visibility="
                + visibility + ", memberStatus=" + memberStatus + ", owner=" + owner + ", tag=" + tag + ", status="
                + status + ", sizeMin=" + sizeMin + ", sizeMax=" + sizeMax + ", sortKey=" + sortKey + ", sortDir="
                + sortDir + "]";
    }

    /** Builder of {@link ImageListOptions}. */
    public static final class Builder {

        private @Nullable Integer limit;
        private @Nullable String marker;
        private @Nullable String name;
        private @Nullable Visibility visibility;
        private @Nullable MemberStatus memberStatus;
        private @Nullable String owner;
        private @Nullable String tag;
        private @Nullable ImageStatus status;
        private @Nullable Long sizeMin;
        private @Nullable Long sizeMax;
        private @Nullable String sortKey;
        private @Nullable SortDirection sortDir;

        private Builder() {
        }

        /**
         * @param value how many images a page holds, 1 or more (Glance may cap it lower), or
         *     null for {@value Images#DEFAULT_LIMIT}
         * @return this builder
         */
        public Builder limit(@Nullable Integer value) {
            if (value != null && value < 1) {
                throw new IllegalArgumentException("limit must be 1 or more, was " + value);
            }
            this.limit = value;
            return this;
        }

        /**
         * @param value the id of the last image of the previous page, or null to start at the first
         * @return this builder
         */
        public Builder marker(@Nullable String value) {
            this.marker = nonBlank(value, "marker");
            return this;
        }

        /**
         * @param value images of exactly this name (no wildcards), or null for any
         * @return this builder
         */
        public Builder name(@Nullable String value) {
            this.name = nonBlank(value, "name");
            return this;
        }

        /**
         * @param value public, private, shared or community images, or null for those Glance lists by default
         * @return this builder
         */
        public Builder visibility(@Nullable Visibility value) {
            if (value == Visibility.UNKNOWN) {
                throw new IllegalArgumentException("visibility must be public, private, shared or community, was UNKNOWN");
            }
            this.visibility = value;
            return this;
        }

        /**
         * @param value images shared with this project whose membership has this status
         *     (accepted, pending or rejected), or null for any
         * @return this builder
         */
        public Builder memberStatus(@Nullable MemberStatus value) {
            this.memberStatus = value == null ? null : value.requireKnown("memberStatus");
            return this;
        }

        /**
         * @param value images owned by this project (and shared with mine), or null for any
         * @return this builder
         */
        public Builder owner(@Nullable String value) {
            this.owner = nonBlank(value, "owner");
            return this;
        }

        /**
         * @param value images with this tag, or null for any
         * @return this builder
         */
        public Builder tag(@Nullable String value) {
            this.tag = nonBlank(value, "tag");
            return this;
        }

        /**
         * @param value images in this status (queued, saving, active, killed, deleted,
         *     pending_delete...), or null for any
         * @return this builder
         */
        public Builder status(@Nullable ImageStatus value) {
            if (value == ImageStatus.UNKNOWN) {
                throw new IllegalArgumentException("status must be a known image status (queued, saving, active,"
                        + " killed, deleted, pending_delete...), was UNKNOWN");
            }
            this.status = value;
            return this;
        }

        /**
         * @param value images of at least this many bytes (0 or more), or null
         * @return this builder
         */
        public Builder sizeMin(@Nullable Long value) {
            checkRange(size(value, "sizeMin"), sizeMax);
            this.sizeMin = value;
            return this;
        }

        /**
         * @param value images of at most this many bytes (0 or more, not below sizeMin), or null
         * @return this builder
         */
        public Builder sizeMax(@Nullable Long value) {
            checkRange(sizeMin, size(value, "sizeMax"));
            this.sizeMax = value;
            return this;
        }

        /**
         * @param value the image attribute to sort by ({@code name}, {@code size}...), or null
         *     for {@code created_at}
         * @return this builder
         */
        public Builder sortKey(@Nullable String value) {
            this.sortKey = nonBlank(value, "sortKey");
            return this;
        }

        /**
         * @param value ascending or descending, or null for descending
         * @return this builder
         */
        public Builder sortDir(@Nullable SortDirection value) {
            this.sortDir = value;
            return this;
        }

        /** @return the options */
        public ImageListOptions build() {
            return new ImageListOptions(this);
        }

        private static void checkRange(@Nullable Long min, @Nullable Long max) {
            if (min != null && max != null && min > max) {
                throw new IllegalArgumentException("sizeMin must not be above sizeMax, were " + min + " and " + max);
            }
        }

        private static @Nullable Long size(@Nullable Long value, String parameter) {
            if (value != null && value < 0) {
                throw new IllegalArgumentException(parameter + " must be 0 bytes or more, was " + value);
            }
            return value;
        }

        private static @Nullable String nonBlank(@Nullable String value, String parameter) {
            if (value != null && value.isBlank()) {
                throw new IllegalArgumentException(parameter + " must not be blank (null for no " + parameter + ")");
            }
            return value;
        }
    }
}
