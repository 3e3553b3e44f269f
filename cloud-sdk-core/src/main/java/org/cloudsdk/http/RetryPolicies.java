package org.cloudsdk.http;

import java.util.Objects;

import org.springframework.core.retry.RetryPolicy;

/**
 * The transport's retry policies, one per {@link Workload}: interactive calls give up after about
 * two seconds of failures so that a caller hears of an outage quickly; background work (folder
 * syncs and uploads, large-object segments, scheduled sync jobs) keeps trying for longer, so that
 * a short outage of the service costs it time and never a file.
 *
 * <p>Each policy is a Spring Framework 7 {@link RetryPolicy}: its backoff paces the retries, its
 * timeout bounds them and its {@code shouldRetry} may veto one. Whatever the policy, the transport
 * retries only transient failures (408, 429, 500, 502, 503, 504, no response) of idempotent
 * requests whose body can be sent again, and never a failure of this machine (a full disk, a
 * listener that throws). Immutable.
 */
public final class RetryPolicies {

    private static final RetryPolicies DEFAULTS = builder().build();

    private final RetryPolicy interactive;
    private final RetryPolicy background;

    private RetryPolicies(Builder builder) {
        this.interactive = builder.interactive;
        this.background = builder.background;
    }

    /**
     * @return {@link RetrySettings#defaults()} for interactive calls and
     *     {@link RetrySettings#backgroundDefaults()} for background work
     */
    public static RetryPolicies defaults() {
        return DEFAULTS;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these policies */
    public Builder toBuilder() {
        return new Builder().interactive(interactive).background(background);
    }

    /** @return the policy of calls someone waits on */
    public RetryPolicy interactive() {
        return interactive;
    }

    /** @return the policy of unattended bulk work */
    public RetryPolicy background() {
        return background;
    }

    /**
     * @param workload a kind of work
     * @return its policy
     */
    public RetryPolicy forWorkload(Workload workload) {
        return Objects.requireNonNull(workload, "workload must not be null") == Workload.BACKGROUND ? background
                : interactive;
    }

    @Override
    public String toString() {
        return "RetryPolicies[interactive=" + interactive + ", background=" + background + "]";
    }

    /** Builds {@link RetryPolicies}; starts from the defaults. */
    public static final class Builder {
        private RetryPolicy interactive = RetrySettings.defaults().toRetryPolicy();
        private RetryPolicy background = RetrySettings.backgroundDefaults().toRetryPolicy();

        private Builder() {
        }

        /** @param value the settings of interactive calls @return this builder */
        public Builder interactive(RetrySettings value) {
            return interactive(Objects.requireNonNull(value, "interactive must not be null").toRetryPolicy());
        }

        /** @param value the policy of interactive calls @return this builder */
        public Builder interactive(RetryPolicy value) {
            this.interactive = Objects.requireNonNull(value, "interactive must not be null");
            return this;
        }

        /** @param value the settings of background work @return this builder */
        public Builder background(RetrySettings value) {
            return background(Objects.requireNonNull(value, "background must not be null").toRetryPolicy());
        }

        /** @param value the policy of background work @return this builder */
        public Builder background(RetryPolicy value) {
            this.background = Objects.requireNonNull(value, "background must not be null");
            return this;
        }

        /** @return the policies */
        public RetryPolicies build() {
            return new RetryPolicies(this);
        }
    }
}
