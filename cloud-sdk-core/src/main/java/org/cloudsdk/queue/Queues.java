package org.cloudsdk.queue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import org.cloudsdk.config.Setting;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.RequestBody;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.Page;
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
 * Queues (pyrax's {@code pyrax.queues}): queues, messages, claims, statistics, in one region,
 * over Rackspace Cloud Queues v1 (catalog type {@code rax:queues}) or OpenStack Zaqar v2
 * ({@code messaging}), read from the endpoint the catalog gives; one Java API for both. Zaqar's
 * queue subscriptions are offered too. Reached from a context:
 *
 * <pre>{@code
 * Queues pq = ctx.queues().withClientId(UUID.randomUUID());
 * Queue queue = pq.create("my_unique_queue");
 * queue.postMessage("hello", 300);
 * QueueClaim claim = queue.claimMessages(300, 60, 5);
 * claim.messages().forEach(QueueMessage::delete);
 * }</pre>
 *
 * <p>Client id: message and claim calls need a canonical UUID naming this client (pyrax's
 * {@code client_id}); without one they raise {@link QueueClientIdNotDefinedException} before any
 * request. Queue calls work without it: Zaqar wants a {@code Client-ID} header on every request,
 * so they send one generated once per client.
 *
 * <p>Every limit of pyrax's chapter is checked before a request with an
 * {@link IllegalArgumentException} naming the parameter: message TTL 60 to 1,209,600 s, claim TTL
 * and grace 60 to 43,200 s, at most 20 messages a claim or a page, 256 KB a post.
 *
 * <p>Thread-safe; immutable ({@link #withClientId(UUID)} gives a twin).
 */
public final class Queues {

    /** The registration of queues: {@code ctx.queues()}, the starter's bean and health entry. */
    public static final ServiceDefinition<Queues> SERVICE = ServiceDefinition
            .builder("queues", ServiceType.QUEUES, Queues.class, Queues::create)
            .healthCheck(Queues::healthDetails)
            .build();

    private static final String CLIENT_ID = "Client-ID";
    private static final String JSON_PATCH = "application/openstack-messaging-v2.0-json-patch";

    private final ServiceClient client;
    private final @Nullable UUID clientId;
    private final UUID generatedId;
    private final ApiResolver api;

    Queues(ServiceClient client, @Nullable UUID clientId) {
        this(client, clientId, UUID.randomUUID(), new ApiResolver());
    }

    private Queues(ServiceClient client, @Nullable UUID clientId, UUID generatedId, ApiResolver api) {
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.clientId = clientId;
        this.generatedId = generatedId;
        this.api = api;
    }

    private static Queues create(ServiceContext context) {
        return new Queues(context.client(), context.setting(Setting.QUEUE_CLIENT_ID).map(QueueLimits::clientId)
                .orElse(null));
    }

    /**
     * pyrax's {@code pq.client_id = ...}: a client of the same endpoint identified by this id.
     *
     * @param id the client's id
     * @return the twin with it
     */
    public Queues withClientId(UUID id) {
        return new Queues(client, Objects.requireNonNull(id, "id must not be null"), generatedId, api);
    }

    /**
     * @param id a UUID in its canonical form ({@code 3381af92-2b9e-11e3-b191-71861300734c})
     * @return the twin with it
     * @throws IllegalArgumentException when it is not a canonical UUID
     */
    public Queues withClientId(String id) {
        return withClientId(QueueLimits.clientId(id));
    }

    /** @return the client id message calls are made with, if set */
    public Optional<UUID> clientId() {
        return Optional.ofNullable(clientId);
    }

    /** @return the underlying service client (endpoint, region, raw requests) */
    public ServiceClient client() {
        return client;
    }

    /**
     * @return {@code v1} (Cloud Queues) or {@code v2} (Zaqar), read from the endpoint (resolving
     *     it, which may authenticate)
     */
    public String apiVersion() {
        return api().version();
    }

    // ---------------------------------------------------------------- queues

    /**
     * pyrax's {@code pq.create(name)}.
     *
     * @param name 1 to 64 letters, digits, {@code _} or {@code -}
     * @return the new queue
     * @throws DuplicateQueueException when a queue of that name exists
     */
    public Queue create(String name) {
        String checked = QueueLimits.queueName(name);
        ApiResponse response = call(HttpMethod.PUT, "createQueue", false,
                (api, request) -> request.path(api.path("/queues/{name}"), checked));
        if (response.status() == 204) {
            throw new DuplicateQueueException(checked);
        }
        return queue(checked);
    }

    /**
     * pyrax's {@code pq.queue_exists(name)}. On Zaqar, which answers a read of any name, the
     * queue listing is searched.
     *
     * @param name the queue's name
     * @return whether it exists
     */
    public boolean queueExists(String name) {
        String checked = QueueLimits.queueName(name);
        if (api().zaqar()) {
            return scanQueues(queue -> queue.name().equals(checked)).stream()
                    .anyMatch(queue -> queue.name().equals(checked));
        }
        try {
            call(HttpMethod.GET, "queueExists", false, (api, request) -> request.path(api.path("/queues/{name}"), checked));
            return true;
        } catch (NotFoundException absent) {
            return false;
        }
    }

    /**
     * pyrax's {@code pq.get(name)}.
     *
     * @param name the queue's name
     * @return the queue
     * @throws NotFoundException when there is none of that name
     */
    public Queue get(String name) {
        return Transport.blockValue(getAsync(name));
    }

    Mono<Queue> getAsync(String name) {
        String checked = QueueLimits.queueName(name);
        return Mono.fromCallable(() -> {
            if (!queueExists(checked)) {
                throw new NotFoundException("no queue named '" + checked + "'");
            }
            return queue(checked);
        });
    }

    /**
     * pyrax's {@code pq.list()}: every queue of the region, fetched page by page. A page that
     * brings no queue not seen already ends the listing: Zaqar's Redis catalog answers the marker
     * of its first queue with the first page again.
     *
     * @return the queues, each once
     */
    public List<Queue> list() {
        return scanQueues(queue -> false);
    }

    /**
     * The lazy form of {@link #list()}: pages are fetched as iteration reaches them. It reports a
     * server that sends a page's marker again as an error (see {@link #list()}).
     *
     * @return the listing
     */
    public Listing<Queue> queues() {
        QueueApi api = api();
        return Listing.builder(client, "listQueues", PagingScheme.linkMarker(), json -> new Queue(this, json))
                .path(api.path("/queues")).items("queues").noContentAsEmpty()
                .header(CLIENT_ID, anyClientId()).build();
    }

    /**
     * pyrax's {@code pq.delete(queue)}: deletes the queue and its messages.
     *
     * @param name the queue's name
     */
    public void delete(String name) {
        String checked = QueueLimits.queueName(name);
        call(HttpMethod.DELETE, "deleteQueue", false, (api, request) -> request.path(api.path("/queues/{name}"), checked));
    }

    /**
     * pyrax's {@code pq.get_metadata(queue)}. Zaqar adds its own settings, named with a leading
     * {@code _}.
     *
     * @param name the queue's name
     * @return the metadata
     */
    public ObjectNode getMetadata(String name) {
        String checked = QueueLimits.queueName(name);
        JsonNode body = call(HttpMethod.GET, "getQueueMetadata", false, (api, request) -> request.path(
                api.path(api.zaqar() ? "/queues/{name}" : "/queues/{name}/metadata"), checked)).json();
        return body.isObject() ? (ObjectNode) body : Json.object();
    }

    /**
     * pyrax's {@code pq.set_metadata(queue, metadata, clear=True)}: the queue's metadata becomes
     * this. On Zaqar, its own settings (names starting with {@code _}) are kept unless given.
     *
     * @param name the queue's name
     * @param metadata the whole new metadata
     */
    public void setMetadata(String name, ObjectNode metadata) {
        String checked = QueueLimits.queueName(name);
        Objects.requireNonNull(metadata, "metadata must not be null");
        if (!api().zaqar()) {
            call(HttpMethod.PUT, "setQueueMetadata", false, (api, request) -> request
                    .path(api.path("/queues/{name}/metadata"), checked).jsonBody(Json.write(metadata)));
            return;
        }
        ArrayNode patch = Json.array();
        getMetadata(checked).propertyNames().stream()
                .filter(key -> !key.startsWith("_") && !metadata.has(key))
                .forEach(key -> patch.addObject().put("op", "remove").put("path", "/metadata/" + pointer(key)));
        metadata.properties().forEach(field -> patch.addObject().put("op", "add")
                .put("path", "/metadata/" + pointer(field.getKey())).set("value", field.getValue().deepCopy()));
        if (!patch.isEmpty()) {
            call(HttpMethod.PATCH, "setQueueMetadata", false, (api, request) -> request
                    .path(api.path("/queues/{name}"), checked).body(RequestBody.text(Json.write(patch), JSON_PATCH)));
        }
    }

    /**
     * pyrax's {@code pq.get_stats(queue)}.
     *
     * @param name the queue's name
     * @return its message counts and oldest and newest messages
     */
    public QueueStats getStats(String name) {
        String checked = QueueLimits.queueName(name);
        return new QueueStats(call(HttpMethod.GET, "getQueueStats", false,
                (api, request) -> request.path(api.path("/queues/{name}/stats"), checked)).json());
    }

    // ---------------------------------------------------------------- messages

    /**
     * pyrax's {@code pq.post_message(queue, body, ttl)}.
     *
     * @param queue the queue's name
     * @param body the body, any JSON value
     * @param ttl seconds the message lives, 60 to 1,209,600
     * @return the posted message (id, body, ttl)
     */
    public QueueMessage postMessage(String queue, JsonNode body, int ttl) {
        return postMessages(queue, List.of(MessageToPost.of(body, ttl))).get(0);
    }

    /**
     * @param queue the queue's name
     * @param body the body, sent as a JSON string
     * @param ttl seconds the message lives, 60 to 1,209,600
     * @return the posted message (id, body, ttl)
     */
    public QueueMessage postMessage(String queue, String body, int ttl) {
        return postMessages(queue, List.of(MessageToPost.of(body, ttl))).get(0);
    }

    /**
     * Posts several messages in one request.
     *
     * @param queue the queue's name
     * @param messages at least one, 256 KB in all at most
     * @return the posted messages (id, body, ttl), in order
     */
    public List<QueueMessage> postMessages(String queue, List<MessageToPost> messages) {
        String checked = QueueLimits.queueName(queue);
        Objects.requireNonNull(messages, "messages must not be null");
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("messages must hold at least one message");
        }
        UUID id = requireClientId("postMessages");
        ArrayNode array = Json.array();
        messages.forEach(message -> array.add(Objects.requireNonNull(message, "messages must not hold null").toJson()));
        QueueApi api = api();
        String body;
        if (api.zaqar()) {
            ObjectNode wrapped = Json.object();
            wrapped.set("messages", array);
            body = Json.write(wrapped);
        } else {
            body = Json.write(array);
        }
        QueueLimits.postSize(body.getBytes(StandardCharsets.UTF_8).length);
        JsonNode answer = call(HttpMethod.POST, "postMessages", id,
                (a, request) -> request.path(a.path("/queues/{name}/messages"), checked).jsonBody(body)).json();
        JsonNode resources = answer.path("resources");
        if (resources.size() != messages.size()) {
            throw new org.cloudsdk.errors.CloudException("queues.postMessages: posted " + messages.size()
                    + " messages but the service listed " + resources.size() + " (partial post): " + answer);
        }
        List<QueueMessage> posted = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            ObjectNode json = messages.get(i).toJson();
            String href = resources.get(i).asString();
            json.put("href", href);
            json.put("id", QueueMessage.idFromHref(href));
            posted.add(new QueueMessage(this, checked, json));
        }
        return List.copyOf(posted);
    }

    /**
     * pyrax's {@code pq.list_messages(queue)}: one page, the defaults (no echo, unclaimed, 10).
     *
     * @param queue the queue's name
     * @return the messages
     */
    public List<QueueMessage> listMessages(String queue) {
        return listMessages(queue, MessageListOptions.defaults());
    }

    /**
     * pyrax's {@code pq.list_messages(queue, echo, include_claimed, marker, limit)}: one page.
     *
     * @param queue the queue's name
     * @param options echo, include claimed, marker, limit
     * @return at most {@code limit} messages
     */
    public List<QueueMessage> listMessages(String queue, MessageListOptions options) {
        return messages(queue, options).firstPage().items();
    }

    /**
     * Every message from the options' marker on, fetched a page of {@code limit} at a time
     * through the service's next links.
     *
     * @param queue the queue's name
     * @param options echo, include claimed, start and page size
     * @return the listing; nothing is fetched until it is iterated
     */
    public Listing<QueueMessage> messages(String queue, MessageListOptions options) {
        String checked = QueueLimits.queueName(queue);
        Objects.requireNonNull(options, "options must not be null");
        UUID id = requireClientId("listMessages");
        Listing.Builder<QueueMessage> listing = Listing.builder(client, "listMessages", PagingScheme.linkMarker()
                .withMaxLimit(QueueLimits.PAGE_MAX), json -> new QueueMessage(this, checked, json))
                .path(api().path("/queues/{name}/messages"), checked).items("messages").noContentAsEmpty()
                .header(CLIENT_ID, id).limit(options.limit()).marker(options.marker().orElse(null));
        if (options.echo()) {
            listing.query("echo", "true");
        }
        if (options.includeClaimed()) {
            listing.query("include_claimed", "true");
        }
        return listing.build();
    }

    /**
     * @param queue the queue's name
     * @param messageId the message's id
     * @return the message
     * @throws NotFoundException when there is no such message
     */
    public QueueMessage getMessage(String queue, String messageId) {
        return Transport.blockValue(getMessageAsync(queue, messageId));
    }

    Mono<QueueMessage> getMessageAsync(String queue, String messageId) {
        String checked = QueueLimits.queueName(queue);
        String message = QueueLimits.id(messageId, "messageId");
        UUID id = requireClientId("getMessage");
        return send(HttpMethod.GET, "getMessage", id, (api, request) -> request
                .path(api.path("/queues/{name}/messages/{id}"), checked, message))
                .map(response -> new QueueMessage(this, checked, response.json()));
    }

    /**
     * pyrax's {@code queue.list_by_ids(ids)}.
     *
     * @param queue the queue's name
     * @param messageIds 1 to 20 ids
     * @return those of the messages that exist
     */
    public List<QueueMessage> listMessagesByIds(String queue, Collection<String> messageIds) {
        String checked = QueueLimits.queueName(queue);
        List<String> ids = QueueLimits.ids(messageIds, "messageIds");
        UUID id = requireClientId("listMessagesByIds");
        ApiResponse response = call(HttpMethod.GET, "listMessagesByIds", id, (api, request) -> ids(request
                .path(api.path("/queues/{name}/messages"), checked), ids));
        return readMessages(checked, response);
    }

    /**
     * pyrax's {@code queue.delete_message(msg_id)} for an unclaimed message.
     *
     * @param queue the queue's name
     * @param messageId the message's id
     */
    public void deleteMessage(String queue, String messageId) {
        deleteMessage(queue, messageId, null);
    }

    /**
     * pyrax's {@code msg.delete(claim_id)}: the service deletes a claimed message only with the
     * id of its claim.
     *
     * @param queue the queue's name
     * @param messageId the message's id
     * @param claimId the claim it is under, or null when it is not claimed
     */
    public void deleteMessage(String queue, String messageId, @Nullable String claimId) {
        String checked = QueueLimits.queueName(queue);
        String message = QueueLimits.id(messageId, "messageId");
        String claim = claimId == null ? null : QueueLimits.id(claimId, "claimId");
        UUID id = requireClientId("deleteMessage");
        call(HttpMethod.DELETE, "deleteMessage", id, (api, request) -> request
                .path(api.path("/queues/{name}/messages/{id}"), checked, message).query("claim_id", claim));
    }

    /**
     * pyrax's {@code queue.delete_by_ids(ids)}: deletes unclaimed messages in one request.
     *
     * @param queue the queue's name
     * @param messageIds 1 to 20 ids
     */
    public void deleteMessagesByIds(String queue, Collection<String> messageIds) {
        String checked = QueueLimits.queueName(queue);
        List<String> ids = QueueLimits.ids(messageIds, "messageIds");
        UUID id = requireClientId("deleteMessagesByIds");
        call(HttpMethod.DELETE, "deleteMessagesByIds", id, (api, request) -> ids(request
                .path(api.path("/queues/{name}/messages"), checked), ids));
    }

    // ---------------------------------------------------------------- claims

    /**
     * pyrax's {@code pq.claim_messages(queue, ttl, grace)}: claims up to 10 messages.
     *
     * @param queue the queue's name
     * @param ttl how long the claim lasts, 60 to 43,200 seconds
     * @param grace how long claimed messages outlive the claim at least, 60 to 43,200 seconds
     * @return the claim; empty ({@link QueueClaim#isEmpty()}) when there was nothing to claim
     */
    public QueueClaim claimMessages(String queue, int ttl, int grace) {
        return claimMessages(queue, ttl, grace, QueueLimits.DEFAULT_COUNT);
    }

    /**
     * pyrax's {@code pq.claim_messages(queue, ttl, grace, count)}.
     *
     * @param queue the queue's name
     * @param ttl how long the claim lasts, 60 to 43,200 seconds
     * @param grace how long claimed messages outlive the claim at least, 60 to 43,200 seconds
     * @param count how many messages at most, 1 to 20
     * @return the claim; empty ({@link QueueClaim#isEmpty()}) when there was nothing to claim
     */
    public QueueClaim claimMessages(String queue, int ttl, int grace, int count) {
        String checked = QueueLimits.queueName(queue);
        QueueLimits.claimTtl(ttl);
        QueueLimits.grace(grace);
        QueueLimits.count(count);
        UUID id = requireClientId("claimMessages");
        ObjectNode body = Json.object().put("ttl", ttl).put("grace", grace);
        ApiResponse response = call(HttpMethod.POST, "claimMessages", id, (api, request) -> request
                .path(api.path("/queues/{name}/claims"), checked).query("limit", count).jsonBody(Json.write(body)));
        ObjectNode claim = Json.object().put("ttl", ttl).put("grace", grace);
        ArrayNode messages = claim.putArray("messages");
        if (response.status() != 204 && response.body().length > 0) {
            JsonNode answer = response.json();
            (answer.isArray() ? answer : answer.path("messages")).forEach(message -> messages.add(message.deepCopy()));
            String location = response.header("Location").orElse(null);
            String claimId = location != null ? QueueMessage.idFromHref(location)
                    : messages.isEmpty() ? null : QueueMessage.queryValue(messages.get(0).path("href").asString(), "claim_id");
            if (claimId != null) {
                claim.put("id", claimId);
            }
            if (location != null) {
                claim.put("href", location);
            }
        }
        return new QueueClaim(this, checked, claim);
    }

    /**
     * pyrax's {@code pq.get_claim(queue, claim_id)} (and {@code claim.reload()}).
     *
     * @param queue the queue's name
     * @param claimId the claim's id
     * @return the claim as it is now
     * @throws NotFoundException when it expired or was released
     */
    public QueueClaim getClaim(String queue, String claimId) {
        return Transport.blockValue(getClaimAsync(queue, claimId));
    }

    Mono<QueueClaim> getClaimAsync(String queue, String claimId) {
        String checked = QueueLimits.queueName(queue);
        String claim = QueueLimits.id(claimId, "claimId");
        UUID id = requireClientId("getClaim");
        return send(HttpMethod.GET, "getClaim", id, (api, request) -> request
                .path(api.path("/queues/{name}/claims/{id}"), checked, claim))
                .map(response -> {
                    ObjectNode json = response.json().isObject() ? ((ObjectNode) response.json()).deepCopy() : Json.object();
                    json.put("id", claim);
                    return new QueueClaim(this, checked, json);
                });
    }

    /**
     * pyrax's {@code pq.update_claim(queue, claim, ttl, grace)}: renews the claim, restarting its
     * TTL.
     *
     * @param queue the queue's name
     * @param claimId the claim's id
     * @param ttl the new lifetime, 60 to 43,200 seconds, or null to keep it
     * @param grace the new grace period, 60 to 43,200 seconds, or null to keep it
     * @throws IllegalArgumentException when both are null or one is out of range
     */
    public void updateClaim(String queue, String claimId, @Nullable Integer ttl, @Nullable Integer grace) {
        String checked = QueueLimits.queueName(queue);
        String claim = QueueLimits.id(claimId, "claimId");
        if (ttl == null && grace == null) {
            throw new IllegalArgumentException("ttl or grace must be given to update a claim");
        }
        ObjectNode body = Json.object();
        if (ttl != null) {
            body.put("ttl", QueueLimits.claimTtl(ttl));
        }
        if (grace != null) {
            body.put("grace", QueueLimits.grace(grace));
        }
        UUID id = requireClientId("updateClaim");
        call(HttpMethod.PATCH, "updateClaim", id, (api, request) -> request
                .path(api.path("/queues/{name}/claims/{id}"), checked, claim).jsonBody(Json.write(body)));
    }

    /**
     * pyrax's {@code pq.release_claim(queue, claim)}: its messages become claimable at once.
     *
     * @param queue the queue's name
     * @param claimId the claim's id
     */
    public void releaseClaim(String queue, String claimId) {
        String checked = QueueLimits.queueName(queue);
        String claim = QueueLimits.id(claimId, "claimId");
        UUID id = requireClientId("releaseClaim");
        call(HttpMethod.DELETE, "releaseClaim", id, (api, request) -> request
                .path(api.path("/queues/{name}/claims/{id}"), checked, claim));
    }

    // ---------------------------------------------------------------- subscriptions (Zaqar)

    /**
     * Subscribes a URL to a queue (Zaqar v2): each message posted is pushed to it.
     *
     * @param queue the queue's name
     * @param subscriber {@code http(s)://...}, {@code mailto:...} or {@code trust+http(s)://...}
     * @param ttl seconds the subscription lives, at least 60
     * @param options the subscription's options (may be empty)
     * @return the subscription (id, subscriber, ttl, options)
     * @throws UnsupportedOperationException on Cloud Queues v1, which has no subscriptions
     */
    public QueueSubscription createSubscription(String queue, String subscriber, int ttl, ObjectNode options) {
        String checked = QueueLimits.queueName(queue);
        String target = QueueLimits.id(subscriber, "subscriber");
        if (!target.matches("(?i)(https?|mailto|trust\\+https?):.+")) {
            throw new IllegalArgumentException("subscriber must be an http(s), mailto or trust+http(s) URI, was '"
                    + subscriber + "'");
        }
        if (ttl < QueueLimits.MESSAGE_TTL_MIN) {
            throw new IllegalArgumentException("ttl must be at least " + QueueLimits.MESSAGE_TTL_MIN + ", was " + ttl);
        }
        Objects.requireNonNull(options, "options must not be null");
        requireZaqar("createSubscription");
        ObjectNode body = Json.object().put("subscriber", target).put("ttl", ttl);
        body.set("options", options.deepCopy());
        JsonNode answer = call(HttpMethod.POST, "createSubscription", false, (api, request) -> request
                .path(api.path("/queues/{name}/subscriptions"), checked).jsonBody(Json.write(body))).json();
        ObjectNode json = body.deepCopy();
        json.put("id", answer.path("subscription_id").stringValue(null));
        json.put("source", checked);
        return new QueueSubscription(this, checked, json);
    }

    /**
     * @param queue the queue's name
     * @return its subscriptions (Zaqar v2), fetched page by page
     * @throws UnsupportedOperationException on Cloud Queues v1
     */
    public List<QueueSubscription> listSubscriptions(String queue) {
        String checked = QueueLimits.queueName(queue);
        requireZaqar("listSubscriptions");
        return Listing.builder(client, "listSubscriptions", PagingScheme.linkMarker(),
                json -> new QueueSubscription(this, checked, json))
                .path(api().path("/queues/{name}/subscriptions"), checked).items("subscriptions").noContentAsEmpty()
                .header(CLIENT_ID, anyClientId()).build().stream().toList();
    }

    /**
     * @param queue the queue's name
     * @param subscriptionId the subscription's id
     * @return the subscription (Zaqar v2)
     * @throws UnsupportedOperationException on Cloud Queues v1
     */
    public QueueSubscription getSubscription(String queue, String subscriptionId) {
        return Transport.blockValue(getSubscriptionAsync(queue, subscriptionId));
    }

    Mono<QueueSubscription> getSubscriptionAsync(String queue, String subscriptionId) {
        String checked = QueueLimits.queueName(queue);
        String subscription = QueueLimits.id(subscriptionId, "subscriptionId");
        requireZaqar("getSubscription");
        return send(HttpMethod.GET, "getSubscription", anyClientId(), (api, request) -> request
                .path(api.path("/queues/{name}/subscriptions/{id}"), checked, subscription))
                .map(response -> new QueueSubscription(this, checked, response.json()));
    }

    /**
     * @param queue the queue's name
     * @param subscriptionId the subscription to delete (Zaqar v2)
     * @throws UnsupportedOperationException on Cloud Queues v1
     */
    public void deleteSubscription(String queue, String subscriptionId) {
        String checked = QueueLimits.queueName(queue);
        String subscription = QueueLimits.id(subscriptionId, "subscriptionId");
        requireZaqar("deleteSubscription");
        call(HttpMethod.DELETE, "deleteSubscription", false, (api, request) -> request
                .path(api.path("/queues/{name}/subscriptions/{id}"), checked, subscription));
    }

    // ---------------------------------------------------------------- internals

    private Mono<Map<String, Object>> healthDetails() {
        return api.resolve(client).flatMap(api -> client.exchange(client.request(HttpMethod.GET, "listQueues")
                .path(api.path("/queues")).query("limit", 1).header(CLIENT_ID, anyClientId()))
                .map(response -> {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("region", String.valueOf(client.region()));
                    details.put("interface", client.endpointInterface());
                    details.put("api", api.version());
                    return details;
                }));
    }

    /** Zaqar splits repeated {@code ids}; a comma would be sent encoded, which it takes as part of an id. */
    private static ApiRequest.Builder ids(ApiRequest.Builder request, List<String> ids) {
        ids.forEach(id -> request.query("ids", id));
        return request;
    }

    /** The queues up to the first that {@code stop} accepts (then only it), or all of them. */
    private List<Queue> scanQueues(java.util.function.Predicate<Queue> stop) {
        Map<String, Queue> seen = new LinkedHashMap<>();
        Page<Queue> page = queues().firstPage();
        while (true) {
            boolean added = false;
            for (Queue queue : page.items()) {
                if (stop.test(queue)) {
                    return List.of(queue);
                }
                added |= seen.putIfAbsent(queue.name(), queue) == null;
            }
            if (!added || !page.hasNext()) {
                return List.copyOf(seen.values());
            }
            page = page.nextPage();
        }
    }

    private Queue queue(String name) {
        return new Queue(this, Json.object().put("name", name));
    }

    private List<QueueMessage> readMessages(String queue, ApiResponse response) {
        if (response.status() == 204 || response.body().length == 0) {
            return List.of();
        }
        JsonNode answer = response.json();
        List<QueueMessage> messages = new ArrayList<>();
        (answer.isArray() ? answer : answer.path("messages")).forEach(json -> messages.add(new QueueMessage(this, queue, json)));
        return List.copyOf(messages);
    }

    private QueueApi api() {
        return Transport.blockValue(api.resolve(client));
    }

    private UUID requireClientId(String operation) {
        if (clientId == null) {
            throw new QueueClientIdNotDefinedException("queues." + operation);
        }
        return clientId;
    }

    private UUID anyClientId() {
        return clientId != null ? clientId : generatedId;
    }

    private void requireZaqar(String operation) {
        if (!api().zaqar()) {
            throw new UnsupportedOperationException("queues." + operation
                    + ": subscriptions are a Zaqar v2 feature; this endpoint serves Cloud Queues v1");
        }
    }

    private ApiResponse call(HttpMethod method, String operation, boolean needsClientId,
            BiFunction<QueueApi, ApiRequest.Builder, ApiRequest.Builder> spec) {
        UUID id = needsClientId ? requireClientId(operation) : anyClientId();
        return call(method, operation, id, spec);
    }

    private ApiResponse call(HttpMethod method, String operation, UUID id,
            BiFunction<QueueApi, ApiRequest.Builder, ApiRequest.Builder> spec) {
        return Transport.blockValue(send(method, operation, id, spec));
    }

    private Mono<ApiResponse> send(HttpMethod method, String operation, UUID id,
            BiFunction<QueueApi, ApiRequest.Builder, ApiRequest.Builder> spec) {
        return api.resolve(client).flatMap(api -> client.exchange(
                spec.apply(api, client.request(method, operation)).header(CLIENT_ID, id)));
    }

    /** A JSON pointer segment: {@code ~} and {@code /} escaped (RFC 6901). */
    private static String pointer(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Reads the wire version once per endpoint, shared by a client and its twins. */
    private static final class ApiResolver {
        private volatile @Nullable QueueApi resolved;

        Mono<QueueApi> resolve(ServiceClient client) {
            QueueApi known = resolved;
            if (known != null) {
                return Mono.just(known);
            }
            return client.endpointUrlAsync().map(url -> {
                QueueApi api = QueueApi.of(url);
                resolved = api;
                return api;
            });
        }
    }
}
