package org.cloudsdk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.netty.channel.EventLoopGroup;
import reactor.netty.resources.LoopResources;

/** The SDK's event loops run while someone holds them and stop, threads and all, when the last lets go. */
class EventLoopsTest {

    private final String prefix = "test-loops-" + System.nanoTime();
    private final EventLoops loops = new EventLoops(prefix);

    @Test
    void everyHolderSharesOneSetOfLoopsUntilTheLastReleasesThem() throws Exception {
        SdkEventLoopGroup first = loops.acquire();
        SdkEventLoopGroup second = loops.acquire();
        assertThat(second).isSameAs(first);
        EventLoopGroup group = first.resources().onClient(LoopResources.DEFAULT_NATIVE);
        assertThat(group).isSameAs(first);
        assertThat(group.next().submit(() -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS))
                .startsWith(prefix);

        loops.release().block(Duration.ofSeconds(5));
        assertThat(group.isShuttingDown()).isFalse();
        assertThat(liveLoopThreads()).isPositive();

        loops.release().block(Duration.ofSeconds(5));
        assertThat(group.isTerminated()).isTrue();
        awaitNoLoopThreads();
    }

    @Test
    void anAcquireAfterTheStopStartsNewLoops() throws Exception {
        SdkEventLoopGroup stopped = loops.acquire();
        loops.release().block(Duration.ofSeconds(5));

        SdkEventLoopGroup restarted = loops.acquire();
        try {
            assertThat(restarted).isNotSameAs(stopped);
            assertThat(restarted.next().submit(() -> 42).get(5, TimeUnit.SECONDS))
                    .isEqualTo(42);
        } finally {
            loops.release().block(Duration.ofSeconds(5));
        }
    }

    @Test
    void releasingMoreOftenThanAcquiredIsRefused() {
        loops.acquire();
        loops.release().block(Duration.ofSeconds(5));

        assertThatThrownBy(loops::release).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("released more often than acquired");
    }

    private long liveLoopThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith(prefix)).count();
    }

    /** A terminated loop's thread is at the very end of its run; give it a moment to be gone. */
    private void awaitNoLoopThreads() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (liveLoopThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(liveLoopThreads()).isZero();
    }
}
