package org.cloudsdk.autoconfigure.sync;

import org.jspecify.annotations.Nullable;

/**
 * A {@code cloud.sync.jobs.<name>} definition that cannot run: its message starts with the full
 * property, such as {@code cloud.sync.jobs.photos.cron: 'every day' is not a cron expression ...}.
 * Thrown while the application starts, so that it fails there rather than at the first run.
 */
public class InvalidSyncJobException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String job;
    private final String property;

    /**
     * @param job the job's name
     * @param property the job's property at fault, such as {@code cron}
     * @param reason what is wrong with it
     */
    public InvalidSyncJobException(String job, String property, String reason) {
        this(job, property, reason, null);
    }

    /**
     * @param job the job's name
     * @param property the job's property at fault
     * @param reason what is wrong with it
     * @param cause the underlying failure, or null
     */
    public InvalidSyncJobException(String job, String property, String reason, @Nullable Throwable cause) {
        super(propertyName(job, property) + ": " + reason, cause);
        this.job = job;
        this.property = property;
    }

    /** @return the job's name */
    public String job() {
        return job;
    }

    /** @return the full name of the property at fault, such as {@code cloud.sync.jobs.photos.cron} */
    public String property() {
        return propertyName(job, property);
    }

    static String propertyName(String job, String property) {
        return "cloud.sync.jobs." + job + "." + property;
    }
}
