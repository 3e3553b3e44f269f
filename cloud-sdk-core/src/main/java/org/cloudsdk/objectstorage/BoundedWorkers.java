package org.cloudsdk.objectstorage;

import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a fixed list of tasks, at most {@code parallelism} at once, and can stop them:
 * {@link #cancel()} drops the tasks not started and interrupts the running ones, which makes a
 * blocking upload abort mid-file.
 *
 * <p>The tasks run on {@code parallelism} workers, each of which takes tasks from one shared queue
 * until it is empty. The workers run on the given executor (an application's task executor, or
 * virtual threads), so the bound holds however many threads that executor has; without one, each
 * worker gets a daemon thread of its own that ends with the work. A caller that waits for the work
 * anyway is one of the workers ({@link #startWithCaller}, {@link #helpAndAwait()}): the work then
 * progresses even when the executor has no thread to spare, as when the caller is one of its
 * threads and the others are busy. An executor is never shut down here, and a thread of it is
 * interrupted only while it runs one of these workers: an interrupt that {@code cancel()}
 * delivered is cleared before the thread goes back to the executor.
 *
 * <p>Thread-safe.
 */
final class BoundedWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(BoundedWorkers.class);

    private final String name;
    private final Queue<Runnable> queue;
    private final AtomicInteger remaining;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    // the threads running a worker now, and those this instance interrupted; guarded by itself
    private final Set<Thread> running = new HashSet<>();
    private final Set<Thread> interruptedByCancel = new HashSet<>();
    private final AtomicInteger threadNumber = new AtomicInteger();
    private volatile boolean cancelled;

    private BoundedWorkers(String name, List<Runnable> tasks) {
        this.name = name;
        this.queue = new ConcurrentLinkedQueue<>(tasks);
        this.remaining = new AtomicInteger(tasks.size());
    }

    /**
     * Starts the tasks. Each task handles its own failures; one that throws anyway still counts as
     * finished.
     *
     * @param executor where the workers run, or null for a daemon thread per worker named
     *     {@code cloud-sdk-<name>-<n>}
     * @param name the work's name, for the SDK's own threads
     * @param parallelism the most tasks running at once
     * @param tasks the work
     * @return the running workers
     * @throws RejectedExecutionException when the executor accepts none of the workers (nothing runs)
     */
    static BoundedWorkers start(@Nullable Executor executor, String name, int parallelism, List<Runnable> tasks) {
        BoundedWorkers workers = new BoundedWorkers(name, tasks);
        if (tasks.isEmpty()) {
            workers.done.complete(null);
            return workers;
        }
        int count = Math.max(1, Math.min(parallelism, tasks.size()));
        for (int i = 0; i < count; i++) {
            try {
                workers.launch(executor);
            } catch (RejectedExecutionException refused) {
                if (i == 0) {
                    workers.dropQueued();
                    throw refused;
                }
                // the workers already accepted take the remaining tasks
                break;
            }
        }
        return workers;
    }

    /**
     * Like {@link #start}, for a caller that will wait: {@code parallelism - 1} workers are started
     * and the caller is the last one, from its {@link #helpAndAwait()}. An executor that refuses
     * them only leaves more of the work to the caller.
     *
     * @param executor where the other workers run, or null for daemon threads of their own
     * @param name the work's name, for the SDK's own threads
     * @param parallelism the most tasks running at once, the caller's included
     * @param tasks the work
     * @return the workers, waiting for the caller's help
     */
    static BoundedWorkers startWithCaller(@Nullable Executor executor, String name, int parallelism, List<Runnable> tasks) {
        BoundedWorkers workers = new BoundedWorkers(name, tasks);
        if (tasks.isEmpty()) {
            workers.done.complete(null);
            return workers;
        }
        int others = Math.max(1, Math.min(parallelism, tasks.size())) - 1;
        for (int i = 0; i < others; i++) {
            try {
                workers.launch(executor);
            } catch (RejectedExecutionException refused) {
                break;
            }
        }
        return workers;
    }

    /**
     * Runs tasks on the calling thread until none is left to start, or until the thread is
     * interrupted, then waits for the tasks running elsewhere.
     *
     * @throws InterruptedException when the calling thread is interrupted; the caller decides
     *     whether to {@link #cancel()} the rest
     */
    void helpAndAwait() throws InterruptedException {
        work(true);
        try {
            done.get();
        } catch (ExecutionException never) {
            throw new IllegalStateException("the " + name + " workers failed", never.getCause());
        }
    }

    private void launch(@Nullable Executor executor) {
        if (executor == null) {
            Thread thread = new Thread(() -> work(false), "cloud-sdk-" + name + "-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            thread.start();
        } else {
            executor.execute(() -> work(false));
        }
    }

    private void work(boolean caller) {
        Thread current = Thread.currentThread();
        synchronized (running) {
            if (cancelled) {
                return;
            }
            running.add(current);
        }
        try {
            Runnable task;
            // an interrupted caller takes no further task: the interrupt is for it to act on (it
            // cancels), not for the next file to fail with. A worker on an executor keeps going, so
            // that every task ends, each failing on its own if the executor is being shut down
            while (!cancelled && !(caller && current.isInterrupted()) && (task = queue.poll()) != null) {
                try {
                    task.run();
                } catch (RuntimeException unexpected) {
                    LOG.warn("a {} task failed", name, unexpected);
                } catch (Error fatal) {
                    dropQueued();
                    throw fatal;
                } finally {
                    finished(1);
                }
            }
        } finally {
            boolean ours;
            synchronized (running) {
                running.remove(current);
                ours = interruptedByCancel.remove(current);
            }
            if (ours) {
                // the interrupt was meant for the task, not for the executor that owns the thread
                Thread.interrupted();
            }
        }
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
        synchronized (running) {
            cancelled = true;
            // under the lock: a worker that has left cannot be interrupted on the executor's time
            for (Thread thread : running) {
                interruptedByCancel.add(thread);
                thread.interrupt();
            }
        }
        dropQueued();
        return true;
    }

    /** @return whether {@link #cancel()} was called before the end */
    boolean cancelled() {
        return cancelled;
    }

    private void dropQueued() {
        int dropped = 0;
        while (queue.poll() != null) {
            dropped++;
        }
        if (dropped > 0) {
            finished(dropped);
        }
    }

    private void finished(int count) {
        if (remaining.addAndGet(-count) == 0) {
            done.complete(null);
        }
    }
}
