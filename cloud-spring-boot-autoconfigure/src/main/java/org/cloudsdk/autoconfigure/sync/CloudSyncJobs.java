package org.cloudsdk.autoconfigure.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The sync jobs of {@code cloud.sync.jobs} and their scheduler. The jobs run on a scheduler of
 * their own (threads {@code cloud-sync-*}), not on the application's {@code TaskScheduler}: a long
 * sync never delays the application's {@code @Scheduled} methods, and exposing a scheduler bean
 * would make Spring Boot's own back off.
 *
 * <p>Started with the application context, after every bean is created (so no job runs while the
 * application starts). On shutdown it stops scheduling, waits up to
 * {@code cloud.sync.shutdown-timeout} for the running syncs to finish, then interrupts them: an
 * interrupted sync aborts the uploads in flight, so the file being sent is abandoned and no partial
 * object is stored.
 */
public final class CloudSyncJobs implements SmartLifecycle {

    /** The trigger of scheduled runs. */
    public static final String SCHEDULED = "scheduled";

    /** The trigger of runs asked for through {@link #trigger(String)}. */
    public static final String MANUAL = "manual";

    private static final Logger LOG = LoggerFactory.getLogger(CloudSyncJobs.class);
    private static final Duration ABORT_WAIT = Duration.ofSeconds(10);

    private final Map<String, SyncJob> jobs = new LinkedHashMap<>();
    private final Duration shutdownTimeout;
    private final Map<String, ScheduledFuture<?>> schedules = new ConcurrentHashMap<>();
    private volatile @Nullable ThreadPoolTaskScheduler scheduler;
    private volatile boolean running;

    /**
     * @param jobs the jobs, in the order they are listed
     * @param shutdownTimeout how long {@link #stop()} waits for running syncs before interrupting
     *     them
     */
    public CloudSyncJobs(List<SyncJob> jobs, Duration shutdownTimeout) {
        jobs.forEach(job -> this.jobs.put(job.name(), job));
        this.shutdownTimeout = shutdownTimeout;
    }

    /** @return the jobs by name, in definition order */
    public Map<String, SyncJob> jobs() {
        return Collections.unmodifiableMap(jobs);
    }

    /**
     * @param name a job's name
     * @return the job, if defined and enabled
     */
    public Optional<SyncJob> job(String name) {
        return Optional.ofNullable(jobs.get(name));
    }

    /**
     * @param name a job's name
     * @return when the job runs next, if it is scheduled
     */
    public Optional<Instant> nextRun(String name) {
        ScheduledFuture<?> future = schedules.get(name);
        if (future == null || future.isDone()) {
            return Optional.empty();
        }
        return Optional.of(Instant.now().plusMillis(Math.max(0, future.getDelay(TimeUnit.MILLISECONDS))));
    }

    /**
     * Starts a run of a job now, on the jobs' scheduler, unless one is going.
     *
     * @param name a job's name
     * @return whether a run was started (false when one is going or the jobs are stopped)
     * @throws IllegalArgumentException when there is no such job
     */
    public boolean trigger(String name) {
        SyncJob job = job(name).orElseThrow(() -> new IllegalArgumentException("no sync job '" + name
                + "': expected one of " + jobs.keySet()));
        ThreadPoolTaskScheduler current = scheduler;
        if (!running || current == null || !job.tryStart(MANUAL)) {
            return false;
        }
        try {
            current.execute(() -> job.runStarted(MANUAL));
            return true;
        } catch (TaskRejectedException stopped) {
            job.release();
            return false;
        }
    }

    @Override
    public void start() {
        if (running) {
            return;
        }
        if (!jobs.isEmpty()) {
            ThreadPoolTaskScheduler pool = new ThreadPoolTaskScheduler();
            // a job never overlaps itself; the spare threads serve manual runs
            pool.setPoolSize(Math.max(2, 2 * jobs.size()));
            pool.setThreadNamePrefix("cloud-sync-");
            pool.setRemoveOnCancelPolicy(true);
            pool.initialize();
            scheduler = pool;
            jobs.values().forEach(SyncJob::resume);
            jobs.values().forEach(job -> schedule(pool, job));
        }
        running = true;
    }

    private void schedule(ThreadPoolTaskScheduler pool, SyncJob job) {
        SyncSchedule schedule = job.definition().schedule();
        Runnable run = () -> job.runIfIdle(SCHEDULED);
        String cron = schedule.cron();
        Duration fixedDelay = schedule.fixedDelay();
        ScheduledFuture<?> future;
        if (cron != null) {
            future = pool.schedule(run, new CronTrigger(cron));
        } else if (fixedDelay != null) {
            future = pool.scheduleWithFixedDelay(run, Instant.now().plus(schedule.initialDelay()), fixedDelay);
        } else {
            // SyncJobDefinition never makes such a schedule; a hand-made one is refused by name
            throw new IllegalArgumentException("sync job '" + job.name() + "' has neither a cron expression nor a "
                    + "fixed delay");
        }
        schedules.put(job.name(), future);
        LOG.info("Cloud sync '{}' scheduled: {} -> container '{}' ({})", job.name(), job.definition().folder(),
                job.definition().container(), schedule.describe());
    }

    @Override
    public void stop() {
        running = false;
        ThreadPoolTaskScheduler pool = scheduler;
        if (pool == null) {
            return;
        }
        schedules.values().forEach(future -> future.cancel(false));
        schedules.clear();
        jobs.values().forEach(SyncJob::stopping);
        ScheduledThreadPoolExecutor executor = pool.getScheduledThreadPoolExecutor();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(shutdownTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Cloud sync: runs still going after {} ms; interrupting them (the files being sent are "
                        + "abandoned, no partial object is stored)", shutdownTimeout.toMillis());
                executor.shutdownNow();
                if (!executor.awaitTermination(ABORT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("Cloud sync: runs did not stop within {} ms of being interrupted", ABORT_WAIT.toMillis());
                }
            }
        } catch (InterruptedException ex) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public String toString() {
        return "CloudSyncJobs" + jobs.values();
    }
}
