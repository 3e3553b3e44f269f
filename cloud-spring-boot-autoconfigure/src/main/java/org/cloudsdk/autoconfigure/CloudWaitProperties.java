package org.cloudsdk.autoconfigure;

import java.time.Duration;

import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;
import org.jspecify.annotations.Nullable;

/**
 * {@code cloud.wait.*}: the defaults of the starter's {@link Waiter} bean, used by the
 * {@code waitUntil} and {@code waitForBuild} forms that take no options. Unset values keep
 * pyrax's ({@code wait_until} every 5 s, {@code wait_for_build} every 20 s, until reached).
 */
public class CloudWaitProperties {

    /** Time between two polls of waitUntil. */
    private Duration interval = WaitOptions.DEFAULT_INTERVAL;

    /** Time between two polls of waitForBuild. */
    private Duration buildInterval = WaitOptions.BUILD_INTERVAL;

    /** How long a wait may last in all before it fails (unset: until reached, as pyrax). */
    private @Nullable Duration deadline;

    /** How long one poll may take before it is cut short (unset: the transport's timeouts). */
    private @Nullable Duration pollTimeout;

    /** How many failed polls in a row (5xx, 408, connection) a wait tolerates. */
    private int maxPollFailures = WaitOptions.DEFAULT_MAX_POLL_FAILURES;

    /** How many scheduler threads poll for every wait of the application (1 to 16). */
    private int threads = Waiter.DEFAULT_THREADS;

    /** @return the time between polls of waitUntil */
    public Duration getInterval() {
        return interval;
    }

    /** @param interval the time between polls of waitUntil */
    public void setInterval(Duration interval) {
        this.interval = interval;
    }

    /** @return the time between polls of waitForBuild */
    public Duration getBuildInterval() {
        return buildInterval;
    }

    /** @param buildInterval the time between polls of waitForBuild */
    public void setBuildInterval(Duration buildInterval) {
        this.buildInterval = buildInterval;
    }

    /** @return the overall deadline of a wait, or null for none */
    public @Nullable Duration getDeadline() {
        return deadline;
    }

    /** @param deadline the overall deadline of a wait, or null for none */
    public void setDeadline(@Nullable Duration deadline) {
        this.deadline = deadline;
    }

    /** @return the timeout of one poll, or null */
    public @Nullable Duration getPollTimeout() {
        return pollTimeout;
    }

    /** @param pollTimeout the timeout of one poll, or null */
    public void setPollTimeout(@Nullable Duration pollTimeout) {
        this.pollTimeout = pollTimeout;
    }

    /** @return the failed polls in a row a wait tolerates */
    public int getMaxPollFailures() {
        return maxPollFailures;
    }

    /** @param maxPollFailures the failed polls in a row a wait tolerates */
    public void setMaxPollFailures(int maxPollFailures) {
        this.maxPollFailures = maxPollFailures;
    }

    /** @return the scheduler threads */
    public int getThreads() {
        return threads;
    }

    /** @param threads the scheduler threads */
    public void setThreads(int threads) {
        this.threads = threads;
    }

    /** @return the options of waitUntil without options */
    WaitOptions untilDefaults() {
        return apply(WaitOptions.defaults().toBuilder().interval(interval));
    }

    /** @return the options of waitForBuild without options */
    WaitOptions buildDefaults() {
        return apply(WaitOptions.forBuild().toBuilder().interval(buildInterval));
    }

    private WaitOptions apply(WaitOptions.Builder options) {
        options.maxPollFailures(maxPollFailures);
        if (deadline != null) {
            options.deadline(deadline);
        }
        if (pollTimeout != null) {
            options.pollTimeout(pollTimeout);
        }
        return options.build();
    }
}
