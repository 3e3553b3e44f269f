package org.cloudsdk.wait;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * The optional parameters of a wait: pyrax's {@code interval}, {@code attempts}, {@code verbose}
 * and {@code verbose_atts}, plus what pyrax lacked: an overall deadline, a bound on each poll,
 * failure values, a 404 policy and a bound on consecutive failed polls. Immutable; made by
 * {@link #builder()}, copied with {@link #toBuilder()}.
 *
 * <pre>{@code
 * WaitOptions options = WaitOptions.builder()
 *         .interval(Duration.ofSeconds(1))
 *         .attempts(30)
 *         .deadline(Duration.ofMinutes(10))
 *         .verbose(true)
 *         .build();
 * }</pre>
 */
public final class WaitOptions {

    /** pyrax's {@code wait_until} interval: 5 seconds between polls. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    /** pyrax's {@code wait_for_build} interval: 20 seconds between polls. */
    public static final Duration BUILD_INTERVAL = Duration.ofSeconds(20);

    /**
     * The failure values every wait starts with: the error states of Nova, Cinder, Trove, Glance
     * and the Rackspace services ({@code ERROR}, {@code error}, {@code FAILED}).
     */
    public static final Set<String> DEFAULT_FAILURE_VALUES = Set.of("ERROR", "error", "FAILED");

    /** Consecutive failed polls (5xx, 408, connection failures) a wait tolerates by default. */
    public static final int DEFAULT_MAX_POLL_FAILURES = 3;

    private static final WaitOptions DEFAULTS = builder().build();
    private static final WaitOptions BUILD = builder().interval(BUILD_INTERVAL).verboseAttributes("progress").build();

    private final Duration interval;
    private final int attempts;
    private final @Nullable Duration deadline;
    private final @Nullable Duration pollTimeout;
    private final Set<String> failureValues;
    private final NotFoundPolicy notFound;
    private final boolean verbose;
    private final @Nullable Consumer<String> verboseOutput;
    private final List<String> verboseAttributes;
    private final int maxPollFailures;

    private WaitOptions(Builder builder) {
        this.interval = builder.interval;
        this.attempts = builder.attempts;
        this.deadline = builder.deadline;
        this.pollTimeout = builder.pollTimeout;
        this.failureValues = Set.copyOf(builder.failureValues);
        this.notFound = builder.notFound;
        this.verbose = builder.verbose;
        this.verboseOutput = builder.verboseOutput;
        this.verboseAttributes = List.copyOf(builder.verboseAttributes);
        this.maxPollFailures = builder.maxPollFailures;
    }

    /** @return pyrax's {@code wait_until} defaults: every 5 s, until reached, no deadline, quiet */
    public static WaitOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @return pyrax's {@code wait_for_build} defaults: every 20 s, until reached, no deadline,
     *     {@code progress} shown beside the status when verbose
     */
    public static WaitOptions forBuild() {
        return BUILD;
    }

    /** @return a builder with pyrax's {@code wait_until} defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the time between the end of one poll and the start of the next */
    public Duration interval() {
        return interval;
    }

    /** @return how many polls are made before giving up; 0 means until a desired value is reached */
    public int attempts() {
        return attempts;
    }

    /** @return the overall time limit of the wait, polls in flight included; empty for none */
    public Optional<Duration> deadline() {
        return Optional.ofNullable(deadline);
    }

    /**
     * @return the time limit of one poll, after which it is cancelled and counted as a failed
     *     poll; empty to rely on the transport's timeouts and the deadline
     */
    public Optional<Duration> pollTimeout() {
        return Optional.ofNullable(pollTimeout);
    }

    /** @return the values of the watched attribute that end the wait with a {@link ResourceFailedException} */
    public Set<String> failureValues() {
        return failureValues;
    }

    /** @return what a 404 from a poll means */
    public NotFoundPolicy notFound() {
        return notFound;
    }

    /** @return whether each poll's result is reported (pyrax's {@code verbose}) */
    public boolean verbose() {
        return verbose;
    }

    /**
     * @return where verbose lines go; empty for the {@code org.cloudsdk.wait.Waiter} logger at
     *     INFO
     */
    public Optional<Consumer<String>> verboseOutput() {
        return Optional.ofNullable(verboseOutput);
    }

    /** @return further attributes reported on each verbose line (pyrax's {@code verbose_atts}) */
    public List<String> verboseAttributes() {
        return verboseAttributes;
    }

    /**
     * @return how many polls in a row may fail with a server error, a 408, a connection failure or the
     *     poll timeout before the wait fails with that error
     */
    public int maxPollFailures() {
        return maxPollFailures;
    }

    @Override
    public String toString() {
        return "WaitOptions[interval=" + interval + ", attempts=" + attempts + ", deadline=" + deadline
                + ", pollTimeout=" + pollTimeout + ", failureValues=" + failureValues + ", notFound=" + notFound
                + ", verbose=" + verbose + ", verboseAttributes=" + verboseAttributes + ", maxPollFailures="
                + maxPollFailures + "]";
    }

    /** Builds {@link WaitOptions}; starts from pyrax's {@code wait_until} defaults. */
    public static final class Builder {

        private Duration interval = DEFAULT_INTERVAL;
        private int attempts;
        private @Nullable Duration deadline;
        private @Nullable Duration pollTimeout;
        private Set<String> failureValues = DEFAULT_FAILURE_VALUES;
        private NotFoundPolicy notFound = NotFoundPolicy.FAIL;
        private boolean verbose;
        private @Nullable Consumer<String> verboseOutput;
        private List<String> verboseAttributes = List.of();
        private int maxPollFailures = DEFAULT_MAX_POLL_FAILURES;

        private Builder() {
        }

        private Builder(WaitOptions options) {
            this.interval = options.interval;
            this.attempts = options.attempts;
            this.deadline = options.deadline;
            this.pollTimeout = options.pollTimeout;
            this.failureValues = options.failureValues;
            this.notFound = options.notFound;
            this.verbose = options.verbose;
            this.verboseOutput = options.verboseOutput;
            this.verboseAttributes = options.verboseAttributes;
            this.maxPollFailures = options.maxPollFailures;
        }

        /**
         * @param value the time between polls, positive (pyrax: 5 s for {@code wait_until}, 20 s
         *     for {@code wait_for_build})
         * @return this builder
         */
        public Builder interval(Duration value) {
            this.interval = positive(value, "interval");
            return this;
        }

        /**
         * @param value how many polls to make before giving up with a {@link WaitTimeoutException};
         *     0 (the default) to poll until a desired or failure value is reached
         * @return this builder
         */
        public Builder attempts(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("attempts must be 0 (until reached) or more, was " + value);
            }
            this.attempts = value;
            return this;
        }

        /**
         * @param value the overall time limit of the wait, positive; null for none (pyrax's
         *     behaviour, and the default)
         * @return this builder
         */
        public Builder deadline(@Nullable Duration value) {
            this.deadline = value == null ? null : positive(value, "deadline");
            return this;
        }

        /**
         * @param value the time limit of each poll, positive; null (the default) to rely on the
         *     transport's connect and read timeouts and on the deadline
         * @return this builder
         */
        public Builder pollTimeout(@Nullable Duration value) {
            this.pollTimeout = value == null ? null : positive(value, "pollTimeout");
            return this;
        }

        /**
         * @param values the attribute values that end the wait at once with a
         *     {@link ResourceFailedException}, compared as text; empty for none. A value also among
         *     the desired values counts as desired.
         * @return this builder
         */
        public Builder failureValues(Collection<?> values) {
            if (values == null) {
                throw new IllegalArgumentException("failureValues must not be null; use List.of() for none");
            }
            Set<String> copy = new LinkedHashSet<>();
            for (Object value : values) {
                if (value == null) {
                    throw new IllegalArgumentException("failureValues must not contain null");
                }
                copy.add(String.valueOf(value));
            }
            this.failureValues = copy;
            return this;
        }

        /**
         * @param value what a 404 from a poll means: {@link NotFoundPolicy#FAIL} (the default) or
         *     {@link NotFoundPolicy#SUCCEED} when waiting for a deletion
         * @return this builder
         */
        public Builder notFound(NotFoundPolicy value) {
            if (value == null) {
                throw new IllegalArgumentException("notFound must be FAIL or SUCCEED, was null");
            }
            this.notFound = value;
            return this;
        }

        /**
         * @param value whether to report each poll's result: the attribute's value, the time since
         *     the wait started and the {@link #verboseAttributes(String...)}
         * @return this builder
         */
        public Builder verbose(boolean value) {
            this.verbose = value;
            return this;
        }

        /**
         * @param value where verbose lines go (for example {@code System.out::println}, as pyrax
         *     printed them); null for the {@code org.cloudsdk.wait.Waiter} logger at INFO
         * @return this builder
         */
        public Builder verboseOutput(@Nullable Consumer<String> value) {
            this.verboseOutput = value;
            return this;
        }

        /**
         * @param names further attributes to report on each verbose line (pyrax's
         *     {@code verbose_atts})
         * @return this builder
         */
        public Builder verboseAttributes(String... names) {
            if (names == null) {
                throw new IllegalArgumentException("verboseAttributes must not be null");
            }
            for (String name : names) {
                if (name == null || name.isBlank()) {
                    throw new IllegalArgumentException("verboseAttributes must not contain a blank name");
                }
            }
            this.verboseAttributes = Arrays.asList(names.clone());
            return this;
        }

        /**
         * @param value how many polls in a row may fail with a server error, a 408, a connection failure
         *     or the poll timeout before the wait fails; 0 or more (default
         *     {@value WaitOptions#DEFAULT_MAX_POLL_FAILURES})
         * @return this builder
         */
        public Builder maxPollFailures(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxPollFailures must be 0 or more, was " + value);
            }
            this.maxPollFailures = value;
            return this;
        }

        /** @return the options */
        public WaitOptions build() {
            return new WaitOptions(this);
        }

        private static Duration positive(Duration value, String name) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
            }
            return value;
        }
    }
}
