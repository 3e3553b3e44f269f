package org.cloudsdk.http;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The Netty event loops every open {@link Transport} runs on: started by the first transport and
 * stopped when the last one closes, so a program that closes its contexts leaves no SDK thread
 * behind.
 *
 * <p>Why not Reactor Netty's global loops, which never stop: an idle event-loop thread waits in
 * native code ({@code epoll_wait}), and HotSpot's exit waits up to 300 ms for threads in native
 * code before it halts. Every command-line program, batch job or test JVM that used the SDK paid
 * that on exit, though it had closed its context.
 */
final class EventLoops {

    /** The loops of every transport; their threads are named {@code cloud-sdk-http-...}. */
    static final EventLoops SHARED = new EventLoops("cloud-sdk-http");

    /** How long stopping may take once nothing is queued: the loops have no work left to finish. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(2);

    private final String threadPrefix;
    private @Nullable SdkEventLoopGroup loops;
    private int users;

    /** @param threadPrefix the prefix of the loop threads' names */
    EventLoops(String threadPrefix) {
        this.threadPrefix = threadPrefix;
    }

    /** @return the loops, started if nobody held them; pair with one {@link #release()} */
    synchronized SdkEventLoopGroup acquire() {
        SdkEventLoopGroup group = loops;
        if (group == null) {
            group = SdkEventLoopGroup.forClients(threadPrefix);
            loops = group;
        }
        users++;
        return group;
    }

    /**
     * Gives back one {@link #acquire()}.
     *
     * @return stops the loops when that was the last holder; otherwise completes at once
     */
    Mono<Void> release() {
        SdkEventLoopGroup stopping;
        synchronized (this) {
            if (users == 0) {
                throw new IllegalStateException("event loops released more often than acquired");
            }
            users--;
            if (users > 0) {
                return Mono.empty();
            }
            // the last holder's acquire() started them
            stopping = Objects.requireNonNull(loops, "loops");
            loops = null;
        }
        stopping.stop(STOP_TIMEOUT);
        // waits on a daemon thread of Reactor's: see SdkEventLoopGroup for why nothing listens
        return Mono.<Void>fromCallable(() -> {
            if (!stopping.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the event loops did not stop within " + STOP_TIMEOUT);
            }
            return null;
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
