package org.cloudsdk.wait;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scheduler that remembers the delay of every task scheduled later than at once; closing it
 * stops its thread at once.
 */
final class RecordingScheduler extends ScheduledThreadPoolExecutor implements AutoCloseable {

    final List<Duration> delays = new CopyOnWriteArrayList<>();

    RecordingScheduler() {
        super(1, counting());
        setRemoveOnCancelPolicy(true);
    }

    private static java.util.concurrent.ThreadFactory counting() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "recording-scheduler-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (delay > 0) {
            delays.add(Duration.ofNanos(unit.toNanos(delay)));
        }
        return super.schedule(command, delay, unit);
    }

    @Override
    public void close() {
        shutdownNow();
    }
}
