package org.cloudsdk.docs;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;

import org.cloudsdk.CloudContext;
import org.cloudsdk.http.Json;
import org.cloudsdk.queue.DuplicateQueueException;
import org.cloudsdk.queue.MessageListOptions;
import org.cloudsdk.queue.MessageToPost;
import org.cloudsdk.queue.Queue;
import org.cloudsdk.queue.QueueClaim;
import org.cloudsdk.queue.QueueMessage;
import org.cloudsdk.queue.QueueStats;
import org.cloudsdk.queue.QueueSubscription;
import org.cloudsdk.queue.Queues;

import tools.jackson.databind.node.ObjectNode;

/**
 * The examples of {@code docs/queues.md}, as compiled code: the body of each method is a
 * {@code java} block of the guide, character for character but for indentation
 * ({@code DocExamplesMatchSourcesTest} checks it).
 *
 * <p>What a block takes for granted is a parameter of its method, named as the guide names it:
 * {@code ctx} is a {@link CloudContext}, {@code pq} its {@link Queues} with a client id,
 * {@code queue} a {@link Queue}, {@code claim} a {@link QueueClaim}, {@code name} a queue's name.
 * {@code out} is where the examples print. {@code QueuesGuideExamplesIT} runs them against the
 * local Zaqar.
 */
public final class QueuesGuideExamples {

    private final PrintStream out;

    /** @param out where the examples print ({@code System.out} in an application) */
    public QueuesGuideExamples(PrintStream out) {
        this.out = out;
    }

    /** The client, per region. */
    List<Queues> client(CloudContext ctx, String region) {
        Queues pq = ctx.queues();                               // pyrax.queues: the default region
        Queues other = ctx.queues(region);                      // or ctx.region(region).queues()
        return List.of(pq, other);
    }

    /** The client id. */
    Queues clientId(CloudContext ctx) {
        String myClientId = UUID.randomUUID().toString();       // str(uuid.uuid4())
        Queues pq = ctx.queues().withClientId(myClientId);      // pq.client_id = my_client_id
        return pq;
    }

    /** Creating a queue. */
    Queue create(Queues pq) {
        Queue queue = pq.create("my_unique_queue");             // DuplicateQueueException when taken
        boolean exists = pq.queueExists("name_to_check");      // true or false
        out.println(queue.name() + " " + exists);
        return queue;
    }

    /** A taken name. */
    boolean duplicate(Queues pq, String name) {
        try {
            pq.create(name);
            return false;
        } catch (DuplicateQueueException taken) {
            return true;
        }
    }

    /** Listing queues. */
    List<Queue> list(Queues pq) {
        List<Queue> qs = pq.list();                             // pyrax.queues.list(): every page
        return qs;
    }

    /** Posting messages. */
    List<QueueMessage> post(Queues pq, Queue queue) {
        ObjectNode body = Json.object().put("event", "BackupStarted");
        QueueMessage msg = pq.postMessage(queue.name(), body, 300);  // pq.post_message(queue, body, ttl)
        QueueMessage text = queue.postMessage("hello", 300);         // queue.post_message(body, ttl)
        List<QueueMessage> batch = queue.postMessages(List.of(       // several in one request
                MessageToPost.of("first", 60), MessageToPost.of("second", 60)));
        return List.of(msg, text, batch.get(0), batch.get(1));
    }

    /** Listing messages. */
    List<QueueMessage> listMessages(Queues pq, Queue queue) {
        List<QueueMessage> msgs = pq.listMessages(queue.name());     // one page: 10, unclaimed, not mine
        MessageListOptions all = MessageListOptions.builder()
                .echo(true).includeClaimed(true).limit(20).build();
        List<QueueMessage> page = queue.list(all);                    // queue.list(echo=True, ...)
        for (QueueMessage message : queue.messages(all)) {            // every page, 20 at a time
            out.println(message.id() + " " + message.body() + " " + message.age());
        }
        out.println(msgs.size() + " " + page.size());
        return page;
    }

    /** Claiming messages. */
    QueueClaim claim(Queues pq, Queue queue) {
        QueueClaim claim = pq.claimMessages(queue.name(), 300, 60, 10);  // ttl, grace, count
        if (claim.isEmpty()) {
            out.println("nothing to claim");                  // pyrax returned None
        }
        for (QueueMessage message : claim.messages()) {
            out.println("processing " + message.body());
            message.delete();                                  // sends the claim's id
        }
        return claim;
    }

    /** Renewing, refreshing and releasing a claim. */
    QueueClaim renew(Queues pq, Queue queue, QueueClaim claim) {
        pq.updateClaim(queue.name(), claim.id(), 600, null);    // pq.update_claim(queue, claim, ttl=600)
        claim.update(600, 120);                                 // queue.update_claim(claim, ttl, grace)
        QueueClaim fresh = claim.reload();                      // a new snapshot of the claim
        fresh.release();                                        // pq.release_claim(queue, claim)
        return fresh;
    }

    /** Statistics and metadata. */
    QueueStats stats(Queue queue) {
        QueueStats stats = queue.getStats();
        out.println(stats.claimed() + " claimed, " + stats.free() + " free, " + stats.total() + " in all");
        stats.oldest().ifPresent(oldest -> out.println("oldest: " + oldest.age()));
        queue.setMetadata(Json.object().put("owner", "billing"));
        out.println(queue.getMetadata().path("owner").asString());
        return stats;
    }

    /** Subscriptions (Zaqar). */
    QueueSubscription subscribe(Queues pq, Queue queue) {
        QueueSubscription hook = pq.createSubscription(queue.name(),
                "https://example.com/hooks/queue", 3600, Json.object());
        out.println(pq.listSubscriptions(queue.name()));
        hook.delete();
        return hook;
    }

    /** Deleting a queue. */
    void delete(Queue queue) {
        queue.delete();                                         // or pq.delete(queue.name())
    }
}
