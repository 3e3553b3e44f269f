package org.cloudsdk.autoconfigure.sync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The {@code cloudsync} actuator endpoint: {@code GET /actuator/cloudsync} lists the sync jobs
 * with their schedule, state and last result, {@code GET /actuator/cloudsync/{job}} shows one, and
 * {@code POST /actuator/cloudsync/{job}} starts a run now (skipped when one is going).
 */
@Endpoint(id = "cloudsync")
public class CloudSyncEndpoint {

    private final CloudSyncJobs jobs;

    /** @param jobs the sync jobs */
    public CloudSyncEndpoint(CloudSyncJobs jobs) {
        this.jobs = jobs;
    }

    /** @return every job by name */
    @ReadOperation
    public Map<String, Object> jobs() {
        Map<String, JobDescriptor> described = new LinkedHashMap<>();
        jobs.jobs().values().forEach(job -> described.put(job.name(), describe(job)));
        return Map.of("jobs", described);
    }

    /**
     * @param name a job's name
     * @return the job, or null (404) when there is no such job
     */
    @ReadOperation
    public @Nullable JobDescriptor job(@Selector String name) {
        return jobs.job(name).map(this::describe).orElse(null);
    }

    /**
     * @param name a job's name
     * @return whether a run was started: false when one is already going
     */
    @WriteOperation
    public TriggerResponse trigger(@Selector String name) {
        if (jobs.job(name).isEmpty()) {
            throw new InvalidEndpointRequestException("no sync job '" + name + "'", "no sync job '" + name
                    + "': expected one of " + jobs.jobs().keySet());
        }
        boolean started = jobs.trigger(name);
        return new TriggerResponse(name, started, started ? "started" : "skipped: a run is going or the jobs are stopped");
    }

    private JobDescriptor describe(SyncJob job) {
        SyncJobDefinition definition = job.definition();
        return new JobDescriptor(job.name(), definition.folder().toString(), definition.container(),
                definition.options().prefix(), definition.region(), definition.environment(),
                definition.schedule().describe(), job.isRunning(),
                jobs.nextRun(job.name()).map(Object::toString).orElse(null),
                job.lastResult().map(ResultDescriptor::of).orElse(null));
    }

    /**
     * One job as the endpoint shows it.
     *
     * @param name the job's name
     * @param folder the local folder
     * @param container the container
     * @param prefix the pseudo-folder synced under, or null
     * @param region the region, or null for the default
     * @param environment the environment, or null for the active one
     * @param schedule its schedule
     * @param running whether a run is going
     * @param nextRun when it runs next (ISO-8601), or null
     * @param lastResult the last run's result, or null
     */
    public record JobDescriptor(String name, String folder, String container, @Nullable String prefix,
            @Nullable String region, @Nullable String environment, String schedule, boolean running,
            @Nullable String nextRun, @Nullable ResultDescriptor lastResult) {
    }

    /**
     * A run's result as the endpoint shows it.
     *
     * @param trigger scheduled or manual
     * @param started when it started (ISO-8601)
     * @param durationMs how long it took, in milliseconds
     * @param outcome success, partial or failure
     * @param attempts how many times it was tried
     * @param uploaded files uploaded
     * @param skipped files left alone
     * @param deleted objects deleted
     * @param failed files and objects that failed
     * @param bytesUploaded bytes uploaded
     * @param failures the first per-file failures
     * @param error why the run failed, or null
     */
    public record ResultDescriptor(String trigger, String started, long durationMs, String outcome, int attempts,
            int uploaded, int skipped, int deleted, int failed, long bytesUploaded, List<String> failures,
            @Nullable String error) {

        static ResultDescriptor of(SyncJobResult result) {
            return new ResultDescriptor(result.trigger(), result.started().toString(), result.duration().toMillis(),
                    result.outcome().tag(), result.attempts(), result.uploaded(), result.skipped(), result.deleted(),
                    result.failed(), result.bytesUploaded(), result.failures(), result.error());
        }
    }

    /**
     * The answer to a trigger.
     *
     * @param job the job's name
     * @param started whether a run was started
     * @param message what happened
     */
    public record TriggerResponse(String job, boolean started, String message) {
    }
}
