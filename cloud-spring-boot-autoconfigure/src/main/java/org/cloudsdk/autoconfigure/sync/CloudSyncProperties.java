package org.cloudsdk.autoconfigure.sync;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cloud.sync.*}: scheduled folder-to-container syncs, each a
 * {@code cloud.sync.jobs.<name>.*} entry.
 */
@ConfigurationProperties("cloud.sync")
public class CloudSyncProperties {

    /**
     * Scheduled folder syncs by name, each with folder, container, exactly one of cron and
     * fixed-delay (with initial-delay), and optionally prefix, include-hidden, ignore-timestamps,
     * ignore, delete, parallelism, region, environment, create-folder, create-container and enabled.
     */
    private Map<String, SyncJobProperties> jobs = new LinkedHashMap<>();

    /**
     * How long shutdown waits for running syncs to finish before interrupting them; an interrupted
     * sync abandons the file it was sending, leaving no partial object.
     */
    private Duration shutdownTimeout = Duration.ofSeconds(30);

    /** @return the jobs by name */
    public Map<String, SyncJobProperties> getJobs() {
        return jobs;
    }

    /** @param jobs the jobs by name */
    public void setJobs(Map<String, SyncJobProperties> jobs) {
        this.jobs = jobs;
    }

    /** @return how long shutdown waits for running syncs */
    public Duration getShutdownTimeout() {
        return shutdownTimeout;
    }

    /** @param shutdownTimeout how long shutdown waits for running syncs */
    public void setShutdownTimeout(Duration shutdownTimeout) {
        this.shutdownTimeout = shutdownTimeout;
    }
}
