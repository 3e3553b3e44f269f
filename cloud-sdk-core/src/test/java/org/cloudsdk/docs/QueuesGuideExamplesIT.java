package org.cloudsdk.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.config.Setting;
import org.cloudsdk.it.LocalCloud;
import org.cloudsdk.queue.Queue;
import org.cloudsdk.queue.QueueClaim;
import org.cloudsdk.queue.QueueMessage;
import org.cloudsdk.queue.Queues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the examples of {@code docs/queues.md} against the local Zaqar, in the guide's order, on
 * the guide's queue {@code my_unique_queue}, deleted at the end even on failure.
 */
class QueuesGuideExamplesIT {

    private static CloudContext ctx;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final QueuesGuideExamples examples = new QueuesGuideExamples(new PrintStream(printed, true,
            StandardCharsets.UTF_8));

    @BeforeAll
    static void connect() {
        ctx = LocalCloud.demo().build();
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void theClientIsOnePerRegionAndTakesItsIdFromTheSettings() {
        List<Queues> clients = examples.client(ctx, LocalCloud.get("region"));
        assertThat(clients.get(0)).isSameAs(clients.get(1)).isSameAs(ctx.region(LocalCloud.get("region")).queues());
        assertThat(clients.get(0).clientId()).isEmpty();
        assertThat(examples.clientId(ctx).clientId()).isPresent();

        String id = "3381af92-2b9e-11e3-b191-71861300734c";
        try (CloudContext configured = LocalCloud.demo().setting(Setting.QUEUE_CLIENT_ID, id).build()) {
            assertThat(configured.queues().clientId()).hasValueSatisfying(uuid -> assertThat(uuid).hasToString(id));
        }
    }

    @Test
    void theGuideFromCreateToDelete() {
        Queues pq = examples.clientId(ctx);
        Queue queue = examples.create(pq);
        try {
            assertThat(examples.duplicate(pq, queue.name())).isTrue();
            assertThat(examples.list(pq)).contains(queue);

            List<QueueMessage> posted = examples.post(pq, queue);
            assertThat(posted).hasSize(4).extracting(QueueMessage::id).doesNotHaveDuplicates();
            assertThat(examples.listMessages(pq, queue)).hasSize(4);

            QueueClaim claim = examples.claim(pq, queue);
            assertThat(claim.messages()).hasSize(4);
            assertThat(queue.getStats().total()).isZero();

            queue.postMessage("again", 300);
            QueueClaim held = queue.claimMessages(60, 60);
            assertThat(examples.renew(pq, queue, held).messages()).hasSize(1);
            assertThat(examples.stats(queue).free()).isEqualTo(1);
            assertThat(examples.claim(pq, queue).messages()).hasSize(1);
            assertThat(examples.claim(pq, queue).isEmpty()).isTrue();

            assertThat(examples.subscribe(pq, queue).subscriber()).isEqualTo("https://example.com/hooks/queue");
            assertThat(pq.listSubscriptions(queue.name())).isEmpty();
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("nothing to claim", "billing");
        } finally {
            examples.delete(queue);
        }
        assertThat(pq.queueExists(queue.name())).isFalse();
    }
}
