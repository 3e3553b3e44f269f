package org.cloudsdk.autoscale;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A scaling policy of a group (pyrax's {@code AutoScalePolicy}): what an execution does to the
 * group's capacity (a change in servers, in percent, or a capacity to reach) and its cooldown.
 * It knows its group; it offers the operations pyrax put on the policy, its webhooks' included.
 */
public final class ScalingPolicy extends Resource<ScalingPolicy> {

    private final AutoScale autoscale;
    private final String groupId;
    private final PolicyFields fields;

    ScalingPolicy(AutoScale autoscale, String groupId, JsonNode json) {
        super(json);
        this.autoscale = Objects.requireNonNull(autoscale, "autoscale must not be null");
        this.groupId = Objects.requireNonNull(groupId, "groupId must not be null");
        this.fields = readFields(PolicyFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return the id of its scaling group */
    public String groupId() {
        return groupId;
    }

    /** @return its name */
    public @Nullable String name() {
        return fields.name();
    }

    /** @return its type ({@link PolicyType#UNKNOWN} for one this SDK does not know) */
    public PolicyType type() {
        return fields.type() == null ? PolicyType.UNKNOWN : fields.type();
    }

    /** @return its cooldown in seconds */
    public Optional<Integer> cooldown() {
        return Optional.ofNullable(fields.cooldown());
    }

    /** @return the change in servers, if that is its adjustment */
    public Optional<Integer> change() {
        return Optional.ofNullable(fields.change());
    }

    /** @return the change in percent, if that is its adjustment */
    public Optional<Double> changePercent() {
        return Optional.ofNullable(fields.changePercent());
    }

    /** @return the capacity to reach, if that is its adjustment */
    public Optional<Integer> desiredCapacity() {
        return Optional.ofNullable(fields.desiredCapacity());
    }

    /** @param changes what to change @see AutoScale#updatePolicy */
    public void update(PolicyUpdate changes) {
        autoscale.updatePolicy(groupId, id(), changes);
    }

    /** pyrax's {@code policy.execute()}: applies it now, whatever the alarms say. */
    public void execute() {
        autoscale.executePolicy(groupId, id());
    }

    /** pyrax's {@code policy.delete()}. */
    public void delete() {
        autoscale.deletePolicy(groupId, id());
    }

    /**
     * @param name the webhook's name
     * @param metadata its metadata (may be empty)
     * @return the created webhook, with its capability URL
     */
    public Webhook addWebhook(String name, Map<String, String> metadata) {
        return autoscale.addWebhook(groupId, id(), name, metadata);
    }

    /** @return pyrax's {@code policy.list_webhooks()} */
    public List<Webhook> listWebhooks() {
        return autoscale.listWebhooks(groupId, id());
    }

    /** @param webhookId a webhook's id @return the webhook */
    public Webhook getWebhook(String webhookId) {
        return autoscale.getWebhook(groupId, id(), webhookId);
    }

    @Override
    public CompletableFuture<ScalingPolicy> reloadAsync() {
        return autoscale.getPolicyAsync(groupId, id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "scaling_policy";
    }

    @Override
    public String toString() {
        return "ScalingPolicy[id=" + id() + ", name=" + name() + ", cooldown=" + fields.cooldown() + ", "
                + (fields.change() != null ? "change=" + fields.change()
                        : fields.changePercent() != null ? "changePercent=" + fields.changePercent()
                                : "desiredCapacity=" + fields.desiredCapacity()) + "]";
    }
}
