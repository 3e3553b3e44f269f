package org.cloudsdk.autoscale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scaling group to create: every parameter of pyrax's {@code au.create(name, cooldown,
 * min_entities, max_entities, launch_config_type, server_name, flavor, image, disk_config,
 * metadata, personality, networks, load_balancers, scaling_policies)}. The group's own settings
 * are here; the server it launches is a {@link LaunchConfigOptions}. {@link Builder#build()}
 * checks the documented limits: cooldown 0 to 86,400 seconds, 0 to 1,000 entities, the minimum
 * at most the maximum, and the launch configuration's server name, flavor and image.
 *
 * <pre>{@code
 * ScalingGroupSpec spec = ScalingGroupSpec.builder("MyScalingGroup")
 *         .cooldown(120).minEntities(2).maxEntities(16)
 *         .launchConfig(LaunchConfigOptions.builder().serverName("sg_test")
 *                 .flavor(flavorId).image(imageId).build())
 *         .build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder(String)}, copied by {@link #toBuilder()}.
 */
public final class ScalingGroupSpec {

    private final String name;
    private final int cooldown;
    private final int minEntities;
    private final int maxEntities;
    private final Map<String, String> groupMetadata;
    private final LaunchConfigOptions launchConfig;
    private final List<PolicySpec> scalingPolicies;

    private ScalingGroupSpec(Builder b, int cooldown, int minEntities, int maxEntities, LaunchConfigOptions launchConfig) {
        this.name = b.name;
        this.cooldown = cooldown;
        this.minEntities = minEntities;
        this.maxEntities = maxEntities;
        this.groupMetadata = AutoScaleLimits.metadata(b.groupMetadata, "groupMetadata");
        this.launchConfig = launchConfig;
        this.scalingPolicies = List.copyOf(b.scalingPolicies);
    }

    /**
     * @param name the group's name
     * @return a builder of a group of that name
     */
    public static Builder builder(String name) {
        return new Builder(AutoScaleLimits.text(name, "name"));
    }

    /** @return a builder holding this spec */
    public Builder toBuilder() {
        Builder b = new Builder(name).cooldown(cooldown).minEntities(minEntities).maxEntities(maxEntities)
                .groupMetadata(groupMetadata).launchConfig(launchConfig);
        b.scalingPolicies.addAll(scalingPolicies);
        return b;
    }

    /** @return the group's name */
    public String name() {
        return name;
    }

    /** @return the group's cooldown in seconds */
    public int cooldown() {
        return cooldown;
    }

    /** @return the fewest servers the group keeps */
    public int minEntities() {
        return minEntities;
    }

    /** @return the most servers the group has */
    public int maxEntities() {
        return maxEntities;
    }

    /** @return the group's own metadata (the servers' is in the launch configuration) */
    public Map<String, String> groupMetadata() {
        return groupMetadata;
    }

    /** @return the server the group launches */
    public LaunchConfigOptions launchConfig() {
        return launchConfig;
    }

    /** @return the policies created with the group */
    public List<PolicySpec> scalingPolicies() {
        return scalingPolicies;
    }

    ObjectNode toJson() {
        ObjectNode group = Json.object();
        ObjectNode config = group.putObject("groupConfiguration");
        config.put("name", name);
        config.put("cooldown", cooldown);
        config.put("minEntities", minEntities);
        config.put("maxEntities", maxEntities);
        config.set("metadata", AutoScale.stringMap(groupMetadata));
        group.set("launchConfiguration", launchConfig.forCreate());
        ArrayNode policies = group.putArray("scalingPolicies");
        scalingPolicies.forEach(policy -> policies.add(policy.toJson()));
        return group;
    }

    @Override
    public String toString() {
        return "ScalingGroupSpec[name=" + name + ", cooldown=" + cooldown + ", minEntities=" + minEntities
                + ", maxEntities=" + maxEntities + ", launchConfig=" + launchConfig + ", scalingPolicies="
                + scalingPolicies + "]";
    }

    /** Builds {@link ScalingGroupSpec}. */
    public static final class Builder {

        private final String name;
        private @Nullable Integer cooldown;
        private @Nullable Integer minEntities;
        private @Nullable Integer maxEntities;
        private Map<String, String> groupMetadata = new LinkedHashMap<>();
        private @Nullable LaunchConfigOptions launchConfig;
        private final List<PolicySpec> scalingPolicies = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * @param seconds how long after a scaling event further events are ignored, 0 to 86,400
         * @return this builder
         */
        public Builder cooldown(int seconds) {
            cooldown = AutoScaleLimits.cooldown(seconds, "cooldown");
            return this;
        }

        /** @param count the fewest servers, 0 to 1,000 @return this builder */
        public Builder minEntities(int count) {
            minEntities = AutoScaleLimits.entities(count, "minEntities");
            return this;
        }

        /** @param count the most servers, 0 to 1,000 @return this builder */
        public Builder maxEntities(int count) {
            maxEntities = AutoScaleLimits.entities(count, "maxEntities");
            return this;
        }

        /** @param value the group's own metadata @return this builder */
        public Builder groupMetadata(Map<String, String> value) {
            groupMetadata = new LinkedHashMap<>(AutoScaleLimits.metadata(value, "groupMetadata"));
            return this;
        }

        /** @param value the server the group launches @return this builder */
        public Builder launchConfig(LaunchConfigOptions value) {
            launchConfig = Objects.requireNonNull(value, "launchConfig must not be null");
            return this;
        }

        /** @param policy a policy created with the group @return this builder */
        public Builder scalingPolicy(PolicySpec policy) {
            scalingPolicies.add(Objects.requireNonNull(policy, "policy must not be null"));
            return this;
        }

        /**
         * @return the spec
         * @throws IllegalArgumentException when a required value is missing or the minimum is
         *     above the maximum
         */
        public ScalingGroupSpec build() {
            if (cooldown == null || minEntities == null || maxEntities == null || launchConfig == null) {
                throw new IllegalArgumentException("a scaling group needs cooldown, minEntities, maxEntities and "
                        + "launchConfig; missing: " + (cooldown == null ? "cooldown " : "")
                        + (minEntities == null ? "minEntities " : "") + (maxEntities == null ? "maxEntities " : "")
                        + (launchConfig == null ? "launchConfig" : "").trim());
            }
            AutoScaleLimits.minAtMostMax(minEntities, maxEntities);
            // checks the server name, flavor and image now rather than at the request
            launchConfig.forCreate();
            return new ScalingGroupSpec(this, cooldown, minEntities, maxEntities, launchConfig);
        }
    }
}
