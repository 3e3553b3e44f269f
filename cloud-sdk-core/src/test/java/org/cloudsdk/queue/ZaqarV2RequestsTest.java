package org.cloudsdk.queue;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cloudsdk.http.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Zaqar v2 behind a catalog entry that names its root: the API under {@code /v2},
 * {@code {"messages": [...]}} bodies and answers, metadata by JSON patch, existence from the
 * queue listing, subscriptions.
 */
class ZaqarV2RequestsTest {

    private static final String MESSAGE = """
            {"id": "578ee000508f153f256f717d", "href": "/v2/queues/demo/messages/578ee000508f153f256f717d?claim_id=51db7067821e727dc24df754",
             "ttl": 300, "age": 1.5, "body": {"event": "BackupStarted"}, "checksum": "MD5:abc"}""";

    private final QueuesStub stub = QueuesStub.zaqar();

    @AfterEach
    void close() {
        stub.close();
    }

    @Test
    void aRootEndpointIsServedUnderV2() {
        assertThat(stub.queues().apiVersion()).isEqualTo("v2");
        assertThat(QueueApi.of("http://zaqar:8888/v2")).isEqualTo(new QueueApi(true, ""));
        assertThat(QueueApi.of("https://ord.queues.api.rackspacecloud.com/v1/123456")).isEqualTo(new QueueApi(false, ""));
        assertThat(QueueApi.of("https://cloud.example/messaging")).isEqualTo(new QueueApi(true, "/v2"));
    }

