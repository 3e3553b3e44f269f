package org.cloudsdk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;

import org.cloudsdk.http.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every limit of the chapter, and the client id, checked before any request. */
class QueueLimitsTest {

    private final QueuesStub stub = QueuesStub.cloudQueues();

    @AfterEach
    void close() {
        // nothing reached the server
        assertThat(stub.requests()).isEmpty();
        stub.close();
    }

    @Test
    void messageCallsWithoutAClientIdRaiseQueueClientIdNotDefined() {
        Queues anonymous = stub.anonymous();

        assertThat(anonymous.clientId()).isEmpty();
        for (Executable call : List.<Executable>of(() -> anonymous.postMessage("demo", "hi", 60),
                () -> anonymous.listMessages("demo"), () -> anonymous.claimMessages("demo", 60, 60),
                () -> anonymous.getMessage("demo", "m"), () -> anonymous.deleteMessage("demo", "m"),
                () -> anonymous.releaseClaim("demo", "c"), () -> anonymous.updateClaim("demo", "c", 60, null))) {
            assertThatThrownBy(call::execute).isInstanceOf(QueueClientIdNotDefinedException.class)
                    .hasMessageContaining("CLOUD_QUEUES_ID");
        }
    }

    @Test
    void theClientIdMustBeACanonicalUuid() {
        assertThat(stub.anonymous().withClientId("3381AF92-2B9E-11E3-B191-71861300734C").clientId())
                .hasValueSatisfying(id -> assertThat(id).hasToString(QueuesStub.CLIENT_ID));
        assertThatThrownBy(() -> stub.anonymous().withClientId("3381af92")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clientId must be a UUID in its canonical form");
        assertThatThrownBy(() -> stub.anonymous().withClientId("{3381af92-2b9e-11e3-b191-71861300734c}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messageTtlIsOneMinuteToFourteenDays() {
        assertThatThrownBy(() -> stub.queues().postMessage("demo", "hi", 59))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ttl must be 60 to 1209600, was 59");
        assertThatThrownBy(() -> MessageToPost.of("hi", 1_209_601)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ttl must be 60 to 1209600, was 1209601");
        assertThat(MessageToPost.of("hi", 1_209_600).ttl()).isEqualTo(1_209_600);
    }

    @Test
    void aPostIsAt256KilobytesAndHoldsAMessage() {
        String big = "x".repeat(256 * 1024);
        assertThatThrownBy(() -> stub.queues().postMessage("demo", big, 60)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not exceed 262144 bytes");
        assertThatThrownBy(() -> stub.queues().postMessages("demo", List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
    }

    @Test
    void claimTtlGraceAndCount() {
        Queues queues = stub.queues();
        assertThatThrownBy(() -> queues.claimMessages("demo", 59, 60)).hasMessage("ttl must be 60 to 43200, was 59");
        assertThatThrownBy(() -> queues.claimMessages("demo", 60, 43_201)).hasMessage("grace must be 60 to 43200, was 43201");
        assertThatThrownBy(() -> queues.claimMessages("demo", 60, 60, 21)).hasMessage("count must be 1 to 20, was 21");
        assertThatThrownBy(() -> queues.claimMessages("demo", 60, 60, 0)).hasMessage("count must be 1 to 20, was 0");
        assertThatThrownBy(() -> queues.updateClaim("demo", "c", null, null))
                .hasMessage("ttl or grace must be given to update a claim");
        assertThatThrownBy(() -> queues.updateClaim("demo", "c", 43_201, null)).hasMessage("ttl must be 60 to 43200, was 43201");
    }

    @Test
    void listingLimitsIdsAndNames() {
        Queues queues = stub.queues();
        assertThatThrownBy(() -> MessageListOptions.builder().limit(21)).hasMessage("limit must be 1 to 20, was 21");
        assertThat(MessageListOptions.defaults().limit()).isEqualTo(10);
        assertThat(MessageListOptions.defaults().echo()).isFalse();
        assertThat(MessageListOptions.defaults().includeClaimed()).isFalse();
        assertThatThrownBy(() -> queues.listMessagesByIds("demo", List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> queues.deleteMessagesByIds("demo", Collections.nCopies(21, "m")))
                .hasMessage("messageIds must name at most 20 messages, was 21");
        assertThatThrownBy(() -> queues.create("bad name")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("letters, digits, '_' or '-'");
        assertThatThrownBy(() -> queues.create("q".repeat(65))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queues.createSubscription("demo", "ftp://x", 3600, Json.object()))
                .hasMessageContaining("subscriber must be");
    }
}
