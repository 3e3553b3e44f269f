package org.cloudsdk.wait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ConnectionFailedException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.errors.OverLimitException;
import org.cloudsdk.errors.ServerErrorException;
import org.cloudsdk.wait.WaitObservation.Outcome;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One wait: polls a handle on the waiter's scheduler until the watched attribute reaches a
 * desired or a failure value, the attempts or the deadline run out, or the caller cancels.
 *
 * <p>No thread is held between polls or while a poll is in flight: each step is a short task on
 * the scheduler, and a reload's completion (which arrives on the transport's event loop) is
 * handed back to the scheduler before anything else runs. The state is guarded by this object's
 * lock because the deadline, a poll timeout, a cancellation and a poll's answer may race on
 * different threads; whichever ends the wait first wins, and the others find it done.
 */
final class WaitOperation<T extends Waitable<T>> {

    private static final Logger LOG = LoggerFactory.getLogger(Waiter.class);

    /** The longest pause after a rate-limited poll that gave no {@code Retry-After}. */
    private static final Duration MAX_RATE_LIMIT_PAUSE = Duration.ofMinutes(2);

    private final Waiter waiter;
    private final String attribute;
    private final Set<String> desired;
    private final WaitOptions options;
    private final String description;
    private final long startNanos = System.nanoTime();
    private final WaitObservation observation;
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private T last;
    private @Nullable Object lastValue;
    private int polls;
    private int failedPolls;
    private @Nullable Throwable lastPollFailure;
    private Duration rateLimitPause;
    private boolean done;
    private @Nullable CompletableFuture<T> inFlight;
    private boolean inFlightTimedOut;
    private @Nullable ScheduledFuture<?> nextPoll;
    private @Nullable ScheduledFuture<?> pollTimer;
    /** a caller blocks on the result: complete it where the wait ends, not on the completion executor */
    private volatile boolean blockingCaller;
    private @Nullable ScheduledFuture<?> deadlineTimer;

    WaitOperation(Waiter waiter, T handle, String attribute, Set<String> desired, WaitOptions options) {
        this.waiter = waiter;
        this.last = handle;
        this.attribute = attribute;
        this.desired = desired;
        this.options = options;
        this.rateLimitPause = options.interval();
        this.description = handle.resourceType() + " " + handle.id() + " to reach " + attribute + " in " + desired;
        this.observation = WaitObservation.start(waiter.observations(), handle.resourceType(), attribute);
    }

