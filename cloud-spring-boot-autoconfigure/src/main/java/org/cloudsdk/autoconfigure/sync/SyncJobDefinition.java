package org.cloudsdk.autoconfigure.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.cloudsdk.objectstorage.SyncOptions;
import org.jspecify.annotations.Nullable;
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
        SyncOptions options, @Nullable String region, @Nullable String environment, SyncSchedule schedule) {

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
        String container = trimmed(job.getContainer());
        if (container == null) {
            throw new InvalidSyncJobException(name, "container", "must be set (the container to sync into)");
        }
        String environment = trimmed(job.getEnvironment());
        if (environment != null && !environments.contains(environment)) {
            throw new InvalidSyncJobException(name, "environment", "unknown environment '" + environment
                    + "': expected one of " + environments);
        }
        return new SyncJobDefinition(name, folder, container, job.isCreateContainer(), options(name, job),
                trimmed(job.getRegion()), environment, schedule(name, job));
    }

    private static Path folder(String name, SyncJobProperties job) {
        String given = trimmed(job.getFolder());
        if (given == null) {
            throw new InvalidSyncJobException(name, "folder", "must be set (the local folder to sync)");
        }
        Path folder;
        try {
            folder = Path.of(given).toAbsolutePath().normalize();
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
        String expression = trimmed(job.getCron());
        Duration fixedDelay = job.getFixedDelay();
        if (expression != null && fixedDelay != null) {
            throw new InvalidSyncJobException(name, "cron", "set either cron or fixed-delay, not both");
        }
        Duration initialDelay = job.getInitialDelay();
        if (expression != null) {
            if (initialDelay != null) {
                throw new InvalidSyncJobException(name, "initial-delay", "applies to fixed-delay only, not to cron");
            }
            try {
                CronExpression.parse(expression);
            } catch (IllegalArgumentException ex) {
                throw new InvalidSyncJobException(name, "cron", "'" + expression + "' is not a cron expression ("
                        + "six fields: second minute hour day-of-month month day-of-week): " + ex.getMessage(), ex);
            }
            return new SyncSchedule(expression, null, Duration.ZERO);
        }
        if (fixedDelay == null) {
            throw new InvalidSyncJobException(name, "cron", "set cron or fixed-delay to say when the job runs");
        }
        if (fixedDelay.isZero() || fixedDelay.isNegative()) {
            throw new InvalidSyncJobException(name, "fixed-delay", "must be positive, was " + fixedDelay);
        }
        if (initialDelay != null && initialDelay.isNegative()) {
            throw new InvalidSyncJobException(name, "initial-delay", "must not be negative, was " + initialDelay);
        }
        return new SyncSchedule(null, fixedDelay, initialDelay == null ? Duration.ZERO : initialDelay);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** @return the value trimmed, or null when unset or blank */
    private static @Nullable String trimmed(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
