package org.cloudsdk.autoconfigure.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.cloudsdk.objectstorage.SyncOptions;
import org.springframework.scheduling.support.CronExpression;

/**
 * A checked {@code cloud.sync.jobs.<name>} entry: what to sync where, and when.
 *
 * @param name the job's name
 * @param folder the local folder, absolute
 * @param container the container
 * @param createContainer whether a missing container is created
 * @param options the sync's options, without a listener
 * @param region the region, or null for the environment's default
 * @param environment the environment, or null for the active one
 * @param schedule when it runs
 */
public record SyncJobDefinition(String name, Path folder, String container, boolean createContainer,
        SyncOptions options, String region, String environment, SyncSchedule schedule) {

    /**
     * Checks a job's properties, creating its folder when it is missing and {@code create-folder} is
     * on.
     *
     * @param name the job's name
     * @param job its properties
     * @param environments the environments that exist (the active one and cloud.environments)
     * @return the definition
     * @throws InvalidSyncJobException naming the job's property at fault
     */
    public static SyncJobDefinition of(String name, SyncJobProperties job, Set<String> environments) {
        Path folder = folder(name, job);
        if (blank(job.getContainer())) {
            throw new InvalidSyncJobException(name, "container", "must be set (the container to sync into)");
        }
        String environment = blank(job.getEnvironment()) ? null : job.getEnvironment().trim();
        if (environment != null && !environments.contains(environment)) {
            throw new InvalidSyncJobException(name, "environment", "unknown environment '" + environment
                    + "': expected one of " + environments);
        }
        return new SyncJobDefinition(name, folder, job.getContainer().trim(), job.isCreateContainer(),
                options(name, job), blank(job.getRegion()) ? null : job.getRegion().trim(), environment,
                schedule(name, job));
    }

    private static Path folder(String name, SyncJobProperties job) {
        if (blank(job.getFolder())) {
            throw new InvalidSyncJobException(name, "folder", "must be set (the local folder to sync)");
        }
        Path folder;
        try {
            folder = Path.of(job.getFolder().trim()).toAbsolutePath().normalize();
        } catch (InvalidPathException ex) {
            throw new InvalidSyncJobException(name, "folder", "'" + job.getFolder() + "' is not a path: "
                    + ex.getMessage(), ex);
        }
        if (!Files.exists(folder) && job.isCreateFolder()) {
            try {
                Files.createDirectories(folder);
            } catch (IOException ex) {
                throw new InvalidSyncJobException(name, "folder", folder + " does not exist and cannot be created: "
                        + ex, ex);
            }
        }
        if (!Files.exists(folder)) {
            throw new InvalidSyncJobException(name, "folder", folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new InvalidSyncJobException(name, "folder", folder + " is not a folder");
        }
        return folder;
    }

    private static SyncOptions options(String name, SyncJobProperties job) {
        SyncOptions.Builder options = SyncOptions.builder().includeHidden(job.isIncludeHidden())
                .ignoreTimestamps(job.isIgnoreTimestamps()).delete(job.isDelete());
        checked(name, "prefix", () -> options.prefix(blank(job.getPrefix()) ? null : job.getPrefix()));
        checked(name, "ignore", () -> options.ignore(job.getIgnore()));
        checked(name, "parallelism", () -> options.parallelism(job.getParallelism()));
        return options.build();
    }

    private static void checked(String name, String property, Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException | NullPointerException ex) {
            throw new InvalidSyncJobException(name, property, String.valueOf(ex.getMessage()), ex);
        }
    }

    private static SyncSchedule schedule(String name, SyncJobProperties job) {
        boolean cron = !blank(job.getCron());
        Duration fixedDelay = job.getFixedDelay();
        if (cron && fixedDelay != null) {
            throw new InvalidSyncJobException(name, "cron", "set either cron or fixed-delay, not both");
        }
        if (!cron && fixedDelay == null) {
            throw new InvalidSyncJobException(name, "cron", "set cron or fixed-delay to say when the job runs");
        }
        Duration initialDelay = job.getInitialDelay();
        if (cron) {
            if (initialDelay != null) {
                throw new InvalidSyncJobException(name, "initial-delay", "applies to fixed-delay only, not to cron");
            }
            String expression = job.getCron().trim();
            try {
                CronExpression.parse(expression);
            } catch (IllegalArgumentException ex) {
                throw new InvalidSyncJobException(name, "cron", "'" + expression + "' is not a cron expression ("
                        + "six fields: second minute hour day-of-month month day-of-week): " + ex.getMessage(), ex);
            }
            return new SyncSchedule(expression, null, Duration.ZERO);
        }
        if (fixedDelay.isZero() || fixedDelay.isNegative()) {
            throw new InvalidSyncJobException(name, "fixed-delay", "must be positive, was " + fixedDelay);
        }
        if (initialDelay != null && initialDelay.isNegative()) {
            throw new InvalidSyncJobException(name, "initial-delay", "must not be negative, was " + initialDelay);
        }
        return new SyncSchedule(null, fixedDelay, initialDelay == null ? Duration.ZERO : initialDelay);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
