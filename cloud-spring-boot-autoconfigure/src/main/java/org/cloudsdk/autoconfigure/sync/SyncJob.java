package org.cloudsdk.autoconfigure.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.cloudsdk.errors.NoSuchContainerException;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.SyncOptions;
import org.cloudsdk.objectstorage.SyncResult;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * One sync job: runs {@code ObjectStorage.syncFolderToContainer} for its definition, never two
 * runs at once (a run triggered while one is going is skipped and logged), retries a failed run
 * per the shared retry policy, records a {@code cloud.sync} observation (tags {@code job},
 * {@code trigger}, {@code outcome}) and the file meters, logs a one-line summary and keeps the
 * last result. Thread-safe.
 */
public final class SyncJob {

    /** Name of the observation of each run. */
    public static final String OBSERVATION = "cloud.sync";

    private static final Logger LOG = LoggerFactory.getLogger(SyncJob.class);
    private static final int FAILURES_KEPT = 10;

    private final SyncJobDefinition definition;
    private final Function<SyncJobDefinition, ObjectStorage> storage;
    private final RetryTemplate retryTemplate;
    private final ObservationRegistry observations;
    private final SyncJobMetrics metrics;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile @Nullable SyncJobResult lastResult;

    /**
     * @param definition what to sync where
     * @param storage finds the object storage client of the definition's environment and region
     * @param retryPolicy the retry policy of whole runs (the starter gives the SDK's background policy)
     * @param observations where the {@code cloud.sync} observations go
     * @param metrics where the files are counted
     * @param clock the clock of the results' start times
     */
    public SyncJob(SyncJobDefinition definition, Function<SyncJobDefinition, ObjectStorage> storage,
            RetryPolicy retryPolicy, @Nullable ObservationRegistry observations, @Nullable SyncJobMetrics metrics,
            Clock clock) {
        this.definition = Objects.requireNonNull(definition, "definition must not be null");
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
        this.retryTemplate = new RetryTemplate(new SyncRetryPolicy(retryPolicy, stopping::get));
        this.observations = observations == null ? ObservationRegistry.NOOP : observations;
        this.metrics = metrics == null ? SyncJobMetrics.NONE : metrics;
        this.clock = clock;
    }

    /** @return the job's name */
    public String name() {
        return definition.name();
    }

    /** @return the job's definition */
    public SyncJobDefinition definition() {
        return definition;
    }

    /** @return whether a run is going */
    public boolean isRunning() {
        return running.get();
    }

    /** @return the result of the last run that ended, if any */
    public Optional<SyncJobResult> lastResult() {
        return Optional.ofNullable(lastResult);
    }

    /**
     * Runs the job now on the calling thread, unless a run is already going.
     *
     * @param trigger what started it: {@code scheduled} or {@code manual}
     * @return the run's result, or empty when it was skipped because a run is going
     */
    public Optional<SyncJobResult> runIfIdle(String trigger) {
        if (!tryStart(trigger)) {
            return Optional.empty();
        }
        return Optional.of(runStarted(trigger));
    }

    /**
     * Claims the job for a run that {@link #runStarted(String)} then performs, possibly on another
     * thread; logs the skip when a run is already going.
     *
     * @param trigger what wants to start it
     * @return whether the job was idle and is now claimed
     */
    boolean tryStart(String trigger) {
        if (running.compareAndSet(false, true)) {
            return true;
        }
        LOG.info("Cloud sync '{}': {} run skipped, the previous run is still going", name(), trigger);
        return false;
    }

    /** Gives up a claim of {@link #tryStart(String)} without running. */
    void release() {
        running.set(false);
    }

    /** No more retries: the application is stopping (the running attempt goes on until interrupted). */
    void stopping() {
        stopping.set(true);
    }

    /** Retries allowed again: the jobs are (re)started. */
    void resume() {
        stopping.set(false);
    }

    /**
     * Performs a run claimed by {@link #tryStart(String)} and releases the claim.
     *
     * @param trigger what started it
     * @return its result
     */
    SyncJobResult runStarted(String trigger) {
        Instant started = clock.instant();
        long start = System.nanoTime();
        AtomicInteger attempts = new AtomicInteger();
        Observation observation = Observation.createNotStarted(OBSERVATION, observations)
                .contextualName("cloud.sync " + name()).lowCardinalityKeyValue("job", name())
                .lowCardinalityKeyValue("trigger", trigger).start();
        SyncJobResult result;
        try (Observation.Scope scope = observation.openScope()) {
            SyncResult synced = retryTemplate.execute(attempt(attempts));
            result = completed(trigger, started, elapsed(start), attempts.get(), synced);
        } catch (RetryException ex) {
            Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
            observation.error(cause);
            result = failed(trigger, started, elapsed(start), attempts.get(), cause);
        } finally {
            running.set(false);
        }
        observation.lowCardinalityKeyValue("outcome", result.outcome().tag()).stop();
        lastResult = result;
        log(result);
        return result;
    }

    private Retryable<SyncResult> attempt(AtomicInteger attempts) {
        SyncOptions options = definition.options().toBuilder().listener(metrics.listener(name())).build();
        return new Retryable<>() {
            @Override
            public SyncResult execute() {
                attempts.incrementAndGet();
                ObjectStorage client = storage.apply(definition);
                try {
                    return client.syncFolderToContainer(definition.folder(), definition.container(), options);
                } catch (NoSuchContainerException missing) {
                    if (!definition.createContainer()) {
                        throw missing;
                    }
                    client.createContainer(definition.container());
                    LOG.info("Cloud sync '{}': created container '{}'", name(), definition.container());
                    return client.syncFolderToContainer(definition.folder(), definition.container(), options);
                }
            }

            @Override
            public String getName() {
                return "cloud.sync " + name();
            }
        };
    }

    private static SyncJobResult completed(String trigger, Instant started, Duration duration, int attempts,
            SyncResult synced) {
        List<String> failures = synced.failed().stream().limit(FAILURES_KEPT)
                .map(failure -> failure.name() + ": " + failure.reason()).toList();
        return new SyncJobResult(trigger, started, duration, synced.succeeded() ? SyncJobResult.Outcome.SUCCESS
                : SyncJobResult.Outcome.PARTIAL, attempts, synced.uploaded(),
                synced.skippedIdentical() + synced.skippedOlder(), synced.deleted(), synced.failed().size(),
                synced.bytesUploaded(), failures, null);
    }

    private static SyncJobResult failed(String trigger, Instant started, Duration duration, int attempts,
            Throwable cause) {
        return new SyncJobResult(trigger, started, duration, SyncJobResult.Outcome.FAILURE, attempts, 0, 0, 0, 0, 0,
                List.of(), cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    private void log(SyncJobResult result) {
        String summary = String.format("Cloud sync '%s' (%s) %s -> %s: %s, %d uploaded (%d bytes), %d skipped, "
                + "%d deleted, %d failed in %d ms, %d attempt(s)", name(), result.trigger(), definition.folder(),
                definition.container(), result.outcome().tag(), result.uploaded(), result.bytesUploaded(),
                result.skipped(), result.deleted(), result.failed(), result.duration().toMillis(), result.attempts());
        switch (result.outcome()) {
            case SUCCESS -> LOG.info(summary);
            case PARTIAL -> LOG.warn("{}; first failures: {}", summary, result.failures());
            case FAILURE -> LOG.warn("{}: {}", summary, result.error());
        }
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public String toString() {
        return "SyncJob[" + name() + ", " + definition.schedule().describe() + "]";
    }
}
