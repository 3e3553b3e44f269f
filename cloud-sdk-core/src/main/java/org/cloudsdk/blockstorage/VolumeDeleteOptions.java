package org.cloudsdk.blockstorage;

import java.time.Duration;
import java.util.Objects;

import org.cloudsdk.wait.WaitOptions;
import org.jspecify.annotations.Nullable;

/**
 * How {@link BlockStorage#deleteVolume(String, VolumeDeleteOptions)} deletes: plainly (refused
 * while the volume is attached or has snapshots), or with pyrax's {@code force=True}, which first
 * detaches the volume and deletes its snapshots, waiting for each step (the detachment to end, each
 * snapshot to be gone before the next is deleted) with {@link #stepWait()}'s interval and
 * deadline.
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class VolumeDeleteOptions {

    /** The wait of each step of a forced delete unless told otherwise: every 2 s, at most 10 minutes. */
    public static final WaitOptions DEFAULT_STEP_WAIT = WaitOptions.builder().interval(Duration.ofSeconds(2))
            .deadline(Duration.ofMinutes(10)).build();

    private static final VolumeDeleteOptions DEFAULTS = builder().build();
    private static final VolumeDeleteOptions FORCED = builder().force(true).build();

    private final boolean force;
    private final WaitOptions stepWait;

    private VolumeDeleteOptions(Builder b) {
        this.force = b.force;
        this.stepWait = b.stepWait;
    }

    /** @return a plain delete */
    public static VolumeDeleteOptions defaults() {
        return DEFAULTS;
    }

    /** @return pyrax's {@code delete(force=True)}: detach, delete the snapshots, then the volume */
    public static VolumeDeleteOptions forced() {
        return FORCED;
    }

    /** @return a builder of a plain delete */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        return new Builder().force(force).stepWait(stepWait);
    }

    /** @return whether the volume is detached and its snapshots deleted first */
    public boolean force() {
        return force;
    }

    /**
     * @return the interval, deadline and poll settings of each wait of a forced delete (what is
     *     waited for and what counts as failure are the delete's own)
     */
    public WaitOptions stepWait() {
        return stepWait;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof VolumeDeleteOptions o && force == o.force && stepWait.equals(o.stepWait);
    }

    @Override
    public int hashCode() {
        return Objects.hash(force, stepWait);
    }

    @Override
    public String toString() {
        return "VolumeDeleteOptions[force=" + force + ", stepWait=" + stepWait + "]";
    }

    /** Builder of {@link VolumeDeleteOptions}. */
    public static final class Builder {

        private boolean force;
        private WaitOptions stepWait = DEFAULT_STEP_WAIT;

        private Builder() {
        }

        /**
         * @param value true to detach the volume and delete its snapshots first
         * @return this builder
         */
        public Builder force(boolean value) {
            this.force = value;
            return this;
        }

        /**
         * @param value the interval, deadline and poll settings of each step's wait
         * @return this builder
         */
        public Builder stepWait(WaitOptions value) {
            this.stepWait = Objects.requireNonNull(value, "stepWait must not be null");
            return this;
        }

        /** @return the options */
        public VolumeDeleteOptions build() {
            return new VolumeDeleteOptions(this);
        }
    }
}
