package org.cloudsdk.compute;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Filters and paging of a server listing ({@link Compute#listServers(ServerListOptions)}): the
 * name (a regular expression, as Nova reads it), status, image, flavor, changes since an instant,
 * and the size of the listing.
 *
 * <pre>{@code
 * ServerListOptions active = ServerListOptions.builder().status("ACTIVE").name("^web-").build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class ServerListOptions {

    private static final ServerListOptions DEFAULTS = builder().build();

    private final @Nullable String name;
    private final @Nullable String status;
    private final @Nullable String image;
    private final @Nullable String flavor;
    private final @Nullable Instant changesSince;
    private final @Nullable Integer limit;
    private final @Nullable String marker;
    private final @Nullable Integer pageSize;

    private ServerListOptions(Builder b) {
        this.name = b.name;
        this.status = b.status;
        this.image = b.image;
        this.flavor = b.flavor;
        this.changesSince = b.changesSince;
        this.limit = b.limit;
        this.marker = b.marker;
        this.pageSize = b.pageSize;
    }

    /** @return every server, no filter */
    public static ServerListOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder with no filter */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.status = status;
        b.image = image;
        b.flavor = flavor;
        b.changesSince = changesSince;
        b.limit = limit;
        b.marker = marker;
        b.pageSize = pageSize;
        return b;
    }

    /** @return the name filter (a regular expression), if any */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the status filter, if any */
    public Optional<String> status() {
        return Optional.ofNullable(status);
    }

    /** @return the image id filter, if any */
    public Optional<String> image() {
        return Optional.ofNullable(image);
    }

    /** @return the flavor id filter, if any */
    public Optional<String> flavor() {
        return Optional.ofNullable(flavor);
    }

    /** @return only servers changed since then, if set */
    public Optional<Instant> changesSince() {
        return Optional.ofNullable(changesSince);
    }

    /** @return the most servers to return in all, if capped */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    /** @return start after the server of this id, if set */
    public Optional<String> marker() {
        return Optional.ofNullable(marker);
    }

    /** @return how many servers to ask for per request, if set (else the server's own maximum) */
    public Optional<Integer> pageSize() {
        return Optional.ofNullable(pageSize);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServerListOptions o && Objects.equals(name, o.name) && Objects.equals(status, o.status)
                && Objects.equals(image, o.image) && Objects.equals(flavor, o.flavor)
                && Objects.equals(changesSince, o.changesSince) && Objects.equals(limit, o.limit)
                && Objects.equals(marker, o.marker) && Objects.equals(pageSize, o.pageSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, status, image, flavor, changesSince, limit, marker, pageSize);
    }

    @Override
    public String toString() {
        return "ServerListOptions[name=" + name + ", status=" + status + ", image=" + image + ", flavor=" + flavor
                + ", changesSince=" + changesSince + ", limit=" + limit + ", marker=" + marker + ", pageSize="
                + pageSize + "]";
    }

    /** Builder of {@link ServerListOptions}. */
    public static final class Builder {

        private @Nullable String name;
        private @Nullable String status;
        private @Nullable String image;
        private @Nullable String flavor;
        private @Nullable Instant changesSince;
        private @Nullable Integer limit;
        private @Nullable String marker;
        private @Nullable Integer pageSize;

        private Builder() {
        }

        /**
         * @param value servers whose name matches this regular expression, or null for any
         * @return this builder
         */
        public Builder name(@Nullable String value) {
            this.name = value;
            return this;
        }

        /**
         * @param value servers in this status ({@code ACTIVE}, {@code BUILD}, {@code ERROR}...),
         *     or null for any
         * @return this builder
         */
        public Builder status(@Nullable String value) {
            this.status = value;
            return this;
        }

        /**
         * @param value servers built from this image id, or null for any
         * @return this builder
         */
        public Builder image(@Nullable String value) {
            this.image = value;
            return this;
        }

        /**
         * @param value servers of this flavor id, or null for any
         * @return this builder
         */
        public Builder flavor(@Nullable String value) {
            this.flavor = value;
            return this;
        }

        /**
         * @param value only servers changed since then (deleted ones included, as Nova does), or null
         * @return this builder
         */
        public Builder changesSince(@Nullable Instant value) {
            this.changesSince = value;
            return this;
        }

        /**
         * @param value the most servers to return in all (1 or more), or null for every one
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
         * @param value start after the server of this id, or null to start at the first
         * @return this builder
         */
        public Builder marker(@Nullable String value) {
            this.marker = value;
            return this;
        }

        /**
         * @param value servers per request, 1 to 1000 (Nova's default cap), or null for the
         *     server's own maximum
         * @return this builder
         */
        public Builder pageSize(@Nullable Integer value) {
            if (value != null && (value < 1 || value > 1000)) {
                throw new IllegalArgumentException("pageSize must be 1 to 1000, was " + value);
            }
            this.pageSize = value;
            return this;
        }

        /** @return the options */
        public ServerListOptions build() {
            return new ServerListOptions(this);
        }
    }
}
