package org.cloudsdk.objectstorage;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a fixed list of tasks on at most {@code parallelism} threads of its own, and can stop them:
 * {@link #cancel()} drops the tasks not started and interrupts the running ones, which makes a
 * blocking upload abort mid-file. The threads are daemons that end with the work, so nothing
 * outlives it and nothing is shared between runs (Java 17 has no virtual threads to spare us the
 * pool).
 *
 * <p>Thread-safe.
 */
final class BoundedWorkers {

    private final ThreadPoolExecutor pool;
    private final AtomicInteger remaining;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile boolean cancelled;

    private BoundedWorkers(String name, int threads, int tasks) {
        this.remaining = new AtomicInteger(tasks);
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                daemonThreads(name));
    }

    /**
     * Starts the tasks. Each task handles its own failures; one that throws anyway still counts as
     * finished.
     *
     * @param name the threads' name prefix
     * @param parallelism the most tasks running at once
     * @param tasks the work
     * @return the running workers
     */
    static BoundedWorkers start(String name, int parallelism, List<Runnable> tasks) {
        BoundedWorkers workers = new BoundedWorkers(name, Math.max(1, Math.min(parallelism, tasks.size())),
                tasks.size());
        if (tasks.isEmpty()) {
            workers.done.complete(null);
        }
        for (Runnable task : tasks) {
            workers.pool.execute(() -> {
                try {
                    if (!workers.cancelled) {
                        task.run();
                    }
                } finally {
                    workers.finishedOne(1);
                }
            });
        }
        // no more tasks: the threads end when the queue is empty
        workers.pool.shutdown();
        return workers;
    }

    /** @return completes once every task has run or been dropped, and no task is running */
    CompletableFuture<Void> done() {
        return done;
    }

    /**
     * Drops the tasks not started and interrupts the running ones. {@link #done()} completes once
     * the running ones have returned.
     *
     * @return false when everything had already finished
     */
    boolean cancel() {
        if (done.isDone()) {
            return false;
        }
        cancelled = true;
        List<Runnable> dropped = pool.shutdownNow();
        if (!dropped.isEmpty()) {
            finishedOne(dropped.size());
        }
        return true;
    }

    /** @return whether {@link #cancel()} was called before the end */
    boolean cancelled() {
        return cancelled;
    }

    private void finishedOne(int count) {
        if (remaining.addAndGet(-count) == 0) {
            done.complete(null);
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "cloud-sdk-" + name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
