package org.cloudsdk.autoscale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A scaling group (pyrax's {@code ScalingGroup}): its configuration (name, cooldown, minimum and
 * maximum entities, metadata), the server it launches, its policies and its state. A group read
 * with {@link AutoScale#get(String)} or {@link #reload()} has them all; one from
 * {@link AutoScale#list()} has its id and state only (reload it for the rest). The handle offers
 * the operations pyrax put on the group.
 */
public final class ScalingGroup extends Resource<ScalingGroup> {

    private final AutoScale autoscale;
    private final GroupFields fields;

    ScalingGroup(AutoScale autoscale, JsonNode json) {
        super(json);
        this.autoscale = Objects.requireNonNull(autoscale, "autoscale must not be null");
        this.fields = readFields(GroupFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    private Optional<GroupFields.Config> config() {
        return Optional.ofNullable(fields.groupConfiguration());
    }

    /** @return its name (from the state when the snapshot has no configuration) */
    public @Nullable String name() {
        return config().map(GroupFields.Config::name)
                .orElseGet(() -> fields.state() == null ? null : textOrNull(fields.state().get("name")));
    }

    /** @return its cooldown in seconds, if in this snapshot */
    public Optional<Integer> cooldown() {
        return config().map(GroupFields.Config::cooldown);
    }

    /** @return the fewest servers it keeps, if in this snapshot */
    public Optional<Integer> minEntities() {
        return config().map(GroupFields.Config::minEntities);
    }

    /** @return the most servers it has, if in this snapshot */
    public Optional<Integer> maxEntities() {
        return config().map(GroupFields.Config::maxEntities);
    }

    /** @return the group's metadata (empty when not in this snapshot) */
    public Map<String, String> metadata() {
        return config().map(GroupFields.Config::metadata).orElse(Map.of());
    }

    /** @return the server it launches, if in this snapshot */
    public Optional<LaunchConfiguration> launchConfiguration() {
        JsonNode launch = fields.launchConfiguration();
        return launch != null && launch.isObject() ? Optional.of(new LaunchConfiguration(launch)) : Optional.empty();
    }

    /** @return its policies as this snapshot lists them (pyrax's {@code policies}; empty when not in it) */
    public List<ScalingPolicy> policies() {
        List<ScalingPolicy> policies = new ArrayList<>();
        JsonNode list = fields.scalingPolicies();
        if (list != null) {
            list.forEach(policy -> policies.add(new ScalingPolicy(autoscale, id(), policy)));
        }
        return List.copyOf(policies);
    }

    /**
     * @return the state in this snapshot (a listing's groups carry it; a group read alone does on
     *     current Auto Scale), or empty; {@link #getState()} reads it now
     */
    public Optional<GroupState> state() {
        JsonNode state = fields.state();
        if (state != null && state.isObject()) {
            return Optional.of(new GroupState(state));
        }
        // the first Auto Scale releases listed the state's fields on the group itself
        return json().has("activeCapacity") ? Optional.of(new GroupState(json())) : Optional.empty();
    }

    /** @return pyrax's {@code sg.get_state()}, read now */
    public GroupState getState() {
        return autoscale.getState(id());
    }

    /** pyrax's {@code sg.pause()}: its policies are not executed until {@link #resume()}. */
    public void pause() {
        autoscale.pause(id());
    }

    /** pyrax's {@code sg.resume()}. */
    public void resume() {
        autoscale.resume(id());
    }

    /** @param changes what to change; metadata given replaces the group's @see AutoScale#update */
    public void update(ScalingGroupUpdate changes) {
        autoscale.update(id(), changes);
    }

    /** @param metadata pairs to add or change, keeping the others @see AutoScale#updateMetadata */
    public void updateMetadata(Map<String, String> metadata) {
        autoscale.updateMetadata(id(), metadata);
    }

    /** @return pyrax's {@code sg.get_launch_config()}, read now */
    public LaunchConfiguration getLaunchConfig() {
        return autoscale.getLaunchConfig(id());
    }

    /** @param changes what to change in the launch configuration @see AutoScale#updateLaunchConfig */
    public void updateLaunchConfig(LaunchConfigOptions changes) {
        autoscale.updateLaunchConfig(id(), changes);
    }

    /** @param metadata server metadata pairs to add or change @see AutoScale#updateLaunchMetadata */
    public void updateLaunchMetadata(Map<String, String> metadata) {
        autoscale.updateLaunchMetadata(id(), metadata);
    }

    /** @param policy the policy to add @return the created policy */
    public ScalingPolicy addPolicy(PolicySpec policy) {
        return autoscale.addPolicy(id(), policy);
    }

    /**
     * pyrax's {@code sg.add_policy(name, policy_type, cooldown, change, is_percent)}.
     *
     * @param name its name
     * @param type {@link PolicyType#WEBHOOK}
     * @param cooldown its cooldown, 0 to 86,400 seconds
     * @param change servers to add (positive) or remove (negative), or the percent when {@code isPercent}
     * @param isPercent whether {@code change} is a percentage
     * @return the created policy
     */
    public ScalingPolicy addPolicy(String name, PolicyType type, int cooldown, int change, boolean isPercent) {
        return autoscale.addPolicy(id(), name, type, cooldown, change, isPercent);
    }

    /** @return pyrax's {@code sg.list_policies()}, read now */
    public List<ScalingPolicy> listPolicies() {
        return autoscale.listPolicies(id());
    }

    /** @param policyId a policy's id @return the policy */
    public ScalingPolicy getPolicy(String policyId) {
        return autoscale.getPolicy(id(), policyId);
    }

    /** Deletes the group; refused while it has servers. @see AutoScale#delete(String) */
    public void delete() {
        autoscale.delete(id());
    }

    /** @param force whether to delete it with its servers @see AutoScale#delete(String, boolean) */
    public void delete(boolean force) {
        autoscale.delete(id(), force);
    }

    @Override
    public CompletableFuture<ScalingGroup> reloadAsync() {
        return autoscale.getAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "scaling_group";
    }

    @Override
    public String toString() {
        return "ScalingGroup[id=" + id() + ", name=" + name() + ", cooldown=" + cooldown().orElse(null)
                + ", minEntities=" + minEntities().orElse(null) + ", maxEntities=" + maxEntities().orElse(null) + "]";
    }

    static @Nullable String textOrNull(@Nullable JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asString();
    }
}
