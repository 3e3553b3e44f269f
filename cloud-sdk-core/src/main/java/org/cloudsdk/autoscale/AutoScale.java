package org.cloudsdk.autoscale;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.cloudsdk.errors.ForbiddenException;
import org.cloudsdk.errors.ScalingGroupNotEmptyException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.PagingScheme;
import org.cloudsdk.service.ServiceContext;
import org.cloudsdk.service.ServiceDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rackspace Auto Scale (pyrax's {@code pyrax.autoscale}, API v1.0) in one region: scaling groups,
 * their launch configurations, policies and webhooks. Reached from a context:
 *
 * <pre>{@code
 * AutoScale au = ctx.autoscale();
 * ScalingGroup sg = au.create(ScalingGroupSpec.builder("MyScalingGroup")
 *         .cooldown(120).minEntities(2).maxEntities(16)
 *         .launchConfig(LaunchConfigOptions.builder().serverName("sg_test")
 *                 .flavor("performance1-2").image(imageId).loadBalancer(1234, 80).build())
 *         .build());
 * }</pre>
 *
 * <p>Auto Scale replaces a configuration, a launch configuration, a policy or a webhook whole;
 * the {@code update...} methods therefore read the current one, change what they are given and
 * send it back, as pyrax does; metadata given to them replaces the current metadata, the
 * {@code update...Metadata} methods merge. The documented limits (cooldowns of 0 to 86,400
 * seconds, 0 to 1,000 entities, minimum at most maximum, exactly one adjustment per policy) are
 * checked before any request, with an {@link IllegalArgumentException} naming the parameter.
 *
 * <p>Thread-safe; one client per region is shared by the whole application.
 */
public final class AutoScale {

    /** The registration of Auto Scale: {@code ctx.autoscale()}, the starter's bean and health entry. */
    public static final ServiceDefinition<AutoScale> SERVICE = ServiceDefinition
            .builder("autoscale", ServiceType.AUTOSCALE, AutoScale.class, AutoScale::create)
            .healthCheck(AutoScale::healthDetails)
            .build();

    /** The largest page Auto Scale serves. */
    static final int MAX_PAGE = 100;

    private static final PagingScheme PAGING = PagingScheme.nextLink().withMaxLimit(MAX_PAGE);

    private final ServiceClient client;

    AutoScale(ServiceClient client) {
        this.client = Objects.requireNonNull(client, "client must not be null");
    }

    private static AutoScale create(ServiceContext context) {
        return new AutoScale(context.client());
    }

    /** @return the underlying service client (endpoint, region, raw requests) */
    public ServiceClient client() {
        return client;
    }

    // ---------------------------------------------------------------- groups

    /**
     * pyrax's {@code au.list()}: every scaling group, with its state, fetched page by page.
     *
     * @return the groups (reload one for its configurations and policies)
     */
    public List<ScalingGroup> list() {
        return groups(null, null).stream().toList();
    }

    /**
     * The lazy listing of the groups: pages are fetched as iteration reaches them.
     *
     * @param limit the page size, 1 to 100, or null for Auto Scale's default
     * @param marker the id of the group after which to start, or null
     * @return the listing
     */
    public Listing<ScalingGroup> groups(@Nullable Integer limit, @Nullable String marker) {
        return Listing.builder(client, "listScalingGroups", PAGING, json -> new ScalingGroup(this, json))
                .path("/groups").items("groups").limit(limit).marker(marker).build();
    }

    /**
     * pyrax's {@code au.get(id)}.
     *
     * @param groupId the group's id
     * @return the group with its configurations, policies and state
     * @throws org.cloudsdk.errors.NotFoundException when there is no such group
     */
    public ScalingGroup get(String groupId) {
        return Transport.blockValue(getAsync(groupId));
    }

    Mono<ScalingGroup> getAsync(String groupId) {
        String id = AutoScaleLimits.text(groupId, "groupId");
        return send(HttpMethod.GET, "getScalingGroup", request -> request.path("/groups/{id}", id))
                .map(response -> new ScalingGroup(this, response.json().path("group")));
    }

    /**
     * pyrax's {@code au.create(name, cooldown, min_entities, max_entities, launch_config_type,
     * server_name, flavor, image, ...)}. Auto Scale starts building {@code minEntities} servers at once.
     *
     * @param spec the group, its launch configuration and its first policies
     * @return the created group
     */
    public ScalingGroup create(ScalingGroupSpec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        ObjectNode body = spec.toJson();
        return new ScalingGroup(this, block(send(HttpMethod.POST, "createScalingGroup",
                request -> request.path("/groups").jsonBody(Json.write(body)))).json().path("group"));
    }

    /**
     * pyrax's {@code au.update(sg, name=, cooldown=, min_entities=, max_entities=, metadata=)}:
     * reads the group's configuration, changes what is given, and replaces it.
     *
     * @param groupId the group's id
     * @param changes what to change; metadata given replaces the group's
     * @throws IllegalArgumentException when the result would have its minimum above its maximum
     */
    public void update(String groupId, ScalingGroupUpdate changes) {
        Objects.requireNonNull(changes, "changes must not be null");
        replaceConfiguration(groupId, changes::applyTo);
    }

    /**
     * pyrax's {@code au.update_metadata(sg, metadata)}: adds or changes pairs of the group's
     * metadata, keeping the others.
     *
     * @param groupId the group's id
     * @param metadata the pairs to set
     */
    public void updateMetadata(String groupId, Map<String, String> metadata) {
        Map<String, String> checked = AutoScaleLimits.metadata(metadata, "metadata");
        replaceConfiguration(groupId, config -> {
            ObjectNode merged = config.path("metadata").isObject() ? (ObjectNode) config.get("metadata") : config.putObject("metadata");
            checked.forEach(merged::put);
        });
    }

    /**
     * pyrax's {@code sg.get_configuration()}: the group's name, cooldown, entities and metadata.
     *
     * @param groupId the group's id
     * @return the {@code groupConfiguration} object as Auto Scale sent it
     */
    public ObjectNode getConfiguration(String groupId) {
        String id = AutoScaleLimits.text(groupId, "groupId");
        JsonNode config = block(send(HttpMethod.GET, "getGroupConfiguration",
                request -> request.path("/groups/{id}/config", id))).json().path("groupConfiguration");
        return config.isObject() ? ((ObjectNode) config).deepCopy() : Json.object();
    }

    private void replaceConfiguration(String groupId, java.util.function.Consumer<ObjectNode> change) {
        String id = AutoScaleLimits.text(groupId, "groupId");
        ObjectNode config = getConfiguration(id);
        change.accept(config);
        block(send(HttpMethod.PUT, "updateGroupConfiguration",
                request -> request.path("/groups/{id}/config", id).jsonBody(Json.write(config))));
    }

    /**
     * pyrax's {@code au.delete(sg)}. Auto Scale refuses while the group has servers: set its
     * minimum and maximum entities to 0 first (and wait for the servers to go), or use
     * {@link #delete(String, boolean)} with {@code force}.
     *
     * @param groupId the group's id
     * @throws ScalingGroupNotEmptyException when the group still has servers
     */
    public void delete(String groupId) {
        delete(groupId, false);
    }

    /**
     * @param groupId the group's id
     * @param force whether to delete the group with its servers ({@code ?force=true})
     * @throws ScalingGroupNotEmptyException when the group has servers and {@code force} is false
     */
    public void delete(String groupId, boolean force) {
        String id = AutoScaleLimits.text(groupId, "groupId");
        try {
            block(send(HttpMethod.DELETE, "deleteScalingGroup",
                    request -> request.path("/groups/{id}", id).query("force", force ? "true" : null)));
        } catch (ForbiddenException refused) {
            if (!force && mentionsEntities(refused)) {
                throw new ScalingGroupNotEmptyException("scaling group " + id + " still has servers: set minEntities "
                        + "and maxEntities to 0 and wait for them to go, or delete it with force; " + refused.getMessage(),
                        refused.details(), refused);
            }
            throw refused;
        }
    }

    private static boolean mentionsEntities(ForbiddenException refused) {
        String message = String.valueOf(refused.serverMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("entities") || message.contains("not empty") || message.contains("groupnotempty");
    }

    /**
     * pyrax's {@code au.get_state(sg)}.
     *
     * @param groupId the group's id
     * @return its servers and capacities now
     */
    public GroupState getState(String groupId) {
        String id = AutoScaleLimits.text(groupId, "groupId");
        return new GroupState(block(send(HttpMethod.GET, "getGroupState",
                request -> request.path("/groups/{id}/state", id))).json().path("group"));
    }

    /**
     * pyrax's {@code au.pause(sg)}: the group's policies are not executed until resumed.
     *
     * @param groupId the group's id
     */
    public void pause(String groupId) {
        String id = AutoScaleLimits.text(groupId, "groupId");
        block(send(HttpMethod.POST, "pauseScalingGroup", request -> request.path("/groups/{id}/pause", id)));
    }

    /**
     * pyrax's {@code au.resume(sg)}.
     *
     * @param groupId the group's id
     */
    public void resume(String groupId) {
        String id = AutoScaleLimits.text(groupId, "groupId");
        block(send(HttpMethod.POST, "resumeScalingGroup", request -> request.path("/groups/{id}/resume", id)));
    }

    // ---------------------------------------------------------------- launch configuration

    /**
     * pyrax's {@code au.get_launch_config(sg)}.
     *
     * @param groupId the group's id
     * @return the server the group launches
     */
    public LaunchConfiguration getLaunchConfig(String groupId) {
        return new LaunchConfiguration(launchJson(AutoScaleLimits.text(groupId, "groupId")));
    }

    private ObjectNode launchJson(String id) {
        JsonNode launch = block(send(HttpMethod.GET, "getLaunchConfiguration",
                request -> request.path("/groups/{id}/launch", id))).json().path("launchConfiguration");
        return launch.isObject() ? ((ObjectNode) launch).deepCopy() : Json.object();
    }

    /**
     * pyrax's {@code au.update_launch_config(sg, server_name=, image=, flavor=, disk_config=,
     * metadata=, personality=, networks=, load_balancers=, key_name=)}: reads the launch
     * configuration, changes what is set, and replaces it.
     *
     * @param groupId the group's id
     * @param changes what to change; metadata, files, networks and load balancers given replace the current ones
     */
    public void updateLaunchConfig(String groupId, LaunchConfigOptions changes) {
        Objects.requireNonNull(changes, "changes must not be null");
        replaceLaunch(groupId, changes::applyTo);
    }

    /**
     * pyrax's {@code au.update_launch_metadata(sg, metadata)}: adds or changes pairs of the
     * servers' metadata, keeping the others.
     *
     * @param groupId the group's id
     * @param metadata the pairs to set
     */
    public void updateLaunchMetadata(String groupId, Map<String, String> metadata) {
        Map<String, String> checked = AutoScaleLimits.metadata(metadata, "metadata");
        replaceLaunch(groupId, launch -> {
            ObjectNode server = launch.withObjectProperty("args").withObjectProperty("server");
            ObjectNode merged = server.path("metadata").isObject() ? (ObjectNode) server.get("metadata") : server.putObject("metadata");
            checked.forEach(merged::put);
        });
    }

    private void replaceLaunch(String groupId, java.util.function.Consumer<ObjectNode> change) {
        String id = AutoScaleLimits.text(groupId, "groupId");
        ObjectNode launch = launchJson(id);
        change.accept(launch);
        block(send(HttpMethod.PUT, "updateLaunchConfiguration",
                request -> request.path("/groups/{id}/launch", id).jsonBody(Json.write(launch))));
    }

    // ---------------------------------------------------------------- policies

    /**
     * pyrax's {@code au.add_policy(sg, name, policy_type, cooldown, change, is_percent,
     * desired_capacity)}.
     *
     * @param groupId the group's id
     * @param policy the policy
     * @return the created policy
     */
    public ScalingPolicy addPolicy(String groupId, PolicySpec policy) {
        String id = AutoScaleLimits.text(groupId, "groupId");
        Objects.requireNonNull(policy, "policy must not be null");
        // Auto Scale creates policies in batches: the body is a list
        ArrayNode body = Json.array();
        body.add(policy.toJson());
        JsonNode created = block(send(HttpMethod.POST, "createPolicy",
                request -> request.path("/groups/{id}/policies", id).jsonBody(Json.write(body)))).json().path("policies");
        return new ScalingPolicy(this, id, created.path(0));
    }

    /**
     * pyrax's positional {@code au.add_policy(sg, name, policy_type, cooldown, change, is_percent)}.
     *
     * @param groupId the group's id
     * @param name the policy's name
     * @param type {@link PolicyType#WEBHOOK}
     * @param cooldown its cooldown, 0 to 86,400 seconds
     * @param change servers to add (positive) or remove (negative), or the percent when {@code isPercent}
     * @param isPercent whether {@code change} is a percentage
     * @return the created policy
     */
    public ScalingPolicy addPolicy(String groupId, String name, PolicyType type, int cooldown, int change,
            boolean isPercent) {
        PolicySpec.Builder spec = PolicySpec.builder(name).type(type).cooldown(cooldown);
        return addPolicy(groupId, (isPercent ? spec.changePercent(change) : spec.change(change)).build());
    }

    /**
     * pyrax's {@code au.list_policies(sg)}.
     *
     * @param groupId the group's id
     * @return its policies, fetched page by page
     */
    public List<ScalingPolicy> listPolicies(String groupId) {
        String id = AutoScaleLimits.text(groupId, "groupId");
        return Listing.builder(client, "listPolicies", PAGING, json -> new ScalingPolicy(this, id, json))
                .path("/groups/{id}/policies", id).items("policies").build().stream().toList();
    }

    /**
     * pyrax's {@code au.get_policy(sg, policy)}.
     *
     * @param groupId the group's id
     * @param policyId the policy's id
     * @return the policy
     */
    public ScalingPolicy getPolicy(String groupId, String policyId) {
        return Transport.blockValue(getPolicyAsync(groupId, policyId));
    }

    Mono<ScalingPolicy> getPolicyAsync(String groupId, String policyId) {
        String id = AutoScaleLimits.text(groupId, "groupId");
        String policy = AutoScaleLimits.text(policyId, "policyId");
        return send(HttpMethod.GET, "getPolicy", request -> request.path("/groups/{id}/policies/{policy}", id, policy))
                .map(response -> new ScalingPolicy(this, id, response.json().path("policy")));
    }

    /**
     * pyrax's {@code au.update_policy(sg, policy, name=, cooldown=, change=, is_percent=,
     * desired_capacity=)}: reads the policy, changes what is set, and replaces it.
     *
     * @param groupId the group's id
     * @param policyId the policy's id
     * @param changes what to change
     */
    public void updatePolicy(String groupId, String policyId, PolicyUpdate changes) {
        String id = AutoScaleLimits.text(groupId, "groupId");
        String policy = AutoScaleLimits.text(policyId, "policyId");
        Objects.requireNonNull(changes, "changes must not be null");
        ObjectNode body = getPolicy(id, policy).json();
        // what the server adds (id, links) is not part of a policy's definition
        body.remove("id");
        body.remove("links");
        changes.applyTo(body);
        block(send(HttpMethod.PUT, "updatePolicy",
                request -> request.path("/groups/{id}/policies/{policy}", id, policy).jsonBody(Json.write(body))));
    }

    /**
     * pyrax's {@code au.execute_policy(sg, policy)}: applies the policy now.
     *
     * @param groupId the group's id
     * @param policyId the policy's id
     * @throws org.cloudsdk.errors.ForbiddenException when the group or policy is in its cooldown
     *     or the group is paused or at its limit
     */
    public void executePolicy(String groupId, String policyId) {
        String id = AutoScaleLimits.text(groupId, "groupId");
        String policy = AutoScaleLimits.text(policyId, "policyId");
        block(send(HttpMethod.POST, "executePolicy",
                request -> request.path("/groups/{id}/policies/{policy}/execute", id, policy)));
    }

    /**
     * pyrax's {@code au.delete_policy(sg, policy)}.
     *
     * @param groupId the group's id
     * @param policyId the policy's id
     */
    public void deletePolicy(String groupId, String policyId) {
        String id = AutoScaleLimits.text(groupId, "groupId");
        String policy = AutoScaleLimits.text(policyId, "policyId");
        block(send(HttpMethod.DELETE, "deletePolicy", request -> request.path("/groups/{id}/policies/{policy}", id, policy)));
    }

    // ---------------------------------------------------------------- webhooks

    /**
     * pyrax's {@code au.add_webhook(sg, policy, name, metadata)}.
     *
     * @param groupId the group's id
     * @param policyId the policy's id
     * @param name the webhook's name
     * @param metadata its metadata (may be empty)
     * @return the created webhook, with its capability URL
     */
    public Webhook addWebhook(String groupId, String policyId, String name, Map<String, String> metadata) {
        String id = AutoScaleLimits.text(groupId, "groupId");
        String policy = AutoScaleLimits.text(policyId, "policyId");
        ArrayNode body = Json.array();
        body.add(webhookBody(AutoScaleLimits.text(name, "name"), AutoScaleLimits.metadata(metadata, "metadata")));
        JsonNode created = block(send(HttpMethod.POST, "createWebhook",
                request -> request.path("/groups/{id}/policies/{policy}/webhooks", id, policy).jsonBody(Json.write(body))))
                .json().path("webhooks");
        return new Webhook(this, id, policy, created.path(0));
    }

    /**
     * pyrax's {@code au.list_webhooks(sg, policy)}.
     *
     * @param groupId the group's id
     * @param policyId the policy's id
     * @return its webhooks, fetched page by page
     */
    public List<Webhook> listWebhooks(String groupId, String policyId) {
        String id = AutoScaleLimits.text(groupId, "groupId");
        String policy = AutoScaleLimits.text(policyId, "policyId");
        return Listing.builder(client, "listWebhooks", PAGING, json -> new Webhook(this, id, policy, json))
                .path("/groups/{id}/policies/{policy}/webhooks", id, policy).items("webhooks").build().stream().toList();
    }

    /**
     * pyrax's {@code au.get_webhook(sg, policy, webhook)}.
     *
     * @param groupId the group's id
     * @param policyId the policy's id
     * @param webhookId the webhook's id
     * @return the webhook
     */
    public Webhook getWebhook(String groupId, String policyId, String webhookId) {
        return Transport.blockValue(getWebhookAsync(groupId, policyId, webhookId));
    }

    Mono<Webhook> getWebhookAsync(String groupId, String policyId, String webhookId) {
        String id = AutoScaleLimits.text(groupId, "groupId");
        String policy = AutoScaleLimits.text(policyId, "policyId");
        String webhook = AutoScaleLimits.text(webhookId, "webhookId");
        return send(HttpMethod.GET, "getWebhook",
                request -> request.path("/groups/{id}/policies/{policy}/webhooks/{webhook}", id, policy, webhook))
                .map(response -> new Webhook(this, id, policy, response.json().path("webhook")));
    }

    /**
     * pyrax's {@code au.update_webhook(sg, policy, webhook, name=, metadata=)}: what is null is
     * kept (the webhook is read first); metadata given replaces the current.
     *
     * @param groupId the group's id
     * @param policyId the policy's id
     * @param webhookId the webhook's id
     * @param name the new name, or null to keep it
     * @param metadata the full new metadata, or null to keep it
     */
    public void updateWebhook(String groupId, String policyId, String webhookId, @Nullable String name,
            @Nullable Map<String, String> metadata) {
        if (name != null) {
            AutoScaleLimits.text(name, "name");
        }
        Map<String, String> checked = metadata == null ? null : AutoScaleLimits.metadata(metadata, "metadata");
        replaceWebhook(groupId, policyId, webhookId, current -> webhookBody(
                name != null ? name : String.valueOf(current.name()), checked != null ? checked : current.metadata()));
    }

    /**
     * pyrax's {@code au.update_webhook_metadata(sg, policy, webhook, metadata)}: adds or changes
     * pairs, keeping the others.
     *
     * @param groupId the group's id
     * @param policyId the policy's id
     * @param webhookId the webhook's id
     * @param metadata the pairs to set
     */
    public void updateWebhookMetadata(String groupId, String policyId, String webhookId, Map<String, String> metadata) {
        Map<String, String> checked = AutoScaleLimits.metadata(metadata, "metadata");
        replaceWebhook(groupId, policyId, webhookId, current -> {
            Map<String, String> merged = new LinkedHashMap<>(current.metadata());
            merged.putAll(checked);
            return webhookBody(String.valueOf(current.name()), merged);
        });
    }

    private void replaceWebhook(String groupId, String policyId, String webhookId, Function<Webhook, ObjectNode> body) {
        Webhook current = getWebhook(groupId, policyId, webhookId);
        ObjectNode replacement = body.apply(current);
        block(send(HttpMethod.PUT, "updateWebhook", request -> request.path(
                "/groups/{id}/policies/{policy}/webhooks/{webhook}", groupId, policyId, webhookId)
                .jsonBody(Json.write(replacement))));
    }

    /**
     * pyrax's {@code au.delete_webhook(sg, policy, webhook)}: its capability URL stops working.
     *
     * @param groupId the group's id
     * @param policyId the policy's id
     * @param webhookId the webhook's id
     */
    public void deleteWebhook(String groupId, String policyId, String webhookId) {
        String id = AutoScaleLimits.text(groupId, "groupId");
        String policy = AutoScaleLimits.text(policyId, "policyId");
        String webhook = AutoScaleLimits.text(webhookId, "webhookId");
        block(send(HttpMethod.DELETE, "deleteWebhook",
                request -> request.path("/groups/{id}/policies/{policy}/webhooks/{webhook}", id, policy, webhook)));
    }

    private static ObjectNode webhookBody(String name, Map<String, String> metadata) {
        ObjectNode webhook = Json.object();
        webhook.put("name", name);
        // Auto Scale wants the metadata even when empty
        webhook.set("metadata", stringMap(metadata));
        return webhook;
    }

    // ---------------------------------------------------------------- health

    /** The health entry's read: one group at most (a cheap GET that proves the token and endpoint). */
    private Mono<Map<String, Object>> healthDetails() {
        return client.exchange(client.request(HttpMethod.GET, "listScalingGroups").path("/groups").query("limit", 1))
                .map(response -> {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("region", String.valueOf(client.region()));
                    details.put("interface", client.endpointInterface());
                    return details;
                });
    }

    @Override
    public String toString() {
        return "AutoScale[region=" + client.region() + ", interface=" + client.endpointInterface() + "]";
    }

    // ---------------------------------------------------------------- plumbing

    private Mono<ApiResponse> send(HttpMethod method, String operation, Function<ApiRequest.Builder, ApiRequest.Builder> spec) {
        return client.exchange(spec.apply(client.request(method, operation)));
    }

    private static ApiResponse block(Mono<ApiResponse> response) {
        return Transport.blockValue(response);
    }

    static ObjectNode stringMap(Map<String, String> values) {
        ObjectNode node = Json.object();
        values.forEach(node::put);
        return node;
    }
}
