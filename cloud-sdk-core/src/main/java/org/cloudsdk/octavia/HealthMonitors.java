package org.cloudsdk.octavia;

import java.util.List;
import java.util.Objects;

import org.cloudsdk.paging.Listing;

import reactor.core.publisher.Mono;

/**
 * Octavia's health monitors ({@code /v2/lbaas/healthmonitors}): {@code octavia.healthMonitors()},
 * one per pool.
 */
public final class HealthMonitors {

    private static final Object[] NO_PARENTS = {};

    private final OctaviaCollection<HealthMonitor> collection;

    HealthMonitors(Octavia octavia) {
        this.collection = new OctaviaCollection<>(octavia, "/lbaas/healthmonitors", "healthmonitor", "healthmonitors",
                "HealthMonitor", (client, parents, json) -> new HealthMonitor(client, json));
    }

    /** @return every health monitor of the project */
    public List<HealthMonitor> list() {
        return list(OctaviaListOptions.defaults());
    }

    /**
     * @param options filters ({@code pool_id}, {@code type}...), tags and paging
     * @return the matching monitors
     */
    public List<HealthMonitor> list(OctaviaListOptions options) {
        return collection.list(options);
    }

    /** @param options filters and paging @return the lazy listing */
    public Listing<HealthMonitor> listing(OctaviaListOptions options) {
        return collection.listing(options);
    }

    /**
     * @param healthMonitorId its id
     * @return a fresh snapshot
     * @throws org.cloudsdk.errors.NotFoundException when there is none
     */
    public HealthMonitor get(String healthMonitorId) {
        return collection.get(NO_PARENTS, healthMonitorId);
    }

    Mono<HealthMonitor> getAsync(String healthMonitorId) {
        return collection.getAsync(NO_PARENTS, healthMonitorId);
    }

    /**
     * pyrax's {@code lb.add_health_monitor(type, delay, timeout, attemptsBeforeDeactivation, ...)}.
     *
     * @param poolId the pool to watch
     * @param type how to probe ({@code SCTP} needs API 2.23)
     * @param delay seconds between probes, 0 or more
     * @param timeout seconds a probe may take, 0 to {@code delay}
     * @param maxRetries successful probes before a member is ONLINE, 1 to 10
     * @param options HTTP method, URL path, expected codes (HTTP and HTTPS only), failures before ERROR...
     * @return the new monitor
     */
    public HealthMonitor create(String poolId, HealthMonitorType type, int delay, int timeout, int maxRetries,
            HealthMonitorOptions options) {
        String pool = OctaviaChecks.uuid(poolId, "poolId");
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(options, "options must not be null");
        if (delay < 0 || timeout < 0) {
            throw new IllegalArgumentException("delay and timeout must be 0 seconds or more, were " + delay + " and "
                    + timeout);
        }
        HealthMonitorOptions.checkTimeout(delay, timeout);
        OctaviaChecks.range(maxRetries, OctaviaChecks.MIN_RETRIES, OctaviaChecks.MAX_RETRIES, "maxRetries");
        for (String positional : new String[] {"delay", "timeout", "max_retries"}) {
            if (options.fields().containsKey(positional)) {
                throw new IllegalArgumentException("the options' " + positional + " is for updates; a create takes it"
                        + " as a parameter");
            }
        }
        if (options.hasHttpFields() && !type.isHttp()) {
            throw new IllegalArgumentException("httpMethod, urlPath and expectedCodes apply to HTTP and HTTPS monitors"
                    + " only, not " + type.value());
        }
        RequestFields fields = options.requestFields().put("pool_id", pool).put("type", type).put("delay", delay)
                .put("timeout", timeout).put("max_retries", maxRetries).need(type.since(), "type " + type.value());
        return collection.create(NO_PARENTS, fields);
    }

    /**
     * @param healthMonitorId its id
     * @param options the fields to change; unset ones are left as they are
     * @return the monitor as the update answered it
     */
    public HealthMonitor update(String healthMonitorId, HealthMonitorOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        return collection.update(NO_PARENTS, healthMonitorId, options.requestFields());
    }

    /** @param healthMonitorId the monitor to delete */
    public void delete(String healthMonitorId) {
        collection.delete(NO_PARENTS, healthMonitorId);
    }
}
