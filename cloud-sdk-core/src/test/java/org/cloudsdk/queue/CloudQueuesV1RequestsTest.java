package org.cloudsdk.queue;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.cloudsdk.http.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rackspace Cloud Queues v1: the exact request of every operation (bare JSON arrays of messages,
 * the {@code Client-ID} header) and answers shaped like the API reference's.
 */
class CloudQueuesV1RequestsTest {

    private static final String MESSAGE = """
            {"href": "/v1/queues/demo/messages/51db6f78c508f17ddc924357?claim_id=a28ee94e-6cb4-11e2-b4d5-7703267a7926",
             "ttl": 800, "age": 790, "body": {"event": "ActivateAccount", "mode": "active"}}""";

    private final QueuesStub stub = QueuesStub.cloudQueues();

    @AfterEach
    void close() {
        stub.close();
    }

    @Test
    void createPutsTheQueueAndA204MeansItExisted() {
        stub.server.stubFor(put(urlEqualTo(stub.path("/queues/demo"))).willReturn(aResponse().withStatus(201)));
        stub.server.stubFor(put(urlEqualTo(stub.path("/queues/taken"))).willReturn(noContent()));

        Queue queue = stub.queues().create("demo");

        assertThat(queue.name()).isEqualTo("demo");
        stub.server.verify(putRequestedFor(urlEqualTo(stub.path("/queues/demo")))
                .withHeader("Client-ID", equalTo(QueuesStub.CLIENT_ID)));
        assertThatThrownBy(() -> stub.queues().create("taken")).isInstanceOf(DuplicateQueueException.class)
                .hasMessageContaining("'taken' already exists");
    }

    @Test
    void queueCallsWithoutAClientIdSendOneGeneratedOncePerClient() {
        stub.server.stubFor(get(urlEqualTo(stub.path("/queues/demo"))).willReturn(noContent()));
        Queues anonymous = stub.anonymous();

        assertThat(anonymous.queueExists("demo")).isTrue();
        assertThat(anonymous.queueExists("demo")).isTrue();

        List<String> ids = stub.requests().stream().map(request -> request.getHeader("Client-ID")).toList();
        assertThat(ids).hasSize(2).doesNotContainNull();
        assertThat(ids.get(0)).matches("[0-9a-f-]{36}").isEqualTo(ids.get(1));
    }

    @Test
    void existsReadsTheQueueAndGetNeedsIt() {
        stub.server.stubFor(get(urlEqualTo(stub.path("/queues/demo"))).willReturn(noContent()));
        stub.server.stubFor(get(urlEqualTo(stub.path("/queues/gone"))).willReturn(notFound()));

        assertThat(stub.queues().queueExists("demo")).isTrue();
        assertThat(stub.queues().queueExists("gone")).isFalse();
        assertThat(stub.queues().get("demo").name()).isEqualTo("demo");
        assertThatThrownBy(() -> stub.queues().get("gone")).isInstanceOf(org.cloudsdk.errors.NotFoundException.class);
    }

    @Test
    void listFollowsTheNextLinksMarkerUntilA204() {
        stub.server.stubFor(get(urlEqualTo(stub.path("/queues"))).willReturn(okJson("""
                {"queues": [{"href": "/v1/queues/alpha", "name": "alpha"}, {"href": "/v1/queues/beta", "name": "beta"}],
                 "links": [{"rel": "next", "href": "/v1/queues?marker=beta"}]}""")));
        stub.server.stubFor(get(urlEqualTo(stub.path("/queues?marker=beta"))).willReturn(noContent()));

        assertThat(stub.queues().list()).extracting(Queue::name).containsExactly("alpha", "beta");
        assertThat(stub.queues().queues().stream().map(Queue::href).toList())
                .containsExactly("/v1/queues/alpha", "/v1/queues/beta");
    }

    @Test
    void deleteMetadataAndStats() {
        stub.server.stubFor(delete(urlEqualTo(stub.path("/queues/demo"))).willReturn(noContent()));
        stub.server.stubFor(get(urlEqualTo(stub.path("/queues/demo/metadata")))
                .willReturn(okJson("{\"_default_ttl\": 3600, \"color\": \"red\"}")));
        stub.server.stubFor(put(urlEqualTo(stub.path("/queues/demo/metadata"))).willReturn(noContent()));
        stub.server.stubFor(get(urlEqualTo(stub.path("/queues/demo/stats"))).willReturn(okJson("""
                {"messages": {"claimed": 10, "free": 5, "total": 15,
                  "oldest": {"age": 12, "created": "2013-08-12T20:44:55Z", "href": "/v1/queues/demo/messages/52094b"},
                  "newest": {"age": 1, "created": "2013-08-12T20:45:06Z", "href": "/v1/queues/demo/messages/52094c"}}}""")));

        Queues queues = stub.queues();
        assertThat(queues.getMetadata("demo").path("color").asString()).isEqualTo("red");
        queues.setMetadata("demo", Json.object().put("color", "blue"));
        QueueStats stats = queues.getStats("demo");
        queues.delete("demo");

        stub.server.verify(putRequestedFor(urlEqualTo(stub.path("/queues/demo/metadata")))
                .withRequestBody(equalToJson("{\"color\": \"blue\"}")));
        stub.server.verify(deleteRequestedFor(urlEqualTo(stub.path("/queues/demo"))));
        assertThat(stats.claimed()).isEqualTo(10);
        assertThat(stats.free()).isEqualTo(5);
        assertThat(stats.total()).isEqualTo(15);
        assertThat(stats.oldest()).hasValueSatisfying(oldest -> {
            assertThat(oldest.id()).contains("52094b");
            assertThat(oldest.age()).isEqualTo(Duration.ofSeconds(12));
            assertThat(oldest.created()).hasValueSatisfying(at -> assertThat(at).hasToString("2013-08-12T20:44:55Z"));
        });
        assertThat(stats.newest()).hasValueSatisfying(newest -> assertThat(newest.id()).contains("52094c"));
    }

