package org.cloudsdk.loadbalancer;

import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.http.Json;
import org.cloudsdk.model.JsonModels;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A balancer's health monitor (pyrax's {@code lb.add_health_monitor(type=..., delay=...,
 * timeout=..., attemptsBeforeDeactivation=..., path=..., statusRegex=..., bodyRegex=...,
 * hostHeader=...)}), as set and as read back. A CONNECT monitor opens a connection to each node;
 * an HTTP or HTTPS monitor also sends a request to {@code path} and matches the answer's status
 * and body against regular expressions. Immutable; made by {@link #connect()}, {@link #http} or
 * {@link #https}, copied with {@link #toBuilder()}.
 *
 * <pre>{@code
 * HealthMonitor connect = HealthMonitor.connect().delay(10).timeout(10).attemptsBeforeDeactivation(3).build();
 * HealthMonitor http = HealthMonitor.http("/", "^[234][0-9][0-9]$", ".* testing .*")
 *         .hostHeader("example.com").build();
 * }</pre>
 *
 * <p>The documented ranges are checked when it is built: delay 1 to 3600 seconds, timeout 1 to
 * 300 seconds, 1 to 10 attempts before deactivation; an HTTP(S) monitor needs a path, a status
 * expression and a body expression.
 */
public final class HealthMonitor {

    /** pyrax's default delay between probes, in seconds. */
    public static final int DEFAULT_DELAY = 10;
    /** pyrax's default probe timeout, in seconds. */
    public static final int DEFAULT_TIMEOUT = 10;
    /** pyrax's default failures before a node leaves the rotation. */
    public static final int DEFAULT_ATTEMPTS = 3;

    private final HealthMonitorType type;
    private final int delay;
    private final int timeout;
    private final int attemptsBeforeDeactivation;
    private final @Nullable String path;
    private final @Nullable String statusRegex;
    private final @Nullable String bodyRegex;
    private final @Nullable String hostHeader;

    private HealthMonitor(Builder builder) {
        this.type = builder.type;
        this.delay = builder.delay;
        this.timeout = builder.timeout;
        this.attemptsBeforeDeactivation = builder.attemptsBeforeDeactivation;
        this.path = builder.path;
        this.statusRegex = builder.statusRegex;
        this.bodyRegex = builder.bodyRegex;
        this.hostHeader = builder.hostHeader;
    }

    /** @return a builder of a TCP connect monitor, with pyrax's defaults (10 s, 10 s, 3 attempts) */
    public static Builder connect() {
        return new Builder(HealthMonitorType.CONNECT);
    }

    /**
     * @param path the path requested, such as {@code /}
     * @param statusRegex matched against the answer's status code, such as {@code ^[234][0-9][0-9]$}
     * @param bodyRegex matched against the first 2,048 bytes of the answer's body
     * @return a builder of an HTTP monitor (the balancer's protocol must be HTTP)
     */
    public static Builder http(String path, String statusRegex, String bodyRegex) {
        return new Builder(HealthMonitorType.HTTP).path(path).statusRegex(statusRegex).bodyRegex(bodyRegex);
    }

    /**
     * @param path the path requested, such as {@code /}
     * @param statusRegex matched against the answer's status code
     * @param bodyRegex matched against the first 2,048 bytes of the answer's body
     * @return a builder of an HTTPS monitor (the balancer's protocol must be HTTPS)
     */
    public static Builder https(String path, String statusRegex, String bodyRegex) {
        return new Builder(HealthMonitorType.HTTPS).path(path).statusRegex(statusRegex).bodyRegex(bodyRegex);
    }

    /** @return a builder holding this monitor */
    public Builder toBuilder() {
        Builder builder = new Builder(type);
        builder.delay = delay;
        builder.timeout = timeout;
        builder.attemptsBeforeDeactivation = attemptsBeforeDeactivation;
        builder.path = path;
        builder.statusRegex = statusRegex;
        builder.bodyRegex = bodyRegex;
        builder.hostHeader = hostHeader;
        return builder;
    }

    /** @return CONNECT, HTTP or HTTPS */
    public HealthMonitorType type() {
        return type;
    }

    /** @return the seconds between probes */
    public int delay() {
        return delay;
    }

    /** @return the seconds a probe waits for a connection */
    public int timeout() {
        return timeout;
    }

    /** @return the failed probes after which a node leaves the rotation */
    public int attemptsBeforeDeactivation() {
        return attemptsBeforeDeactivation;
    }

    /** @return the path an HTTP(S) monitor requests */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** @return the expression an HTTP(S) monitor matches the status code against */
    public Optional<String> statusRegex() {
        return Optional.ofNullable(statusRegex);
    }

    /** @return the expression an HTTP(S) monitor matches the body against */
    public Optional<String> bodyRegex() {
        return Optional.ofNullable(bodyRegex);
    }

    /** @return the host an HTTP(S) monitor names in its requests, if set */
    public Optional<String> hostHeader() {
        return Optional.ofNullable(hostHeader);
    }

    ObjectNode toJson() {
        ObjectNode monitor = Json.object();
        monitor.put("type", type.name());
        monitor.put("delay", delay);
        monitor.put("timeout", timeout);
        monitor.put("attemptsBeforeDeactivation", attemptsBeforeDeactivation);
        if (path != null) {
            monitor.put("path", path);
        }
        if (statusRegex != null) {
            monitor.put("statusRegex", statusRegex);
        }
        if (bodyRegex != null) {
            monitor.put("bodyRegex", bodyRegex);
        }
        if (hostHeader != null) {
            monitor.put("hostHeader", hostHeader);
        }
        return monitor;
    }

    /** Reads the server's description as it is, without the checks of a monitor being set. */
    static Optional<HealthMonitor> fromJson(JsonNode json) {
        Fields fields = JsonModels.read(json, Fields.class);
        if (fields == null || fields.type() == null) {
            return Optional.empty();
        }
        Builder builder = new Builder(fields.type());
        builder.delay = fields.delay() == null ? 0 : fields.delay();
        builder.timeout = fields.timeout() == null ? 0 : fields.timeout();
        builder.attemptsBeforeDeactivation = fields.attemptsBeforeDeactivation() == null ? 0
                : fields.attemptsBeforeDeactivation();
        builder.path = fields.path();
        builder.statusRegex = fields.statusRegex();
        builder.bodyRegex = fields.bodyRegex();
        builder.hostHeader = fields.hostHeader();
        return Optional.of(new HealthMonitor(builder));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof HealthMonitor that && type == that.type && delay == that.delay
                && timeout == that.timeout && attemptsBeforeDeactivation == that.attemptsBeforeDeactivation
                && Objects.equals(path, that.path) && Objects.equals(statusRegex, that.statusRegex)
                && Objects.equals(bodyRegex, that.bodyRegex) && Objects.equals(hostHeader, that.hostHeader);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, delay, timeout, attemptsBeforeDeactivation, path, statusRegex, bodyRegex, hostHeader);
    }

    @Override
    public String toString() {
        return "HealthMonitor[type=" + type + ", delay=" + delay + ", timeout=" + timeout
                + ", attemptsBeforeDeactivation=" + attemptsBeforeDeactivation
                + (path == null ? "" : ", path=" + path + ", statusRegex=" + statusRegex + ", bodyRegex=" + bodyRegex)
                + (hostHeader == null ? "" : ", hostHeader=" + hostHeader) + "]";
    }

    /** The {@code healthMonitor} document. */
    record Fields(@Nullable HealthMonitorType type, @Nullable Integer delay, @Nullable Integer timeout,
            @Nullable Integer attemptsBeforeDeactivation, @Nullable String path, @Nullable String statusRegex,
            @Nullable String bodyRegex, @Nullable String hostHeader) {
    }

    /** Builds a {@link HealthMonitor}. */
    public static final class Builder {

        private final HealthMonitorType type;
        private int delay = DEFAULT_DELAY;
        private int timeout = DEFAULT_TIMEOUT;
        private int attemptsBeforeDeactivation = DEFAULT_ATTEMPTS;
        private @Nullable String path;
        private @Nullable String statusRegex;
        private @Nullable String bodyRegex;
        private @Nullable String hostHeader;

        private Builder(HealthMonitorType type) {
            this.type = LoadBalancerLimits.known(type, "type");
        }

        /**
         * @param value seconds between probes, 1 to 3600 (default 10)
         * @return this builder
         */
        public Builder delay(int value) {
            this.delay = LoadBalancerLimits.range(value, 1, 3600, "delay");
            return this;
        }

        /**
         * @param value seconds a probe waits for a connection, 1 to 300 (default 10)
         * @return this builder
         */
        public Builder timeout(int value) {
            this.timeout = LoadBalancerLimits.range(value, 1, 300, "timeout");
            return this;
        }

        /**
         * @param value failed probes before a node leaves the rotation, 1 to 10 (default 3)
         * @return this builder
         */
        public Builder attemptsBeforeDeactivation(int value) {
            this.attemptsBeforeDeactivation = LoadBalancerLimits.range(value, 1, 10, "attemptsBeforeDeactivation");
            return this;
        }

        /**
         * @param value the path an HTTP(S) monitor requests, such as {@code /}
         * @return this builder
         */
        public Builder path(String value) {
            this.path = LoadBalancerLimits.text(value, "path");
            return this;
        }

        /**
         * @param value the expression the status code must match
         * @return this builder
         */
        public Builder statusRegex(String value) {
            this.statusRegex = LoadBalancerLimits.text(value, "statusRegex");
            return this;
        }

        /**
         * @param value the expression the body must match
         * @return this builder
         */
        public Builder bodyRegex(String value) {
            this.bodyRegex = LoadBalancerLimits.text(value, "bodyRegex");
            return this;
        }

        /**
         * @param value the host an HTTP(S) monitor names in its requests; null for none
         * @return this builder
         */
        public Builder hostHeader(@Nullable String value) {
            this.hostHeader = value == null ? null : LoadBalancerLimits.text(value, "hostHeader");
            return this;
        }

        /**
         * @return the monitor
         * @throws IllegalArgumentException when a CONNECT monitor has HTTP settings
         */
        public HealthMonitor build() {
            if (type == HealthMonitorType.CONNECT && (path != null || statusRegex != null || bodyRegex != null
                    || hostHeader != null)) {
                throw new IllegalArgumentException("path, statusRegex, bodyRegex and hostHeader apply to HTTP and HTTPS"
                        + " monitors only, not to CONNECT");
            }
            return new HealthMonitor(this);
        }
    }
}
