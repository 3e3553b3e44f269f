package org.cloudsdk.octavia;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;

/**
 * An Octavia health monitor: how one pool probes its members (pyrax's health monitor of Cloud
 * Load Balancers, which Octavia puts on the pool). An immutable snapshot; {@link #reload()}
 * returns a fresh one.
 */
public final class HealthMonitor extends OctaviaResource<HealthMonitor> {

    private final HealthMonitorFields fields;

    HealthMonitor(Octavia octavia, JsonNode json) {
        super(octavia, json);
        this.fields = readFields(HealthMonitorFields.class);
    }

    @Override
    public String id() {
        return fields.id();
    }

    /** @return how it probes */
    public HealthMonitorType type() {
        return fields.type() == null ? HealthMonitorType.UNKNOWN : fields.type();
    }

    /** @return seconds between probes */
    public int delay() {
        return fields.delay();
    }

    /** @return seconds a probe may take */
    public int timeout() {
        return fields.timeout();
    }

    /** @return successful probes before a member is ONLINE */
    public int maxRetries() {
        return fields.maxRetries();
    }

    /** @return failed probes before a member is ERROR (Octavia's default 3) */
    public int maxRetriesDown() {
        return fields.maxRetriesDown() == null ? 3 : fields.maxRetriesDown();
    }

    /** @return the HTTP method of HTTP and HTTPS probes */
    public Optional<HealthMonitorHttpMethod> httpMethod() {
        return Optional.ofNullable(fields.httpMethod());
    }

    /** @return the path HTTP and HTTPS probes ask for */
    public Optional<String> urlPath() {
        return Optional.ofNullable(fields.urlPath());
    }

    /** @return the statuses that count as healthy ({@code 200}, {@code 200,202}, {@code 200-204}) */
    public Optional<String> expectedCodes() {
        return Optional.ofNullable(fields.expectedCodes());
    }

    /** @return the HTTP version of probes (API 2.10) */
    public Optional<Double> httpVersion() {
        return Optional.ofNullable(fields.httpVersion());
    }

    /** @return the Host header of probes (API 2.10) */
    public Optional<String> domainName() {
        return Optional.ofNullable(fields.domainName());
    }

    /** @return the pool it watches */
    public String poolId() {
        return fields.pools().isEmpty() ? "" : fields.pools().get(0).id();
    }

    /** @return when it was created */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(fields.createdAt());
    }

    /** @return when it last changed */
    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(fields.updatedAt());
    }

    @Override
    public CompletableFuture<HealthMonitor> reloadAsync() {
        return octavia().healthMonitors().getAsync(id()).toFuture();
    }

    @Override
    public String resourceType() {
        return "healthmonitor";
    }

    /**
     * @param options the fields to change; unset ones are left as they are (a timeout above the
     *     delay is refused, compared with this snapshot's values for the one not given)
     * @return the monitor as the update answered it
     */
    public HealthMonitor update(HealthMonitorOptions options) {
        HealthMonitorOptions.checkTimeout(options.delay().orElse(delay()), options.timeout().orElse(timeout()));
        return octavia().healthMonitors().update(id(), options);
    }

    /** pyrax's {@code lb.delete_health_monitor()}. */
    public void delete() {
        octavia().healthMonitors().delete(id());
    }

    @Override
    public String toString() {
        return "HealthMonitor[id=" + id() + ", " + type().value() + ", delay=" + delay() + ", timeout=" + timeout()
                + ", maxRetries=" + maxRetries() + ", " + provisioningStatus() + "]";
    }
}
