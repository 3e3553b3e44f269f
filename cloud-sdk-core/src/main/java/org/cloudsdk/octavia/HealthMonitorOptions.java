package org.cloudsdk.octavia;

import java.util.Objects;
import java.util.Optional;

/**
 * The optional fields of a health monitor, for a create and for an update (which leaves unset
 * fields as they are): name, admin state, failed probes before ERROR (1 to 10), the HTTP method,
 * URL path and expected codes of HTTP and HTTPS probes, their HTTP version and Host header
 * (API 2.10), tags (API 2.5), and (updates only: a create takes them as parameters) the delay,
 * timeout and successful probes before ONLINE.
 *
 * <pre>{@code
 * HealthMonitorOptions options = HealthMonitorOptions.builder().urlPath("/health")
 *         .expectedCodes("200-204").httpMethod(HealthMonitorHttpMethod.HEAD).build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class HealthMonitorOptions extends OctaviaOptions {

    private static final HealthMonitorOptions DEFAULTS = builder().build();

    private HealthMonitorOptions(Builder b) {
        super(b);
    }

    /** @return no optional field: GET /, expecting 200, 3 failures before ERROR */
    public static HealthMonitorOptions defaults() {
        return DEFAULTS;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** @return the delay an update sets, if any */
    public Optional<Integer> delay() {
        return Optional.ofNullable((Integer) values.get("delay"));
    }

    /** @return the timeout an update sets, if any */
    public Optional<Integer> timeout() {
        return Optional.ofNullable((Integer) values.get("timeout"));
    }

    boolean hasHttpFields() {
        return values.containsKey("http_method") || values.containsKey("url_path")
                || values.containsKey("expected_codes");
    }

    @Override
    RequestFields requestFields() {
        RequestFields fields = super.requestFields();
        for (String name : new String[] {"http_version", "domain_name"}) {
            if (values.containsKey(name)) {
                fields.need(OctaviaVersions.MONITOR_HOST_HEADER, name);
            }
        }
        return fields;
    }

    /** The API reference's rule: a probe's timeout must not be longer than the delay between probes. */
    static void checkTimeout(int delay, int timeout) {
        if (timeout > delay) {
            throw new IllegalArgumentException("timeout (" + timeout + " s) must not be longer than delay (" + delay
                    + " s)");
        }
    }

    /** Builder of {@link HealthMonitorOptions}; each value is checked as it is set. */
    public static final class Builder extends OctaviaOptions.Builder<Builder> {

        private Builder() {
        }

        /** @param value at most 255 characters @return this builder */
        public Builder name(String value) {
            values.put("name", OctaviaChecks.shortText(value, "name"));
            return this;
        }

        /** @param value seconds between probes, 0 or more (updates only) @return this builder */
        public Builder delay(int value) {
            values.put("delay", nonNegative(value, "delay"));
            return this;
        }

        /** @param value seconds a probe may take, 0 or more, not above the delay (updates only) @return this builder */
        public Builder timeout(int value) {
            values.put("timeout", nonNegative(value, "timeout"));
            return this;
        }

        /** @param value successful probes before ONLINE, 1 to 10 (updates only) @return this builder */
        public Builder maxRetries(int value) {
            values.put("max_retries", OctaviaChecks.range(value, OctaviaChecks.MIN_RETRIES, OctaviaChecks.MAX_RETRIES,
                    "maxRetries"));
            return this;
        }

        /** @param value failed probes before ERROR, 1 to 10 (default 3) @return this builder */
        public Builder maxRetriesDown(int value) {
            values.put("max_retries_down", OctaviaChecks.range(value, OctaviaChecks.MIN_RETRIES,
                    OctaviaChecks.MAX_RETRIES, "maxRetriesDown"));
            return this;
        }

        /** @param value the method of HTTP and HTTPS probes (default GET) @return this builder */
        public Builder httpMethod(HealthMonitorHttpMethod value) {
            Objects.requireNonNull(value, "httpMethod must not be null");
            OctaviaEnums.wire(value);
            values.put("http_method", value);
            return this;
        }

        /** @param value the path HTTP and HTTPS probes ask for, beginning with {@code /} @return this builder */
        public Builder urlPath(String value) {
            values.put("url_path", OctaviaChecks.urlPath(value));
            return this;
        }

        /**
         * @param value the healthy statuses: one ({@code 200}), a list ({@code 200, 202}) or a
         *     range ({@code 200-204})
         * @return this builder
         */
        public Builder expectedCodes(String value) {
            values.put("expected_codes", OctaviaChecks.expectedCodes(value));
            return this;
        }

        /**
         * @param value {@code 1.0} or {@code 1.1} (API 2.10)
         * @return this builder
         * @throws IllegalArgumentException for another version
         */
        public Builder httpVersion(String value) {
            Objects.requireNonNull(value, "httpVersion must not be null");
            if (!value.equals("1.0") && !value.equals("1.1")) {
                throw new IllegalArgumentException("httpVersion must be 1.0 or 1.1, was '" + value + "'");
            }
            values.put("http_version", Double.valueOf(value));
            return this;
        }

        /**
         * @param value the Host header of probes (API 2.10; needs {@link #httpVersion(String)})
         * @return this builder
         */
        public Builder domainName(String value) {
            values.put("domain_name", OctaviaChecks.domainName(value));
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException when the timeout is longer than the delay, or a domain
         *     name is given without an HTTP version
         */
        public HealthMonitorOptions build() {
            if (values.get("delay") instanceof Integer delay && values.get("timeout") instanceof Integer timeout) {
                checkTimeout(delay, timeout);
            }
            if (values.containsKey("domain_name") && !values.containsKey("http_version")) {
                throw new IllegalArgumentException("domainName needs httpVersion (1.0 or 1.1) as well");
            }
            return new HealthMonitorOptions(this);
        }

        private static int nonNegative(int value, String parameter) {
            if (value < 0) {
                throw new IllegalArgumentException(parameter + " must be 0 seconds or more, was " + value);
            }
            return value;
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
