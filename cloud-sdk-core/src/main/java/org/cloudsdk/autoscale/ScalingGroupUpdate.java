package org.cloudsdk.autoscale;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * The changes of pyrax's {@code sg.update(name=, cooldown=, min_entities=, max_entities=,
 * metadata=)}: what is set replaces the group's value, the rest is kept (Auto Scale replaces the
 * configuration whole, so the SDK reads it first). Metadata given here <b>replaces</b> the
 * group's; {@link AutoScale#updateMetadata(String, Map)} merges instead. The seed's recipe before
 * deleting a group with servers is {@code minEntities(0).maxEntities(0)}.
 *
 * <p>Immutable; made by {@link #builder()}.
 */
public final class ScalingGroupUpdate {

    private final @Nullable String name;
    private final @Nullable Integer cooldown;
    private final @Nullable Integer minEntities;
    private final @Nullable Integer maxEntities;
    private final @Nullable Map<String, String> metadata;

    private ScalingGroupUpdate(Builder b) {
        this.name = b.name;
        this.cooldown = b.cooldown;
        this.minEntities = b.minEntities;
        this.maxEntities = b.maxEntities;
        this.metadata = b.metadata == null ? null : AutoScaleLimits.metadata(b.metadata, "metadata");
        if (minEntities != null && maxEntities != null) {
            AutoScaleLimits.minAtMostMax(minEntities, maxEntities);
        }
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the new name, if set */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the new cooldown, if set */
    public Optional<Integer> cooldown() {
        return Optional.ofNullable(cooldown);
    }

    /** @return the new minimum, if set */
    public Optional<Integer> minEntities() {
        return Optional.ofNullable(minEntities);
    }

    /** @return the new maximum, if set */
    public Optional<Integer> maxEntities() {
        return Optional.ofNullable(maxEntities);
    }

    /** @return the new metadata, replacing the group's, if set */
    public Optional<Map<String, String>> metadata() {
        return Optional.ofNullable(metadata);
    }

    /**
     * Sets the changes on a copy of the group's current configuration.
     *
     * @throws IllegalArgumentException when the result has its minimum above its maximum
     */
    void applyTo(ObjectNode config) {
        if (name != null) {
            config.put("name", name);
        }
        if (cooldown != null) {
            config.put("cooldown", cooldown);
        }
        if (minEntities != null) {
            config.put("minEntities", minEntities);
        }
        if (maxEntities != null) {
            config.put("maxEntities", maxEntities);
        }
        if (metadata != null) {
            config.set("metadata", AutoScale.stringMap(metadata));
        }
        if (!config.has("metadata") || config.get("metadata").isNull()) {
            // Auto Scale refuses a configuration without its metadata
            config.putObject("metadata");
        }
        AutoScaleLimits.minAtMostMax(config.path("minEntities").asInt(), config.path("maxEntities").asInt());
    }

    @Override
    public String toString() {
        return "ScalingGroupUpdate[name=" + name + ", cooldown=" + cooldown + ", minEntities=" + minEntities
                + ", maxEntities=" + maxEntities + ", metadata=" + metadata + "]";
    }

    /** Builds {@link ScalingGroupUpdate}. */
    public static final class Builder {

        private @Nullable String name;
        private @Nullable Integer cooldown;
        private @Nullable Integer minEntities;
        private @Nullable Integer maxEntities;
        private @Nullable Map<String, String> metadata;

        private Builder() {
        }

        /** @param value the new name @return this builder */
        public Builder name(String value) {
            name = AutoScaleLimits.text(value, "name");
            return this;
        }

        /** @param seconds the new cooldown, 0 to 86,400 @return this builder */
        public Builder cooldown(int seconds) {
            cooldown = AutoScaleLimits.cooldown(seconds, "cooldown");
            return this;
        }

        /** @param count the new minimum, 0 to 1,000 @return this builder */
        public Builder minEntities(int count) {
            minEntities = AutoScaleLimits.entities(count, "minEntities");
            return this;
        }

        /** @param count the new maximum, 0 to 1,000 @return this builder */
        public Builder maxEntities(int count) {
            maxEntities = AutoScaleLimits.entities(count, "maxEntities");
            return this;
        }

        /** @param value the full new metadata, replacing the group's @return this builder */
        public Builder metadata(Map<String, String> value) {
            metadata = new LinkedHashMap<>(AutoScaleLimits.metadata(value, "metadata"));
            return this;
        }

        /**
         * @return the update
         * @throws IllegalArgumentException when both bounds are set and the minimum is above the maximum
         */
        public ScalingGroupUpdate build() {
            return new ScalingGroupUpdate(this);
        }
    }
}
