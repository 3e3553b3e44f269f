package org.cloudsdk.wait;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.observation.ObservationRegistry;

/**
 * Waits for resources to reach a state: pyrax's {@code wait_until} and {@code wait_for_build}.
 *
 * <p>Each wait polls a {@link Waitable} handle: it reloads it, reads the watched attribute, and
 * ends when the value is one of the desired values (the future completes with that snapshot), one
 * of the failure values ({@link ResourceFailedException}), when the attempts or the deadline run
 * out ({@link WaitTimeoutException}) or a poll fails in a way it does not tolerate (that
 * failure). Three call styles, as in pyrax and as Java users expect:
 *
 * <pre>{@code
 * Server active = waiter.waitForBuild(server);                          // blocks, as pyrax
 * waiter.waitForBuild(server, WaitOptions.forBuild(), (s, e) -> ...);   // returns at once
 * CompletableFuture<Server> f = waiter.waitForBuildAsync(server);       // compose, cancel
 * }</pre>
 *
 * <p>Every wait of a waiter runs on its one small scheduler (a few daemon threads): no thread is
 * held between polls or while a poll's request is in flight, so a thousand concurrent waits need
 * no more threads than one. The futures complete on a separate completion executor (the common
 * fork-join pool by default), so that a caller's slow dependent stage never delays the polling
 * of other waits. Thread-safe; one waiter serves a whole application ({@link #shared()}).
 */
public final class Waiter implements AutoCloseable {

    /** The attribute {@code waitForBuild} watches, as pyrax. */
    public static final String STATUS = "status";

    /**
     * The values {@code waitForBuild} waits for: pyrax's {@code ACTIVE}, {@code available} and
     * {@code COMPLETED}. pyrax also listed {@code ERROR} among them, so that its wait ended on a
     * failed build, and returned the failed resource as if it were built; here {@code ERROR} is a
     * failure value ({@link WaitOptions#DEFAULT_FAILURE_VALUES}) and ends the wait with a
     * {@link ResourceFailedException}.
     */
    public static final Set<String> BUILD_DESIRED_VALUES = Set.of("ACTIVE", "available", "COMPLETED");

    /** The scheduler threads of a waiter unless told otherwise. */
    public static final int DEFAULT_THREADS = 2;

    private static final Logger LOG = LoggerFactory.getLogger(Waiter.class);

    /** Idle scheduler threads end after this, so an idle waiter holds no thread. */
    private static final Duration IDLE_THREAD_TIMEOUT = Duration.ofSeconds(10);

    private static final AtomicInteger WAITERS = new AtomicInteger();

    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final boolean closeable;
    private final Executor completionExecutor;
    private final ObservationRegistry observations;
    private final WaitOptions untilDefaults;
    private final WaitOptions buildDefaults;
    private final Set<WaitOperation<?>> waits = ConcurrentHashMap.newKeySet();

    private Waiter(Builder builder, boolean closeable) {
        ScheduledExecutorService given = builder.scheduler;
        this.ownsScheduler = given == null;
        this.scheduler = given == null ? newScheduler(builder.threads) : given;
        this.closeable = closeable;
        this.completionExecutor = builder.completionExecutor;
        this.observations = builder.observations;
        this.untilDefaults = builder.untilDefaults;
        this.buildDefaults = builder.buildDefaults;
    }

    /** @return the options of the {@code waitUntil} forms that take none (pyrax's by default) */
    public WaitOptions untilDefaults() {
        return untilDefaults;
    }

    /** @return the options of the {@code waitForBuild} forms that take none (pyrax's by default) */
    public WaitOptions buildDefaults() {
        return buildDefaults;
    }

    /**
     * The waiter of the whole JVM, for code that has no waiter of its own (pyrax's module-level
     * {@code pyrax.utils.wait_until}): {@value #DEFAULT_THREADS} daemon threads that end when
     * idle, no observations. {@link #close()} does nothing on it.
     *
     * @return the shared waiter
     */
    public static Waiter shared() {
        return Shared.INSTANCE;
    }

