package org.cloudsdk.octavia;

import java.time.Duration;

import org.cloudsdk.wait.WaitBounds;
import org.cloudsdk.wait.WaitSettings;

/**
 * Tunables of an {@link Octavia} client: how long its waits last and how often they poll. The
 * same two values bound the retries of a change Octavia refuses with 409 because the load
 * balancer is busy ({@code PENDING_UPDATE}: "immutable"). Immutable; made by {@link #builder()},
 * copied with {@link #toBuilder()}; given to a context with
 * {@code CloudContext.builder().serviceSettings(settings)} or to one client with
 * {@link Octavia#withSettings(OctaviaSettings)}.
 *
 * <pre>{@code
 * OctaviaSettings settings = OctaviaSettings.builder()
 *         .waitTimeout(Duration.ofMinutes(5))
 *         .waitInterval(Duration.ofSeconds(1))
 *         .build();
 * }</pre>
 */
public final class OctaviaSettings extends WaitSettings<OctaviaSettings> {

    /** The default time limit of a wait, and of the retries of an "immutable" answer: 10 minutes. */
    public static final Duration DEFAULT_WAIT_TIMEOUT = Duration.ofMinutes(10);

    /** The default time between two polls, and between two tries of an "immutable" change: 2 seconds. */
    public static final Duration DEFAULT_WAIT_INTERVAL = Duration.ofSeconds(2);

    private static final OctaviaSettings DEFAULTS =
            new OctaviaSettings(new WaitBounds(DEFAULT_WAIT_TIMEOUT, DEFAULT_WAIT_INTERVAL));

    private OctaviaSettings(WaitBounds bounds) {
        super(bounds, OctaviaSettings::new);
    }

    /**
     * The defaults: waits of up to 10 minutes (an amphora boots a VM; the noop drivers of a test
     * cloud are ACTIVE in seconds), polling every 2 seconds.
     *
     * @return the default settings
     */
    public static OctaviaSettings defaults() {
        return DEFAULTS;
    }

    /**
     * @return a builder holding the {@link #defaults()}; its {@code waitTimeout} and
     *     {@code waitInterval} must be positive, the interval not longer than the timeout
     */
    public static WaitBounds.Builder<OctaviaSettings> builder() {
        return DEFAULTS.toBuilder();
    }
}
