package org.cloudsdk.blockstorage;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The optional parameters of {@link BlockStorage#createSnapshot(String, SnapshotCreateOptions)}:
 * pyrax's {@code name}, {@code description} and {@code force} (snapshot an attached volume, whose
 * contents may change while the snapshot is taken: test such a snapshot before trusting it).
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class SnapshotCreateOptions {

    private static final SnapshotCreateOptions DEFAULTS = builder().build();

    private final String name;
    private final String description;
    private final boolean force;

    private SnapshotCreateOptions(Builder b) {
        this.name = b.name;
        this.description = b.description;
        this.force = b.force;
    }

    /** @return pyrax's defaults: no name, no description, not forced */
    public static SnapshotCreateOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        return new Builder().name(name).description(description).force(force);
    }

    /** @return the snapshot's name ({@code ""} by default) */
    public String name() {
        return name;
    }

    /** @return its description ({@code ""} by default) */
    public String description() {
        return description;
    }

    /** @return whether an attached volume is snapshotted anyway */
    public boolean force() {
        return force;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SnapshotCreateOptions o && name.equals(o.name) && description.equals(o.description)
                && force == o.force;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, force);
    }

    @Override
    public String toString() {
        return "SnapshotCreateOptions[name=" + name + ", description=" + description + ", force=" + force + "]";
    }

    /** Builder of {@link SnapshotCreateOptions}. */
    public static final class Builder {

        private String name = "";
        private String description = "";
        private boolean force;

        private Builder() {
        }

        /**
         * @param value the snapshot's name (at most 255 characters)
         * @return this builder
         */
        public Builder name(String value) {
            this.name = VolumeLimits.text(value, "name");
            return this;
        }

        /**
         * @param value its description (at most 255 characters)
         * @return this builder
         */
        public Builder description(String value) {
            this.description = VolumeLimits.text(value, "description");
            return this;
        }

        /**
         * @param value true to snapshot the volume even while it is attached
         * @return this builder
         */
        public Builder force(boolean value) {
            this.force = value;
            return this;
        }

        /** @return the options */
        public SnapshotCreateOptions build() {
            return new SnapshotCreateOptions(this);
        }
    }
}