    @Test
    void postWrapsTheMessagesAndReadsTheResources() {
        stub.server.stubFor(post(urlEqualTo(stub.path("/queues/demo/messages"))).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"resources": ["/v2/queues/demo/messages/578ee000508f153f256f717d"]}""")));

        QueueMessage posted = stub.queues().postMessage("demo", Json.object().put("event", "BackupStarted"), 300);

        stub.server.verify(postRequestedFor(urlEqualTo(stub.path("/queues/demo/messages")))
                .withHeader("Client-ID", equalTo(QueuesStub.CLIENT_ID)).withRequestBody(equalToJson("""
                        {"messages": [{"ttl": 300, "body": {"event": "BackupStarted"}}]}""")));
        assertThat(posted.id()).isEqualTo("578ee000508f153f256f717d");
        assertThat(posted.href()).isEqualTo("/v2/queues/demo/messages/578ee000508f153f256f717d");
    }

    @Test
    void messagesPageThroughTheNextLinksMarker() {
        stub.server.stubFor(get(urlEqualTo(stub.path("/queues/demo/messages?limit=1"))).willReturn(okJson("""
                {"messages": [%s], "links": [{"rel": "next", "href": "/v2/queues/demo/messages?limit=1&marker=7"}]}"""
                .formatted(MESSAGE))));
        stub.server.stubFor(get(urlEqualTo(stub.path("/queues/demo/messages?limit=1&marker=7"))).willReturn(okJson("""
                {"messages": [], "links": []}""")));

        List<QueueMessage> all = stub.queues().messages("demo", MessageListOptions.builder().limit(1).build())
                .stream().toList();

        assertThat(all).extracting(QueueMessage::id).containsExactly("578ee000508f153f256f717d");
        assertThat(all.get(0).attribute("checksum")).contains("MD5:abc");
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    void claimAndByIdsReadTheMessagesObject() {
        stub.server.stubFor(post(urlPathEqualTo(stub.path("/queues/demo/claims"))).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", "/v2/queues/demo/claims/51db7067821e727dc24df754")
                .withBody("{\"messages\": [" + MESSAGE + "]}")));
        stub.server.stubFor(get(urlPathEqualTo(stub.path("/queues/demo/messages")))
                .willReturn(okJson("{\"messages\": [" + MESSAGE + "]}")));

        QueueClaim claim = stub.queues().claimMessages("demo", 120, 60, 20);
        List<QueueMessage> byIds = stub.queues().listMessagesByIds("demo", List.of("578ee000508f153f256f717d"));

        stub.server.verify(postRequestedFor(urlEqualTo(stub.path("/queues/demo/claims?limit=20")))
                .withRequestBody(equalToJson("{\"ttl\": 120, \"grace\": 60}")));
        assertThat(claim.id()).isEqualTo("51db7067821e727dc24df754");
        assertThat(claim.messages()).singleElement().satisfies(message ->
                assertThat(message.claimId()).contains("51db7067821e727dc24df754"));
        assertThat(byIds).extracting(QueueMessage::id).containsExactly("578ee000508f153f256f717d");
    }

    @Test
    void metadataIsTheQueueItselfAndIsReplacedByAJsonPatch() {
        stub.server.stubFor(get(urlEqualTo(stub.path("/queues/demo"))).willReturn(okJson("""
                {"_default_message_ttl": 3600, "color": "red", "size": 3}""")));
        stub.server.stubFor(patch(urlEqualTo(stub.path("/queues/demo"))).willReturn(okJson("{}")));

        assertThat(stub.queues().getMetadata("demo").path("size").asInt()).isEqualTo(3);
        stub.queues().setMetadata("demo", Json.object().put("color", "blue"));

        stub.server.verify(patchRequestedFor(urlEqualTo(stub.path("/queues/demo")))
                .withHeader("Content-Type", equalTo("application/openstack-messaging-v2.0-json-patch"))
                .withRequestBody(equalToJson("""
                        [{"op": "remove", "path": "/metadata/size"},
                         {"op": "add", "path": "/metadata/color", "value": "blue"}]""")));
    }

    @Test
    void existenceIsReadFromTheListingWhichMayRepeatItsFirstQueue() {
        // Zaqar's Redis catalog answers the marker of its first queue with the first page again
        stub.server.stubFor(get(urlEqualTo(stub.path("/queues"))).willReturn(okJson("""
                {"queues": [{"name": "alpha", "href": "/v2/queues/alpha"}],
                 "links": [{"rel": "next", "href": "/v2/queues?marker=alpha"}]}""")));
        stub.server.stubFor(get(urlEqualTo(stub.path("/queues?marker=alpha"))).willReturn(okJson("""
                {"queues": [{"name": "alpha", "href": "/v2/queues/alpha"}],
                 "links": [{"rel": "next", "href": "/v2/queues?marker=alpha"}]}""")));

        assertThat(stub.queues().queueExists("alpha")).isTrue();
        assertThat(stub.queues().queueExists("beta")).isFalse();
        assertThat(stub.queues().list()).extracting(Queue::name).containsExactly("alpha");
        // "alpha" is found on the first page; the two full scans stop at the page that brings nothing new
        stub.server.verify(2, getRequestedFor(urlEqualTo(stub.path("/queues?marker=alpha")))
                .withHeader("Client-ID", equalTo(QueuesStub.CLIENT_ID)));
    }

    @Test
    void subscriptionsCreateListGetDelete() {
        String one = stub.path("/queues/demo/subscriptions/57692ab13990b48c644bb7e6");
        stub.server.stubFor(post(urlEqualTo(stub.path("/queues/demo/subscriptions"))).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"subscription_id\": \"57692ab13990b48c644bb7e6\"}")));
        String subscription = """
                {"id": "57692ab13990b48c644bb7e6", "source": "demo", "subscriber": "http://10.229.49.117:5678",
                 "ttl": 3600, "age": 13, "options": {"name": "test"}, "confirmed": false}""";
        stub.server.stubFor(get(urlEqualTo(stub.path("/queues/demo/subscriptions"))).willReturn(okJson(
                "{\"subscriptions\": [" + subscription + "], \"links\": []}")));
        stub.server.stubFor(get(urlEqualTo(one)).willReturn(okJson(subscription)));
        stub.server.stubFor(delete(urlEqualTo(one)).willReturn(aResponse().withStatus(204)));
        Queues queues = stub.queues();

        QueueSubscription created = queues.createSubscription("demo", "http://10.229.49.117:5678", 3600,
                Json.object().put("name", "test"));
        List<QueueSubscription> listed = queues.listSubscriptions("demo");
        QueueSubscription read = created.reload();
        read.delete();

        stub.server.verify(postRequestedFor(urlEqualTo(stub.path("/queues/demo/subscriptions"))).withRequestBody(
                equalToJson("{\"subscriber\": \"http://10.229.49.117:5678\", \"ttl\": 3600, \"options\": {\"name\": \"test\"}}")));
        stub.server.verify(deleteRequestedFor(urlEqualTo(one)));
        assertThat(listed).containsExactly(created);
        assertThat(read.options().path("name").asString()).isEqualTo("test");
        assertThat(read.confirmed()).contains(false);
        assertThat(read.queueName()).isEqualTo("demo");
    }
}
