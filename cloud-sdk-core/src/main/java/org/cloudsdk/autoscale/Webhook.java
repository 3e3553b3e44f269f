package org.cloudsdk.autoscale;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A webhook of a scaling policy (pyrax's {@code AutoScaleWebhook}): a name, metadata, and the
 * capability URL that executes the policy when anything POSTs to it, without a token (Cloud
 * Monitoring's alarms call it). Treat that URL as a secret: {@code toString()} never shows it.
 */
public final class Webhook extends Resource<Webhook> {

    private final AutoScale autoscale;
    private final String groupId;
    private final String policyId;
    private final WebhookFields fields;

    Webhook(AutoScale autoscale, String groupId, String policyId, JsonNode json) {
        super(json);
        this.autoscale = Objects.requireNonNull(autoscale, "autoscale must not be null");
        this.groupId = Objects.requireNonNull(groupId, "groupId must not be null");
        this.policyId = Objects.requireNonNull(policyId, "policyId must not be null");
        this.fields = readFields(WebhookFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return the id of its scaling group */
    public String groupId() {
        return groupId;
    }

    /** @return the id of its policy */
    public String policyId() {
        return policyId;
    }

    /** @return its name */
    public @Nullable String name() {
        return fields.name();
    }

    /** @return its metadata */
    public Map<String, String> metadata() {
        return fields.metadata();
    }

    /** @return the capability URL (its {@code rel=capability} link) that executes the policy */
    public Optional<URI> capabilityUrl() {
        JsonNode links = fields.links();
        if (links != null) {
            for (JsonNode link : links) {
                if ("capability".equals(link.path("rel").asString()) && link.path("href").isString()) {
                    return Optional.of(URI.create(link.path("href").asString()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * pyrax's {@code webhook.update(name=, metadata=)}.
     *
     * @param name the new name, or null to keep it
     * @param metadata the full new metadata (it replaces the current), or null to keep it
     */
    public void update(@Nullable String name, @Nullable Map<String, String> metadata) {
        autoscale.updateWebhook(groupId, policyId, id(), name, metadata);
    }

    /** @param metadata pairs to add or change, keeping the others */
    public void updateMetadata(Map<String, String> metadata) {
        autoscale.updateWebhookMetadata(groupId, policyId, id(), metadata);
    }

    /** pyrax's {@code webhook.delete()}. */
    public void delete() {
        autoscale.deleteWebhook(groupId, policyId, id());
    }

    @Override
    public CompletableFuture<Webhook> reloadAsync() {
        return autoscale.getWebhookAsync(groupId, policyId, id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "webhook";
    }

    @Override
    public String toString() {
        return "Webhook[id=" + id() + ", name=" + name() + ", metadata=" + metadata() + "]";
    }
}