    /** @return the result, which the caller may cancel to stop the polling */
    CompletableFuture<T> start() {
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                cancelled();
            }
        });
        waiter.register(this);
        boolean started;
        synchronized (this) {
            try {
                options.deadline().ifPresent(limit -> deadlineTimer = schedule(this::deadlinePassed, limit));
                nextPoll = schedule(this::poll, Duration.ZERO);
                started = true;
            } catch (RejectedExecutionException e) {
                started = false;
            }
        }
        if (!started) {
            closed();
        }
        return result;
    }

    /**
     * Starts the wait for a caller that blocks on it. Its result is completed where the wait ends
     * (a scheduler thread), not on the completion executor: the common pool by default, whose
     * workers may all be blocked in SDK calls (two parallel-stream tasks changing one load
     * balancer, the second waiting for the first's turn), so that a completion queued there would
     * never run and the blocked caller would wait out its deadline.
     *
     * @return the result
     */
    CompletableFuture<T> startForBlockingCaller() {
        blockingCaller = true;
        return start();
    }

    String description() {
        return description;
    }

    /** Ends the wait because its waiter was closed. */
    void closed() {
        Ending ending;
        synchronized (this) {
            if (done) {
                return;
            }
            ending = end(Outcome.ERROR, null, new CloudException("the waiter was closed while waiting for "
                    + description));
        }
        ending.complete();
    }

    private void poll() {
        CompletableFuture<T> reload;
        boolean rejected = false;
        synchronized (this) {
            if (done) {
                return;
            }
            try {
                reload = last.reloadAsync();
                if (reload == null) {
                    reload = CompletableFuture.failedFuture(new CloudException(last.getClass().getName()
                            + ".reloadAsync() returned null"));
                }
            } catch (RuntimeException e) {
                reload = CompletableFuture.failedFuture(e);
            }
            inFlight = reload;
            inFlightTimedOut = false;
            CompletableFuture<T> polled = reload;
            try {
                options.pollTimeout().ifPresent(limit -> pollTimer = schedule(() -> pollTimedOut(polled), limit));
            } catch (RejectedExecutionException e) {
                rejected = true;
            }
        }
        if (rejected) {
            closed();
            return;
        }
        CompletableFuture<T> polled = reload;
        // the answer arrives on the transport's event loop: never run the wait's logic (or a
        // user's verbose output) there
        polled.whenComplete((snapshot, error) -> execute(() -> answered(polled, snapshot, error)));
    }

    private void answered(CompletableFuture<T> polled, @Nullable T snapshot, @Nullable Throwable error) {
        Ending ending;
        synchronized (this) {
            if (done || polled != inFlight) {
                return;
            }
            inFlight = null;
            cancel(pollTimer);
            boolean timedOut = inFlightTimedOut;
            if (error != null) {
                ending = failedPoll(Blocking.unwrap(error), timedOut);
            } else if (snapshot == null) {
                ending = failedPoll(new CloudException(last.getClass().getName()
                        + ".reloadAsync() completed with null"), timedOut);
            } else {
                polls++;
                failedPolls = 0;
                lastPollFailure = null;
                rateLimitPause = options.interval();
                last = snapshot;
                lastValue = snapshot.attribute(attribute).orElse(null);
                if (options.verbose()) {
                    // under the lock, before the next poll is scheduled: the lines come in poll order
                    verbose(verboseLine(snapshot));
                }
                ending = judge();
            }
        }
        if (ending != null) {
            ending.complete();
        }
    }

    /** @return how the wait ends after this snapshot, or null when the next poll is scheduled */
    private @Nullable Ending judge() {
        Object value = lastValue;
        String text = value == null ? null : String.valueOf(value);
        if (text != null && desired.contains(text)) {
            return end(Outcome.SUCCESS, last, null);
        }
        if (value != null && text != null && options.failureValues().contains(text)) {
            return end(Outcome.FAILED, null, new ResourceFailedException(last.resourceType() + " " + last.id()
                    + " reached " + attribute + "=" + text + ", a failure state, while waiting for " + desired
                    + " (after " + polls + " polls, " + seconds(elapsed()) + " s)", last, attribute, value,
                    polls, elapsed()));
        }
        if (options.attempts() > 0 && polls >= options.attempts()) {
            return end(Outcome.ATTEMPTS_EXHAUSTED, null, new WaitTimeoutException(last.resourceType() + " " + last.id()
                    + " still had " + attribute + "=" + text + " after " + polls + " attempts, waiting for "
                    + desired, WaitTimeoutException.Reason.ATTEMPTS_EXHAUSTED, last, attribute, lastValue, polls,
                    elapsed(), null));
        }
        return scheduleNext(options.interval());
    }

    /** @return how the wait ends after this failed poll, or null when the next poll is scheduled */
    private @Nullable Ending failedPoll(Throwable failure, boolean timedOut) {
        if (failure instanceof NotFoundException notFound) {
            return options.notFound() == NotFoundPolicy.SUCCEED ? end(Outcome.DELETED, last, null)
                    : end(Outcome.ERROR, null, notFound);
        }
        if (failure instanceof OverLimitException limited) {
            // the server asked us to slow down: not a failure of the resource, so not counted
            lastPollFailure = limited;
            rateLimitPause = limited.retryAfterSeconds() >= 0
                    ? max(options.interval(), Duration.ofSeconds(limited.retryAfterSeconds()))
                    : min(rateLimitPause.multipliedBy(2), max(options.interval(), MAX_RATE_LIMIT_PAUSE));
            return scheduleNext(rateLimitPause);
        }
        Throwable cause = timedOut && failure instanceof CancellationException
                ? new CloudException("a poll of " + last.resourceType() + " " + last.id() + " took longer than "
                        + "the poll timeout " + options.pollTimeout().orElseThrow())
                : failure;
        // what the transport's own retries did not outlast may still pass before the resource is ready
        boolean transientFailure = cause != failure || failure instanceof ServerErrorException
                || failure instanceof ConnectionFailedException
                || failure instanceof CloudException cloud && cloud.status() == 408;
        if (transientFailure && failedPolls < options.maxPollFailures()) {
            failedPolls++;
            lastPollFailure = cause;
            LOG.debug("poll {} of {} failed ({}), polling again in {}", failedPolls, description, cause,
                    options.interval());
            return scheduleNext(options.interval());
        }
        return end(Outcome.ERROR, null, cause);
    }

    /** @return null once the next poll is scheduled, or the ending when the waiter refused it */
    private @Nullable Ending scheduleNext(Duration delay) {
        try {
            nextPoll = schedule(this::poll, delay);
            return null;
        } catch (RejectedExecutionException e) {
            return end(Outcome.ERROR, null, new CloudException("the waiter was closed while waiting for "
                    + description, e));
        }
    }

    private void pollTimedOut(CompletableFuture<T> polled) {
        synchronized (this) {
            if (done || polled != inFlight) {
                return;
            }
            inFlightTimedOut = true;
        }
        // cancels the request; the cancellation arrives in answered() as a failed poll
        polled.cancel(true);
    }

    private void deadlinePassed() {
        Ending ending;
        synchronized (this) {
            if (done) {
                return;
            }
            if (polls == 0) {
                // no poll answered: what is known is the snapshot the wait started from
                lastValue = last.attribute(attribute).orElse(null);
            }
            String text = lastValue == null ? null : String.valueOf(lastValue);
            ending = end(Outcome.TIMEOUT, null, new WaitTimeoutException("gave up waiting for " + description
                    + " after the deadline of " + options.deadline().orElseThrow() + " (" + polls + " polls; last "
                    + attribute + "=" + text + ")", WaitTimeoutException.Reason.DEADLINE, last, attribute, lastValue,
                    polls, elapsed(), lastPollFailure));
        }
        ending.complete();
    }

    private void cancelled() {
        synchronized (this) {
            if (done) {
                return;
            }
            end(Outcome.CANCELLED, null, null);
        }
    }

    /** Stops every timer and the poll in flight; the caller completes the returned ending outside the lock. */
    private Ending end(Outcome outcome, @Nullable T value, @Nullable Throwable error) {
        done = true;
        cancel(nextPoll);
        cancel(pollTimer);
        cancel(deadlineTimer);
        CompletableFuture<T> polled = inFlight;
        inFlight = null;
        if (polled != null) {
            polled.cancel(true);
        }
        waiter.unregister(this);
        observation.stop(outcome, polls, error);
        return new Ending(value, error);
    }

    /** How a wait ended; completes the caller's future on the waiter's completion executor. */
    private final class Ending {

        /** The final snapshot; null when the wait failed or was cancelled. */
        private final @Nullable T value;
        private final @Nullable Throwable error;

        Ending(@Nullable T value, @Nullable Throwable error) {
            this.value = value;
            this.error = error;
        }

        void complete() {
            Throwable failure = error;
            Runnable completion = failure == null ? () -> result.complete(value)
                    : () -> result.completeExceptionally(failure);
            if (blockingCaller) {
                // waking the blocked caller is all there is to run
                completion.run();
                return;
            }
            try {
                // a caller's dependent stages run where the future completes: never on the scheduler,
                // where a slow one would delay every other wait
                waiter.completionExecutor().execute(completion);
            } catch (RejectedExecutionException e) {
                completion.run();
            }
        }
    }

    private String verboseLine(T snapshot) {
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "%s %s: Current value of %s: %s (elapsed: %4.1f seconds)",
                snapshot.resourceType(), snapshot.id(), attribute, lastValue, seconds(elapsed())));
        for (String name : options.verboseAttributes()) {
            parts.add(name + "=" + snapshot.attribute(name).orElse(null));
        }
        return String.join(" ", parts);
    }

    private void verbose(String line) {
        try {
            options.verboseOutput().ifPresentOrElse(output -> output.accept(line), () -> LOG.info(line));
        } catch (RuntimeException e) {
            LOG.warn("the verbose output of a wait failed", e);
        }
    }

    private ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        long nanos;
        try {
            nanos = delay.toNanos();
        } catch (ArithmeticException e) {
            // beyond 292 years: never, for any practical purpose
            nanos = Long.MAX_VALUE;
        }
        return waiter.scheduler().schedule(task, nanos, TimeUnit.NANOSECONDS);
    }

    private void execute(Runnable task) {
        try {
            waiter.scheduler().execute(task);
        } catch (RejectedExecutionException e) {
            closed();
        }
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static void cancel(@Nullable ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
