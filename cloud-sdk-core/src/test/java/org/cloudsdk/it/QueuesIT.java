package org.cloudsdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.http.Json;
import org.cloudsdk.paging.Page;
import org.cloudsdk.queue.DuplicateQueueException;
import org.cloudsdk.queue.MessageListOptions;
import org.cloudsdk.queue.MessageToPost;
import org.cloudsdk.queue.Queue;
import org.cloudsdk.queue.QueueClaim;
import org.cloudsdk.queue.QueueMessage;
import org.cloudsdk.queue.QueueStats;
import org.cloudsdk.queue.QueueSubscription;
import org.cloudsdk.queue.Queues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Queues against the local cloud's real Zaqar v2 (catalog type {@code messaging}): the chapter's
 * producer and consumers, from creating a queue to deleting it, each test on its own queue and
 * deleting it even when it fails.
 */
class QueuesIT {

    private static CloudContext ctx;
    private static Queues queues;

    @BeforeAll
    static void connect() {
        ctx = LocalCloud.demo().build();
        queues = ctx.queues().withClientId(UUID.randomUUID());
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void theCatalogsMessagingEndpointIsZaqarV2() {
        assertThat(queues.apiVersion()).isEqualTo("v2");
        assertThat(Queues.SERVICE.checkHealth(queues).block()).containsEntry("api", "v2");
    }

    @Test
    void producerAndTwoWorkers() throws Exception {
        String name = "it-queue-" + UUID.randomUUID().toString().substring(0, 8);
        Queue queue = queues.create(name);
        try {
            assertThat(queues.queueExists(name)).isTrue();
            assertThat(queues.list()).contains(queue);
            assertThatThrownBy(() -> queues.create(name)).isInstanceOf(DuplicateQueueException.class);

            List<MessageToPost> batch = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                batch.add(MessageToPost.of(Json.object().put("n", i), 600));
            }
            List<QueueMessage> posted = new ArrayList<>(queue.postMessages(batch.subList(0, 10)));
            posted.addAll(queue.postMessages(batch.subList(10, 25)));
            assertThat(posted).hasSize(25).extracting(QueueMessage::id).doesNotHaveDuplicates();

            // the poster does not see its own messages unless it asks for them
            assertThat(queue.list()).isEmpty();
            MessageListOptions echo = MessageListOptions.builder().echo(true).limit(10).build();
            List<Page<QueueMessage>> pages = queue.messages(echo).pages().toList();
            assertThat(pages.stream().mapToInt(page -> page.items().size()).boxed().filter(size -> size > 0).toList())
                    .containsExactly(10, 10, 5);
            assertThat(queue.messages(echo).stream().map(message -> message.body().path("n").asInt()).toList())
                    .hasSize(25).doesNotHaveDuplicates();
            assertThat(queue.list(echo)).hasSize(10);

            List<QueueClaim> claims = claimConcurrently(name);
            Set<String> claimed = new HashSet<>();
            claims.forEach(claim -> claim.messages().forEach(message -> assertThat(claimed.add(message.id()))
                    .as("message %s claimed twice", message.id()).isTrue()));
            assertThat(claimed).hasSize(20);
            QueueClaim first = claims.get(0);
            assertThat(first.messages()).allSatisfy(message -> assertThat(message.claimId()).contains(first.id()));

            QueueStats busy = queue.getStats();
            assertThat(busy.claimed()).isEqualTo(20);
            assertThat(busy.free()).isEqualTo(5);
            assertThat(busy.total()).isEqualTo(25);
            assertThat(busy.oldest()).isPresent();

            // renew, read back, release
            first.update(600, 120);
            QueueClaim renewed = first.reload();
            assertThat(renewed.id()).isEqualTo(first.id());
            // Zaqar reports the time the renewed claim has left, counted from the renewal
            assertThat(renewed.ttl()).isBetween(300, 600);
            assertThat(renewed.messages()).hasSameSizeAs(first.messages());
            first.release();
            assertThatThrownBy(() -> queues.getClaim(name, first.id())).isInstanceOf(NotFoundException.class);
            assertThat(queue.getStats().claimed()).isEqualTo(10);

            // the other claim's messages are deleted with its id
            QueueClaim second = claims.get(1);
            second.messages().forEach(QueueMessage::delete);
            assertThat(queue.getStats().total()).isEqualTo(15);

            // nothing left to claim beyond the 15 free ones
            QueueClaim rest = queue.claimMessages(60, 60, 20);
            assertThat(rest.messages()).hasSize(15);
            QueueClaim none = queue.claimMessages(60, 60, 5);
            assertThat(none.isEmpty()).isTrue();
            assertThat(none.messages()).isEmpty();
            rest.messages().forEach(QueueMessage::delete);

            QueueStats empty = queue.getStats();
            assertThat(empty.total()).isZero();
        } finally {
            queues.delete(name);
        }
        assertThat(queues.queueExists(name)).isFalse();
    }

    @Test
    void metadataMessagesByIdAndSubscriptions() {
        String name = "it-meta-" + UUID.randomUUID().toString().substring(0, 8);
        Queue queue = queues.create(name);
        try {
            queue.setMetadata(Json.object().put("color", "red").put("size", 3));
            assertThat(queue.getMetadata().path("color").asString()).isEqualTo("red");
            queue.setMetadata(Json.object().put("color", "blue"));
            assertThat(queue.getMetadata().has("size")).isFalse();
            assertThat(queue.getMetadata().path("color").asString()).isEqualTo("blue");

            QueueMessage one = queue.postMessage("one", 300);
            QueueMessage two = queue.postMessage("two", 300);
            assertThat(queue.getMessage(one.id()).body().asString()).isEqualTo("one");
            assertThat(queue.listByIds(List.of(one.id(), two.id()))).extracting(QueueMessage::id)
                    .containsExactlyInAnyOrder(one.id(), two.id());
            queue.deleteByIds(List.of(one.id(), two.id()));
            assertThat(queue.getStats().total()).isZero();

            QueueSubscription subscription = queues.createSubscription(name, "http://127.0.0.1:9/hook", 3600,
                    Json.object());
            assertThat(queues.listSubscriptions(name)).contains(subscription);
            assertThat(subscription.reload().subscriber()).isEqualTo("http://127.0.0.1:9/hook");
            subscription.delete();
            assertThat(queues.listSubscriptions(name)).isEmpty();
        } finally {
            queues.delete(name);
        }
    }

    /** Two workers claim 10 messages each at the same moment. */
    private static List<QueueClaim> claimConcurrently(String name) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<QueueClaim> worker = () -> {
                start.await();
                return queues.claimMessages(name, 300, 60, 10);
            };
            Future<QueueClaim> a = workers.submit(worker);
            Future<QueueClaim> b = workers.submit(worker);
            start.countDown();
            return List.of(a.get(1, TimeUnit.MINUTES), b.get(1, TimeUnit.MINUTES));
        } finally {
            workers.shutdownNow();
        }
    }
}