    /** @return a builder for a waiter of its own, closed with {@link #close()} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Blocks until the attribute reaches a desired value, with pyrax's {@code wait_until}
     * defaults (every 5 s, until reached), failing at once on {@code ERROR}, {@code error} or
     * {@code FAILED}.
     *
     * @param handle the resource to watch
     * @param attribute the attribute to watch, such as {@code status}
     * @param desired the values that end the wait successfully, compared as text
     * @param <T> the handle type
     * @return the first snapshot with a desired value
     * @throws ResourceFailedException when a failure value is reached
     * @throws WaitTimeoutException when the attempts or the deadline run out
     * @throws org.cloudsdk.errors.OperationInterruptedException when the thread is interrupted:
     *     the polling stops and the interrupt flag is set again
     */
    public <T extends Waitable<T>> T waitUntil(T handle, String attribute, Collection<?> desired) {
        return waitUntil(handle, attribute, desired, untilDefaults);
    }

    /**
     * Blocks until the attribute reaches a desired value.
     *
     * @param handle the resource to watch
     * @param attribute the attribute to watch, such as {@code status}
     * @param desired the values that end the wait successfully, compared as text
     * @param options interval, attempts, deadline, failure values, 404 policy, verbose output
     * @param <T> the handle type
     * @return the first snapshot with a desired value (or the last one before a 404, under
     *     {@link NotFoundPolicy#SUCCEED})
     * @throws ResourceFailedException when a failure value is reached
     * @throws WaitTimeoutException when the attempts or the deadline run out
     * @throws org.cloudsdk.errors.OperationInterruptedException when the thread is interrupted:
     *     the polling stops and the interrupt flag is set again
     */
    public <T extends Waitable<T>> T waitUntil(T handle, String attribute, Collection<?> desired,
            WaitOptions options) {
        WaitOperation<T> wait = operation(handle, attribute, desired, options);
        return Blocking.await(wait.startForBlockingCaller(), "waiting for " + wait.description());
    }

    /**
     * Starts a wait and returns at once; the callback receives the outcome (pyrax's
     * {@code wait_until(..., callback=...)}, which ran the wait in a thread of its own).
     *
     * @param handle the resource to watch
     * @param attribute the attribute to watch
     * @param desired the values that end the wait successfully, compared as text
     * @param options interval, attempts, deadline, failure values, 404 policy, verbose output
     * @param callback receives the final snapshot and null, or null and the failure (a
     *     {@link WaitException}, a poll's {@link org.cloudsdk.errors.CloudException}, or a
     *     {@link java.util.concurrent.CancellationException}); runs on the completion executor
     * @param <T> the handle type
     * @return the wait's future, to cancel it or to wait for it
     */
    public <T extends Waitable<T>> CompletableFuture<T> waitUntil(T handle, String attribute, Collection<?> desired,
            WaitOptions options, BiConsumer<? super @Nullable T, ? super @Nullable Throwable> callback) {
        requireNonNull(callback, "callback");
        CompletableFuture<T> future = waitUntilAsync(handle, attribute, desired, options);
        future.whenComplete((value, error) -> {
            try {
                callback.accept(value, error == null ? null : Blocking.unwrap(error));
            } catch (RuntimeException e) {
                LOG.warn("the callback of a wait failed", e);
            }
        });
        return future;
    }

    /**
     * Starts a wait and returns its future at once. Cancelling the future stops the polling
     * (a poll in flight is cancelled, no further request is made).
     *
     * @param handle the resource to watch
     * @param attribute the attribute to watch
     * @param desired the values that end the wait successfully, compared as text
     * @param options interval, attempts, deadline, failure values, 404 policy, verbose output
     * @param <T> the handle type
     * @return completes with the first snapshot with a desired value, or exceptionally with a
     *     {@link ResourceFailedException}, a {@link WaitTimeoutException} or the poll's failure
     */
    public <T extends Waitable<T>> CompletableFuture<T> waitUntilAsync(T handle, String attribute,
            Collection<?> desired, WaitOptions options) {
        return operation(handle, attribute, desired, options).start();
    }