    @Test
    void postSendsABareArrayAndReadsTheResourcesIds() {
        stub.server.stubFor(post(urlEqualTo(stub.path("/queues/demo/messages"))).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                        {"partial": false, "resources": ["/v1/queues/demo/messages/51db6f78c508f17ddc924357",
                         "/v1/queues/demo/messages/51db6f78c508f17ddc924358"]}""")));

        List<QueueMessage> posted = stub.queues().postMessages("demo", List.of(
                MessageToPost.of(Json.object().put("event", "BackupStarted"), 300), MessageToPost.of("hello", 60)));

        stub.server.verify(postRequestedFor(urlEqualTo(stub.path("/queues/demo/messages")))
                .withHeader("Client-ID", equalTo(QueuesStub.CLIENT_ID))
                .withRequestBody(equalToJson("""
                        [{"ttl": 300, "body": {"event": "BackupStarted"}}, {"ttl": 60, "body": "hello"}]""")));
        assertThat(posted).extracting(QueueMessage::id).containsExactly("51db6f78c508f17ddc924357", "51db6f78c508f17ddc924358");
        assertThat(posted.get(1).body().asString()).isEqualTo("hello");
        assertThat(posted.get(0).ttl()).isEqualTo(300);
        assertThat(posted.get(0).claimId()).isEmpty();
    }

    @Test
    void listMessagesSendsItsOptionsAndReadsOnePage() {
        stub.server.stubFor(get(urlPathEqualTo(stub.path("/queues/demo/messages"))).willReturn(okJson("""
                {"links": [{"rel": "next", "href": "/v1/queues/demo/messages?marker=6244-244224-783&limit=5"}],
                 "messages": [%s]}""".formatted(MESSAGE))));

        List<QueueMessage> messages = stub.queues().listMessages("demo", MessageListOptions.builder().echo(true)
                .includeClaimed(true).marker("6244-244223-782").limit(5).build());

        stub.server.verify(getRequestedFor(urlEqualTo(stub.path(
                "/queues/demo/messages?echo=true&include_claimed=true&limit=5&marker=6244-244223-782")))
                .withHeader("Client-ID", equalTo(QueuesStub.CLIENT_ID)));
        QueueMessage message = messages.get(0);
        assertThat(message.id()).isEqualTo("51db6f78c508f17ddc924357");
        assertThat(message.claimId()).contains("a28ee94e-6cb4-11e2-b4d5-7703267a7926");
        assertThat(message.age()).isEqualTo(Duration.ofSeconds(790));
        assertThat(message.body().path("event").asString()).isEqualTo("ActivateAccount");
        assertThat(message.queueName()).isEqualTo("demo");
    }

    @Test
    void theDefaultListingAsksForTenAndAnEmptyQueueAnswers204() {
        stub.server.stubFor(get(urlPathEqualTo(stub.path("/queues/demo/messages"))).willReturn(noContent()));

        assertThat(stub.queues().listMessages("demo")).isEmpty();
        stub.server.verify(getRequestedFor(urlEqualTo(stub.path("/queues/demo/messages?limit=10"))));
    }

    @Test
    void messagesByIdsAndDeletes() {
        stub.server.stubFor(get(urlPathEqualTo(stub.path("/queues/demo/messages"))).willReturn(okJson("[" + MESSAGE + "]")));
        stub.server.stubFor(get(urlEqualTo(stub.path("/queues/demo/messages/51db6f78c508f17ddc924357")))
                .willReturn(okJson(MESSAGE)));
        stub.server.stubFor(delete(urlPathEqualTo(stub.path("/queues/demo/messages"))).willReturn(noContent()));
        stub.server.stubFor(delete(urlPathEqualTo(stub.path("/queues/demo/messages/51db6f78c508f17ddc924357")))
                .willReturn(noContent()));
        Queues queues = stub.queues();

        assertThat(queues.listMessagesByIds("demo", List.of("a1", "b2"))).extracting(QueueMessage::id)
                .containsExactly("51db6f78c508f17ddc924357");
        QueueMessage message = queues.getMessage("demo", "51db6f78c508f17ddc924357");
        message.delete();
        queues.deleteMessage("demo", "51db6f78c508f17ddc924357");
        queues.deleteMessagesByIds("demo", List.of("a1", "b2"));

        stub.server.verify(getRequestedFor(urlEqualTo(stub.path("/queues/demo/messages?ids=a1&ids=b2"))));
        stub.server.verify(deleteRequestedFor(urlEqualTo(stub.path(
                "/queues/demo/messages/51db6f78c508f17ddc924357?claim_id=a28ee94e-6cb4-11e2-b4d5-7703267a7926"))));
        stub.server.verify(deleteRequestedFor(urlEqualTo(stub.path("/queues/demo/messages/51db6f78c508f17ddc924357"))));
        stub.server.verify(deleteRequestedFor(urlEqualTo(stub.path("/queues/demo/messages?ids=a1&ids=b2"))));
    }

    @Test
    void claimReadsTheBareArrayAndTheLocation() {
        stub.server.stubFor(post(urlPathEqualTo(stub.path("/queues/demo/claims"))).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", "/v1/queues/demo/claims/a28ee94e-6cb4-11e2-b4d5-7703267a7926")
                .withBody("[" + MESSAGE + "]")));

        QueueClaim claim = stub.queues().claimMessages("demo", 300, 60, 5);

        stub.server.verify(postRequestedFor(urlEqualTo(stub.path("/queues/demo/claims?limit=5")))
                .withHeader("Client-ID", equalTo(QueuesStub.CLIENT_ID))
                .withRequestBody(equalToJson("{\"ttl\": 300, \"grace\": 60}")));
        assertThat(claim.id()).isEqualTo("a28ee94e-6cb4-11e2-b4d5-7703267a7926");
        assertThat(claim.isEmpty()).isFalse();
        assertThat(claim.ttl()).isEqualTo(300);
        assertThat(claim.grace()).contains(60);
        assertThat(claim.messages()).extracting(QueueMessage::id).containsExactly("51db6f78c508f17ddc924357");
    }

    @Test
    void claimingTheDefaultCountOfAnEmptyQueueGivesAnEmptyClaim() {
        stub.server.stubFor(post(urlPathEqualTo(stub.path("/queues/demo/claims"))).willReturn(noContent()));

        QueueClaim claim = stub.queues().claimMessages("demo", 60, 60);

        stub.server.verify(postRequestedFor(urlEqualTo(stub.path("/queues/demo/claims?limit=10"))));
        assertThat(claim.isEmpty()).isTrue();
        assertThat(claim.messages()).isEmpty();
        assertThat(claim.reload()).isSameAs(claim);
        claim.release();
        assertThatThrownBy(() -> claim.update(60, null)).isInstanceOf(IllegalStateException.class);
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void getUpdateAndReleaseAClaim() {
        String claimPath = stub.path("/queues/demo/claims/a28ee94e-6cb4-11e2-b4d5-7703267a7926");
        stub.server.stubFor(get(urlEqualTo(claimPath)).willReturn(okJson("""
                {"age": 57, "href": "/v1/queues/demo/claims/a28ee94e-6cb4-11e2-b4d5-7703267a7926",
                 "messages": [%s], "ttl": 30}""".formatted(MESSAGE))));
        stub.server.stubFor(patch(urlEqualTo(claimPath)).willReturn(noContent()));
        stub.server.stubFor(delete(urlEqualTo(claimPath)).willReturn(noContent()));

        QueueClaim claim = stub.queues().getClaim("demo", "a28ee94e-6cb4-11e2-b4d5-7703267a7926");
        claim.update(600, null);
        stub.queues().updateClaim("demo", claim.id(), null, 120);
        claim.release();

        assertThat(claim.age()).isEqualTo(Duration.ofSeconds(57));
        assertThat(claim.ttl()).isEqualTo(30);
        assertThat(claim.messages()).hasSize(1);
        stub.server.verify(patchRequestedFor(urlEqualTo(claimPath)).withRequestBody(equalToJson("{\"ttl\": 600}")));
        stub.server.verify(patchRequestedFor(urlEqualTo(claimPath)).withRequestBody(equalToJson("{\"grace\": 120}")));
        stub.server.verify(deleteRequestedFor(urlEqualTo(claimPath)).withHeader("Client-ID", matching("3381af92-.*")));
    }

    @Test
    void subscriptionsAreAZaqarFeature() {
        Queues queues = stub.queues();

        assertThat(queues.apiVersion()).isEqualTo("v1");
        assertThatThrownBy(() -> queues.listSubscriptions("demo")).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("Zaqar v2");
        assertThat(stub.requests()).isEmpty();
    }
}