    /**
     * Blocks until the resource is built, with pyrax's {@code wait_for_build} defaults: status in
     * {@link #BUILD_DESIRED_VALUES}, every 20 s, until reached, and {@code ERROR}, {@code error}
     * or {@code FAILED} ending it with a {@link ResourceFailedException}.
     *
     * @param handle the resource being built
     * @param <T> the handle type
     * @return the built snapshot
     * @throws ResourceFailedException when the build failed
     * @throws org.cloudsdk.errors.OperationInterruptedException when the thread is interrupted
     */
    public <T extends Waitable<T>> T waitForBuild(T handle) {
        return waitForBuild(handle, buildDefaults);
    }

    /**
     * Blocks until the resource is built; start the options from {@link WaitOptions#forBuild()}
     * to keep pyrax's other defaults ({@code WaitOptions.forBuild().toBuilder().verbose(true).build()}).
     *
     * @param handle the resource being built
     * @param options interval, attempts, deadline, failure values, 404 policy, verbose output
     * @param <T> the handle type
     * @return the built snapshot
     * @throws ResourceFailedException when the build failed
     * @throws WaitTimeoutException when the attempts or the deadline run out
     * @throws org.cloudsdk.errors.OperationInterruptedException when the thread is interrupted
     */
    public <T extends Waitable<T>> T waitForBuild(T handle, WaitOptions options) {
        return waitUntil(handle, STATUS, BUILD_DESIRED_VALUES, options);
    }

    /**
     * Starts waiting for a build and returns at once; the callback receives the outcome.
     *
     * @param handle the resource being built
     * @param options interval, attempts, deadline, failure values, 404 policy, verbose output
     * @param callback receives the built snapshot and null, or null and the failure
     * @param <T> the handle type
     * @return the wait's future, to cancel it or to wait for it
     */
    public <T extends Waitable<T>> CompletableFuture<T> waitForBuild(T handle, WaitOptions options,
            BiConsumer<? super @Nullable T, ? super @Nullable Throwable> callback) {
        return waitUntil(handle, STATUS, BUILD_DESIRED_VALUES, options, callback);
    }

    /**
     * @param handle the resource being built
     * @param <T> the handle type
     * @return the future of the built snapshot, with pyrax's {@code wait_for_build} defaults
     */
    public <T extends Waitable<T>> CompletableFuture<T> waitForBuildAsync(T handle) {
        return waitForBuildAsync(handle, buildDefaults);
    }

    /**
     * @param handle the resource being built
     * @param options interval, attempts, deadline, failure values, 404 policy, verbose output
     * @param <T> the handle type
     * @return the future of the built snapshot
     */
    public <T extends Waitable<T>> CompletableFuture<T> waitForBuildAsync(T handle, WaitOptions options) {
        return waitUntilAsync(handle, STATUS, BUILD_DESIRED_VALUES, options);
    }

    /**
     * Ends every wait still running with a {@link org.cloudsdk.errors.CloudException} and stops
     * the scheduler threads when the waiter made them (a scheduler given to the builder is left
     * running). Closing twice, or closing {@link #shared()}, does nothing.
     */
    @Override
    public void close() {
        if (!closeable) {
            return;
        }
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
        for (WaitOperation<?> wait : List.copyOf(waits)) {
            wait.closed();
        }
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    Executor completionExecutor() {
        return completionExecutor;
    }

    ObservationRegistry observations() {
        return observations;
    }

    void register(WaitOperation<?> wait) {
        waits.add(wait);
    }

    void unregister(WaitOperation<?> wait) {
        waits.remove(wait);
    }

    private <T extends Waitable<T>> WaitOperation<T> operation(T handle, String attribute, Collection<?> desired,
            WaitOptions options) {
        requireNonNull(handle, "handle");
        if (attribute == null || attribute.isBlank()) {
            throw new IllegalArgumentException("attribute must be a non-blank attribute name, such as \"status\"");
        }
        if (desired == null || desired.isEmpty()) {
            throw new IllegalArgumentException("desired must hold at least one value, such as List.of(\"ACTIVE\")");
        }
        Set<String> values = new LinkedHashSet<>();
        for (Object value : desired) {
            if (value == null) {
                throw new IllegalArgumentException("desired must not contain null");
            }
            values.add(String.valueOf(value));
        }
        requireNonNull(options, "options");
        return new WaitOperation<>(this, handle, attribute, Set.copyOf(values), options);
    }

    private static void requireNonNull(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }

    private static ScheduledExecutorService newScheduler(int threads) {
        String prefix = "cloud-sdk-wait-" + WAITERS.incrementAndGet() + "-";
        AtomicInteger count = new AtomicInteger();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(threads, task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // a thousand waits leave a thousand cancelled timers behind: drop them at once
        executor.setRemoveOnCancelPolicy(true);
        executor.setKeepAliveTime(IDLE_THREAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /** Created on first use only: a program that never waits starts no thread. */
    private static final class Shared {
        static final Waiter INSTANCE = new Waiter(new Builder(), false);
    }

    /** Builds a {@link Waiter}. */
    public static final class Builder {

        private int threads = DEFAULT_THREADS;
        private @Nullable ScheduledExecutorService scheduler;
        private Executor completionExecutor = ForkJoinPool.commonPool();
        private ObservationRegistry observations = ObservationRegistry.NOOP;
        private WaitOptions untilDefaults = WaitOptions.defaults();
        private WaitOptions buildDefaults = WaitOptions.forBuild();

        private Builder() {
        }

        /**
         * @param until the options of the {@code waitUntil} forms that take none (default
         *     {@link WaitOptions#defaults()}: pyrax's {@code wait_until})
         * @param build the options of the {@code waitForBuild} forms that take none (default
         *     {@link WaitOptions#forBuild()}: pyrax's {@code wait_for_build})
         * @return this builder
         */
        public Builder defaults(WaitOptions until, WaitOptions build) {
            requireNonNull(until, "until");
            requireNonNull(build, "build");
            this.untilDefaults = until;
            this.buildDefaults = build;
            return this;
        }

        /**
         * @param value how many scheduler threads the waiter makes, 1 to 16 (default
         *     {@value Waiter#DEFAULT_THREADS}); the polling is short work, a few threads serve
         *     thousands of waits
         * @return this builder
         */
        public Builder threads(int value) {
            if (value < 1 || value > 16) {
                throw new IllegalArgumentException("threads must be 1 to 16, was " + value);
            }
            this.threads = value;
            return this;
        }

        /**
         * @param value a scheduler to run the polling on instead of the waiter's own threads; the
         *     waiter never shuts it down. Its tasks must not be delayed by blocking work.
         * @return this builder
         */
        public Builder scheduler(ScheduledExecutorService value) {
            requireNonNull(value, "scheduler");
            this.scheduler = value;
            return this;
        }

        /**
         * @param value where the waits' futures complete, and so where callbacks and dependent
         *     stages run (default: the common fork-join pool)
         * @return this builder
         */
        public Builder completionExecutor(Executor value) {
            requireNonNull(value, "completionExecutor");
            this.completionExecutor = value;
            return this;
        }

        /**
         * @param value the registry of the {@code cloud.wait} observations (tags: resource,
         *     attribute, outcome); null for none
         * @return this builder
         */
        public Builder observationRegistry(@Nullable ObservationRegistry value) {
            this.observations = value == null ? ObservationRegistry.NOOP : value;
            return this;
        }

        /** @return a waiter; close it to stop its threads */
        public Waiter build() {
            return new Waiter(this, true);
        }
    }
}
